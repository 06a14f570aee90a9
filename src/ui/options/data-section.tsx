import { useState } from 'preact/hooks';
import { send } from '../../messaging/client.ts';
import type { ImportPreview } from '../../db/types.ts';
import { exportSchema } from '../../messaging/export-schema.ts';
import type { Payload } from '../../messaging/protocol.ts';
import { MAX_RETENTION_MONTHS, normalizeSettings } from '../../settings/settings.ts';
import { t } from '../shared/i18n.ts';
import { download, touchesCsv } from '../shared/csv.ts';
import { formatCount } from '../shared/words.ts';
import type { SectionProps } from './section.ts';

type Notice = { kind: 'done' | 'error'; text: string; detail?: string };

const count = (data: Record<string, unknown>, key: string) => (Array.isArray(data[key]) ? (data[key] as unknown[]).length : 0);

/** Your data: export, import (with a preview), retention, delete. Long work shows progress and locks the buttons. */
export function DataSection({ settings, save }: SectionProps) {
  const [preview, setPreview] = useState<{
    data: Payload<'data.import'>['data'];
    settings: unknown;
    preview: ImportPreview;
    contacts: number;
    messages: number;
  } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirmAll, setConfirmAll] = useState('');
  const [retention, setRetention] = useState<string | null>(null);

  /** Runs one long job: buttons off, a progress line on screen, and its error in plain words. */
  const run = async (label: string, job: () => Promise<void>, failure: string) => {
    if (busy) return;
    setBusy(label);
    setNotice(null);
    try {
      await job();
    } catch (error) {
      setNotice({ kind: 'error', text: failure, detail: (error as Error).message });
    } finally {
      setBusy(null);
    }
  };

  const today = () => new Date().toISOString().slice(0, 10);
  const exportJson = () =>
    run(
      t('busyExporting'),
      async () => {
        const data = await send('data.export', {}, 60_000);
        download(`pullback-history-${today()}.json`, JSON.stringify({ ...data, settings }, null, 1), 'application/json');
        setNotice({ kind: 'done', text: t('exportDone', [formatCount(data.contacts.length), formatCount(data.touches.length + data.inbound.length)]) });
      },
      t('exportFailed'),
    );
  const exportCsv = () =>
    run(
      t('busyExporting'),
      async () => {
        const data = await send('data.export', {}, 60_000);
        download(`pullback-touches-${today()}.csv`, touchesCsv(data), 'text/csv');
        setNotice({ kind: 'done', text: t('exportDone', [formatCount(data.contacts.length), formatCount(data.touches.length + data.inbound.length)]) });
      },
      t('exportFailed'),
    );

  const chooseImport = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setPreview(null);
    if (!file) return;
    void run(
      t('busyReading', file.name),
      async () => {
        let parsed: Record<string, unknown>;
        try {
          parsed = JSON.parse(await file.text()) as Record<string, unknown>;
        } catch (error) {
          setNotice({ kind: 'error', text: t('importNotJson'), detail: (error as Error).message });
          return;
        }
        // "Export everything" writes the settings beside the history: they come back with it.
        const { settings: fileSettings, ...raw } = parsed;
        const contacts = count(raw, 'contacts');
        const messages = count(raw, 'touches') + count(raw, 'inbound');
        setBusy(t('busyChecking', [formatCount(contacts), formatCount(messages)]));
        try {
          // Checked here with the background's own schema (which checks it again): a file that is not
          // ours is said so before anything is sent.
          const data = exportSchema(raw, 'file');
          setPreview({ data, settings: fileSettings, preview: await send('data.import', { data, apply: false }, 60_000), contacts, messages });
        } catch (error) {
          setNotice({ kind: 'error', text: t('importNotOurs'), detail: (error as Error).message });
        }
      },
      t('importNotOurs'),
    ).finally(() => (input.value = ''));
  };
  const applyImport = () => {
    if (!preview) return;
    const { data, settings: fileSettings, contacts, messages } = preview;
    void run(
      t('busyImporting', [formatCount(contacts), formatCount(messages)]),
      async () => {
        await send('data.import', { data, apply: true }, 120_000);
        if (fileSettings !== undefined) await save(normalizeSettings(fileSettings));
        setPreview(null);
        setNotice({ kind: 'done', text: fileSettings !== undefined ? t('importDoneWithSettings') : t('importDone') });
      },
      t('importFailed'),
    );
  };
  const deleteAll = () =>
    run(
      t('busyDeleting'),
      async () => {
        await send('data.deleteAll', { confirm: 'delete everything' });
        setConfirmAll('');
        setNotice({ kind: 'done', text: t('deleteAllDone') });
      },
      t('deleteFailed'),
    );

  const p = preview?.preview;
  const nothingNew = p && p.contacts.added + p.contacts.updated + p.touches.added + p.inbound.added === 0;
  const retentionText = retention ?? String(settings.retentionMonths);
  const months = Number(retentionText);
  const retentionError =
    retentionText.trim() === '' || !Number.isInteger(months) || months < 0 || months > MAX_RETENTION_MONTHS
      ? t('limitRange', ['0', String(MAX_RETENTION_MONTHS)])
      : null;

  return (
    <section aria-labelledby="data" aria-busy={busy ? 'true' : 'false'}>
      <h2 id="data">{t('optionsData')}</h2>
      <p class="muted">{t('optionsDataIntro')}</p>
      <div class="actions">
        <button type="button" data-action="export-json" disabled={!!busy} onClick={() => void exportJson()}>
          {t('exportJson')}
        </button>
        <button type="button" data-action="export-csv" disabled={!!busy} onClick={() => void exportCsv()}>
          {t('exportCsv')}
        </button>
        <label class={`file${busy ? ' disabled' : ''}`}>
          {t('importJson')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-action="import"
            disabled={!!busy}
            onChange={(e) => chooseImport(e.target as HTMLInputElement)}
          />
        </label>
      </div>
      {busy && (
        <div class="progress" role="status" data-testid="data-busy">
          <progress aria-label={busy} />
          <span>{busy}</span>
        </div>
      )}
      {preview && p && (
        <div class="preview" role="region" aria-label={t('importPreview')} data-testid="import-preview">
          {nothingNew ? (
            <p>{t('importNothingNew')}</p>
          ) : (
            <p>
              {t('importSummary', [formatCount(p.contacts.added), formatCount(p.contacts.updated), formatCount(p.touches.added), formatCount(p.inbound.added)])}
            </p>
          )}
          {!nothingNew && (
            <button type="button" class="primary" data-action="apply-import" disabled={!!busy} onClick={applyImport}>
              {t('importApply')}
            </button>
          )}{' '}
          <button type="button" disabled={!!busy} onClick={() => setPreview(null)}>
            {nothingNew ? t('close') : t('cancel')}
          </button>
        </div>
      )}
      {notice && (
        <div role={notice.kind === 'error' ? 'alert' : 'status'} class={notice.kind === 'error' ? 'error' : 'done'} data-testid="data-message">
          <p>{notice.text}</p>
          {notice.detail && (
            <details>
              <summary>{t('technicalDetails')}</summary>
              <code>{notice.detail}</code>
            </details>
          )}
        </div>
      )}
      <div class="field">
        <label for="retention">{t('retention')}</label>
        <input
          id="retention"
          type="number"
          min={0}
          max={MAX_RETENTION_MONTHS}
          value={retentionText}
          aria-invalid={retentionError ? 'true' : 'false'}
          aria-describedby={retentionError ? 'retention-error retention-why' : 'retention-why'}
          onInput={(e) => {
            const text = (e.target as HTMLInputElement).value;
            setRetention(text);
            const v = Number(text);
            if (text.trim() !== '' && Number.isInteger(v) && v >= 0 && v <= MAX_RETENTION_MONTHS) void save({ retentionMonths: v });
          }}
        />
        {retentionError && (
          <p class="error" role="alert" id="retention-error">
            {retentionError}
          </p>
        )}
        <p class="why" id="retention-why">
          {t('retentionWhy')}
        </p>
      </div>
      <div class="danger">
        <label for="confirm-all">{t('deleteAllConfirm')}</label>
        <input id="confirm-all" value={confirmAll} onInput={(e) => setConfirmAll((e.target as HTMLInputElement).value)} />
        <button type="button" data-action="delete-all" disabled={confirmAll !== 'delete everything' || !!busy} onClick={() => void deleteAll()}>
          {t('deleteAll')}
        </button>
      </div>
    </section>
  );
}
