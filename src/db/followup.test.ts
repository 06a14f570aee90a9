import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../scorer/limits.ts';
import { scoreDraft } from '../scorer/index.ts';
import type { Limits } from '../scorer/types.ts';
import { createStore } from './store.ts';
import type { SendLog, ThreadItem } from './types.ts';

const T0 = Date.parse('2026-11-02T09:00:00Z');
const DAY = 86_400_000;
const DANA = 'email:dana@x.test';

/** A store whose clock the test moves. */
async function world(limits: Limits = DEFAULT_LIMITS) {
  let clock = T0;
  const store = await createStore({ factory: new IDBFactory(), now: () => clock });
  const plan = async (at: number) => {
    clock = at;
    return store.followupPlan(limits);
  };
  const where = async (at: number, name = 'Dana Reyes') => {
    const p = await plan(at);
    for (const group of ['due', 'wait', 'leave'] as const) {
      const found = p[group].find((e) => e.name === name);
      if (found) return found;
    }
    return null;
  };
  return { store, plan, where };
}

const send = (sendId: string, at: number, identity = DANA, name = 'Dana Reyes'): SendLog => ({
  sendId,
  at,
  channel: 'gmail',
  subject: 'Winter schedule',
  excerpt: 'Hi Dana, a quick idea for your winter schedule.',
  level: 'ok',
  score: 8,
  overridden: false,
  recipients: [{ identity, name }],
  url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz',
});

const reply = (id: string, at: number, kind: ThreadItem['kind'], text: string, until?: number): ThreadItem => ({
  id,
  direction: 'in',
  person: { identity: DANA, name: 'Dana Reyes' },
  at,
  channel: 'gmail',
  text,
  ...(kind ? { kind } : {}),
  ...(until ? { until } : {}),
});

/** The scorer's verdict on a plain note to Dana at `at`, from the same store. */
async function scorerLevel(store: Awaited<ReturnType<typeof createStore>>, at: number, limits: Limits = DEFAULT_LIMITS) {
  const { history, status } = await store.contextFor([DANA]);
  return scoreDraft('Hi Dana, here is the route sheet I mentioned.', {
    now: new Date(at).toISOString(),
    recipients: [{ id: 'dana@x.test', name: 'Dana Reyes' }],
    history,
    status,
    limits,
  }).level;
}

