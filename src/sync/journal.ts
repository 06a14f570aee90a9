/**
 * The sync journal (issue 14): a PouchDB database beside the history store. The idb store stays
 * what the UI and scorer read; every write there is copied here as an immutable document whose id
 * is derived from the record (a retry or a second copy is a no-op), and documents pulled from the
 * server are applied back into idb. The journal carries no contact ids (they are per device):
 * records travel with their identity and each device files them under its own contact.
 */
import type { Database, PouchDoc } from 'pouchdb-core';
import type { Store } from '../db/store.ts';
import type { SyncedInbound, SyncedTouch } from '../db/synced.ts';
import type { IdentityKey, TouchRecord, InboundRecord } from '../db/schema.ts';
import { deriveStatus, isStatusEventKind, type StatusEvent } from './status-events.ts';

/** The store parts the journal uses (tests pass a real store over fake-indexeddb). */
export type JournalStore = Pick<Store, 'recordsByIds' | 'identitiesOf' | 'applySynced' | 'applyStatus' | 'applyLink' | 'applyUnlink' | 'exportAll' | 'counts'>;

const CHUNK = 500;
const APPLIED = '_local/applied';
const BACKFILLED = '_local/backfilled';

const touchDocId = (id: string): string => `t:${id}`;
const inboundDocId = (id: string): string => `i:${id}`;
/** Status events sort by identity, then time, so one key range reads a person's events. */
const statusDocId = (identity: IdentityKey, e: StatusEvent, device: string): string =>
  `s:${identity}\u0001${e.at.toString().padStart(16, '0')}:${e.status}:${device}`;

/**
 * Two identities linked into one person, or one unlinked from the other: append-only events keyed
 * by the pair (sorted) and the time, so a retry is the same document, two devices cannot conflict,
 * and the latest event of a pair says whether it is linked (as status events do).
 */
const pairKey = (a: IdentityKey, b: IdentityKey): string => [a, b].sort().join('\u0001');
const pairDocId = (kind: 'l' | 'u', a: IdentityKey, b: IdentityKey, at: number): string => `${kind}:${pairKey(a, b)}\u0002${at.toString().padStart(16, '0')}`;
/** Link docs joining `joined` to the person's other identities (one pair each is enough). */
function linkDocs(identities: IdentityKey[], joined: IdentityKey[], at: number, device: string): PouchDoc[] {
  const anchor = identities.find((i) => !joined.includes(i));
  return anchor ? joined.map((other) => ({ _id: pairDocId('l', anchor, other, at), type: 'link', a: anchor, b: other, at, device })) : [];
}

function touchDoc(t: TouchRecord): PouchDoc {
  const { contactId: _local, ...rest } = t;
  return { _id: touchDocId(t.id), type: 'touch', ...rest };
}
function inboundDoc(r: InboundRecord): PouchDoc {
  const { contactId: _local, ...rest } = r;
  return { _id: inboundDocId(r.id), type: 'inbound', ...rest };
}

/** Write documents that are not there yet; an existing id (409) means it was journaled already. */
async function putOnce(pouch: Database, docs: PouchDoc[]): Promise<number> {
  let written = 0;
  for (let i = 0; i < docs.length; i += CHUNK) {
    const results = await pouch.bulkDocs(docs.slice(i, i + CHUNK));
    for (const r of results) {
      if (r.ok) written++;
      else if (r.status !== 409) throw new Error(`journal write failed: ${String(r.name ?? r.error)}`);
    }
  }
  return written;
}

/** What the background tells the journal after a write to the store. */
export type WriteEvent =
  | { kind: 'send'; sendId: string; identities: IdentityKey[] }
  | { kind: 'thread'; items: { id: string; direction: 'in' | 'out'; identity: IdentityKey }[] }
  | { kind: 'status'; contactId: string; event: StatusEvent }
  /** Identities joined to this person by hand in the popup: each device links them too. */
  | { kind: 'link'; contactId: string; joined: IdentityKey[]; at: number }
  /** An identity split off this person by hand: each device splits it off too. */
  | { kind: 'unlink'; contactId: string; identity: IdentityKey; at: number };

