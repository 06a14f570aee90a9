/**
 * The one typed protocol between Pullback's contexts. Each request names its type; the map below
 * gives its payload, its reply, and who may send it. The background validates every payload with
 * the schema here before a handler runs (see src/background/router.ts).
 */
import { LEVELS, CHANNELS, type Level, type Channel } from '../scorer/types.ts';
import { obj, str, num, list, optional, nullable, oneOf, type Check } from '../validate/index.ts';

/** Who may send a request: a content script on Gmail/LinkedIn, or the extension's own pages. */
export type Origin = 'content' | 'page';


export const schemas = {
  ping: { from: ['content', 'page'], payload: obj({}) },
  'compose.state': {
    from: ['content'],
    payload: obj({
      level: nullable(oneOf(...LEVELS)),
      channel: optional(oneOf(...CHANNELS)),
      people: list(obj({ id: str(320), name: optional(str(200)), level: oneOf(...LEVELS) }), 100),
    }),
  },
  'compose.current': { from: ['page'], payload: obj({ tabId: num(0) }) },
} satisfies Record<string, { from: Origin[]; payload: Check<unknown> }>;

export type RequestType = keyof typeof schemas;
export type Payload<T extends RequestType> = ReturnType<(typeof schemas)[T]['payload']>;

export interface ComposeState {
  level: Level | null;
  channel?: Channel;
  people: { id: string; name?: string; level: Level }[];
}

/** What each request answers. */
export interface Replies {
  ping: { version: string };
  'compose.state': { ok: true };
  'compose.current': ComposeState | null;
}

export type Request = { [T in RequestType]: { type: T; payload: Payload<T> } }[RequestType];

export type Response<T extends RequestType> = { ok: true; value: Replies[T] } | { ok: false; error: string };

/** Requests larger than this are refused before parsing their fields. */
export const MAX_MESSAGE_BYTES = 2_000_000;

/** Narrow an unknown message to a request envelope; throws InvalidMessage on anything else. */
export function parseRequest(message: unknown, origin: Origin): Request {
  const envelope = obj({ type: str(64), payload: (v: unknown) => v })(message, '');
  const type = envelope.type as RequestType;
  if (!Object.hasOwn(schemas, type)) throw new InvalidRequest(`unknown request type "${envelope.type}"`);
  const schema = schemas[type];
  if (!(schema.from as readonly Origin[]).includes(origin)) {
    throw new InvalidRequest(`"${type}" is not accepted from ${origin === 'content' ? 'a web page' : 'this page'}`);
  }
  return { type, payload: schema.payload(envelope.payload ?? {}, 'payload') } as Request;
}

export class InvalidRequest extends Error {
  override name = 'InvalidMessage';
}
