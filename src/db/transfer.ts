/** Export, import (previewed, then all or nothing) and deleting everything. */
import { refreshFollowups } from './followup-records.ts';
import type { StoreDeps } from './open.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportData, type ImportPreview } from './types.ts';

export function transferApi({ db: open, now }: StoreDeps) {
  return {
    async exportAll(): Promise<ExportData> {
      const db = await open();
      const tx = db.transaction(['contacts', 'touches', 'inbound', 'followup'], 'readonly');
      const [contacts, touches, inbound, followups] = await Promise.all([
        tx.objectStore('contacts').getAll(),
        tx.objectStore('touches').getAll(),
        tx.objectStore('inbound').getAll(),
        tx.objectStore('followup').getAll(),
      ]);
      await tx.done;
      const reminders = followups.flatMap((f) => (f.remindAt ? [{ contactId: f.contactId, until: f.remindAt }] : []));
      return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now()).toISOString(), contacts, touches, inbound, reminders };
    },

    /** What an import would change; with `apply`, write it all in one transaction (all or nothing). */
    async importAll(data: ExportData, apply: boolean): Promise<ImportPreview> {
      const db = await open();
      // Opened read-write either way (a preview writes nothing), so one code path serves both.
      const tx = db.transaction(['contacts', 'touches', 'inbound', 'followup'], 'readwrite');
      const changed = new Set<string>();
      // On failure the transaction aborts; its `done` then rejects, and that is expected.
      tx.done.catch((error: unknown) => console.debug('Pullback: the import transaction was rolled back', error));
      const preview: ImportPreview = { contacts: { added: 0, updated: 0 }, touches: { added: 0, unchanged: 0 }, inbound: { added: 0, unchanged: 0 } };
      const contacts = tx.objectStore('contacts');
      try {
        for (const c of data.contacts) {
          const existing = await contacts.get(c.id);
          // The same contact again (a file imported twice) is no update.
          if (existing && same(existing, c)) continue;
          if (existing) preview.contacts.updated++;
          else preview.contacts.added++;
          if (apply) {
            // An identity already held by another contact is folded into the imported one.
            for (const identity of c.identities) {
              const holder = await contacts.index('identities').get(identity);
              if (holder && holder.id !== c.id) {
                changed.add(holder.id);
                holder.identities = holder.identities.filter((i) => i !== identity);
                if (holder.identities.length) await contacts.put(holder);
                else await contacts.delete(holder.id);
              }
            }
            await contacts.put(c);
            changed.add(c.id);
          }
        }
        const touches = tx.objectStore('touches');
        for (const r of data.touches) {
          if (await touches.get(r.id)) preview.touches.unchanged++;
          else {
            preview.touches.added++;
            if (apply) {
              await touches.put(r);
              changed.add(r.contactId);
            }
          }
        }
        const inbound = tx.objectStore('inbound');
        for (const r of data.inbound) {
          if (await inbound.get(r.id)) preview.inbound.unchanged++;
          else {
            preview.inbound.added++;
            if (apply) {
              await inbound.put(r);
              changed.add(r.contactId);
            }
          }
        }
        if (apply) {
          await refreshFollowups(tx, changed);
          // Reminders last, on the records just written: a later date wins over one set here.
          const followup = tx.objectStore('followup');
          for (const { contactId, until } of data.reminders ?? []) {
            const record = await followup.get(contactId);
            if (record && until > (record.remindAt ?? 0)) await followup.put({ ...record, remindAt: until });
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

    async deleteAll(): Promise<void> {
      const db = await open();
      const tx = db.transaction(['contacts', 'touches', 'inbound', 'meta', 'followup'], 'readwrite');
      await Promise.all([
        tx.objectStore('followup').clear(),
        tx.objectStore('contacts').clear(),
        tx.objectStore('touches').clear(),
        tx.objectStore('inbound').clear(),
        tx.objectStore('meta').clear(),
      ]);
      await tx.done;
    },
  };
}

/** Two records with the same fields and values, whatever the order of their keys. */
function same(a: unknown, b: unknown): boolean {
  const canon = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canon)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([, x]) => x !== undefined)
              .sort(([x], [y]) => (x < y ? -1 : 1))
              .map(([k, x]) => [k, canon(x)]),
          )
        : v;
  return JSON.stringify(canon(a)) === JSON.stringify(canon(b));
}
