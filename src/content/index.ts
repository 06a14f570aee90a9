/**
 * Content script entry on Gmail, LinkedIn and Outlook. Picks the site adapter for this host and starts
 * watching for compose surfaces. Any fault here must leave the page working as if we were absent.
 */
import { send } from '../messaging/client.ts';
import { onSettingsChanged } from '../settings/changes.ts';
import { adapterForHost } from '../sites/adapters.ts';
import { pageHost } from '../sites/registry.ts';
import { createController } from './controller.ts';
import { createSendLog } from './send-log.ts';
import { createSendPort } from './send-port.ts';

async function start(): Promise<void> {
  // An about:blank window (Outlook's popped-out compose) serves the site that wrote it.
  const adapter = adapterForHost(pageHost(location, self.origin));
  const sendLog = createSendLog(send);
  if (adapter) {
    // A window a site page opened (Outlook's popped-out compose: about:blank, written by its opener,
    // so its location reads as the opener's) closes as it sends: its sends are armed with the background.
    const port = window.opener ? createSendPort() : undefined;
    const controller = createController(window, { adapter, send, log: (entry) => void sendLog.add(entry), port });
    controller.start();
    // Settings take effect in open composes without a reload (the background judges with them).
    onSettingsChanged(() => controller.rescoreAll());
  }
  void sendLog.flush();
  const { version } = await send('ping', {});
  // A documented hook for tests and automation: the content script is running and reached the background.
  document.documentElement.setAttribute('data-pullback', version);
}

start().catch((error: unknown) => console.debug('Pullback: content script could not start', error));