export function createJournal(pouch: Database, store: JournalStore, device: string) {
  return {
    pouch,
    /** Copy one write of the store into the journal. */
    async record(event: WriteEvent): Promise<number> {
      if (event.kind === 'link') return putOnce(pouch, linkDocs(await store.identitiesOf(event.contactId), event.joined, event.at, device));
      if (event.kind === 'unlink')
        return putOnce(
          pouch,
          (await store.identitiesOf(event.contactId)).map((other) => ({
            _id: pairDocId('u', event.identity, other, event.at),
            type: 'unlink',
            a: event.identity,
            b: other,
            at: event.at,
            device,
          })),
        );
      if (event.kind === 'status') {
        const identities = await store.identitiesOf(event.contactId);
        return putOnce(
          pouch,
          identities.map((identity) => ({ _id: statusDocId(identity, event.event, device), type: 'status', identity, device, ...event.event })),
        );
      }
      const touchIds =
        event.kind === 'send'
          ? event.identities.map((i) => `${event.sendId}:${i}`)
          : event.items.filter((i) => i.direction === 'out').map((i) => `thread:${i.id}:${i.identity}`);
      const inboundIds = event.kind === 'thread' ? event.items.filter((i) => i.direction === 'in').map((i) => i.id) : [];
      const { touches, inbound } = await store.recordsByIds(touchIds, inboundIds);
      return putOnce(pouch, [...touches.map(touchDoc), ...inbound.map(inboundDoc)]);
    },

    /**
     * Journal everything already in the store (the first sync of a device, or a write whose copy
     * was missed); safe to repeat. Skipped when the journal already holds as many records.
     */
    async backfill(): Promise<number> {
      const counts = await store.counts();
      const journaled = async (prefix: string) => (await pouch.allDocs({ startkey: prefix, endkey: `${prefix}\uffff` })).rows.length;
      const marked = await pouch.get(BACKFILLED).catch(() => null);
      if (marked && (await journaled('t:')) >= counts.touches && (await journaled('i:')) >= counts.inbound) return 0;
      const all = await store.exportAll();
      const statusDocs = all.contacts.flatMap((c) =>
        c.status
          ? c.identities.map((identity) => {
              const e: StatusEvent = { status: c.status!.status, at: c.status!.at, ...(c.status!.until ? { until: c.status!.until } : {}) };
              return { _id: statusDocId(identity, e, device), type: 'status', identity, device, ...e };
            })
          : [],
      );
      const links = all.contacts.flatMap((c) => linkDocs(c.identities, c.identities.slice(1), c.createdAt, device));
      const written = await putOnce(pouch, [...all.touches.map(touchDoc), ...all.inbound.map(inboundDoc), ...statusDocs, ...links]);
      if (!marked) await pouch.put({ _id: BACKFILLED, at: Date.now() });
      return written;
    },

    /** The status every device's events add up to, for one identity. */
    async statusEvents(identity: IdentityKey): Promise<StatusEvent[]> {
      const { rows } = await pouch.allDocs({ include_docs: true, startkey: `s:${identity}\u0001`, endkey: `s:${identity}\u0001\uffff` });
      return rows.flatMap(({ doc }) =>
        doc && isStatusEventKind(doc.status) && typeof doc.at === 'number'
          ? [{ status: doc.status, at: doc.at, ...(typeof doc.until === 'number' ? { until: doc.until } : {}) }]
          : [],
      );
    },

    /** Link or split a pair as its latest event says (an unlink wins a tie: it is the deliberate one). */
    async applyPair(a: IdentityKey, b: IdentityKey): Promise<boolean> {
      const key = pairKey(a, b);
      const events = await Promise.all(
        (['l', 'u'] as const).map(
          async (kind) => (await pouch.allDocs({ include_docs: true, startkey: `${kind}:${key}\u0002`, endkey: `${kind}:${key}\u0002\uffff` })).rows,
        ),
      );
      let latest: PouchDoc | null = null;
      for (const { doc } of events.flat()) {
        if (!doc || typeof doc.at !== 'number' || typeof doc.a !== 'string' || typeof doc.b !== 'string') continue;
        if (!latest || doc.at > (latest.at as number) || (doc.at === latest.at && doc.type === 'unlink')) latest = doc;
      }
      if (!latest) return false;
      const [x, y, at] = [latest.a as IdentityKey, latest.b as IdentityKey, latest.at as number];
      return latest.type === 'link' ? store.applyLink(x, y, at) : store.applyUnlink(x, y, at);
    },

    /**
     * Apply what arrived in the journal (pulled, or written here) to the store, from the last
     * applied change on. The position is saved after each chunk, so a killed worker resumes there.
     */
    async applyPulled(): Promise<{ applied: number }> {
      let since: number | string = 0;
      let rev: string | undefined;
      try {
        const mark = await pouch.get(APPLIED);
        since = mark.seq as number | string;
        rev = mark._rev;
      } catch {
        // never applied: from the start
      }
      let applied = 0;
      for (;;) {
        const { results, last_seq } = await pouch.changes({ since, include_docs: true, limit: CHUNK });
        if (!results.length) break;
        const touches: SyncedTouch[] = [];
        const inbound: SyncedInbound[] = [];
        const statusOf = new Set<IdentityKey>();
        const pairs = new Map<string, [IdentityKey, IdentityKey]>();
        for (const { doc } of results) {
          if (!doc || doc._deleted) continue;
          const { _id, _rev, type, ...record } = doc;
          if (type === 'touch') touches.push(record as unknown as SyncedTouch);
          else if (type === 'inbound') inbound.push(record as unknown as SyncedInbound);
          else if (type === 'status' && typeof doc.identity === 'string') statusOf.add(doc.identity);
          else if ((type === 'link' || type === 'unlink') && typeof doc.a === 'string' && typeof doc.b === 'string')
            pairs.set(pairKey(doc.a, doc.b), [doc.a, doc.b]);
        }
        applied += (await store.applySynced(touches, inbound)).written;
        for (const [a, b] of pairs.values()) if (await this.applyPair(a, b)) applied++;
        for (const identity of statusOf) {
          const events = await this.statusEvents(identity);
          const latest = Math.max(...events.map((e) => e.at));
          await store.applyStatus(identity, deriveStatus(events), latest);
        }
        since = last_seq;
        const saved = await pouch.put({ _id: APPLIED, seq: since, ...(rev ? { _rev: rev } : {}) });
        rev = saved.rev;
      }
      return { applied };
    },
  };
}
