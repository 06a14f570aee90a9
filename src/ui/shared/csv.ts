/** The touch log as CSV, safe to open in a spreadsheet. */
import type { ExportData } from '../../db/types.ts';

/**
 * A cell as CSV. Cells a spreadsheet would read as a formula (starting with = + - @, or a tab or
 * carriage return) get a leading apostrophe, so an opened export cannot run anything.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_COLUMNS = ['time', 'contact', 'identity', 'channel', 'subject', 'excerpt', 'level', 'score', 'sent_anyway', 'source'] as const;

export function touchesCsv(data: ExportData): string {
  const names = new Map(data.contacts.map((c) => [c.id, c.names[0] ?? '']));
  const rows = [...data.touches]
    .sort((a, b) => a.at - b.at)
    .map((t) => [
      new Date(t.at).toISOString(),
      names.get(t.contactId) ?? '',
      t.identity,
      t.channel,
      t.subject,
      t.excerpt,
      t.level ?? '',
      t.score ?? '',
      t.overridden ? 'yes' : 'no',
      t.source,
    ]);
  return [CSV_COLUMNS.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n') + '\r\n';
}

/** Save text as a file from an extension page (no downloads permission needed). */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
