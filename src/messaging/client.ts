/**
 * The one way UI and content scripts talk to the background. Replies are typed by request type;
 * a failure (background gone, invalid message) becomes a thrown Error with the background's words.
 */
import { browser } from '../platform/browser.ts';
import type { Payload, Replies, RequestType, Response } from './protocol.ts';

export type Send = <T extends RequestType>(type: T, payload: Payload<T>, timeoutMs?: number) => Promise<Replies[T]>;

export const send: Send = async (type, payload, timeoutMs = 5_000) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Pullback: "${type}" timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const response = (await Promise.race([browser.runtime.sendMessage({ type, payload }), timeout])) as Response<typeof type> | undefined;
    if (!response || typeof response !== 'object') throw new Error(`Pullback: no answer to "${type}"`);
    if (!response.ok) throw new Error(response.error);
    return response.value;
  } finally {
    clearTimeout(timer);
  }
};
