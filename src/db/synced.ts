/**
 * What sync needs from the history store (issue 14): read records by their ids to journal them,
 * and write records that came from another device. Every write is keyed by the record's own id, so
 * applying the same record twice is a no-op: a pull never doubles a touch or a reply.
 */
import { contactFor } from './contacts.ts';
import type { StoreDeps } from './open.ts';
import type { ContactStatus, IdentityKey, InboundRecord, TouchRecord } from './schema.ts';

/** A record as it travels: the contact id is this device's own, so it stays behind. */
export type SyncedTouch = Omit<TouchRecord, 'contactId'>;
export type SyncedInbound = Omit<InboundRecord, 'contactId'>;

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

    /** Write records from another device; those already here are left alone. */
    async applySynced(touches: SyncedTouch[], inbound: SyncedInbound[]): Promise<{ written: number }> {
      const db = await open();
      const tx = db.transaction(['contacts', 'touches', 'inbound'], 'readwrite');
      const contacts = tx.objectStore('contacts');
      let written = 0;
      for (const t of touches) {
        if (await tx.objectStore('touches').get(t.id)) continue;
        const contact = await contactFor(contacts, { identity: t.identity }, t.at);
        await tx.objectStore('touches').add({ ...t, contactId: contact.id });
        if (t.at > contact.updatedAt) await contacts.put({ ...contact, updatedAt: t.at });
        written++;
      }
      for (const r of inbound) {
        if (await tx.objectStore('inbound').get(r.id)) continue;
        const contact = await contactFor(contacts, { identity: r.identity }, r.at);
        await tx.objectStore('inbound').add({ ...r, contactId: contact.id });
        if (r.at > contact.updatedAt) await contacts.put({ ...contact, updatedAt: r.at });
        written++;
      }
      await tx.done;
      return { written };
    },

    /** Set the status derived from every device's events on the person holding this identity. */
    async applyStatus(identity: IdentityKey, status: ContactStatus | null, at: number): Promise<void> {
      const db = await open();
      const tx = db.transaction('contacts', 'readwrite');
      const contact = await contactFor(tx.store, { identity }, at);
      const same = JSON.stringify(contact.status) === JSON.stringify(status);
      if (!same) await tx.store.put({ ...contact, status, updatedAt: Math.max(contact.updatedAt, at) });
      await tx.done;
    },
  };
}
