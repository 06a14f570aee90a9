import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEVELS, parseContext, scoreDraft, type Context, type HistoryItem } from './index.ts';

const NOW = '2026-11-27T10:00:00Z';
const daysAgo = (n: number) => new Date(Date.parse(NOW) - n * 86_400_000).toISOString();
const out = (recipient: string, days: number, text = 'Hello'): HistoryItem => ({ recipient, direction: 'out', at: daysAgo(days), text });
const reply = (recipient: string, days: number, text: string): HistoryItem => ({ recipient, direction: 'in', at: daysAgo(days), text });
const ctx = (history: HistoryItem[], extra: Context = {}): Context => ({ now: NOW, recipients: [{ id: 'dana@x.test', name: 'Dana' }], history, ...extra });
const polite = 'Hi Dana, I came across a guide on fleet maintenance that might be useful for you. No worries if not.';

describe('cadence and replies', () => {
  it('the Jake story: pushing after they chose someone else is stop, and says why', () => {
    const r = scoreDraft(
      'Hi, just following up again. Are you sure? I can beat their price, call me today!',
      ctx([
        out('dana@x.test', 30),
        reply('dana@x.test', 23, "Thanks, but we've decided to go with another shop."),
        out('dana@x.test', 20),
        out('dana@x.test', 10),
      ]),
    );
    expect(r.level).toBe('stop');
    expect(r.score).toBeGreaterThanOrEqual(90);
    const no = r.reasons.find((x) => x.rule === 'reply.declined')!;
    expect(no.message).toBe(`Dana said no on 4 Nov: "Thanks, but we've decided to go with another shop."`);
    expect(no).toMatchObject({ recipient: 'dana@x.test', start: null, end: null });
  });

  it('a no, then a polite follow-up: still stop while respectNo holds, caution without it', () => {
    const history = [out('dana@x.test', 20), reply('dana@x.test', 18, 'Not interested, thanks.')];
    expect(scoreDraft(polite, ctx(history)).level).toBe('stop');
    expect(scoreDraft(polite, ctx(history, { limits: { respectNo: false } })).level).toBe('caution');
  });

  it('a not-now with a date: stop before it (inside their window), fine after', () => {
    const history = [out('dana@x.test', 25), reply('dana@x.test', 24, 'Not now, we are mid-launch. Try me in March.')];
    const before = scoreDraft(polite, ctx(history));
    expect(before.level).toBe('stop');
    expect(before.reasons.find((x) => x.rule === 'reply.deferred')!.message).toContain('wait until 1 Mar');
    expect(scoreDraft(polite, ctx(history, { now: '2027-03-02T10:00:00Z' })).level).toBe('ok');
  });

  it('a not-now without a date: stop within notNowDays', () => {
    const history = [out('dana@x.test', 12), reply('dana@x.test', 10, 'Not right now, sorry.')];
    expect(scoreDraft(polite, ctx(history)).level).toBe('stop');
    expect(scoreDraft(polite, ctx(history, { limits: { notNowDays: 7 } })).level).toBe('ok');
  });

  it('an out-of-office inside an unanswered streak does not reset it, and its date gives a caution', () => {
    const history = [
      out('dana@x.test', 12),
      reply('dana@x.test', 12, 'Automatic reply: I am out of the office until December 3.'),
      out('dana@x.test', 8),
      out('dana@x.test', 4),
    ];
    const r = scoreDraft(polite, ctx(history));
    expect(r.level).toBe('pushy');
    expect(r.reasons.map((x) => x.rule)).toEqual(expect.arrayContaining(['cadence.unanswered', 'reply.away']));
    expect(r.people![0]).toMatchObject({ unanswered: 3, sent: 3 });
    // Alone, the away notice is at most a caution.
    expect(scoreDraft(polite, ctx(history.slice(0, 2))).level).toBe('caution');
  });

  it('a welcome reply resets the count', () => {
    const history = [
      out('dana@x.test', 20),
      out('dana@x.test', 15),
      out('dana@x.test', 10),
      reply('dana@x.test', 9, "Sounds good, send more info and let's talk."),
    ];
    const r = scoreDraft(polite, ctx(history));
    expect(r.level).toBe('ok');
    expect(r.people![0]).toMatchObject({ unanswered: 0, lastReply: { kind: 'welcome' } });
  });

  it('history for another recipient does not count', () => {
    const history = [out('sam@x.test', 9), out('sam@x.test', 6), out('sam@x.test', 3), reply('sam@x.test', 2, 'Please stop emailing me.')];
    expect(scoreDraft(polite, ctx(history)).level).toBe('ok');
  });

  it('counts unanswered messages with the draft, against maxUnanswered', () => {
    const two = [out('dana@x.test', 10), out('dana@x.test', 5)];
    expect(scoreDraft(polite, ctx(two)).level).toBe('caution');
    expect(scoreDraft(polite, ctx([...two, out('dana@x.test', 3)])).reasons.find((x) => x.rule === 'cadence.unanswered')!.message).toBe(
      'This would be your 4th message in a row to Dana with no reply (your limit is 3).',
    );
    expect(scoreDraft(polite, ctx(two, { limits: { maxUnanswered: 2 } })).level).toBe('pushy');
  });

  it('sooner than the spacing rule is a caution, not pushy', () => {
    const r = scoreDraft(polite, ctx([out('dana@x.test', 0.5)]));
    expect(r.level).toBe('caution');
    expect(r.reasons.find((x) => x.rule === 'cadence.too-soon')!.message).toContain('earlier today');
  });

  it('a note minutes after the last one is the same message, not a new follow-up', () => {
    const minutesAgo = (m: number): HistoryItem => ({
      recipient: 'dana@x.test',
      direction: 'out',
      at: new Date(Date.parse(NOW) - m * 60_000).toISOString(),
      text: 'Hello',
    });
    const r = scoreDraft('Forgot the attachment, here it is.', ctx([minutesAgo(4)]));
    expect(r.level).toBe('ok');
    expect(r.reasons.map((x) => x.rule)).not.toContain('cadence.too-soon');
    // Two messages minutes apart count once against the unanswered limit.
    const pair = [out('dana@x.test', 10), minutesAgo(10 * 1440 - 3), out('dana@x.test', 5)];
    expect(scoreDraft(polite, ctx(pair)).people![0]).toMatchObject({ unanswered: 2 });
  });

  it('after their warm answer or request, writing back is a conversation', () => {
    const history = [out('dana@x.test', 3), reply('dana@x.test', 0.2, 'Could we talk next week? Send me the deck.'), out('dana@x.test', 0.1)];
    const r = scoreDraft(polite, ctx(history));
    expect(r.reasons.map((x) => x.rule)).not.toContain('cadence.too-soon');
    expect(r.level).toBe('ok');
  });

  it('an empty bump as the last follow-up the limit allows is pushy', () => {
    const two = [out('dana@x.test', 10), out('dana@x.test', 5)];
    expect(scoreDraft('Hi Dana, just checking in on this.', ctx(two)).level).toBe('pushy');
    expect(scoreDraft('Hi Dana, just checking in on this.', ctx([])).level).toBe('caution');
  });

  it('too many in 30 days is pushy even with replies', () => {
    const history: HistoryItem[] = [];
    for (let d = 28; d > 0; d -= 3) history.push(out('dana@x.test', d), reply('dana@x.test', d - 1, 'Thanks, sounds good.'));
    expect(scoreDraft(polite, ctx(history)).reasons.map((x) => x.rule)).toContain('cadence.volume');
  });

  it('statuses set by hand', () => {
    expect(scoreDraft(polite, ctx([], { status: [{ recipient: 'dana@x.test', status: 'do-not-contact' }] })).level).toBe('stop');
    expect(scoreDraft(polite, ctx([], { status: [{ recipient: 'dana@x.test', status: 'said-no', at: daysAgo(3) }] })).level).toBe('stop');
    expect(scoreDraft(polite, ctx([], { status: [{ recipient: 'dana@x.test', status: 'not-now', until: daysAgo(-10) }] })).level).toBe('stop');
    const lifted = ctx([reply('dana@x.test', 100, 'Not interested.')], {
      status: [{ recipient: 'dana@x.test', status: 'ok-again', at: daysAgo(5), until: daysAgo(1) }],
    });
    expect(scoreDraft(polite, lifted).level).toBe('ok');
  });

  it('several recipients: the highest level wins and each reason names its person', () => {
    const r = scoreDraft(polite, {
      now: NOW,
      recipients: [
        { id: 'dana@x.test', name: 'Dana' },
        { id: 'sam@x.test', name: 'Sam' },
      ],
      history: [reply('sam@x.test', 3, 'Please remove me from your list.'), out('dana@x.test', 10), out('dana@x.test', 5)],
    });
    expect(r.level).toBe('stop');
    expect(r.reasons.find((x) => x.rule === 'reply.declined')).toMatchObject({ recipient: 'sam@x.test' });
    expect(r.reasons.find((x) => x.rule === 'cadence.unanswered-last')).toMatchObject({ recipient: 'dana@x.test' });
    expect(r.people!.map((p) => p.level)).toEqual(['caution', 'stop']);
  });

  it('recipient ids match case-insensitively', () => {
    expect(scoreDraft(polite, ctx([reply('DANA@X.TEST', 2, 'Unsubscribe')])).level).toBe('stop');
  });
});

