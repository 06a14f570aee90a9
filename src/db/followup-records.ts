/**
 * The follow-up record of one person: the few facts the follow-up list needs (recent send times,
 * the replies that still count, the last message), derived from all their touches and replies by
 * the scorer's own contact summary, and rewritten whenever their history changes. The list then
 * reads one small record per person, never every touch.
 */
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { summarizeContact } from '../scorer/contact-summary.ts';
import { historyItems, recipientOf } from './history-items.ts';
import { contactName, type ContactRecord, type FollowupRecord, type FollowupReply, type InboundRecord, type PullbackDB, type TouchRecord } from './schema.ts';

/** Send times kept per person: enough for the largest monthly limit (LIMIT_BOUNDS.maxPer30Days). */
const FOLLOWUP_OUTS = 100;

function followupRecord(contact: ContactRecord, touches: TouchRecord[], inbound: InboundRecord[], remindAt?: number): FollowupRecord {
  const sorted = [...touches].sort((a, b) => a.at - b.at);
  const last = sorted.at(-1);
  // Summarised as of the newest record, so nothing is left out as "in the future".
  const asOf = Math.max(last?.at ?? 0, ...inbound.map((m) => m.at), 0);
  const facts = summarizeContact(historyItems(recipientOf(contact), [], inbound), [], new Date(asOf));
  const all = summarizeContact(historyItems(recipientOf(contact), touches, inbound), [], new Date(asOf));
  const replies: FollowupReply[] = [];
  for (const e of [facts.decline, facts.defer, facts.lastReply, facts.away]) {
    if (!e || replies.some((r) => r.at === e.at.getTime() && r.kind === e.kind)) continue;
    replies.push({ at: e.at.getTime(), kind: e.kind ?? 'reply', ...(e.until ? { until: e.until.getTime() } : {}), excerpt: e.text ?? '' });
  }
  replies.sort((a, b) => a.at - b.at);
  return {
    contactId: contact.id,
    name: contactName(contact),
    identities: contact.identities,
    status: contact.status,
    sent: sorted.length,
    outs: sorted.slice(-FOLLOWUP_OUTS).map((t) => t.at),
    replies,
    lastOut: last ? { at: last.at, subject: last.subject, excerpt: last.excerpt, channel: last.channel, ...(last.url ? { url: last.url } : {}) } : null,
    ...(remindAt ? { remindAt } : {}),
    facts: {
      unanswered: all.unanswered,
      conversation: all.conversation,
      decline: all.decline?.at.getTime() ?? null,
      defer: all.defer ? { at: all.defer.at.getTime(), until: all.defer.until?.getTime() ?? null } : null,
      awayUntil: all.away?.until?.getTime() ?? null,
    },
  };
}

type Names = ArrayLike<StoreNames<PullbackDB>>;
type Mode = 'readwrite' | 'versionchange';
type Tx<N extends Names, M extends Mode> = IDBPTransaction<PullbackDB, N, M>;
type WithFollowup = ['contacts', 'touches', 'inbound', 'followup'];

/** Rewrite the follow-up records of these people (gone people lose theirs), inside a write transaction. */
export async function refreshFollowups<M extends Mode>(tx: Tx<WithFollowup, M> | Tx<StoreNames<PullbackDB>[], M>, contactIds: Iterable<string>): Promise<void> {
  const t = tx as unknown as Tx<WithFollowup, 'readwrite'>;
  const followup: IDBPObjectStore<PullbackDB, WithFollowup, 'followup', 'readwrite'> = t.objectStore('followup');
  await Promise.all(
    [...new Set(contactIds)].map(async (id) => {
      const [contact, touches, inbound, old] = await Promise.all([
        t.objectStore('contacts').get(id),
        t.objectStore('touches').index('contactId').getAll(id),
        t.objectStore('inbound').index('contactId').getAll(id),
        followup.get(id),
      ]);
      if (!contact) return followup.delete(id);
      return followup.put(followupRecord(contact, touches, inbound, old?.remindAt));
    }),
  );
}

/** Build every person's record (the upgrade to version 2, and after an import). */
export async function rebuildAllFollowups<M extends Mode>(tx: Tx<StoreNames<PullbackDB>[], M>): Promise<void> {
  const ids = (await tx.objectStore('contacts').getAllKeys()) as string[];
  await refreshFollowups(tx, ids);
}
