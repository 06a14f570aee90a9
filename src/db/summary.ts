/**
 * A contact as the popup lists it. Counted by the scorer's own contact summary
 * (src/scorer/contact-summary.ts), so the popup shows what the indicator judged from.
 */
import { summarizeContact } from '../scorer/contact-summary.ts';
import { historyItems, recipientOf, statusItems } from './history-items.ts';
import { contactName, type ContactRecord, type InboundRecord, type TouchRecord } from './schema.ts';
import type { ContactSummary } from './types.ts';

export function summarize(contact: ContactRecord, touches: TouchRecord[], inbound: InboundRecord[], now: number): ContactSummary {
  const recipient = recipientOf(contact);
  const facts = summarizeContact(historyItems(recipient, touches, inbound), statusItems(recipient, contact), new Date(now));
  const reply = facts.lastReply;
  return {
    id: contact.id,
    name: contactName(contact),
    identities: contact.identities,
    status: contact.status,
    sent: facts.sent,
    unanswered: facts.unanswered,
    lastTouchAt: facts.lastOut ? facts.lastOut.getTime() : null,
    lastReply: reply ? { at: reply.at.getTime(), kind: reply.kind ?? 'reply', excerpt: reply.text ?? '' } : null,
    updatedAt: contact.updatedAt,
  };
}