describe('parseContext', () => {
  it('accepts the documented shape', () => {
    expect(() => parseContext(ctx([out('dana@x.test', 1)], { channel: 'gmail', subject: 's', limits: { maxUnanswered: 2 } }))).not.toThrow();
  });
  it.each([
    [{ nope: 1 }, 'unknown field'],
    [{ limits: { maxUnanswered: -1 } }, 'out of range'],
    [{ now: 'yesterday' }, 'ISO-8601'],
    [{ history: [{ recipient: 'a', direction: 'sideways', at: NOW }] }, 'expected one of'],
    [{ recipients: 'dana' }, 'expected a list'],
  ])('refuses %j', (value, message) => {
    expect(() => parseContext(value)).toThrow(message);
  });
});

describe('properties', () => {
  const anyDate = fc.oneof(
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    fc.string(),
  );
  const item = fc.record({
    recipient: fc.oneof(fc.constant('a@x.test'), fc.string()),
    direction: fc.constantFrom('out', 'in'),
    at: anyDate,
    text: fc.option(fc.string(), { nil: undefined }),
  });
  const context = fc.record(
    {
      now: anyDate,
      recipients: fc.array(fc.record({ id: fc.oneof(fc.constant('a@x.test'), fc.string()), name: fc.option(fc.string(), { nil: undefined }) }), {
        maxLength: 4,
      }),
      history: fc.array(item as fc.Arbitrary<HistoryItem>, { maxLength: 30 }),
      limits: fc.record(
        { maxUnanswered: fc.double(), minDaysBetween: fc.integer(), maxPer30Days: fc.integer(), respectNo: fc.boolean(), notNowDays: fc.double() },
        { requiredKeys: [] },
      ),
      subject: fc.string(),
    },
    { requiredKeys: [] },
  );

  it('any text, history and limits give a valid result without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), context, (text, c) => {
        const r = scoreDraft(text, c as Context);
        expect(LEVELS).toContain(r.level);
        expect(Number.isFinite(r.score) && r.score >= 0 && r.score <= 100 && Math.abs(Math.round(r.score * 10) - r.score * 10) < 1e-9).toBe(true);
        for (const reason of r.reasons) {
          if (reason.start !== null) {
            expect(reason.start).toBeGreaterThanOrEqual(0);
            expect(reason.end!).toBeGreaterThan(reason.start);
            expect(reason.end!).toBeLessThanOrEqual(text.length);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('survives garbage contexts', () => {
    fc.assert(
      fc.property(fc.string(), fc.anything(), (text, c) => void scoreDraft(text, c as Context)),
      { numRuns: 300 },
    );
  });

  it('adding pressure never lowers the score', () => {
    fc.assert(
      fc.property(fc.lorem({ maxCount: 30 }), (text) => {
        expect(scoreDraft(`${text} Act now, only 2 spots left!`).score).toBeGreaterThanOrEqual(scoreDraft(text).score);
      }),
      { numRuns: 200 },
    );
  });
});
