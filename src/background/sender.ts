import type { Origin } from '../messaging/protocol.ts';
import { SITE_HOSTS } from '../sites/registry.ts';

/** The hosts whose content scripts may talk to the background: the registry's, exactly. */
export const CONTENT_HOSTS: ReadonlySet<string> = new Set(SITE_HOSTS);

export interface SenderInfo {
  id?: string;
  url?: string;
  /** The frame's origin (Chromium): for an about:blank window, the origin it inherited. */
  origin?: string;
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
    // An about:blank window a site page wrote (Outlook's popped-out compose) has that page's origin.
    const blank = sender.url === 'about:blank' || sender.url === 'about:srcdoc';
    const url = new URL(blank ? (sender.origin ?? '') : sender.url);
    if (url.protocol !== 'https:') return null;
    host = url.hostname;
  } catch {
    return null;
  }
  return sender.tab && CONTENT_HOSTS.has(host) ? 'content' : null;
}
