import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from './pullback.ts';

let dir: string;
let out: string[];
let err: string[];
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pullback-cli-'));
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
});
afterEach(() => vi.restoreAllMocks());

describe('pullback score', () => {
  it('prints one JSON object with level, score, reasons and suggestions', () => {
    expect(main(['score', file('d.txt', 'Just checking in. Only 2 spots left, act now!')])).toBe(0);
    expect(out).toHaveLength(1);
    const result = JSON.parse(out[0]!);
    expect(result.level).toBe('pushy');
    expect(result.score).toBeGreaterThanOrEqual(55);
    expect(result.reasons[0]).toEqual(
      expect.objectContaining({
        rule: expect.any(String),
        category: expect.any(String),
        message: expect.any(String),
        start: expect.any(Number),
        end: expect.any(Number),
      }),
    );
    expect(result.suggestions.length).toBeGreaterThan(0);
  });

  it('reads a context file', () => {
    const context = file(
      'c.json',
      JSON.stringify({
        now: '2026-11-27T00:00:00Z',
        recipients: [{ id: 'a@x.test', name: 'Ann' }],
        history: [{ recipient: 'a@x.test', direction: 'in', at: '2026-11-20T00:00:00Z', text: 'Please stop emailing me.' }],
      }),
    );
    expect(main(['score', '--context', context, file('d.txt', 'Hello Ann')])).toBe(0);
    expect(JSON.parse(out[0]!).level).toBe('stop');
  });

  it('--fail-on exits 1 at or above the level', () => {
    const draft = file('d.txt', 'Just checking in.');
    expect(main(['score', '--fail-on', 'caution', draft])).toBe(1);
    expect(main(['score', '--fail-on', 'pushy', draft])).toBe(0);
  });

  it('--format text prints for a person', () => {
    main(['score', '--format', 'text', file('d.txt', 'Act now.')]);
    // One clear tactic is enough for pushy (judgement.md).
    expect(out[0]).toMatch(/^PUSHY \(score [\d.]+\/100\)\n {2}- \[pressure\] "Act now"/);
  });

  it('--batch writes one line per input line, in order, and goes on after a bad one', () => {
    const batch = file(
      'b.jsonl',
      ['{"id":"a","text":"Act now!"}', 'not json', '{"id":"c","text":"Hello","context":{"bad":1}}', '{"id":"d","text":"Thanks!"}'].join('\n'),
    );
    // Every line is answered; a refused line makes the exit code 2, with or without --fail-on.
    expect(main(['score', '--batch', batch])).toBe(2);
    expect(err).toEqual(['pullback: 2 lines refused']);
    expect(out.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ id: 'a', level: 'pushy' }),
      expect.objectContaining({ id: null, error: expect.stringContaining('not valid JSON') }),
      expect.objectContaining({ id: 'c', error: expect.stringContaining('unknown field "bad"') }),
      expect.objectContaining({ id: 'd', level: 'ok' }),
    ]);
  });

  it.each([
    [['score', '--context', 'missing.json', 'x'], 'cannot read context file'],
    [['score', '--format', 'xml'], '--format is json or text'],
    [['scroe'], 'unknown command'],
  ])('bad input %j: one clear line and exit 2', (args, message) => {
    expect(main(args as string[])).toBe(2);
    expect(err[0]).toContain(message);
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('refuses unreadable JSON, unknown fields, wrong types and a 5 MB body', () => {
    expect(main(['score', '--context', file('c.json', '{oops'), file('d.txt', 'x')])).toBe(2);
    expect(main(['score', '--context', file('c.json', '{"limits":{"maxUnanswered":"3"}}'), file('d.txt', 'x')])).toBe(2);
    expect(err[1]).toBe('pullback: context.limits.maxUnanswered: expected a finite number');
    expect(main(['score', file('big.txt', 'a'.repeat(5 * 1024 * 1024))])).toBe(2);
    expect(err[2]).toMatch(/^pullback: the body is 5,242,880 characters/);
  });

  it('--batch exits 2 on a refused line even with --fail-on, and 1 when every line is read and one reaches the level', () => {
    expect(main(['score', '--batch', file('b1.jsonl', '{"id":"a","text":"Thanks!"}\nnot json'), '--fail-on', 'pushy'])).toBe(2);
    expect(main(['score', '--batch', file('b2.jsonl', '{"id":"a","text":"Thanks!"}\n{"id":"b","text":"Act now!"}'), '--fail-on', 'pushy'])).toBe(1);
    expect(main(['score', '--batch', file('b3.jsonl', '{"id":"a","text":"Thanks!"}'), '--fail-on', 'pushy'])).toBe(0);
  });

  it('in --format text, a refused batch line is text too', () => {
    main(['score', '--batch', file('b.jsonl', '{"id":"x","text":42}'), '--format', 'text']);
    expect(out).toEqual(['x: error: text must be a string']);
  });

  it('--help, anywhere, prints the usage with the context JSON described, and exits 0', () => {
    for (const args of [['--help'], ['score', '--help'], ['score', '-h', 'draft.txt']]) {
      out = [];
      expect(main(args)).toBe(0);
      expect(out.join('\n')).toContain('--context    a JSON file');
      expect(out.join('\n')).toContain('"history"');
    }
  });

  it('file errors in words, not codes', () => {
    expect(main(['score', join(dir, 'nope.txt')])).toBe(2);
    expect(err[0]).toBe(`pullback: cannot read draft ${join(dir, 'nope.txt')}: no such file`);
    expect(main(['score', dir])).toBe(2);
    expect(err[1]).toContain('it is a folder, not a file');
  });

  it('an empty draft is refused, not scored "ok"', () => {
    expect(main(['score', file('empty.txt', '  \n')])).toBe(2);
    expect(err[0]).toBe('pullback: the draft is empty: nothing to judge');
    expect(out).toEqual([]);
  });
});
