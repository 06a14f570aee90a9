/**
 * The history store: the only code that opens Pullback's IndexedDB. It takes its IndexedDB factory
 * as a parameter (the background passes the browser's, tests a fake one), writes idempotently, and
 * closes itself when a newer version wants to upgrade.
 */
import { wrap, type IDBPTransaction, type StoreNames } from 'idb';
import type { HistoryItem, StatusItem } from '../scorer/types.ts';
import type { ContactDetail, ContactSummary, ExportData, ImportPreview, Person, SendLog, ThreadItem } from './types.ts';
import { EXPORT_FORMAT, EXPORT_VERSION } from './types.ts';
import { DB_NAME, DB_VERSION, UPGRADES, type ContactRecord, type ContactStatus, type Db, type IdentityKey, type InboundRecord, type PullbackDB, type TouchRecord, type UpgradeTx } from './schema.ts';

/** A read-write transaction over any of the stores (typed once, where it is created). */
type WriteTx = IDBPTransaction<PullbackDB, StoreNames<PullbackDB>[], 'readwrite'>;

const DAY_MS = 86_400_000;
const EXCERPT_CHARS = 160;

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
}

/** The value a scorer recipient id is: the address or slug without its channel prefix. */
function identityValue(identity: IdentityKey): string {
  return identity.slice(identity.indexOf(':') + 1);
}

function newId(): string {
  return `c_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 10)}`;
}

export interface StoreOptions {
  factory: IDBFactory;
  name?: string;
  now?: () => number;
  /** Months of history to keep; 0 keeps everything. */
  retentionMonths?: () => number;
}

export type Store = Awaited<ReturnType<typeof createStore>>;

