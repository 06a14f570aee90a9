/**
 * The one typed protocol between Pullback's contexts. Each request names its type; the map below
 * gives its payload schema, who may send it and its size limit; `Replies` gives its answer. The
 * background validates every payload with these schemas before a handler runs (src/background/router.ts).
 */
import { DIRECTIONS, LEVELS, STATUSES, type Level, type HistoryItem, type ScoreResult, type StatusItem } from '../scorer/types.ts';
import { MAX_BODY_CHARS } from '../scorer/limits.ts';
import { SITE_CHANNELS, type SiteChannel } from '../sites/registry.ts';
import { bool, list, nullable, num, obj, oneOf, optional, str, type Check } from '../validate/index.ts';
import type { ContactDetail, ContactSummary, ExportData, ImportPreview } from '../db/types.ts';
import type { FollowupPlan } from '../db/types.ts';
import { exportSchema } from './export-schema.ts';
import { GUARD_REASONS } from '../db/schema.ts';
import type { SyncState } from '../sync/config.ts';
import type { TeamInfo } from '../sync/engine.ts';

/** Who may send a request: a content script on a registry site, or the extension's own pages. */
export type Origin = 'content' | 'page';

const KB = 1024;
const identity = str(400);
/** `alias`: the name-only identity of a person whose address is now seen (src/sites/types.ts Person). */
const person = obj({ identity, name: optional(str(200)), alias: optional(identity) });
const time = num(0, 8.64e15);
/** Content scripts speak for a site the registry lists. */
const channel = oneOf(...SITE_CHANNELS);
const level = oneOf(...LEVELS);
const statusKinds = oneOf(...STATUSES);

const syncSettings = obj({
  server: str(500),
  personalDb: str(238),
  teamDb: optional(str(238)),
  user: str(200),
  password: str(1_000),
  teamKey: optional(str(1_000)),
  device: optional(str(200)),
});

/** One send as the content script reports it, for the log (a touch per recipient). */
const sendLog = obj({
  sendId: str(100),
  at: time,
  channel,
  subject: str(1_000),
  excerpt: str(1_000),
  level: nullable(level),
  score: nullable(num(0, 100)),
  overridden: bool,
  reason: optional(oneOf(...GUARD_REASONS)),
  recipients: list(person, 200),
  // The conversation's address on the site, to open it again from the follow-up list.
  url: optional(str(2_000)),
});

interface Schema {
  from: readonly Origin[];
  payload: Check<unknown>;
  /** Largest accepted message, as JSON characters. */
  maxBytes: number;
}

export const schemas = {
  ping: { from: ['content', 'page'], payload: obj({}), maxBytes: KB },
  // --- from content scripts: read context, log, and state ---
  'context.get': { from: ['content', 'page'], payload: obj({ people: list(person, 100) }), maxBytes: 64 * KB },
  'thread.record': {
    from: ['content'],
    payload: obj({
      items: list(obj({ id: str(300), direction: oneOf(...DIRECTIONS), person, at: time, channel, text: str(20_000) }), 200),
    }),
    maxBytes: 4_200 * KB,
  },
  'send.log': { from: ['content'], payload: sendLog, maxBytes: 128 * KB },
  'compose.state': {
    from: ['content'],
    payload: obj({
      level: nullable(level),
      channel: optional(channel),
      people: list(obj({ identity, name: optional(str(200)), level }), 100),
      unreadable: optional(bool),
    }),
    maxBytes: 64 * KB,
  },
  'rule.mute': { from: ['content', 'page'], payload: obj({ rule: str(100) }), maxBytes: KB },
  /** "Undo" after "Don't flag this again". */
  'rule.unmute': { from: ['content', 'page'], payload: obj({ rule: str(100) }), maxBytes: KB },
  // The judgement runs here, not in the page: the rules stay out of every tab's content script.
  'draft.score': {
    from: ['content', 'page'],
    payload: obj({ text: str(MAX_BODY_CHARS), subject: str(2_000), lang: str(35), channel, recipients: list(person, 100) }),
    // UTF-16 characters, JSON-escaped at most 6 to 1 plus the envelope.
    maxBytes: 6 * MAX_BODY_CHARS + 64 * KB,
  },
  // --- from the extension's own pages only ---
  'compose.current': { from: ['page'], payload: obj({ tabId: num(0) }), maxBytes: KB },
  'store.health': { from: ['page'], payload: obj({}), maxBytes: KB },
  'contacts.list': { from: ['page'], payload: obj({ query: str(200), limit: num(1, 500) }), maxBytes: 2 * KB },
  'contact.get': { from: ['page'], payload: obj({ id: str(100) }), maxBytes: KB },
  'contact.status': {
    from: ['page'],
    payload: obj({ id: str(100), status: nullable(obj({ status: statusKinds, until: optional(time) })) }),
    maxBytes: KB,
  },
  'contact.link': { from: ['page'], payload: obj({ id: str(100), otherId: str(100) }), maxBytes: KB },
  'contact.linkIdentity': { from: ['page'], payload: obj({ id: str(100), identity }), maxBytes: KB },
  'contact.unlink': { from: ['page'], payload: obj({ id: str(100), identity }), maxBytes: KB },
  'contact.delete': { from: ['page'], payload: obj({ id: str(100) }), maxBytes: KB },
  'followup.list': { from: ['page'], payload: obj({}), maxBytes: KB },
  'followup.remind': { from: ['page'], payload: obj({ id: str(100), until: nullable(time) }), maxBytes: KB },
  'data.export': { from: ['page'], payload: obj({}), maxBytes: KB },
  'data.import': { from: ['page'], payload: obj({ data: exportSchema, apply: bool }), maxBytes: 200 * 1024 * KB },
  'data.deleteAll': { from: ['page'], payload: obj({ confirm: oneOf('delete everything') }), maxBytes: KB },
  // --- sync (issue 14): the options page, and the popup's status line and team facts ---
  'contact.team': { from: ['page'], payload: obj({ id: str(100) }), maxBytes: KB },
  'sync.status': { from: ['page'], payload: obj({}), maxBytes: KB },
  'sync.save': { from: ['page'], payload: syncSettings, maxBytes: 8 * KB },
  'sync.test': { from: ['page'], payload: syncSettings, maxBytes: 8 * KB },
  'sync.now': { from: ['page'], payload: obj({}), maxBytes: KB },
  'sync.forget': { from: ['page'], payload: obj({ confirm: oneOf('forget this device') }), maxBytes: KB },
} satisfies Record<string, Schema>;

