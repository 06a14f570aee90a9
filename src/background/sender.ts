import type { Origin } from '../messaging/protocol.ts';

/** The hosts whose content scripts may talk to the background. */
const CONTENT_HOSTS = new Set(['mail.google.com', 'www.linkedin.com']);

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Classify a message sender, or return null for anyone we do not serve: other extensions, web
 * pages through externally_connectable (we declare none), or a frame on another host.
 */
export function originOf(sender: SenderInfo, ownId: string, ownBase: string): Origin | null {
  if (sender.id !== ownId || !sender.url) return null;
  if (sender.url.startsWith(ownBase)) return 'page';
  let host: string;
  try {
    const url = new URL(sender.url);
    if (url.protocol !== 'https:') return null;
    host = url.hostname;
  } catch {
    return null;
  }
  return sender.tab && CONTENT_HOSTS.has(host) ? 'content' : null;
}
