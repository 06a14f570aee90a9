/**
 * Records the conversation shown above a compose (their replies, your earlier messages) in the
 * background, each message once per page, and again as new ones arrive while the compose is open.
 */
import type { Send } from '../messaging/client.ts';
import type { ComposeSurface } from '../sites/types.ts';
import { wirePeople } from './wire-person.ts';

/** Quiet time after the thread changes before it is read again. */
const SETTLE_MS = 400;

export interface ThreadRecorderDeps {
  send: Send;
  /** Thread message ids already recorded on this page, shared by every compose on it. */
  recorded: Set<string>;
  /** Called after new messages were recorded (the judgement may change). */
  onRecorded(): void;
}

export function watchThread(surface: ComposeSurface, deps: ThreadRecorderDeps, signal: AbortSignal): void {
  const record = () => {
    try {
      const items = surface
        .readThread()
        .filter((m) => !deps.recorded.has(`${m.id}|${m.person.identity}`) && m.id.length <= 300)
        .flatMap((m) => wirePeople([m.person]).map((person) => ({ ...m, person, channel: surface.channel, text: m.text.slice(0, 20_000) })))
        .slice(0, 200);
      if (!items.length) return;
      for (const m of items) deps.recorded.add(`${m.id}|${m.person.identity}`);
      deps
        .send('thread.record', { items })
        .then(() => deps.onRecorded())
        .catch((error: unknown) => {
          // Not recorded (background stopped or updated): try again when the thread next changes.
          console.debug('Pullback: could not record the conversation', error);
          for (const m of items) deps.recorded.delete(`${m.id}|${m.person.identity}`);
        });
    } catch (error) {
      // A thread we cannot read is not a reason to break the compose.
      console.debug('Pullback: could not read the conversation', error);
    }
  };
  const thread = surface.threadArea?.();
  if (thread) {
    let wait: ReturnType<typeof setTimeout> | undefined;
    const watch = new MutationObserver(() => {
      clearTimeout(wait);
      wait = setTimeout(record, SETTLE_MS);
    });
    watch.observe(thread, { childList: true, subtree: true });
    signal.addEventListener('abort', () => {
      clearTimeout(wait);
      watch.disconnect();
    });
  }
  record();
}
