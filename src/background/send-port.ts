/**
 * The background's end of SEND_PORT (issue 13). Outlook closes a popped-out compose's window as it
 * sends, before the content script's send log could write to storage and reach us: that window
 * arms each send here as it is let through, and what is still armed when its port closes (the window
 * went) is logged. A settled send is logged (it left) or dropped (refused, never went). The log is
 * idempotent by sendId, so the window's own log arriving as well writes nothing twice.
 */
import type { Runtime } from '../platform/browser.ts';
import { SEND_PORT } from '../messaging/ports.ts';
import { parseSendPortMessage, type Payload } from '../messaging/protocol.ts';
import { originOf, type SenderInfo } from './sender.ts';

type SendLog = Payload<'send.log'>;

/** Sends armed at once on one port; a window has one compose, so more is not a real window's doing. */
const MAX_ARMED = 20;

export interface SendPortDeps {
  ownId: string;
  ownBase: string;
  /** The `send.log` handler: validated already, and idempotent. */
  log(entry: SendLog, sender: SenderInfo): Promise<unknown>;
}

type PortLike = Pick<Runtime.Port, 'name' | 'disconnect'> & {
  sender?: SenderInfo | undefined;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
};

export function createSendPorts(deps: SendPortDeps): (port: PortLike) => void {
  return (port) => {
    if (port.name !== SEND_PORT) return;
    const sender = port.sender;
    if (!sender || originOf(sender, deps.ownId, deps.ownBase) !== 'content') {
      port.disconnect();
      return;
    }
    const armed = new Map<string, SendLog>();
    const write = (entry: SendLog) => void deps.log(entry, sender).catch((error: unknown) => console.debug('Pullback: could not log a popped-out send', error));
    port.onMessage.addListener((message) => {
      let parsed;
      try {
        parsed = parseSendPortMessage(message);
      } catch (error) {
        console.warn(`Pullback: refused a port message: ${(error as Error).message}`);
        return;
      }
      if (parsed.arm && (armed.size < MAX_ARMED || armed.has(parsed.arm.sendId))) armed.set(parsed.arm.sendId, parsed.arm);
      if (parsed.settle) {
        const entry = armed.get(parsed.settle.sendId);
        armed.delete(parsed.settle.sendId);
        if (entry && parsed.settle.sent) write(entry);
      }
    });
    // The window closed (or went elsewhere) with sends still armed: they left as it closed.
    port.onDisconnect.addListener(() => {
      for (const entry of armed.values()) write(entry);
      armed.clear();
    });
  };
}