export async function createStore({ factory, name = DB_NAME, now = Date.now, retentionMonths = () => 0 }: StoreOptions) {
  let dbPromise: Promise<Db> | null = null;

  function open(): Promise<Db> {
    if (dbPromise) return dbPromise;
    const request = factory.open(name, DB_VERSION);
    request.onupgradeneeded = (event) => {
      const db = wrap(request.result) as unknown as Db;
      const tx = wrap(request.transaction!) as unknown as UpgradeTx;
      for (let v = event.oldVersion; v < DB_VERSION; v++) UPGRADES[v]!(db, tx);
    };
    dbPromise = (wrap(request) as unknown as Promise<Db>).then((db) => {
      // A newer version (an update, another tab) wants to upgrade: let it, and reopen on next use.
      db.addEventListener('versionchange', () => {
        db.close();
        dbPromise = null;
      });
      db.addEventListener('close', () => {
        dbPromise = null;
      });
      return db;
    });
    dbPromise.catch(() => {
      dbPromise = null;
    });
    return dbPromise;
  }

  /** Find the contact for an identity, or make one, inside a transaction on contacts. */
  async function contactFor(tx: WriteTx, person: Person, at: number): Promise<ContactRecord> {
    const contacts = tx.objectStore('contacts');
    const found = await contacts.index('identities').get(person.identity);
    if (found) {
      const name = person.name?.trim();
      if (name && found.names[0] !== name) {
        found.names = [name, ...found.names.filter((n) => n !== name)].slice(0, 5);
        found.updatedAt = Math.max(found.updatedAt, at);
        await contacts.put(found);
      }
      return found;
    }
    const record: ContactRecord = {
      id: newId(),
      names: person.name?.trim() ? [person.name.trim()] : [],
      identities: [person.identity],
      status: null,
      createdAt: at,
      updatedAt: at,
    };
    await contacts.add(record);
    return record;
  }

  function cutoff(): number {
    const months = retentionMonths();
    return months > 0 ? now() - months * 30.44 * DAY_MS : -Infinity;
  }

  const api = {
    open,

    /** Record one send: a touch per recipient, written once whatever the retries. */
    async logSend(log: SendLog): Promise<{ written: number }> {
      const db = await open();
      const tx = db.transaction(['contacts', 'touches'], 'readwrite') as unknown as WriteTx;
      let written = 0;
      for (const person of log.recipients) {
        const contact = await contactFor(tx, person, log.at);
        const id = `${log.sendId}:${person.identity}`;
        const touches = tx.objectStore('touches');
        if (await touches.get(id)) continue;
        await touches.add({
          id,
          sendId: log.sendId,
          contactId: contact.id,
          identity: person.identity,
          at: log.at,
          channel: log.channel,
          subject: log.subject.slice(0, 300),
          excerpt: excerptOf(log.excerpt),
          level: log.level,
          score: log.score,
          overridden: log.overridden,
          source: 'send',
        });
        contact.updatedAt = Math.max(contact.updatedAt, log.at);
        await tx.objectStore('contacts').put(contact);
        written++;
      }
      await tx.done;
      return { written };
    },

    /** Record what a visible conversation shows, once per message. */
    async recordThread(items: ThreadItem[]): Promise<{ written: number }> {
      const db = await open();
      const tx = db.transaction(['contacts', 'touches', 'inbound'], 'readwrite') as unknown as WriteTx;
      let written = 0;
      for (const item of items) {
        const contact = await contactFor(tx, item.person, item.at);
        if (item.direction === 'out') {
          const id = `thread:${item.id}:${item.person.identity}`;
          if (await tx.objectStore('touches').get(id)) continue;
          // A message already logged at send (same person, within a minute) is not counted twice.
          const near = await tx.objectStore('touches').index('contactId').getAll(contact.id);
          if (near.some((t) => Math.abs(t.at - item.at) < 120_000)) continue;
          await tx.objectStore('touches').add({
            id,
            sendId: `thread:${item.id}`,
            contactId: contact.id,
            identity: item.person.identity,
            at: item.at,
            channel: item.channel,
            subject: '',
            excerpt: excerptOf(item.text),
            level: null,
            score: null,
            overridden: false,
            source: 'thread',
          });
        } else {
          if (await tx.objectStore('inbound').get(item.id)) continue;
          await tx.objectStore('inbound').add({
            id: item.id,
            contactId: contact.id,
            identity: item.person.identity,
            at: item.at,
            channel: item.channel,
            kind: item.kind ?? 'reply',
            ...(item.until ? { until: item.until } : {}),
            excerpt: excerptOf(item.text),
          });
        }
        contact.updatedAt = Math.max(contact.updatedAt, item.at);
        await tx.objectStore('contacts').put(contact);
        written++;
      }
      await tx.done;
      return { written };
    },

    /**
     * What the scorer needs about these people: every touch and reply of the person behind each
     * identity (linked identities count together), and any status set by hand.
     */
    async contextFor(identities: IdentityKey[]): Promise<{ history: HistoryItem[]; status: StatusItem[] }> {
      const db = await open();
      const tx = db.transaction(['contacts', 'touches', 'inbound'], 'readonly');
      const history: HistoryItem[] = [];
      const status: StatusItem[] = [];
      for (const identity of identities) {
        const contact = await tx.objectStore('contacts').index('identities').get(identity);
        if (!contact) continue;
        const recipient = identityValue(identity);
        for (const t of await tx.objectStore('touches').index('contactId').getAll(contact.id)) {
          history.push({ recipient, direction: 'out', at: new Date(t.at).toISOString(), text: t.excerpt });
        }
        for (const m of await tx.objectStore('inbound').index('contactId').getAll(contact.id)) {
          history.push({
            recipient,
            direction: 'in',
            at: new Date(m.at).toISOString(),
            text: m.excerpt,
            kind: m.kind,
            ...(m.until ? { until: new Date(m.until).toISOString() } : {}),
          });
        }
        if (contact.status) {
          status.push({
            recipient,
            status: contact.status.status,
            at: new Date(contact.status.at).toISOString(),
            ...(contact.status.until ? { until: new Date(contact.status.until).toISOString() } : {}),
          });
        }
      }
      await tx.done;
      return { history, status };
    },

    summarize(contact: ContactRecord, touches: TouchRecord[], inbound: InboundRecord[]): ContactSummary {
      const events = [...touches.map((t) => ({ at: t.at, out: true as const })), ...inbound.map((m) => ({ at: m.at, out: false as const, m }))].sort((a, b) => a.at - b.at);
      let unanswered = 0;
      for (const e of events) {
        if (e.out) unanswered++;
        else if (e.m.kind !== 'auto-reply') unanswered = 0;
      }
      const replies = inbound.filter((m) => m.kind !== 'auto-reply').sort((a, b) => b.at - a.at);
      const last = replies[0];
      return {
        id: contact.id,
        name: contact.names[0] ?? identityValue(contact.identities[0] ?? ''),
        identities: contact.identities,
        status: contact.status,
        sent: touches.length,
        unanswered,
        lastTouchAt: touches.length ? Math.max(...touches.map((t) => t.at)) : null,
        lastReply: last ? { at: last.at, kind: last.kind, excerpt: last.excerpt } : null,
        updatedAt: contact.updatedAt,
      };
    },

    /** Recent contacts, or those whose name or identity contains the query. */
    async listContacts(query = '', limit = 50): Promise<ContactSummary[]> {
      const db = await open();
      const tx = db.transaction(['contacts', 'touches', 'inbound'], 'readonly');
      const q = query.trim().toLowerCase();
      const picked: ContactRecord[] = [];
      let cursor = await tx.objectStore('contacts').index('updatedAt').openCursor(null, 'prev');
      while (cursor && picked.length < limit) {
        const c = cursor.value;
        if (!q || c.names.some((n) => n.toLowerCase().includes(q)) || c.identities.some((i) => i.toLowerCase().includes(q))) picked.push(c);
        cursor = await cursor.continue();
      }
      // All reads issued at once: one round trip to the database, not two per contact.
      const out = await Promise.all(
        picked.map(async (c) => {
          const [touches, inbound] = await Promise.all([
            tx.objectStore('touches').index('contactId').getAll(c.id),
            tx.objectStore('inbound').index('contactId').getAll(c.id),
          ]);
          return api.summarize(c, touches, inbound);
        }),
      );
      await tx.done;
      return out;
    },

    async contactByIdentity(identity: IdentityKey): Promise<ContactRecord | undefined> {
      return (await open()).getFromIndex('contacts', 'identities', identity);
    },

    async getContact(id: string): Promise<(ContactDetail & { summary: ContactSummary }) | null> {
      const db = await open();
      const tx = db.transaction(['contacts', 'touches', 'inbound'], 'readonly');
      const contact = await tx.objectStore('contacts').get(id);
      if (!contact) return null;
      const touches = (await tx.objectStore('touches').index('contactId').getAll(id)).sort((a, b) => a.at - b.at);
      const inbound = (await tx.objectStore('inbound').index('contactId').getAll(id)).sort((a, b) => a.at - b.at);
      await tx.done;
      return { contact, touches, inbound, summary: api.summarize(contact, touches, inbound) };
    },

    async setStatus(id: string, status: ContactStatus | null): Promise<void> {
      const db = await open();
      const tx = db.transaction('contacts', 'readwrite');
      const contact = await tx.store.get(id);
      if (!contact) throw new Error('no such contact');
      contact.status = status;
      contact.updatedAt = now();
      await tx.store.put(contact);
      await tx.done;
    },

    /** Link two people: `otherId` is folded into `id` (its identities, names, touches, replies). */
    async link(id: string, otherId: string): Promise<void> {
      if (id === otherId) return;
      const db = await open();
      const tx = db.transaction(['contacts', 'touches', 'inbound'], 'readwrite');
      const [a, b] = await Promise.all([tx.objectStore('contacts').get(id), tx.objectStore('contacts').get(otherId)]);
      if (!a || !b) throw new Error('no such contact');
      await tx.objectStore('contacts').delete(b.id);
      a.identities = [...new Set([...a.identities, ...b.identities])];
      a.names = [...new Set([...a.names, ...b.names])].slice(0, 5);
      a.status = a.status ?? b.status;
      a.updatedAt = Math.max(a.updatedAt, b.updatedAt);
      await tx.objectStore('contacts').put(a);
      for (const store of ['touches', 'inbound'] as const) {
        for (const r of await tx.objectStore(store).index('contactId').getAll(b.id)) await tx.objectStore(store).put({ ...r, contactId: a.id } as never);
      }
      await tx.done;
    },

    /** Add an identity no one holds yet (a LinkedIn profile typed in the popup, say) to a person. */
    async addIdentity(id: string, identity: IdentityKey): Promise<void> {
      const db = await open();
      const tx = db.transaction('contacts', 'readwrite');
      const contact = await tx.store.get(id);
      if (!contact) throw new Error('no such contact');
      if (!contact.identities.includes(identity)) contact.identities.push(identity);
      contact.updatedAt = now();
      await tx.store.put(contact);
      await tx.done;
    },

    /** Unlink an identity into a person of its own, taking its touches and replies with it. */
    async unlink(id: string, identity: IdentityKey): Promise<string> {
      const db = await open();
      const tx = db.transaction(['contacts', 'touches', 'inbound'], 'readwrite');
      const contact = await tx.objectStore('contacts').get(id);
      if (!contact || !contact.identities.includes(identity) || contact.identities.length < 2) throw new Error('nothing to unlink');
      contact.identities = contact.identities.filter((i) => i !== identity);
      await tx.objectStore('contacts').put(contact);
      const split: ContactRecord = { id: newId(), names: contact.names.slice(0, 1), identities: [identity], status: null, createdAt: now(), updatedAt: now() };
      await tx.objectStore('contacts').add(split);
      for (const store of ['touches', 'inbound'] as const) {
        for (const r of await tx.objectStore(store).index('contactId').getAll(id)) {
          if (r.identity === identity) await tx.objectStore(store).put({ ...r, contactId: split.id } as never);
        }
      }
      await tx.done;
      return split.id;
    },

    async deleteContact(id: string): Promise<void> {
      const db = await open();
      const tx = db.transaction(['contacts', 'touches', 'inbound'], 'readwrite');
      await tx.objectStore('contacts').delete(id);
      for (const store of ['touches', 'inbound'] as const) {
        for (const key of await tx.objectStore(store).index('contactId').getAllKeys(id)) await tx.objectStore(store).delete(key);
      }
      await tx.done;
    },

    async deleteAll(): Promise<void> {
      const db = await open();
      const tx = db.transaction(['contacts', 'touches', 'inbound', 'meta'], 'readwrite');
      await Promise.all([tx.objectStore('contacts').clear(), tx.objectStore('touches').clear(), tx.objectStore('inbound').clear(), tx.objectStore('meta').clear()]);
      await tx.done;
    },

    async exportAll(): Promise<ExportData> {
      const db = await open();
      const tx = db.transaction(['contacts', 'touches', 'inbound'], 'readonly');
      const [contacts, touches, inbound] = await Promise.all([
        tx.objectStore('contacts').getAll(),
        tx.objectStore('touches').getAll(),
        tx.objectStore('inbound').getAll(),
      ]);
      await tx.done;
      return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now()).toISOString(), contacts, touches, inbound };
    },

    /** What an import would change; with `apply`, write it all in one transaction (all or nothing). */
    async importAll(data: ExportData, apply: boolean): Promise<ImportPreview> {
      const db = await open();
      const tx = db.transaction(['contacts', 'touches', 'inbound'], apply ? 'readwrite' : 'readonly') as unknown as WriteTx;
      // On failure the transaction aborts and its `done` rejects; the failure itself is thrown below.
      tx.done.catch((error: unknown) => console.debug('Pullback: import transaction aborted', error));
      const preview: ImportPreview = { contacts: { added: 0, updated: 0 }, touches: { added: 0, unchanged: 0 }, inbound: { added: 0, unchanged: 0 } };
      try {
        for (const c of data.contacts) {
          const existing = await tx.objectStore('contacts').get(c.id);
          if (existing) preview.contacts.updated++;
          else preview.contacts.added++;
          if (apply) {
            // An identity already held by another contact is folded into the imported one.
            for (const identity of c.identities) {
              const holder = await tx.objectStore('contacts').index('identities').get(identity);
              if (holder && holder.id !== c.id) {
                holder.identities = holder.identities.filter((i) => i !== identity);
                if (holder.identities.length) await tx.objectStore('contacts').put(holder);
                else await tx.objectStore('contacts').delete(holder.id);
              }
            }
            await tx.objectStore('contacts').put(c);
          }
        }
        for (const store of ['touches', 'inbound'] as const) {
          for (const r of data[store]) {
            if (await tx.objectStore(store).get(r.id)) preview[store].unchanged++;
            else {
              preview[store].added++;
              if (apply) await tx.objectStore(store).put(r as never);
            }
          }
        }
        await tx.done;
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // already finished
        }
        throw error;
      }
      return preview;
    },

    /** Drop history older than the retention period (on write and at start). */
    async prune(): Promise<number> {
      const before = cutoff();
      if (before === -Infinity) return 0;
      const db = await open();
      const tx = db.transaction(['touches', 'inbound'], 'readwrite');
      let removed = 0;
      for (const store of ['touches', 'inbound'] as const) {
        let cursor = await tx.objectStore(store).index('at').openCursor(IDBKeyRange.upperBound(before, true));
        while (cursor) {
          await cursor.delete();
          removed++;
          cursor = await cursor.continue();
        }
      }
      await tx.done;
      return removed;
    },

    async counts(): Promise<{ contacts: number; touches: number; inbound: number }> {
      const db = await open();
      return { contacts: await db.count('contacts'), touches: await db.count('touches'), inbound: await db.count('inbound') };
    },

    close(): void {
      dbPromise?.then((db) => db.close()).catch((error: unknown) => console.debug('Pullback: the database was not open to close', error));
      dbPromise = null;
    },
  };
  return api;
}
