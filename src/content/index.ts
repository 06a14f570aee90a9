/**
 * Content script entry on Gmail and LinkedIn. Picks the site adapter for this host and starts
 * watching for compose surfaces. Any fault here must leave the page working as if we were absent.
 */
import { send } from '../messaging/client.ts';
import { watchSettings } from '../settings/storage.ts';
import { adapterForHost } from '../sites/adapters.ts';
import { createController } from './controller.ts';
import { createSendLog } from './send-log.ts';

async function start(): Promise<void> {
  const adapter = adapterForHost(location.hostname);
  const sendLog = createSendLog(send);
  if (adapter) {
    const controller = createController(window, { adapter, send, log: (entry) => void sendLog.add(entry) });
    controller.start();
    // Settings take effect in open composes without a reload (the background judges with them).
    watchSettings(() => controller.rescoreAll());
  }
  void sendLog.flush();
  const { version } = await send('ping', {});
  // A documented hook for tests and automation: the content script is running and reached the background.
  document.documentElement.setAttribute('data-pullback', version);
}

start().catch((error: unknown) => console.debug('Pullback: content script could not start', error));