describe('follow-up list', () => {
  it('spacing: waits until the day the spacing rule is met, then is due', async () => {
    const { store, where } = await world();
    await store.logSend(send('s1', T0));
    const early = await where(T0 + 2 * DAY - 1);
    expect(early).toMatchObject({ group: 'wait', rule: 'cadence.too-soon', at: T0 + 2 * DAY });
    expect(await scorerLevel(store, T0 + 2 * DAY - 1)).toBe('caution');
    const onTime = await where(T0 + 2 * DAY);
    expect(onTime).toMatchObject({ group: 'due', idea: 'first', unanswered: 1 });
    expect(onTime?.lastOut).toMatchObject({
      excerpt: 'Hi Dana, a quick idea for your winter schedule.',
      url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz',
    });
    expect(await scorerLevel(store, T0 + 2 * DAY)).toBe('ok');
  });

  it('spacing: minutes after a send, the person waits (the next note is a follow-up, not a correction)', async () => {
    const { store, where } = await world();
    await store.logSend(send('s1', T0));
    expect(await where(T0 + 60_000)).toMatchObject({ group: 'wait', rule: 'cadence.too-soon', at: T0 + 2 * DAY });
  });

  it('limit: the last note the limit allows is due (as the last); at the limit, leave alone', async () => {
    const { store, where } = await world();
    await store.logSend(send('s1', T0));
    await store.logSend(send('s2', T0 + 3 * DAY));
    expect(await where(T0 + 6 * DAY)).toMatchObject({ group: 'due', idea: 'last', unanswered: 2 });
    await store.logSend(send('s3', T0 + 6 * DAY));
    const over = await where(T0 + 20 * DAY);
    expect(over).toMatchObject({ group: 'leave', rule: 'cadence.unanswered', unanswered: 3 });
    expect(await scorerLevel(store, T0 + 20 * DAY)).toBe('pushy');
  });

  it('monthly maximum: waits until enough messages have aged out of the 30 days', async () => {
    const limits = { ...DEFAULT_LIMITS, maxUnanswered: 20, maxPer30Days: 2 };
    const { store, where } = await world(limits);
    await store.logSend(send('s1', T0));
    await store.logSend(send('s2', T0 + 3 * DAY));
    const entry = await where(T0 + 6 * DAY);
    expect(entry).toMatchObject({ group: 'wait', rule: 'cadence.volume', at: T0 + 30 * DAY });
    expect(await where(T0 + 30 * DAY)).toMatchObject({ group: 'due' });
  });

  it('not now with a date: waits until that date, then is due for a long-game check-in', async () => {
    const { store, where } = await world();
    await store.logSend(send('s1', T0));
    const may = T0 + 40 * DAY;
    await store.recordThread([reply('m1', T0 + DAY, 'defer', 'Not this quarter, try me after the 12th of December.', may)]);
    expect(await where(may - 1)).toMatchObject({ group: 'wait', rule: 'reply.deferred', at: may });
    expect(await scorerLevel(store, may - 1)).toBe('stop');
    expect(await where(may)).toMatchObject({ group: 'due', idea: 'long-game', at: may, unanswered: 0 });
    expect(await scorerLevel(store, may)).toBe('ok');
  });

  it('not now marked by hand: the same, from the status date', async () => {
    const { store, where } = await world();
    await store.logSend(send('s1', T0));
    const id = (await store.contactByIdentity(DANA))!.id;
    await store.setStatus(id, { status: 'not-now', at: T0 + DAY, until: T0 + 20 * DAY });
    expect(await where(T0 + 20 * DAY - 1)).toMatchObject({ group: 'wait', rule: 'status.not-now', at: T0 + 20 * DAY });
    expect(await where(T0 + 20 * DAY)).toMatchObject({ group: 'due' });
  });

  it('decline: leave alone, with when and why; a later welcome lifts it', async () => {
    const { store, where } = await world();
    await store.logSend(send('s1', T0));
    await store.recordThread([reply('m1', T0 + DAY, 'decline', 'No thanks, we are all set.')]);
    const entry = await where(T0 + 200 * DAY);
    expect(entry).toMatchObject({ group: 'leave', rule: 'reply.declined', at: T0 + DAY });
    expect(entry?.why).toContain('No thanks, we are all set.');
    expect(await scorerLevel(store, T0 + 200 * DAY)).toBe('stop');
    await store.recordThread([reply('m2', T0 + 5 * DAY, 'welcome', 'Actually, yes, send me the sheet!')]);
    await store.logSend(send('s2', T0 + 6 * DAY));
    expect(await where(T0 + 10 * DAY)).toMatchObject({ group: 'due' });
  });

  it('said no or do not contact, marked by hand: leave alone from the day it was marked', async () => {
    const { store, where } = await world();
    await store.logSend(send('s1', T0));
    const id = (await store.contactByIdentity(DANA))!.id;
    await store.setStatus(id, { status: 'do-not-contact', at: T0 + 3 * DAY });
    expect(await where(T0 + 9 * DAY)).toMatchObject({ group: 'leave', rule: 'status.do-not-contact', at: T0 + 3 * DAY });
  });

  it('snooze: "remind me" keeps a due person waiting until the date, then due again', async () => {
    const { store, where } = await world();
    await store.logSend(send('s1', T0));
    const id = (await store.contactByIdentity(DANA))!.id;
    await store.remindAt(id, T0 + 10 * DAY);
    expect(await where(T0 + 10 * DAY - 1)).toMatchObject({ group: 'wait', rule: 'remind', at: T0 + 10 * DAY });
    expect(await where(T0 + 10 * DAY)).toMatchObject({ group: 'due', remindAt: null });
    // The reminder survives a new write about the person.
    await store.remindAt(id, T0 + 30 * DAY);
    await store.recordThread([reply('a1', T0 + 11 * DAY, 'auto-reply', 'Out of office.')]);
    expect(await where(T0 + 12 * DAY)).toMatchObject({ group: 'wait', rule: 'remind' });
  });

  it('a reminder travels in the export and comes back on import (an older file without reminders still imports)', async () => {
    const { store, where } = await world();
    await store.logSend(send('s1', T0));
    await store.remindAt((await store.contactByIdentity(DANA))!.id, T0 + 20 * DAY);
    const file = await store.exportAll();
    expect(file.reminders).toEqual([{ contactId: (await store.contactByIdentity(DANA))!.id, until: T0 + 20 * DAY }]);
    await store.deleteAll();
    const { reminders: _, ...older } = file;
    await store.importAll(older, true);
    expect(await where(T0 + 10 * DAY)).toMatchObject({ group: 'due' });
    await store.importAll(file, true);
    expect(await where(T0 + 10 * DAY)).toMatchObject({ group: 'wait', rule: 'remind', at: T0 + 20 * DAY });
  });

  it('someone who answered you last is not on the list; counts cover everyone, ordered by time since your note', async () => {
    const { store, plan } = await world();
    await store.logSend(send('s1', T0, 'email:sam@x.test', 'Sam'));
    await store.logSend(send('s2', T0 + DAY, DANA));
    await store.logSend(send('s3', T0, 'email:kim@x.test', 'Kim'));
    await store.recordThread([{ ...reply('k1', T0 + 2 * DAY, 'reply', 'Thanks, will read.'), person: { identity: 'email:kim@x.test', name: 'Kim' } }]);
    const p = await plan(T0 + 9 * DAY);
    expect(p.counts).toEqual({ due: 2, wait: 0, leave: 0 });
    expect(p.due.map((e) => e.name)).toEqual(['Sam', 'Dana Reyes']);
  });
});
