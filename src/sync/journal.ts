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
export type JournalStore = Pick<Store, 'recordsByIds' | 'identitiesOf' | 'applySynced' | 'applyStatus' | 'applyLink' | 'exportAll' | 'counts'>;

const CHUNK = 500;
const APPLIED = '_local/applied';
const BACKFILLED = '_local/backfilled';

const touchDocId = (id: string): string => `t:${id}`;
const inboundDocId = (id: string): string => `i:${id}`;
/** Status events sort by identity, then time, so one key range reads a person's events. */
const statusDocId = (identity: IdentityKey, e: StatusEvent, device: string): string =>
  `s:${identity}\u0001${e.at.toString().padStart(16, '0')}:${e.status}:${device}`;

/**
 * Two identities of one person: the id is the pair (sorted), so linking them again on any device
 * is the same document, and two devices linking the same pair cannot conflict.
 */
const linkDocId = (a: IdentityKey, b: IdentityKey): string => `l:${[a, b].sort().join('\u0001')}`;
function linkDocs(identities: IdentityKey[], at: number, device: string): PouchDoc[] {
  const [first, ...rest] = identities;
  return first ? rest.map((other) => ({ _id: linkDocId(first, other), type: 'link', a: first, b: other, at, device })) : [];
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
  /** Identities linked into this person (by hand in the popup): each device links them too. */
  | { kind: 'link'; contactId: string; at: number };

export function createJournal(pouch: Database, store: JournalStore, device: string) {
  return {
    pouch,
    /** Copy one write of the store into the journal. */
    async record(event: WriteEvent): Promise<number> {
      if (event.kind === 'link') return putOnce(pouch, linkDocs(await store.identitiesOf(event.contactId), event.at, device));
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
      const links = all.contacts.flatMap((c) => linkDocs(c.identities, c.createdAt, device));
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
        const links: { a: IdentityKey; b: IdentityKey; at: number }[] = [];
        for (const { doc } of results) {
          if (!doc || doc._deleted) continue;
          const { _id, _rev, type, ...record } = doc;
          if (type === 'touch') touches.push(record as unknown as SyncedTouch);
          else if (type === 'inbound') inbound.push(record as unknown as SyncedInbound);
          else if (type === 'status' && typeof doc.identity === 'string') statusOf.add(doc.identity);
          else if (type === 'link' && typeof doc.a === 'string' && typeof doc.b === 'string' && typeof doc.at === 'number')
            links.push({ a: doc.a, b: doc.b, at: doc.at });
        }
        applied += (await store.applySynced(touches, inbound)).written;
        for (const { a, b, at } of links) if (await store.applyLink(a, b, at)) applied++;
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
