/**
 * A popped-out compose's sends, armed with the background as each is let through (issue 13):
 * Outlook closes the window as it sends, before the send log's storage round trip could finish.
 * A port message leaves at once; the background logs what is still armed when the port closes
 * with the window, and what we settle as sent; it drops what we settle as not sent.
 */
import { browser, type Runtime } from '../platform/browser.ts';
import { SEND_PORT } from '../messaging/ports.ts';
import type { SendPortMessage } from '../messaging/protocol.ts';
import type { SendLogEntry } from './send-log.ts';

export type SendPort = ReturnType<typeof createSendPort>;

/** Reconnections after the background went away (a stopped service worker) while sends were armed. */
const RECONNECTS = 3;

export function createSendPort(connect: () => Runtime.Port = () => browser.runtime.connect({ name: SEND_PORT })) {
  let port: Runtime.Port | null = null;
  let reconnects = 0;
  const armed = new Map<string, SendLogEntry>();
  const post = (message: SendPortMessage) => {
    try {
      if (!port) {
        const next = (port = connect());
        next.onDisconnect.addListener(() => {
          if (port !== next) return;
          port = null;
          // A new background knows nothing of what the old one held: arm it again.
          if (armed.size && reconnects++ < RECONNECTS) for (const arm of armed.values()) post({ arm });
        });
      }
      port.postMessage(message);
    } catch (error) {
      // No background (the extension was updated): the send log's own path is all there is.
      console.debug('Pullback: could not arm this send with the background', error);
    }
  };
  return {
    /** A send let through: the background logs it if this window closes before it settles. */
    arm(entry: SendLogEntry): void {
      if (armed.has(entry.sendId)) return;
      armed.set(entry.sendId, entry);
      post({ arm: entry });
    },
    /** The send's end: it left (logged), or it did not (dropped). */
    settle(sendId: string, sent: boolean): void {
      if (armed.delete(sendId)) post({ settle: { sendId, sent } });
    },
  };
}
