/**
 * The team database (issue 14): what a team shares so two reps never chase the same person, and
 * nothing more. A contact is a keyed hash (HMAC-SHA-256 with the team's key), never an address or a
 * name; a touch is hash, channel, time and rep; a status is an event. No subject, text or score.
 */
import type { Database, PouchDoc } from 'pouchdb-core';
import type { IdentityKey } from '../db/schema.ts';
import type { StatusItem } from '../scorer/types.ts';
import { identityValue } from '../db/schema.ts';
import { deriveStatus, isStatusEventKind, type StatusEvent } from './status-events.ts';

async function hmac(key: string, value: string): Promise<string> {
  const k = await crypto.subtle.importKey('raw', new TextEncoder().encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const sig = new Uint8Array(await crypto.subtle.sign('HMAC', k, new TextEncoder().encode(value)));
  return Array.from(sig.slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface TeamStatus extends StatusItem {
  /** Who recorded it (the rep's device name). */
  rep: string;
}

export function createTeam(pouch: Database, teamKey: string, rep: string) {
  const contactKey = (identity: IdentityKey) => hmac(teamKey, identity.toLowerCase());
  const put = async (docs: PouchDoc[]) => {
    for (const r of await pouch.bulkDocs(docs)) if (!r.ok && r.status !== 409) throw new Error(`team write failed: ${String(r.name ?? r.error)}`);
  };
  return {
    pouch,
    contactKey,
    /** One send: a touch per recipient (its id is a hash of the send id, so a retry is a no-op). */
    async touch(sendId: string, identities: IdentityKey[], channel: string, at: number): Promise<void> {
      await put(
        await Promise.all(
          identities.map(async (identity) => {
            const contact = await contactKey(identity);
            return { _id: `tt:${contact}:${await hmac(teamKey, sendId)}`, type: 'touch', contact, channel, at, rep };
          }),
        ),
      );
    },
    async status(identities: IdentityKey[], event: StatusEvent): Promise<void> {
      await put(
        await Promise.all(
          identities.map(async (identity) => {
            const contact = await contactKey(identity);
            return { _id: `ts:${contact}:${event.at.toString().padStart(16, '0')}:${event.status}:${rep}`, type: 'status', contact, rep, ...event };
          }),
        ),
      );
    },
    /** The team's status for each identity (most restrictive wins, as for one person's devices). */
    async statusFor(identities: IdentityKey[]): Promise<TeamStatus[]> {
      const out: TeamStatus[] = [];
      for (const identity of identities) {
        const contact = await contactKey(identity);
        const { rows } = await pouch.allDocs({ include_docs: true, startkey: `ts:${contact}:`, endkey: `ts:${contact}:\uffff` });
        const events = rows.flatMap(({ doc }) =>
          doc && isStatusEventKind(doc.status) && typeof doc.at === 'number'
            ? [{ status: doc.status, at: doc.at, rep: String(doc.rep), ...(typeof doc.until === 'number' ? { until: doc.until } : {}) }]
            : [],
        );
        const status = deriveStatus(events);
        if (!status) continue;
        const who = events.find((e) => e.at === status.at && e.status === status.status);
        out.push({
          recipient: identityValue(identity),
          status: status.status,
          at: new Date(status.at).toISOString(),
          ...(status.until ? { until: new Date(status.until).toISOString() } : {}),
          rep: who?.rep ?? '',
        });
      }
      return out;
    },
    /** Touches by the whole team to the person behind these identities, per rep (most first). */
    async touchesBy(identities: IdentityKey[]): Promise<{ rep: string; count: number }[]> {
      const seen = new Set<string>();
      const byRep = new Map<string, number>();
      for (const identity of identities) {
        const contact = await contactKey(identity);
        const { rows } = await pouch.allDocs({ include_docs: true, startkey: `tt:${contact}:`, endkey: `tt:${contact}:\uffff` });
        for (const { id, doc } of rows) {
          if (seen.has(id) || !doc) continue;
          seen.add(id);
          const who = String(doc.rep ?? '');
          byRep.set(who, (byRep.get(who) ?? 0) + 1);
        }
      }
      return [...byRep].map(([who, count]) => ({ rep: who, count })).sort((a, b) => b.count - a.count || a.rep.localeCompare(b.rep));
    },
    /** Touches by the whole team for this identity. */
    async touchCount(identity: IdentityKey): Promise<number> {
      const contact = await contactKey(identity);
      return (await pouch.allDocs({ startkey: `tt:${contact}:`, endkey: `tt:${contact}:\uffff` })).rows.length;
    },
  };
}