export type RequestType = keyof typeof schemas;
export type Payload<T extends RequestType> = ReturnType<(typeof schemas)[T]['payload']>;

export interface ComposeState {
  level: Level | null;
  channel?: SiteChannel;
  people: { identity: string; name?: string; level: Level }[];
  /** The page shows a compose Pullback cannot read (the site's markup changed): it is not checking it. */
  unreadable?: boolean;
}

/** What each request answers. */
export interface Replies {
  ping: { version: string };
  'context.get': { history: HistoryItem[]; status: StatusItem[] };
  'thread.record': { written: number };
  'send.log': { written: number };
  'compose.state': { ok: true };
  'rule.mute': { disabledRules: string[] };
  'rule.unmute': { disabledRules: string[] };
  'draft.score': ScoreResult;
  'compose.current': ComposeState | null;
  'store.health': { ok: boolean; error: string | null };
  'contacts.list': ContactSummary[];
  'contact.get': (ContactDetail & { summary: ContactSummary }) | null;
  'contact.status': { ok: true };
  'contact.link': { ok: true };
  'contact.linkIdentity': { ok: true };
  'contact.unlink': { id: string };
  'contact.delete': { ok: true };
  'followup.list': FollowupPlan;
  'followup.remind': { ok: true };
  'data.export': ExportData;
  'data.import': ImportPreview;
  'data.deleteAll': { ok: true };
  /** The team's status and touches for one person; null while sync is off or without a team. */
  'contact.team': TeamInfo | null;
  'sync.status': SyncView;
  'sync.save': { ok: true };
  'sync.test': { ok: true } | { ok: false; error: string };
  'sync.now': { ok: boolean; error: string | null };
  'sync.forget': { ok: true };
}

/** What the options page shows about sync: the settings without their secrets, and the last run. */
export interface SyncView {
  config: { server: string; personalDb: string; teamDb?: string; user: string; device: string } | null;
  state: SyncState;
}

export type Request = { [T in RequestType]: { type: T; payload: Payload<T> } }[RequestType];

export type Response<T extends RequestType> = { ok: true; value: Replies[T] } | { ok: false; error: string };

class InvalidRequest extends Error {
  override name = 'InvalidMessage';
}

/** Narrow an unknown message to a request; throws on anything else (unknown type, wrong origin, bad shape). */
export function parseRequest(message: unknown, origin: Origin, size: number): Request {
  const envelope = obj({ type: str(64), payload: (v: unknown) => v })(message, '');
  const type = envelope.type as RequestType;
  if (!Object.hasOwn(schemas, type)) throw new InvalidRequest(`unknown request type "${envelope.type}"`);
  const schema: Schema = schemas[type];
  if (!schema.from.includes(origin)) {
    throw new InvalidRequest(`"${type}" is not accepted from ${origin === 'content' ? 'a web page' : 'this page'}`);
  }
  if (size > schema.maxBytes) throw new InvalidRequest(`"${type}" is larger than ${schema.maxBytes} characters`);
  return { type, payload: schema.payload(envelope.payload ?? {}, 'payload') } as Request;
}

/**
 * What a popped-out compose says on its SEND_PORT (src/messaging/ports.ts): `arm`, a send let
 * through, to log if the window closes before it settles; `settle`, that send's end (`sent`: it
 * left, log it; otherwise the site refused it or it never went: drop it). Checked like a request.
 */
const sendPortMessage = obj({ arm: optional(sendLog), settle: optional(obj({ sendId: str(100), sent: bool })) });
export type SendPortMessage = ReturnType<typeof sendPortMessage>;

/** Narrow a port message from a content script; throws on anything else (too large, bad shape). */
export function parseSendPortMessage(message: unknown): SendPortMessage {
  let size: number;
  try {
    size = JSON.stringify(message)?.length ?? 0;
  } catch {
    size = Infinity;
  }
  if (size > schemas['send.log'].maxBytes + KB) throw new InvalidRequest('port message too large');
  return sendPortMessage(message, 'message');
}
