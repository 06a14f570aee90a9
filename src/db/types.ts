/** The store's data shapes as other contexts see them (plain data; they cross messages). */
import type { Channel, Direction, ReplyKind } from '../scorer/types.ts';
import type { ContactRecord, ContactStatus, FollowupRecord, IdentityKey, InboundRecord, TouchRecord } from './schema.ts';

export interface Person {
  identity: IdentityKey;
  name?: string;
  /** The name-only identity this person had before their address was seen (folded in: contacts.ts foldAlias). */
  alias?: IdentityKey;
}

/** One send as the content script reports it: a touch's fields, for each of its recipients. */
export type SendLog = Pick<TouchRecord, 'sendId' | 'at' | 'channel' | 'subject' | 'excerpt' | 'level' | 'score' | 'overridden' | 'reason' | 'url'> & {
  recipients: Person[];
};

export interface ThreadItem {
  id: string;
  direction: Direction;
  person: Person;
  at: number;
  channel: Channel;
  text: string;
  /** Inbound only: what it meant (the background reads it with the scorer's reply reader). */
  kind?: ReplyKind;
  until?: number;
}

export interface ContactSummary {
  id: string;
  name: string;
  identities: IdentityKey[];
  status: ContactStatus | null;
  sent: number;
  unanswered: number;
  lastTouchAt: number | null;
  lastReply: { at: number; kind: ReplyKind; excerpt: string } | null;
  updatedAt: number;
}

export interface ContactDetail {
  contact: ContactRecord;
  touches: TouchRecord[];
  inbound: InboundRecord[];
}

/** How many recent contacts the popup lists when it opens; the background keeps that list ready. */
export const RECENT_CONTACTS = 30;

export const EXPORT_FORMAT = 'pullback-history' as const;
export const EXPORT_VERSION = 1;

export interface ExportData {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  contacts: ContactRecord[];
  touches: TouchRecord[];
  inbound: InboundRecord[];
  /** "Remind me" dates the user set in the follow-up list (files from before them have none). */
  reminders?: { contactId: string; until: number }[] | undefined;
}

export interface ImportPreview {
  contacts: { added: number; updated: number };
  touches: { added: number; unchanged: number };
  inbound: { added: number; unchanged: number };
}

/** The follow-up list (src/db/followup.ts), as the popup receives it. */
export type FollowupGroup = 'due' | 'wait' | 'leave';

/** What to write next: a value-first idea, chosen by where the person stands (not a template). */
export type FollowupIdea = 'first' | 'next' | 'last' | 'long-game';

export interface FollowupEntry {
  contactId: string;
  name: string;
  identities: string[];
  group: FollowupGroup;
  /** Your last message, if any. */
  lastOut: FollowupRecord['lastOut'];
  /** Their last genuine reply. */
  lastReply: { at: number; kind: string; excerpt: string } | null;
  unanswered: number;
  /** Wait: when writing is fine again. Leave alone: when they said it. Due after a not-now: the date it ended. */
  at: number | null;
  /** Why: the scorer's own words (the reason it would flag a note now); empty when due. */
  why: string;
  /** Rule behind `why`, for tests and markers: status.said-no, reply.declined, cadence.too-soon, remind… */
  rule: string | null;
  idea: FollowupIdea | null;
  remindAt: number | null;
}

export interface FollowupPlan {
  due: FollowupEntry[];
  wait: FollowupEntry[];
  leave: FollowupEntry[];
  counts: Record<FollowupGroup, number>;
}
