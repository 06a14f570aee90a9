import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../scripts/csv.ts';
import { csvCell, touchesCsv } from './csv.ts';

describe('CSV export', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1 555', "'+1 555"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    // A tab or carriage return before the formula (OWASP CSV injection): spreadsheets skip them.
    ['\t=HYPERLINK("http://x")', `"'\t=HYPERLINK(""http://x"")"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['\t\t@SUM(A1)', "'\t\t@SUM(A1)"],
    ['plain, with comma', '"plain, with comma"'],
    ['line\nbreak', '"line\nbreak"'],
    [null, ''],
  ])('neutralises %j', (value, expected) => expect(csvCell(value)).toBe(expected));

  it('any text reads back as itself, or behind an apostrophe when a spreadsheet would run it', () => {
    const risky = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ' ', 'a');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(risky, fc.string()), { maxLength: 8 }).map((parts) => parts.join('')),
        (text) => {
          const [row] = parseDelimited(`v\r\n${csvCell(text)}\r\n`);
          const read = row?.v ?? '';
          if (/^[=+\-@\t\r]/.test(text)) expect(read).toBe(`'${text}`);
          else expect(read).toBe(text);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('neutralises a subject that hides a formula behind a tab or a carriage return', () => {
    const touch = {
      id: 'a',
      sendId: 'a',
      contactId: 'c1',
      identity: 'email:d@x.test',
      at: 1000,
      channel: 'gmail',
      subject: '',
      excerpt: '',
      level: 'ok',
      score: 5,
      overridden: false,
      source: 'send',
    } as const;
    const csv = touchesCsv({
      format: 'pullback-history',
      version: 1,
      exportedAt: '',
      contacts: [{ id: 'c1', names: ['\r=cmd|" /C calc"!A0'], identities: ['email:d@x.test'], status: null, createdAt: 0, updatedAt: 0 }],
      touches: [{ ...touch, subject: '\t=HYPERLINK("http://x","y")', excerpt: '\r\t+1' }],
      inbound: [],
    });
    const [row] = parseDelimited(csv);
    expect(row).toMatchObject({ contact: '\'\r=cmd|" /C calc"!A0', subject: '\'\t=HYPERLINK("http://x","y")', excerpt: "'\r\t+1" });
  });

  it('writes one row per touch, oldest first, with the contact name', () => {
    const csv = touchesCsv({
      format: 'pullback-history',
      version: 1,
      exportedAt: '',
      contacts: [{ id: 'c1', names: ['Dana'], identities: ['email:d@x.test'], status: null, createdAt: 0, updatedAt: 0 }],
      touches: [
        {
          id: 'b',
          sendId: 'b',
          contactId: 'c1',
          identity: 'email:d@x.test',
          at: 2000,
          channel: 'gmail',
          subject: '=cmd',
          excerpt: 'Hi',
          level: 'pushy',
          score: 60,
          overridden: true,
          source: 'send',
        },
        {
          id: 'a',
          sendId: 'a',
          contactId: 'c1',
          identity: 'email:d@x.test',
          at: 1000,
          channel: 'gmail',
          subject: 'First',
          excerpt: 'Hello',
          level: 'ok',
          score: 5,
          overridden: false,
          source: 'send',
        },
      ],
      inbound: [],
    });
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('time,contact,identity,channel,subject,excerpt,level,score,sent_anyway,source');
    expect(lines[1]).toBe('1970-01-01T00:00:01.000Z,Dana,email:d@x.test,gmail,First,Hello,ok,5,no,send');
    expect(lines[2]).toContain(",'=cmd,");
    expect(lines[2]).toContain(',pushy,60,yes,');
  });
});
