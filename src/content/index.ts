/**
 * Content script entry on Gmail and LinkedIn. Picks the site adapter for this host and starts
 * watching for compose surfaces. Any fault here must leave the page working as if we were absent.
 */
import { send } from '../messaging/client.ts';
import { warmUpSlice } from '../scorer/core.ts';
import { normalizeSettings, type Settings } from '../settings/settings.ts';
import { loadSettings, watchSettings } from '../settings/storage.ts';
import { adapterForHost } from '../sites/adapters.ts';
import { createController } from './controller.ts';
import { createSendLog } from './send-log.ts';

async function start(): Promise<void> {
  const adapter = adapterForHost(location.hostname);
  let settings: Settings = normalizeSettings(undefined);
  // Compile the rule patterns when the page is idle, not on the first keystroke and not while the
  // page loads (a thousand patterns take a noticeable moment to file).
  const idle = (globalThis as { requestIdleCallback?: (fn: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
  const later = (fn: () => void) => (idle ? idle(fn, { timeout: 2_000 }) : setTimeout(fn, 0));
  // A slice of about 8 ms at a time, so no task is long enough to be felt.
  const slice = () => {
    if (!warmUpSlice(8)) later(slice);
  };
  later(slice);
  const sendLog = createSendLog(send);
  if (adapter) {
    const controller = createController(window, { adapter, send, settings: () => settings, log: (entry) => void sendLog.add(entry) });
    controller.start();
    settings = await loadSettings();
    controller.rescoreAll();
    // Settings take effect in open composes without a reload.
    watchSettings((next) => {
      settings = next;
      controller.rescoreAll();
    });
  }
  void sendLog.flush();
  const { version } = await send('ping', {});
  // A documented hook for tests and automation: the content script is running and reached the background.
  document.documentElement.setAttribute('data-pullback', version);
}

start().catch((error: unknown) => console.debug('Pullback: content script could not start', error));
