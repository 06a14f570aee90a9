/**
 * What sync needs from the history store (issue 14): read records by their ids to journal them,
 * and write records that came from another device. Every write is keyed by the record's own id, so
 * applying the same record twice is a no-op: a pull never doubles a touch or a reply. A message
 * logged at send on one device and read from its conversation on another is one touch, as it is
 * on one device (src/db/history.ts): the send's record is kept, the thread's copy is not counted.
 */
import { contactFor, SEEN_AT_SEND_MS } from './contacts.ts';
import { refreshFollowups } from './followup-records.ts';
import type { StoreDeps } from './open.ts';
import type { ContactRecord, ContactStatus, IdentityKey, InboundRecord, TouchRecord } from './schema.ts';

/** A record as it travels: the contact id is this device's own, so it stays behind. */
export type SyncedTouch = Omit<TouchRecord, 'contactId'>;
export type SyncedInbound = Omit<InboundRecord, 'contactId'>;

const WRITE = ['contacts', 'touches', 'inbound', 'followup'] as const;

function newContactId(): string {
  return `c_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 10)}`;
}

export function syncedApi({ db: open }: Pick<StoreDeps, 'db'>) {
  return {
    /** The touches and replies with these ids that exist here (ids not found are left out). */
    async recordsByIds(touchIds: string[], inboundIds: string[]): Promise<{ touches: TouchRecord[]; inbound: InboundRecord[] }> {
      const db = await open();
      const tx = db.transaction(['touches', 'inbound'], 'readonly');
      const touches = (await Promise.all(touchIds.map((id) => tx.objectStore('touches').get(id)))).filter((r) => r !== undefined);
      const inbound = (await Promise.all(inboundIds.map((id) => tx.objectStore('inbound').get(id)))).filter((r) => r !== undefined);
      await tx.done;
      return { touches, inbound };
    },

    /** Identities of the contact with this id (to journal a status set on it). */
    async identitiesOf(contactId: string): Promise<IdentityKey[]> {
      return (await (await open()).get('contacts', contactId))?.identities ?? [];
    },

    /**
     * Write records from another device; those already here are left alone. The local rule for a
     * message seen twice holds here too: a touch read from a conversation within two minutes of
     * another touch to the same person is that message again (skipped), and a send's own record
     * replaces a thread copy of it that arrived first.
     */
    async applySynced(touches: SyncedTouch[], inbound: SyncedInbound[]): Promise<{ written: number }> {
      const db = await open();
      const tx = db.transaction([...WRITE], 'readwrite');
      const contacts = tx.objectStore('contacts');
      const store = tx.objectStore('touches');
      const changed = new Set<string>();
      let written = 0;
      // Sends first: a thread copy in the same batch then finds the send it repeats.
      const ordered = [...touches].sort((a, b) => (a.source === b.source ? 0 : a.source === 'send' ? -1 : 1));
      for (const t of ordered) {
        if (await store.get(t.id)) continue;
        const contact = await contactFor(contacts, { identity: t.identity }, t.at);
        const near = (await store.index('contactId').getAll(contact.id)).filter((o) => Math.abs(o.at - t.at) < SEEN_AT_SEND_MS);
        if (t.source === 'thread' && near.length) continue;
        if (t.source === 'send') for (const copy of near) if (copy.source === 'thread') await store.delete(copy.id);
        await store.add({ ...t, contactId: contact.id });
        if (t.at > contact.updatedAt) await contacts.put({ ...contact, updatedAt: t.at });
        changed.add(contact.id);
        written++;
      }
      for (const r of inbound) {
        if (await tx.objectStore('inbound').get(r.id)) continue;
        const contact = await contactFor(contacts, { identity: r.identity }, r.at);
        await tx.objectStore('inbound').add({ ...r, contactId: contact.id });
        if (r.at > contact.updatedAt) await contacts.put({ ...contact, updatedAt: r.at });
        changed.add(contact.id);
        written++;
      }
      await refreshFollowups(tx, changed);
      await tx.done;
      return { written };
    },

    /** Set the status derived from every device's events on the person holding this identity. */
    async applyStatus(identity: IdentityKey, status: ContactStatus | null, at: number): Promise<void> {
      const db = await open();
      const tx = db.transaction([...WRITE], 'readwrite');
      const contact = await contactFor(tx.objectStore('contacts'), { identity }, at);
      const same = JSON.stringify(contact.status) === JSON.stringify(status);
      if (!same) {
        await tx.objectStore('contacts').put({ ...contact, status, updatedAt: Math.max(contact.updatedAt, at) });
        await refreshFollowups(tx, [contact.id]);
      }
      await tx.done;
    },

    /**
     * Two identities linked on another device: the people holding them become one here too (their
     * identities, names, touches and replies together), or one made for both when neither is known
     * yet, so records that arrive later land on the same person.
     */
    async applyLink(a: IdentityKey, b: IdentityKey, at: number): Promise<boolean> {
      const db = await open();
      const tx = db.transaction([...WRITE], 'readwrite');
      const contacts = tx.objectStore('contacts');
      const [ca, cb] = await Promise.all([contacts.index('identities').get(a), contacts.index('identities').get(b)]);
      let changed = true;
      if (ca && cb && ca.id === cb.id) changed = false;
      else if (ca && cb) {
        const [keep, fold] = ca.createdAt <= cb.createdAt ? [ca, cb] : [cb, ca];
        await contacts.delete(fold.id);
        const merged: ContactRecord = {
          ...keep,
          identities: [...new Set([...keep.identities, ...fold.identities])],
          names: [...new Set([...keep.names, ...fold.names])].slice(0, 5),
          status: keep.status ?? fold.status,
          updatedAt: Math.max(keep.updatedAt, fold.updatedAt),
        };
        await contacts.put(merged);
        for (const name of ['touches', 'inbound'] as const) {
          const records = tx.objectStore(name);
          for (const r of await records.index('contactId').getAll(fold.id)) await records.put({ ...r, contactId: keep.id });
        }
        await refreshFollowups(tx, [keep.id, fold.id]);
      } else if (ca || cb) {
        const holder = (ca ?? cb)!;
        await contacts.put({ ...holder, identities: [...holder.identities, ca ? b : a] });
        await refreshFollowups(tx, [holder.id]);
      } else {
        await contacts.add({ id: newContactId(), names: [], identities: [a, b], status: null, createdAt: at, updatedAt: at });
      }
      await tx.done;
      return changed;
    },

    /**
     * An identity unlinked on another device: when it shares a person here with `from`, it becomes
     * a person of its own, taking its touches and replies (as unlinking by hand does).
     */
    async applyUnlink(moved: IdentityKey, from: IdentityKey, at: number): Promise<boolean> {
      const db = await open();
      const tx = db.transaction([...WRITE], 'readwrite');
      const contacts = tx.objectStore('contacts');
      const holder = await contacts.index('identities').get(moved);
      if (!holder || !holder.identities.includes(from) || holder.identities.length < 2) {
        await tx.done;
        return false;
      }
      await contacts.put({ ...holder, identities: holder.identities.filter((i) => i !== moved) });
      const split: ContactRecord = { id: newContactId(), names: holder.names.slice(0, 1), identities: [moved], status: null, createdAt: at, updatedAt: at };
      await contacts.add(split);
      for (const name of ['touches', 'inbound'] as const) {
        const records = tx.objectStore(name);
        for (const r of await records.index('contactId').getAll(holder.id)) if (r.identity === moved) await records.put({ ...r, contactId: split.id });
      }
      await refreshFollowups(tx, [holder.id, split.id]);
      await tx.done;
      return true;
    },
  };
}
