/**
 * The history database: its records and its versioned schema. Upgrade steps are ordered and never
 * edited once released; a new version appends a step (and a test that upgrades a database built by
 * the version before it, see migrations.test.ts).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Channel, Level, ReplyKind, StatusKind } from '../scorer/types.ts';

export const DB_NAME = 'pullback';

/** A channel identity: `email:dana@x.test`, `linkedin:dana-reyes`, `linkedin-thread:2-abc`. */
export type IdentityKey = string;

/** The value a scorer recipient id is: the address or slug without its channel prefix. */
export function identityValue(identity: IdentityKey): string {
  return identity.slice(identity.indexOf(':') + 1);
}

/** The name to show: the one they signed with, else their full address or profile (never a lower-cased fragment). */
export function contactName(contact: { names: string[]; identities: IdentityKey[] }): string {
  return contact.names[0] ?? identityValue(contact.identities[0] ?? '');
}

/** The status kinds are the scorer's list (src/scorer/types.ts STATUSES). */
type ContactStatusKind = StatusKind;

/** How a touch was learned: logged as it left ('send'), or read from a conversation afterwards ('thread'). */
export const TOUCH_SOURCES = ['send', 'thread'] as const;
/** Why the Send guard asked before a send that went anyway: the wording, the cadence, or their reply (a no). */
export const GUARD_REASONS = ['tone', 'cadence', 'reply'] as const;
type GuardReason = (typeof GUARD_REASONS)[number];
type TouchSource = (typeof TOUCH_SOURCES)[number];

export interface ContactStatus {
  status: ContactStatusKind;
  /** When it was set (ms since epoch). */
  at: number;
  /** When it ends (not-now, ok-again), ms since epoch. */
  until?: number;
}

export interface ContactRecord {
  id: string;
  /** Display names seen, most recent first. */
  names: string[];
  /** Every identity linked to this person; Gmail and LinkedIn count together once linked. */
  identities: IdentityKey[];
  status: ContactStatus | null;
  createdAt: number;
  updatedAt: number;
}

export interface TouchRecord {
  /** `${sendId}:${identity}`: one touch per recipient per send, written once. */
  id: string;
  sendId: string;
  contactId: string;
  identity: IdentityKey;
  at: number;
  channel: Channel;
  subject: string;
  excerpt: string;
  /** Level and score at send; null when learned from a thread rather than logged at send. */
  level: Level | null;
  score: number | null;
  /** Sent anyway over a pushy or stop warning. */
  overridden: boolean;
  /** When overridden: why the guard asked (absent in history written before it was recorded). */
  reason?: GuardReason;
  source: TouchSource;
  /** Where the conversation can be opened again (a Gmail thread, a LinkedIn conversation), when the site gave one. */
  url?: string;
}

export interface InboundRecord {
  /** Stable per message (from the site's own ids, or a hash of sender, time and text). */
  id: string;
  contactId: string;
  identity: IdentityKey;
  at: number;
  channel: Channel;
  kind: ReplyKind;
  /** For defer and auto-reply: when they said to come back (ms). */
  until?: number;
  excerpt: string;
}

/** An inbound message as the follow-up list keeps it: only the ones that still count (followup.ts). */
export interface FollowupReply {
  at: number;
  kind: ReplyKind;
  until?: number;
  excerpt: string;
}

/**
 * One person's follow-up record, kept up to date with every write that touches them, so the
 * follow-up list reads one small record per person instead of every touch (src/db/followup.ts).
 */
export interface FollowupRecord {
  contactId: string;
  name: string;
  identities: IdentityKey[];
  status: ContactStatus | null;
  /** Messages sent, all time. */
  sent: number;
  /** Your latest messages' times (at most FOLLOWUP_OUTS), oldest first. */
  outs: number[];
  /** Their replies that still count: the last genuine one, the last no, the last not-now, an away notice. */
  replies: FollowupReply[];
  lastOut: { at: number; subject: string; excerpt: string; channel: Channel; url?: string } | null;
  /** "Remind me": hidden from Due until then (ms). */
  remindAt?: number;
  /** The contact summary's facts that do not change with the clock, for placing the person without re-reading history. */
  facts: FollowupFacts;
}

interface FollowupFacts {
  unanswered: number;
  /** Their last reply was warm or a question. */
  conversation: boolean;
  /** Their last no (lifted by a later welcome), their last not-now, an away notice: when, and until when. */
  decline: number | null;
  defer: { at: number; until: number | null } | null;
  awayUntil: number | null;
}

export interface PullbackDB extends DBSchema {
  contacts: { key: string; value: ContactRecord; indexes: { identities: IdentityKey; updatedAt: number } };
  touches: { key: string; value: TouchRecord; indexes: { contactId: string; at: number } };
  inbound: { key: string; value: InboundRecord; indexes: { contactId: string; at: number } };
  meta: { key: string; value: unknown };
  followup: { key: string; value: FollowupRecord };
}

export type Db = IDBPDatabase<PullbackDB>;
export type UpgradeTx = IDBPTransaction<PullbackDB, StoreNames<PullbackDB>[], 'versionchange'>;

/**
 * Upgrade steps, in order: step i takes a database at version i to version i + 1. Never edit a
 * released step; append a new one.
 */
export const UPGRADES: ((db: Db, tx: UpgradeTx) => void)[] = [
  // 0 -> 1: contacts, touches, inbound messages, meta.
  (db) => {
    const contacts = db.createObjectStore('contacts', { keyPath: 'id' });
    contacts.createIndex('identities', 'identities', { unique: true, multiEntry: true });
    contacts.createIndex('updatedAt', 'updatedAt');
    const touches = db.createObjectStore('touches', { keyPath: 'id' });
    touches.createIndex('contactId', 'contactId');
    touches.createIndex('at', 'at');
    const inbound = db.createObjectStore('inbound', { keyPath: 'id' });
    inbound.createIndex('contactId', 'contactId');
    inbound.createIndex('at', 'at');
    db.createObjectStore('meta');
  },
  // 1 -> 2: the follow-up records; open.ts builds them for every existing person (followup-records.ts keeps them up to date).
  (db) => {
    db.createObjectStore('followup', { keyPath: 'contactId' });
  },
];

export const DB_VERSION = UPGRADES.length;
