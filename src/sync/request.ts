/**
 * The one door to the network (issue 14): every request sync makes goes through this wrapper, and
 * it refuses any origin but the server the user configured. No cookies are sent (the per-device
 * user authenticates each request), so no other site's session can ride along.
 */
import { syncWord } from './words.ts';

export type Fetch = (input: string | Request, init?: RequestInit) => Promise<Response>;

export class RefusedOrigin extends Error {
  constructor(readonly origin: string) {
    super(`Pullback sync only talks to the configured server, not ${origin}`);
  }
}

export function serverOrigin(server: string): string {
  const url = new URL(server);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost')))
    throw new Error(syncWord('syncErrorHttps'));
  return url.origin;
}

export function originLockedFetch(server: string, fetchImpl: Fetch = (input, init) => fetch(input, init)): Fetch {
  const allowed = serverOrigin(server);
  return (input, init) => {
    const origin = new URL(typeof input === 'string' ? input : input.url).origin;
    if (origin !== allowed) return Promise.reject(new RefusedOrigin(origin));
    return fetchImpl(input, { ...init, credentials: 'omit', redirect: 'error' });
  };
}
