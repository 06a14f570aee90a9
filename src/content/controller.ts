/**
 * Finds compose surfaces as they come and go (the sites are single-page apps), gives each its own
 * session, and tells the background the state of the compose in this tab for the toolbar badge.
 */
import type { Send } from '../messaging/client.ts';
import type { ComposeSurface, SiteAdapter } from '../sites/types.ts';
import { installGuard } from './guard.ts';
import type { SendLogEntry } from './send-log.ts';
import type { SendPort } from './send-port.ts';
import { ComposeSession, type SessionDeps } from './session.ts';
import { maxLevel, type Level } from '../scorer/types.ts';
import { wirePeople } from './wire-person.ts';

export interface ControllerDeps {
  adapter: SiteAdapter;
  send: Send;
  log(entry: SendLogEntry): void;
  /** Only in a popped-out compose's window (src/content/send-port.ts). */
  port?: SendPort | undefined;
}

/** A compose whose draft could not be read this many times in a row counts as unreadable. */
export const READ_FAULTS = 3;

export function createController(win: Window, deps: ControllerDeps) {
  const doc = win.document;
  const sessions = new Map<HTMLElement, ComposeSession>();
  const recorded = new Set<string>();
  const abort = new AbortController();
  let scanQueued = false;
  let stateTimer: ReturnType<typeof setTimeout> | undefined;
  let lastState = '';
  let unreadable = false;
  const readFaults = new Map<HTMLElement, number>();

  /**
   * True when this page shows a compose Pullback cannot read: one the adapter's loose search sees
   * but no session covers (the site's markup drifted), or one whose draft keeps failing to read.
   */
  const findUnreadable = (): boolean => {
    try {
      if ([...readFaults].some(([root, n]) => n >= READ_FAULTS && sessions.has(root))) return true;
      const covered = [...sessions.keys()];
      return (deps.adapter.composeLike?.(doc) ?? []).some((el) => !covered.some((root) => root.contains(el) || el.contains(root)));
    } catch {
      return false;
    }
  };

  /** The surface, with its draft reads counted (a fault still reaches the session, which fails open). */
  const countReads = (root: HTMLElement, surface: ComposeSurface): ComposeSurface =>
    Object.assign(Object.create(surface) as ComposeSurface, {
      readDraft() {
        try {
          const draft = surface.readDraft();
          // Readable again: the next scan clears the report.
          if (readFaults.delete(root)) queueScan();
          return draft;
        } catch (error) {
          readFaults.set(root, (readFaults.get(root) ?? 0) + 1);
          if (readFaults.get(root) === READ_FAULTS) queueScan();
          throw error;
        }
      },
    });

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
          people.set(p.identity, { identity: p.identity, ...(p.name ? { name: p.name } : {}), level: own });
        }
      }
      const state = { level, channel: deps.adapter.channel, people: [...people.values()].slice(0, 100), ...(unreadable ? { unreadable } : {}) };
      const key = JSON.stringify(state);
      if (key === lastState) return;
      lastState = key;
      deps.send('compose.state', state).catch((error: unknown) => console.debug('Pullback: could not update the toolbar badge', error));
    }, 250);
  };

  const sessionDeps: SessionDeps = {
    send: deps.send,
    log: deps.log,
    changed: reportState,
    recorded,
    port: deps.port,
  };

  function scan(): void {
    scanQueued = false;
    for (const [root, session] of sessions) {
      if (session.surface.isClosed()) {
        session.checkSend();
        if (!session.sending) {
          session.destroy();
          sessions.delete(root);
          readFaults.delete(root);
          reportState();
        }
      }
    }
    for (const root of deps.adapter.findComposes(doc)) {
      if (sessions.has(root)) continue;
      const found = deps.adapter.surface(root);
      if (!found || found.isClosed()) continue;
      const surface = countReads(root, found);
      const session = new ComposeSession(surface, sessionDeps);
      sessions.set(root, session);
      try {
        session.start();
      } catch (error) {
        console.debug('Pullback: could not start on this compose', error);
        session.destroy();
      }
    }
    const now = findUnreadable();
    if (now !== unreadable) {
      unreadable = now;
      reportState();
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
      const guardDeps = { adapter: deps.adapter, sessionFor: (el: Element) => [...sessions.values()].find((s) => !s.closed && s.surface.root.contains(el)) };
      let guard = new AbortController();
      const armGuard = () => {
        guard.abort();
        guard = new AbortController();
        installGuard(win, guardDeps, guard.signal);
      };
      armGuard();
      // document.open() erases every listener of the document and its window (HTML's "document open
      // steps"). A popped-out compose's about:blank window that its opener writes a moment after
      // opening it runs us before the write: the guard is installed again when the document is reopened.
      const reopened = new MutationObserver(() => {
        armGuard();
        queueScan();
      });
      reopened.observe(doc, { childList: true });
      watchRoots();
      abort.signal.addEventListener('abort', () => {
        guard.abort();
        observer.disconnect();
        reopened.disconnect();
      });
      // Composes already open when we start.
      scan();
    },
    /** Judge every open draft again (the settings changed). */
    rescoreAll() {
      for (const s of sessions.values()) void s.score(true);
    },
    stop() {
      abort.abort();
      for (const s of sessions.values()) s.destroy();
      sessions.clear();
    },
  };
}
