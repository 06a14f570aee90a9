// @vitest-environment happy-dom
/**
 * What the indicator and the panel say about real judgements: the short line never contradicts the
 * level, cadence has its own words, and the panel reports each phrase once, in text order.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scoreDraft, type Context, type HistoryItem, type ScoreResult } from '../../scorer/index.ts';
import { Indicator } from './indicator.tsx';
import { Panel, place } from './panel.tsx';
import { guardReason, personLine, pushingReasons, shortLine, titleOf } from './words.ts';

const NOW = '2026-11-27T10:00:00Z';
const ago = (n: number) => new Date(Date.parse(NOW) - n * 86_400_000).toISOString();
const out = (days: number, text = 'Hello'): HistoryItem => ({ recipient: 'dana@x.test', direction: 'out', at: ago(days), text });
const reply = (days: number, text: string): HistoryItem => ({ recipient: 'dana@x.test', direction: 'in', at: ago(days), text });
const ctx = (history: HistoryItem[], extra: Context = {}): Context => ({ now: NOW, recipients: [{ id: 'dana@x.test', name: 'Dana' }], history, ...extra });
const KIND = 'Hi Dana, I came across a guide on fleet maintenance that might be useful for you. No worries if not.';
const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;

function panel(text: string, context: Context = {}, extra: Partial<Parameters<typeof Panel>[0]> = {}) {
  const result = scoreDraft(text, context);
  const props = {
    result,
    body: text,
    anchor: rect(600, 700, 120, 28),
    muted: new Set<string>(),
    onClose: vi.fn(),
    onMute: vi.fn(),
    onPause: vi.fn(),
    ...extra,
  };
  render(<Panel {...props} />);
  return { result, props, el: screen.getByRole('dialog') };
}

afterEach(cleanup);

describe('the short line', () => {
  it('a green dot never says "reads as pressure"', () => {
    // A phrase that weighs too little to raise the level (a custom phrase, a weak cue) is still a phrase.
    const r: ScoreResult = {
      level: 'ok',
      score: 12,
      suggestions: [],
      reasons: [{ rule: 'custom.0', category: 'pressure', message: 'One of your own phrases to watch.', start: 12, end: 19, weight: 9 }],
    };
    expect(shortLine(r)).toBe('Reads fine · 1 phrase to look at');
    expect(titleOf(r)).toBe('Reads fine');
  });

  it('a good first follow-up is not a telling-off', () => {
    const r = scoreDraft(KIND, ctx([out(3)]));
    expect(r.level).toBe('ok');
    expect(shortLine(r)).toBe('Reads fine · your 2nd message');
  });

  it('a very pushy third message names its wording, not only its count', () => {
    const r = scoreDraft("Dana, why haven't you replied? This is your LAST CHANCE!!! Sign today or lose the price.", ctx([out(9), out(4)]));
    expect(r.level).toBe('pushy');
    expect(shortLine(r)).toMatch(/^\d phrases read as pressure · 3rd message in 9 days, no reply$/);
  });

  it('cadence has its own words: a kind fourth note is "Over your limit", not "Reads as pressure"', () => {
    const r = scoreDraft(KIND, ctx([out(20), out(14), out(8)]));
    expect(r.level).not.toBe('ok');
    expect(titleOf(r)).toBe('Over your limit');
    expect(guardReason(r)).toBe('cadence');
    expect(shortLine(r)).toBe('Over your limit · 4th message in 20 days, no reply');
    const soon = scoreDraft(KIND, ctx([out(10), out(1)]));
    expect(soon.reasons.some((x) => x.rule === 'cadence.too-soon')).toBe(true);
    expect(titleOf(soon)).toBe('Too soon');
  });

  it('counts are plural-aware, and the screen-reader label says "Pullback" once', () => {
    const r = scoreDraft('Hi Dana, thanks for the call.', {});
    render(<Indicator level={r.level} line={shortLine(r)} expanded={false} onToggle={() => {}} />);
    expect(screen.getByRole('button').getAttribute('aria-label')).toBe('Pullback: Reads fine. Show why');
    const one = scoreDraft(KIND, ctx([out(3)])).people![0]!;
    expect(personLine(one)).toMatch(/^Dana: 1 sent, 1 unanswered, last contact 3 days ago, last reply: none/);
  });
});

describe('the panel', () => {
  it('reports "LAST CHANCE!!!" once per phrase, in text order, with cadence grouped apart', () => {
    const text = "Dana, why haven't you replied? This is your LAST CHANCE!!! Sign today.";
    const { el } = panel(text, ctx([out(9), out(4)]));
    const words = [...el.querySelectorAll('[data-part=words] .phrase')].map((p) => p.textContent);
    expect(words.filter((w) => /LAST|CHANCE/.test(w!))).toHaveLength(1);
    const starts = words.map((w) => text.indexOf(w!.slice(1, -1)));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(el.querySelector('[data-part=context] [data-rule^="cadence."]')).not.toBeNull();
    expect(el.querySelector('[data-part=words] [data-rule^="cadence."]')).toBeNull();
    expect(el.querySelector('[data-rule="guilt.no-reply"]')).not.toBeNull();
    expect(el.textContent).not.toMatch(/question mark is enough/);
  });

  it('a lone "?" is no interrogation, and "What helps" never quotes a bare greeting', () => {
    const r = scoreDraft('Hi Dana, did the quote reach you?\n\n?', {});
    expect(r.reasons.some((x) => x.rule === 'shouting.questions')).toBe(false);
    const { el } = panel('Hi Dana, thanks so much for your time last week.', {});
    expect(el.textContent).not.toMatch(/“Hi”/);
  });

  it('"They said no" is said once, with the date, not three times', () => {
    const { el, result } = panel(KIND, ctx([out(30), reply(23, "Thanks, but we've decided to go with another shop."), out(10)]));
    expect(result.level).toBe('stop');
    expect(el.querySelector('h2')!.textContent).toBe('Dana said no');
    expect(el.querySelector('.summary')).toBeNull();
    expect(el.textContent!.match(/Dana said no/g)).toHaveLength(2); // the title, and the reason with its date
    expect(el.textContent).not.toMatch(/^They said no/);
    expect(pushingReasons(result).filter((r) => r.category === 'reply')).toHaveLength(1);
  });

  it('"Don\'t flag this again" asks first and offers an undo', () => {
    const onMute = vi.fn();
    const onUnmute = vi.fn();
    const text = 'Just checking in, did you see my last email?';
    const { el, props } = panel(text, {}, { onMute, onUnmute });
    fireEvent.click(el.querySelector('[data-action=mute]')!);
    expect(onMute).not.toHaveBeenCalled();
    expect(el.textContent).toContain('Stop flagging this kind of phrase in every draft?');
    fireEvent.click(el.querySelector('[data-action=mute-confirm]')!);
    expect(onMute).toHaveBeenCalledTimes(1);
    const rule = onMute.mock.calls[0]![0] as string;
    cleanup();
    render(<Panel {...props} muted={new Set([rule])} onUnmute={onUnmute} />);
    fireEvent.click(screen.getAllByText('Undo')[0]!);
    expect(onUnmute).toHaveBeenCalledWith(rule);
    // Once muted the scorer stops reporting it: the undo stays on the panel all the same.
    cleanup();
    render(
      <Panel
        {...props}
        result={scoreDraft('Hi Dana, thanks for the call.')}
        body="Hi Dana, thanks for the call."
        muted={new Set([rule])}
        onUnmute={onUnmute}
      />,
    );
    fireEvent.click(screen.getByText('Undo'));
    expect(onUnmute).toHaveBeenLastCalledWith(rule);
  });

  it('"Don\'t check this draft" says what it does, and the paused chip offers the way back', () => {
    const onPause = vi.fn();
    const { el } = panel('Just checking in!!!', {}, { onPause });
    fireEvent.click(el.querySelector('[data-action=pause]')!);
    expect(onPause).toHaveBeenCalled();
    expect(el.querySelector('[data-action=pause]')!.textContent).toBe("Don't check this draft");
    cleanup();
    const onToggle = vi.fn();
    render(<Indicator level="ok" line="" expanded={false} paused onToggle={onToggle} />);
    expect(screen.getByRole('button').textContent).toBe('Not checking this draft · Check it again');
    fireEvent.click(screen.getByRole('button'));
    expect(onToggle).toHaveBeenCalled();
  });

  it('sits beside the draft it explains when the window has room', () => {
    const editor = rect(900, 300, 500, 400);
    const pos = place(rect(1300, 720, 120, 28), editor, { width: 1440, height: 900 });
    expect(pos.left + 360).toBeLessThanOrEqual(editor.left);
    const narrow = place(rect(10, 720, 120, 28), rect(0, 300, 400, 400), { width: 420, height: 900 });
    expect(narrow.left).toBeGreaterThanOrEqual(8);
  });
});

describe('the guard', () => {
  it('a kind note over the limit is asked about in cadence words, with the move for what it shows first', async () => {
    const { GuardDialog } = await import('./guard-dialog.tsx');
    const result = scoreDraft(KIND, ctx([out(20), out(14), out(8)]));
    render(<GuardDialog result={result} body={KIND} onEdit={() => {}} onSendAnyway={() => {}} />);
    expect(screen.getByRole('alertdialog').querySelector('h2')!.textContent).toBe('Over your limit. Send it anyway?');
    const text = 'Dana, this is your LAST CHANCE!!! Sign today.';
    cleanup();
    const pushy = scoreDraft(text);
    render(<GuardDialog result={pushy} body={text} onEdit={() => {}} onSendAnyway={() => {}} />);
    const first = pushingReasons(pushy)[0]!;
    expect(screen.getByRole('alertdialog').querySelector('.move')!.textContent).toContain(first.suggestion!);
  });
});
