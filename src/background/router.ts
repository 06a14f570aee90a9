/**
 * Validates every incoming message (sender, size, shape) and hands it to its handler. Anything
 * refused gets a clear `{ ok: false, error }` reply and touches nothing.
 */
import { parseRequest, type Replies, type Request, type RequestType, type Response } from '../messaging/protocol.ts';
import { originOf, type SenderInfo } from './sender.ts';

export type Handlers = {
  [T in RequestType]: (payload: Extract<Request, { type: T }>['payload'], sender: SenderInfo) => Promise<Replies[T]> | Replies[T];
};

export interface RouterDeps {
  ownId: string;
  ownBase: string;
  handlers: Handlers;
  log?: (message: string) => void;
}

/** No message of any type is larger than this; checked before anything is parsed. */
const HARD_LIMIT = 210 * 1024 * 1024;

function sizeOf(message: unknown): number {
  try {
    return JSON.stringify(message)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

export function createRouter({ ownId, ownBase, handlers, log = () => {} }: RouterDeps) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Response<RequestType>> {
    const origin = originOf(sender, ownId, ownBase);
    if (!origin) {
      log(`refused a message from ${sender.id ?? 'an unknown sender'}`);
      return { ok: false, error: 'Pullback: sender not allowed' };
    }
    const size = sizeOf(message);
    if (size > HARD_LIMIT) return { ok: false, error: 'Pullback: message too large' };
    let request: Request;
    try {
      request = parseRequest(message, origin, size);
    } catch (error) {
      return { ok: false, error: `Pullback: invalid message: ${(error as Error).message}` };
    }
    try {
      const handler = handlers[request.type] as (payload: unknown, sender: SenderInfo) => unknown;
      return { ok: true, value: (await handler(request.payload, sender)) as never };
    } catch (error) {
      log(`"${request.type}" failed: ${(error as Error).message}`);
      return { ok: false, error: `Pullback: ${(error as Error).message}` };
    }
  };
}
