/** People: finding or making the contact behind an identity, reading them, their status, linking. */
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type { StoreDeps } from './open.ts';
import { identityValue, type ContactStatus, type ContactRecord, type IdentityKey, type PullbackDB, type TouchRecord } from './schema.ts';
import { refreshFollowups } from './followup-records.ts';
import { summarize } from './summary.ts';
import type { ContactDetail, ContactSummary, Person } from './types.ts';

type Names = ArrayLike<StoreNames<PullbackDB>>;
type ContactsStore<N extends Names> = IDBPObjectStore<PullbackDB, N, 'contacts', 'readwrite'>;
export type HistoryTx = IDBPTransaction<PullbackDB, ['contacts', 'touches', 'inbound', 'followup'], 'readwrite'>;
const WRITE = ['contacts', 'touches', 'inbound', 'followup'] as const;

function newContactId(): string {
  return `c_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 10)}`;
}

/** The name a page gave, unless it is only the address again or its bare local part ("jordan"). */
function realName(person: Person): string | undefined {
  const name = person.name?.trim();
  const value = identityValue(person.identity);
  return name && name !== value && name !== value.split('@')[0] ? name : undefined;
}

/** Find the contact for an identity, or make one, inside a write transaction on contacts. */
export async function contactFor<N extends Names>(contacts: ContactsStore<N>, person: Person, at: number): Promise<ContactRecord> {
  const found = await contacts.index('identities').get(person.identity);
  const name = realName(person);
  if (found) {
    if (name && found.names[0] !== name) {
      found.names = [name, ...found.names.filter((n) => n !== name)].slice(0, 5);
      found.updatedAt = Math.max(found.updatedAt, at);
      await contacts.put(found);
    }
    return found;
  }
  const record: ContactRecord = {
    id: newContactId(),
    names: name ? [name] : [],
    identities: [person.identity],
    status: null,
    createdAt: at,
    updatedAt: at,
  };
  await contacts.add(record);
  return record;
}

/** A touch learned from a conversation this close to another touch of the person is that same message (history.ts). */
export const SEEN_AT_SEND_MS = 120_000;

/**
 * A person first known by a name alone (Outlook's name-only chips) whose address is now seen with
 * that name (`person.alias` is the name-only identity): the name's contact is folded into the
 * address's, its touches, replies, names and status with it, so the history follows. Only a contact
 * holding nothing but that name is folded: a name already linked to an address stays with it. A
 * message both sides hold (the conversation read once by name, once by address) is kept once.
 * Returns the contact ids changed, for the follow-up records.
 */
export async function foldAlias(tx: HistoryTx, person: Person, at: number): Promise<string[]> {
  const { alias, identity } = person;
  if (!alias || alias === identity) return [];
  const contacts = tx.objectStore('contacts');
  const named = await contacts.index('identities').get(alias);
  if (!named || named.identities.some((i) => i !== alias)) return [];
  const addressed = await contacts.index('identities').get(identity);
  if (!addressed) {
    // No one holds the address yet: the name's person takes it, and nothing has to move.
    named.identities.push(identity);
    named.updatedAt = Math.max(named.updatedAt, at);
    await contacts.put(named);
    return [named.id];
  }
  const touches = tx.objectStore('touches');
  const inbound = tx.objectStore('inbound');
  const [ownTouches, ownInbound, theirTouches, theirInbound] = await Promise.all([
    touches.index('contactId').getAll(addressed.id),
    inbound.index('contactId').getAll(addressed.id),
    touches.index('contactId').getAll(named.id),
    inbound.index('contactId').getAll(named.id),
  ]);
  const near = (a: TouchRecord, list: TouchRecord[]) => list.some((b) => Math.abs(a.at - b.at) < SEEN_AT_SEND_MS);
  // A touch read from the conversation that the other side logged as it left (or read too) is one message.
  for (const t of theirTouches) if (t.source === 'thread' && near(t, ownTouches)) await touches.delete(t.id);
  const sends = theirTouches.filter((t) => t.source === 'send');
  for (const t of ownTouches) if (t.source === 'thread' && near(t, sends)) await touches.delete(t.id);
  // A reply is the same reply when its time and words are.
  for (const r of theirInbound) if (ownInbound.some((o) => o.at === r.at && o.excerpt === r.excerpt)) await inbound.delete(r.id);
  await contacts.delete(named.id);
  addressed.identities = [...new Set([...addressed.identities, alias])];
  addressed.names = [...new Set([...addressed.names, ...named.names])].slice(0, 5);
  addressed.status = addressed.status ?? named.status;
  addressed.updatedAt = Math.max(addressed.updatedAt, named.updatedAt, at);
  await contacts.put(addressed);
  await moveHistory(tx, named.id, addressed.id);
  return [addressed.id, named.id];
}

/** Give a contact's touches and replies (those `take` picks) to another contact. */
async function moveHistory(tx: HistoryTx, from: string, to: string, take: (identity: IdentityKey) => boolean = () => true): Promise<void> {
  const touches = tx.objectStore('touches');
  for (const r of await touches.index('contactId').getAll(from)) if (take(r.identity)) await touches.put({ ...r, contactId: to });
  const inbound = tx.objectStore('inbound');
  for (const r of await inbound.index('contactId').getAll(from)) if (take(r.identity)) await inbound.put({ ...r, contactId: to });
}

