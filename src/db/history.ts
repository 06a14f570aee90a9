/** History: touches logged at send, what visible conversations show, and what the scorer reads back. */
import type { HistoryItem, StatusItem } from '../scorer/types.ts';
import { contactFor } from './contacts.ts';
import { refreshFollowups } from './followup-records.ts';
import { historyItems, statusItems } from './history-items.ts';
import type { StoreDeps } from './open.ts';
import { identityValue, type IdentityKey } from './schema.ts';
import type { SendLog, ThreadItem } from './types.ts';

const EXCERPT_CHARS = 160;

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
}

/** A message already logged at send (same person, within this long) is not counted twice from its thread. */
export const SEEN_AT_SEND_MS = 120_000;

export function historyApi({ db: open }: Pick<StoreDeps, 'db'>) {
  return {
    /** Record one send: a touch per recipient, written once whatever the retries. */
    async logSend(log: SendLog): Promise<{ written: number }> {
      const db = await open();
      const tx = db.transaction(['contacts', 'touches', 'inbound', 'followup'], 'readwrite');
      const contacts = tx.objectStore('contacts');
      const touches = tx.objectStore('touches');
      const changed = new Set<string>();
      let written = 0;
      for (const person of log.recipients) {
        const contact = await contactFor(contacts, person, log.at);
        const id = `${log.sendId}:${person.identity}`;
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
          ...(log.overridden && log.reason ? { reason: log.reason } : {}),
          source: 'send',
          ...(log.url ? { url: log.url } : {}),
        });
        contact.updatedAt = Math.max(contact.updatedAt, log.at);
        await contacts.put(contact);
        changed.add(contact.id);
        written++;
      }
      await refreshFollowups(tx, changed);
      await tx.done;
      return { written };
    },

    /** Record what a visible conversation shows, once per message. */
    async recordThread(items: ThreadItem[]): Promise<{ written: number }> {
      const db = await open();
      const tx = db.transaction(['contacts', 'touches', 'inbound', 'followup'], 'readwrite');
      const contacts = tx.objectStore('contacts');
      const touches = tx.objectStore('touches');
      const inbound = tx.objectStore('inbound');
      const changed = new Set<string>();
      let written = 0;
      for (const item of items) {
        const contact = await contactFor(contacts, item.person, item.at);
        if (item.direction === 'out') {
          const id = `thread:${item.id}:${item.person.identity}`;
          if (await touches.get(id)) continue;
          const near = await touches.index('contactId').getAll(contact.id);
          if (near.some((t) => Math.abs(t.at - item.at) < SEEN_AT_SEND_MS)) continue;
          await touches.add({
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
          if (await inbound.get(item.id)) continue;
          await inbound.add({
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
        await contacts.put(contact);
        changed.add(contact.id);
        written++;
      }
      await refreshFollowups(tx, changed);
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
        const touches = await tx.objectStore('touches').index('contactId').getAll(contact.id);
        const inbound = await tx.objectStore('inbound').index('contactId').getAll(contact.id);
        history.push(...historyItems(recipient, touches, inbound));
        status.push(...statusItems(recipient, contact));
      }
      await tx.done;
      return { history, status };
    },
  };
}
