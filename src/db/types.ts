/** The store's data shapes as other contexts see them (plain data; they cross messages). */
import type { Channel, Direction, ReplyKind } from '../scorer/types.ts';
import type { ContactRecord, ContactStatus, IdentityKey, InboundRecord, TouchRecord } from './schema.ts';

export interface Person {
  identity: IdentityKey;
  name?: string;
}

/** One send as the content script reports it: a touch's fields, for each of its recipients. */
export type SendLog = Pick<TouchRecord, 'sendId' | 'at' | 'channel' | 'subject' | 'excerpt' | 'level' | 'score' | 'overridden' | 'url'> & {
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

export const EXPORT_FORMAT = 'pullback-history' as const;
export const EXPORT_VERSION = 1;

export interface ExportData {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  contacts: ContactRecord[];
  touches: TouchRecord[];
  inbound: InboundRecord[];
}

export interface ImportPreview {
  contacts: { added: number; updated: number };
  touches: { added: number; unchanged: number };
  inbound: { added: number; unchanged: number };
}
