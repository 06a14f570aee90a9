/**
 * The popup and the indicator count one history the same way: the store's contact summary (what
 * the popup lists) and the scorer's person summary (what the indicator judged from) agree, with
 * messages dated ahead of now, replies of every kind, quick corrections and statuses set by hand.
 */
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { scoreDraft } from '../scorer/index.ts';
import type { ReplyKind } from '../scorer/types.ts';
import { createStore } from './store.ts';
import { DEFAULT_LIMITS } from '../scorer/limits.ts';
import type { ContactStatus } from './schema.ts';

const NOW = Date.parse('2026-11-27T10:00:00Z');
const DAY = 86_400_000;
const DANA = 'email:dana@x.test';

type Step = { out: number } | { reply: number; kind: ReplyKind };

async function bothPaths(steps: Step[], status: ContactStatus | null = null) {
  const store = await createStore({ factory: new IDBFactory(), now: () => NOW });
  let n = 0;
  for (const step of steps) {
    n++;
    if ('out' in step) {
      await store.logSend({
        sendId: `s${n}`,
        at: NOW + step.out,
        channel: 'gmail',
        subject: 'Hi',
        excerpt: `Message ${n}`,
        level: 'ok',
        score: 5,
        overridden: false,
        recipients: [{ identity: DANA, name: 'Dana' }],
      });
    } else {
      await store.recordThread([
        { id: `m${n}`, direction: 'in', person: { identity: DANA }, at: NOW + step.reply, channel: 'gmail', text: `Reply ${n}`, kind: step.kind },
      ]);
    }
  }
  const [listed] = await store.listContacts();
  if (status) await store.setStatus(listed!.id, status);
  const popup = (await store.getContact(listed!.id))!.summary;
  const { history, status: statuses } = await store.contextFor([DANA]);
  const person = scoreDraft('Hello Dana', { now: new Date(NOW).toISOString(), recipients: [{ id: 'dana@x.test' }], history, status: statuses }).people![0]!;
  return { popup, person };
}

/** The scorer's figures, in the popup's terms. */
function agree({ popup, person }: Awaited<ReturnType<typeof bothPaths>>) {
  expect(popup.sent).toBe(person.sent);
  expect(popup.unanswered).toBe(person.unanswered);
  expect(popup.lastTouchAt === null ? null : Math.floor((NOW - popup.lastTouchAt) / DAY)).toBe(person.daysSinceLast);
  expect(popup.lastReply && { at: new Date(popup.lastReply.at).toISOString(), kind: popup.lastReply.kind }).toEqual(
    person.lastReply && { at: person.lastReply.at, kind: person.lastReply.kind },
  );
  expect(popup.status?.status ?? null).toBe(person.status?.status ?? null);
  expect(popup.status?.until ?? null).toBe(person.status?.until ? Date.parse(person.status.until) : null);
}

describe('one contact summary for the popup and the scorer', () => {
  it.each<[string, Step[]]>([
    ['three unanswered', [{ out: -9 * DAY }, { out: -5 * DAY }, { out: -2 * DAY }]],
    ['a message dated days ahead (a wrong clock) is counted by neither', [{ out: -9 * DAY }, { out: -5 * DAY }, { out: 5 * DAY }]],
    ['a reply dated ahead does not end the run for either', [{ out: -9 * DAY }, { out: -5 * DAY }, { reply: 3 * DAY, kind: 'reply' }]],
    ['a message a few hours ahead still counts for both', [{ out: -9 * DAY }, { out: 3 * 3_600_000 }]],
    ['a correction minutes later is the same message', [{ out: -9 * DAY }, { out: -9 * DAY + 5 * 60_000 }, { out: -3 * DAY }]],
    [
      'an auto-reply does not end the run; a reply does',
      [{ out: -20 * DAY }, { reply: -19 * DAY, kind: 'auto-reply' }, { out: -10 * DAY }, { reply: -8 * DAY, kind: 'decline' }, { out: -1 * DAY }],
    ],
    ['a welcome, then two more', [{ out: -30 * DAY }, { reply: -29 * DAY, kind: 'welcome' }, { out: -20 * DAY }, { out: -4 * DAY }]],
    ['nothing sent, only a reply', [{ reply: -2 * DAY, kind: 'defer' }]],
  ])('%s', async (_, steps) => {
    agree(await bothPaths(steps));
  });

  it.each<[string, ContactStatus]>([
    ['not now, until a date', { status: 'not-now', at: NOW - DAY, until: NOW + 20 * DAY }],
    ['said no', { status: 'said-no', at: NOW - DAY }],
    ['ok again', { status: 'ok-again', at: NOW - DAY }],
  ])('with a status set by hand: %s', async (_, status) => {
    agree(await bothPaths([{ out: -9 * DAY }, { reply: -8 * DAY, kind: 'decline' }, { out: -2 * DAY }], status));
  });

  it('a message dated days ahead is left out of the popup figures (it used to count there)', async () => {
    const { popup } = await bothPaths([{ out: -9 * DAY }, { out: -5 * DAY }, { out: 5 * DAY }]);
    expect(popup).toMatchObject({ sent: 2, unanswered: 2, lastTouchAt: NOW - 5 * DAY });
  });
});

describe('the name the popup shows', () => {
  it('is the name they signed with, else their whole address (never a lower-cased part of it)', async () => {
    const store = await createStore({ factory: new IDBFactory(), now: () => NOW });
    const log = (sendId: string, identity: string, name?: string) =>
      store.logSend({
        sendId,
        at: NOW - DAY,
        channel: 'gmail',
        subject: 'Hi',
        excerpt: 'Hello',
        level: 'ok',
        score: 5,
        overridden: false,
        recipients: [{ identity, ...(name ? { name } : {}) }],
      });
    await log('s1', 'email:Jordan.Lee@x.test');
    await log('s2', DANA, 'Dana Reyes');
    // A chip that shows only the address's local part gives no name.
    await log('s3', 'email:Jordan.Lee@x.test', 'Jordan.Lee');
    await log('s4', DANA, 'dana');
    const names = (await store.listContacts()).map((c) => c.name).sort();
    expect(names).toEqual(['Dana Reyes', 'Jordan.Lee@x.test']);
    const plan = await store.followupPlan(DEFAULT_LIMITS);
    expect([...plan.due, ...plan.wait].map((e) => e.name).sort()).toEqual(names);
  });
});