export function contactsApi({ db: open, now }: StoreDeps) {
  return {
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
      const at = now();
      const out = await Promise.all(
        picked.map(async (c) => {
          const [touches, inbound] = await Promise.all([
            tx.objectStore('touches').index('contactId').getAll(c.id),
            tx.objectStore('inbound').index('contactId').getAll(c.id),
          ]);
          return summarize(c, touches, inbound, at);
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
      return { contact, touches, inbound, summary: summarize(contact, touches, inbound, now()) };
    },

    async setStatus(id: string, status: ContactStatus | null): Promise<void> {
      const db = await open();
      const tx = db.transaction([...WRITE], 'readwrite');
      const contact = await tx.objectStore('contacts').get(id);
      if (!contact) throw new Error('no such contact');
      contact.status = status;
      contact.updatedAt = now();
      await tx.objectStore('contacts').put(contact);
      await refreshFollowups(tx, [id]);
      await tx.done;
    },

    /** Link two people: `otherId` is folded into `id` (its identities, names, touches, replies). */
    async link(id: string, otherId: string): Promise<void> {
      if (id === otherId) return;
      const db = await open();
      const tx = db.transaction([...WRITE], 'readwrite');
      const [a, b] = await Promise.all([tx.objectStore('contacts').get(id), tx.objectStore('contacts').get(otherId)]);
      if (!a || !b) throw new Error('no such contact');
      await tx.objectStore('contacts').delete(b.id);
      a.identities = [...new Set([...a.identities, ...b.identities])];
      a.names = [...new Set([...a.names, ...b.names])].slice(0, 5);
      a.status = a.status ?? b.status;
      a.updatedAt = Math.max(a.updatedAt, b.updatedAt);
      await tx.objectStore('contacts').put(a);
      await moveHistory(tx, b.id, a.id);
      await refreshFollowups(tx, [a.id, b.id]);
      await tx.done;
    },

    /**
     * Fold the name-only people these people were known as (see foldAlias). A read first: nothing is
     * written, and no transaction opened for writing, unless a name's contact is there to fold.
     */
    async needsFold(people: Person[]): Promise<boolean> {
      const aliased = people.filter((p) => p.alias && p.alias !== p.identity);
      if (!aliased.length) return false;
      const db = await open();
      const tx = db.transaction('contacts', 'readonly');
      const found = await Promise.all(aliased.map((p) => tx.store.index('identities').get(p.alias!)));
      await tx.done;
      return found.some((c, i) => c && c.identities.every((id) => id === aliased[i]!.alias));
    },

    async foldAliases(people: Person[]): Promise<number> {
      const db = await open();
      const tx = db.transaction([...WRITE], 'readwrite');
      const changed: string[] = [];
      for (const person of people) changed.push(...(await foldAlias(tx, person, now())));
      await refreshFollowups(tx, changed);
      await tx.done;
      return changed.length;
    },

    /** Add an identity no one holds yet (a LinkedIn profile typed in the popup, say) to a person. */
    async addIdentity(id: string, identity: IdentityKey): Promise<void> {
      const db = await open();
      const tx = db.transaction([...WRITE], 'readwrite');
      const contact = await tx.objectStore('contacts').get(id);
      if (!contact) throw new Error('no such contact');
      if (!contact.identities.includes(identity)) contact.identities.push(identity);
      contact.updatedAt = now();
      await tx.objectStore('contacts').put(contact);
      await refreshFollowups(tx, [id]);
      await tx.done;
    },

    /** Unlink an identity into a person of its own, taking its touches and replies with it. */
    async unlink(id: string, identity: IdentityKey): Promise<string> {
      const db = await open();
      const tx = db.transaction([...WRITE], 'readwrite');
      const contact = await tx.objectStore('contacts').get(id);
      if (!contact || !contact.identities.includes(identity) || contact.identities.length < 2) throw new Error('nothing to unlink');
      contact.identities = contact.identities.filter((i) => i !== identity);
      await tx.objectStore('contacts').put(contact);
      const split: ContactRecord = {
        id: newContactId(),
        names: contact.names.slice(0, 1),
        identities: [identity],
        status: null,
        createdAt: now(),
        updatedAt: now(),
      };
      await tx.objectStore('contacts').add(split);
      await moveHistory(tx, id, split.id, (i) => i === identity);
      await refreshFollowups(tx, [id, split.id]);
      await tx.done;
      return split.id;
    },

    async deleteContact(id: string): Promise<void> {
      const db = await open();
      const tx = db.transaction([...WRITE], 'readwrite');
      await tx.objectStore('contacts').delete(id);
      await tx.objectStore('followup').delete(id);
      for (const key of await tx.objectStore('touches').index('contactId').getAllKeys(id)) await tx.objectStore('touches').delete(key);
      for (const key of await tx.objectStore('inbound').index('contactId').getAllKeys(id)) await tx.objectStore('inbound').delete(key);
      await tx.done;
    },
  };
}
