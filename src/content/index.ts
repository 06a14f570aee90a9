/**
 * Content script entry on Gmail and LinkedIn. Picks the site adapter for this host and starts
 * watching for compose surfaces. Any fault here must leave the page working as if we were absent.
 */
import { send } from '../messaging/client.ts';

async function start(): Promise<void> {
  const { version } = await send('ping', {});
  // A documented hook for tests and automation: the content script is running and reached the background.
  document.documentElement.setAttribute('data-pullback', version);
}

start().catch((error: unknown) => console.debug('Pullback: content script could not start', error));
