import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore } from '../db/store.ts';
import { SEND_PORT } from '../messaging/ports.ts';
import { normalizeSettings } from '../settings/settings.ts';
import { createHandlers } from './handlers.ts';
import type { SenderInfo } from './sender.ts';
import { createSendPorts } from './send-port.ts';

const OWN = 'own-id';
/** A popped-out compose: an about:blank window with its opener's origin, in a tab. */
const POPPED: SenderInfo = { id: OWN, url: 'about:blank', origin: 'https://outlook.office.com', tab: { id: 7 } };

const entry = (sendId: string, to = ['email:dana@fabrikam.test', 'email:kim@contoso.test']) => ({
  sendId,
  at: Date.UTC(2026, 10, 20),
  channel: 'outlook' as const,
  subject: 'Pilot',
  excerpt: 'Here is the guide.',
  level: 'ok' as const,
  score: 10,
  overridden: false,
  recipients: to.map((identity) => ({ identity })),
});

/** A port as the browser hands it to onConnect, which the test drives from the window's side. */
function fakePort(sender: SenderInfo | undefined, name = SEND_PORT) {
  const message: ((m: unknown) => void)[] = [];
  const disconnect: (() => void)[] = [];
  const port = {
    name,
    sender,
    disconnected: false,
    disconnect: () => void (port.disconnected = true),
    onMessage: { addListener: (fn: (m: unknown) => void) => void message.push(fn) },
    onDisconnect: { addListener: (fn: () => void) => void disconnect.push(fn) },
  };
  return {
    port,
    post: (m: unknown) => message.forEach((fn) => fn(structuredClone(m))),
    close: () => disconnect.forEach((fn) => fn()),
  };
}

async function background() {
  const store = await createStore({ factory: new IDBFactory() });
  const handlers = createHandlers({
    store,
    version: '1',
    loadSettings: async () => normalizeSettings({}),
    saveSettings: async () => normalizeSettings({}),
    showBadge: async () => {},
    composeStates: { get: async () => null, set: async () => {} },
  });
  const logged: Promise<unknown>[] = [];
  const connect = createSendPorts({
    ownId: OWN,
    ownBase: `chrome-extension://${OWN}/`,
    log: (e, sender) => {
      const done = Promise.resolve(handlers['send.log'](e, sender));
      logged.push(done);
      return done;
    },
  });
  const open = (sender: SenderInfo | undefined = POPPED, name?: string) => {
    const port = fakePort(sender, name);
    connect(port.port);
    return port;
  };
  const touches = async () => {
    await Promise.all(logged);
    const db = await store.open();
    return (await db.getAll('touches')).map((t) => `${t.sendId}:${t.identity}`).sort();
  };
  return { open, touches, handlers };
}

describe('the send port of a popped-out compose', () => {
  it('logs a send armed before its window closed, one touch per recipient', async () => {
    const bg = await background();
    const win = bg.open();
    win.post({ arm: entry('s1') });
    expect(await bg.touches()).toEqual([]);
    win.close();
    expect(await bg.touches()).toEqual(['s1:email:dana@fabrikam.test', 's1:email:kim@contoso.test']);
  });

  it('drops a send settled as not sent (the site refused it): the window closing logs nothing', async () => {
    const bg = await background();
    const win = bg.open();
    win.post({ arm: entry('s2') });
    win.post({ settle: { sendId: 's2', sent: false } });
    win.close();
    expect(await bg.touches()).toEqual([]);
  });

  it('a send settled as sent, logged by the window itself too, and the window closing: written once', async () => {
    const bg = await background();
    const win = bg.open();
    win.post({ arm: entry('s3') });
    win.post({ arm: entry('s3') });
    win.post({ settle: { sendId: 's3', sent: true } });
    await bg.handlers['send.log'](entry('s3'), POPPED);
    win.close();
    expect(await bg.touches()).toEqual(['s3:email:dana@fabrikam.test', 's3:email:kim@contoso.test']);
  });

  it('refuses an almost-valid message (one bad field) and anything not from a site’s content script', async () => {
    const bg = await background();
    const win = bg.open();
    win.post({ arm: { ...entry('s4'), channel: 'myspace' } });
    win.post({ arm: entry('s5'), extra: true });
    win.post({ arm: { ...entry('s6'), recipients: [{ identity: 'x'.repeat(401) }] } });
    win.close();
    expect(await bg.touches()).toEqual([]);

    const stranger = bg.open({ id: OWN, url: 'https://evil.test/', tab: { id: 1 } });
    expect(stranger.port.disconnected).toBe(true);
    stranger.post({ arm: entry('s7') });
    stranger.close();
    const other = bg.open({ id: 'another-extension', url: 'about:blank', origin: 'https://outlook.office.com', tab: { id: 1 } });
    expect(other.port.disconnected).toBe(true);
    const wrongName = bg.open(POPPED, 'something-else');
    wrongName.post({ arm: entry('s8') });
    wrongName.close();
    expect(await bg.touches()).toEqual([]);
  });
});
