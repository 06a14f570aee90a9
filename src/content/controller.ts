/**
 * Finds compose surfaces as they come and go (the sites are single-page apps), gives each its own
 * session, and tells the background the state of the compose in this tab for the toolbar badge.
 */
import type { Send } from '../messaging/client.ts';
import type { Settings } from '../settings/settings.ts';
import type { SiteAdapter } from '../sites/types.ts';
import { installGuard } from './guard.ts';
import type { SendLogEntry } from './send-log.ts';
import { ComposeSession, type SessionDeps } from './session.ts';
import { maxLevel, type Level } from '../scorer/types.ts';
import { wirePeople } from './wire-person.ts';

export interface ControllerDeps {
  adapter: SiteAdapter;
  send: Send;
  settings(): Settings;
  log(entry: SendLogEntry): void;
  score?: SessionDeps['score'];
}

export function createController(win: Window, deps: ControllerDeps) {
  const doc = win.document;
  const sessions = new Map<HTMLElement, ComposeSession>();
  const recorded = new Set<string>();
  const abort = new AbortController();
  let scanQueued = false;
  let stateTimer: ReturnType<typeof setTimeout> | undefined;
  let lastState = '';

  const reportState = () => {
    clearTimeout(stateTimer);
    stateTimer = setTimeout(() => {
      const live = [...sessions.values()].filter((s) => s.result && !s.paused);
      let level: Level | null = null;
      const people = new Map<string, { identity: string; name?: string; level: Level }>();
      for (const s of live) {
        level = level ? maxLevel(level, s.result!.level) : s.result!.level;
        for (const p of wirePeople(s.draft?.recipients ?? [])) {
          const summary = s.result!.people?.find((x) => p.identity.endsWith(`:${x.id}`));
          // What the draft would get if it went to this person alone: their history and the words.
          const own = summary ? maxLevel(summary.level, s.result!.toneLevel ?? 'ok') : s.result!.level;
          people.set(p.identity, { ...p, level: own });
        }
      }
      const state = { level, channel: deps.adapter.channel, people: [...people.values()].slice(0, 100) };
      const key = JSON.stringify(state);
      if (key === lastState) return;
      lastState = key;
      deps.send('compose.state', state).catch((error: unknown) => console.debug('Pullback: the background did not take the compose state', error));
    }, 250);
  };

  const sessionDeps: SessionDeps = {
    send: deps.send,
    settings: deps.settings,
    log: deps.log,
    changed: reportState,
    recorded,
    ...(deps.score ? { score: deps.score } : {}),
  };

  function scan(): void {
    scanQueued = false;
    for (const [root, session] of sessions) {
      if (session.surface.isClosed()) {
        session.checkSend();
        if (!session.sending) {
          session.destroy();
          sessions.delete(root);
          reportState();
        }
      }
    }
    for (const root of deps.adapter.findComposes(doc)) {
      if (sessions.has(root)) continue;
      const surface = deps.adapter.surface(root);
      if (!surface || surface.isClosed()) continue;
      const session = new ComposeSession(surface, sessionDeps);
      sessions.set(root, session);
      try {
        session.start();
      } catch (error) {
        console.debug('Pullback: could not start on this compose', error);
        session.destroy();
      }
    }
  }

  const observer = new MutationObserver(() => queueScan());
  const watched = new Set<Node>();
  /** The document, and the shadow roots the site renders composes into (they can appear later). */
  const watchRoots = () => {
    for (const root of [doc.body, ...(deps.adapter.observeRoots?.(doc) ?? [])]) {
      if (watched.has(root)) continue;
      watched.add(root);
      observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'style', 'class', 'aria-hidden'] });
    }
  };
  const queueScan = () => {
    watchRoots();
    if (scanQueued) return;
    scanQueued = true;
    // Not requestAnimationFrame: it does not run in background tabs, where composes still change.
    setTimeout(scan, 16);
  };

  return {
    sessions,
    start() {
      installGuard(win, { adapter: deps.adapter, sessionFor: (el) => [...sessions.values()].find((s) => !s.closed && s.surface.root.contains(el)) }, abort.signal);
      watchRoots();
      abort.signal.addEventListener('abort', () => observer.disconnect());
      // Composes already open when we start.
      scan();
    },
    rescoreAll() {
      for (const s of sessions.values()) s.score();
    },
    stop() {
      abort.abort();
      for (const s of sessions.values()) s.destroy();
      sessions.clear();
    },
  };
}
