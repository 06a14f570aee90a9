/**
 * The policy in judgement.md, case by case: what each level means, text handling, and the cases the
 * judgement issue measured as wrong. The case tables (test/cases) are checked on their dev split
 * here; the held-aside split is only measured by `npm run eval`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atLeast, classifyReply, pointsToScore, scoreDraft, type HistoryItem } from './index.ts';

const level = (text: string) => scoreDraft(text).level;

describe('one clear tactic is pushy, so Send asks', () => {
  it.each([
    ['guilt for not answering', "Hi Sam, I've emailed you four times now and still nothing. It would take you thirty seconds to reply."],
    ['a call booked without asking', "Hi Sam, I've gone ahead and booked us a call for Thursday at 2."],
    ['silence taken as a yes', "Hi Sam, unless I hear otherwise I'll assume you're in."],
    ["the sender's quota", 'Hi Sam, signing this week would really help me hit my quota.'],
    ['a demand', 'Hi Sam, I expect an answer today.'],
    ['an invented final deadline', 'Hi Sam, this is your final notice: the offer expires at midnight.'],
    ['a threat of loss', 'Hi Sam, you will regret missing it.'],
    ['a demand to accept', 'Hi Sam, accept my request.'],
  ])('%s', (_, text) => expect(level(text)).toBe('pushy'));

  it('wording that differs a little is read the same', () => {
    expect(level('This offer will not last.')).toBe('pushy');
    expect(level('This offer won’t last.')).toBe('pushy');
    expect(level('Prices go up on Monday.')).toBe(level('prices go up on monday'));
  });

  it('warmth lowers the score but never hides a tactic', () => {
    const cold = scoreDraft('Only 2 spots left, the offer expires tonight.');
    const warm = scoreDraft('Thanks so much, I hope you are well! Only 2 spots left, the offer expires tonight. No worries if not.');
    expect(warm.level).toBe('pushy');
    expect(warm.score).toBeLessThan(cold.score);
  });
});

describe('weak cues never make a draft pushy, and do not add up with length', () => {
  it('a long friendly note with many questions stays ok', () => {
    const note = Array.from({ length: 12 }, (_, i) => `How did the ${['launch', 'hire', 'trip', 'move'][i % 4]} go? It was actually a busy week here.`).join(
      ' ',
    );
    expect(level(note)).toBe('ok');
  });

  it('negative words, adverbs and one exclamation mark stay below pushy', () => {
    for (const text of ['That was the worst flight, actually.', 'Great news!', 'Obviously the bad weather did not help.'])
      expect(atLeast(level(text), 'pushy')).toBe(false);
  });

  it('a newsletter with one sales line is a caution, not pushy', () => {
    const body = Array.from({ length: 40 }, () => 'This month we visited three farms and wrote about how they plan the harvest.').join(' ');
    expect(level(`${body} The early-bird price ends tonight, so book now.`)).toBe('caution');
  });

  it('negated tactics are not tactics', () => {
    for (const text of ['No rush at all.', "There's no deadline on this.", "I won't assume anything, just let me know."]) expect(level(text)).toBe('ok');
  });
});

describe('text that is not the user’s own words is not judged', () => {
  it('a pasted news article after its dateline', () => {
    expect(level('Thought you would like this.\n\nMOSCOW (AP) - Act now, officials said, before prices go up on Monday.')).toBe('ok');
  });

  it('a pasted log with timestamps', () => {
    expect(level('Here is the log:\n18:19:03 exec pick +inbox\n18:19:04 ERROR timeout 02:13:45')).toBe('ok');
  });

  it('a code block', () => {
    expect(level('The fix:\n```\nif (now) { act(); } // ACT NOW\n```\nThanks!')).toBe('ok');
  });

  it('a forwarded message and a list footer', () => {
    expect(level('See below.\n\n---------- Forwarded message ---------\nOnly 2 spots left, act now!')).toBe('ok');
    expect(
      level(
        'Notes from the meeting are attached, see the summary in the second section.\n'.repeat(4) +
          '______________________\nSponsored: ORDER NOW, offer expires tonight!!!',
      ),
    ).toBe('ok');
  });
});

describe('normalisation keeps offsets on the user’s own characters', () => {
  it('after contractions, curly quotes and hyphens', () => {
    const text = 'Hi Zoë 👋 — I’ve gone ahead and booked us for Thursday.';
    const reason = scoreDraft(text).reasons.find((r) => r.rule === 'presumptive.booked')!;
    expect(text.slice(reason.start!, reason.end!)).toMatch(/^I’ve gone ahead and booked/);
  });
});

describe('every point of the score is a reason the panel shows', () => {
  it.each(['Just checking in. Thanks so much!', 'Why? This is wrong, actually. Thanks.', 'I hope you are well. What are your priorities this spring?'])(
    '%s',
    (text) => {
      const r = scoreDraft(text);
      const points = r.reasons.reduce((sum, x) => sum + (x.weight ?? 0), 0);
      expect(Math.abs(r.score - Math.max(r.level === 'caution' ? 30 : 0, pointsToScore(points)))).toBeLessThan(0.6);
    },
  );
});

describe('replies', () => {
  const at = new Date('2026-03-02T09:00:00Z');
  it('all set with the current provider is a no, and the follow-up is stop', () => {
    expect(classifyReply("Thanks, we're all set with our current accountant.", at).kind).toBe('decline');
    const history: HistoryItem[] = [
      { recipient: 'a@x.test', direction: 'out', at: '2026-02-20T09:00:00Z', text: 'Could we help with your books?' },
      { recipient: 'a@x.test', direction: 'in', at: '2026-02-21T09:00:00Z', text: "Thanks, we're all set with our current accountant." },
    ];
    expect(scoreDraft('Hi, a short note with the guide I mentioned.', { now: '2026-03-02T09:00:00Z', history }).level).toBe('stop');
  });

  it.each([
    ['No problem, Tuesday works.', 'welcome'],
    ['Not at all a bother, send it over.', 'welcome'],
    ["I'm not sure I'm interested, what does it cost?", 'reply'],
  ])('negation and hedges: %s', (text, kind) => {
    const read = classifyReply(text, at).kind;
    expect(read === 'decline' || read === 'defer').toBe(false);
    if (kind === 'welcome') expect(read).toBe('welcome');
  });
});

describe('case tables, dev split (the held-aside split is measured by npm run eval)', () => {
  const dir = join(import.meta.dirname, '..', '..', 'test', 'cases');
  const load = (prefix: string) =>
    readdirSync(dir)
      .filter((f) => f.startsWith(prefix) && f.endsWith('.jsonl'))
      .flatMap((f) =>
        readFileSync(join(dir, f), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as { tactic?: string; kind?: string; text: string }),
      );
  const tactics = load('tactics.dev');
  it('every tactic is found in at least 95 % of its wordings, and no fine draft is pushy', () => {
    const byTactic = new Map<string, [number, number]>();
    for (const c of tactics) {
      const l = level(c.text);
      const ok = c.tactic === 'fine' ? !atLeast(l, 'pushy') : atLeast(l, c.tactic === 'empty-bump' ? 'caution' : 'pushy');
      const t = byTactic.get(c.tactic!) ?? [0, 0];
      byTactic.set(c.tactic!, [t[0] + (ok ? 1 : 0), t[1] + 1]);
    }
    expect(byTactic.get('fine')![0]).toBe(byTactic.get('fine')![1]);
    for (const [tactic, [hit, all]] of byTactic) if (tactic !== 'shouting') expect([tactic, hit / all >= 0.95]).toEqual([tactic, true]);
  });
});
