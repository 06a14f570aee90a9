/** A contact's records as the scorer reads them: history items and statuses, dated in ISO. */
import type { HistoryItem, StatusItem } from '../scorer/types.ts';
import { identityValue, type ContactRecord, type InboundRecord, type TouchRecord } from './schema.ts';

const iso = (ms: number) => new Date(ms).toISOString();

export function historyItems(recipient: string, touches: TouchRecord[], inbound: InboundRecord[]): HistoryItem[] {
  return [
    ...touches.map((t): HistoryItem => ({ recipient, direction: 'out', at: iso(t.at), text: t.excerpt })),
    ...inbound.map((m): HistoryItem => ({
      recipient,
      direction: 'in',
      at: iso(m.at),
      text: m.excerpt,
      kind: m.kind,
      ...(m.until ? { until: iso(m.until) } : {}),
    })),
  ];
}

export function statusItems(recipient: string, contact: ContactRecord): StatusItem[] {
  const s = contact.status;
  return s ? [{ recipient, status: s.status, at: iso(s.at), ...(s.until ? { until: iso(s.until) } : {}) }] : [];
}

/** The recipient id the scorer knows a contact by: its first identity's value. */
export function recipientOf(contact: ContactRecord): string {
  return identityValue(contact.identities[0] ?? '');
}
