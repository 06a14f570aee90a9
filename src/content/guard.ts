/**
 * The Send guard's listeners: one set for the page, in the capture phase at the window, so they run
 * before the site's own handlers. A pushy send is stopped and handed to its session's dialog; any
 * other send is only noted for the log. Every path fails open: if anything here throws, the event
 * goes on untouched.
 */
import type { SiteAdapter } from '../sites/types.ts';
import type { ComposeSession } from './session.ts';

export interface GuardDeps {
  adapter: SiteAdapter;
  /** The session whose compose holds this element, if any. */
  sessionFor(el: Element): ComposeSession | undefined;
}

const MOUSE = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

function stop(event: Event): void {
  event.preventDefault();
  event.stopPropagation();
  event.stopImmediatePropagation();
}

export function installGuard(win: Window, deps: GuardDeps, signal: AbortSignal): void {
  const doc = win.document;

  const sessionOf = (target: Element): ComposeSession | undefined => {
    const owner = deps.adapter.sendControlOwner?.(target, doc);
    return (owner && deps.sessionFor(owner)) || deps.sessionFor(target);
  };

  /** The element the event really happened on, inside open shadow roots too (LinkedIn's dialogs). */
  const targetOf = (event: Event): Element | null => {
    const first = event.composedPath?.()[0] ?? event.target;
    // By node type, not `instanceof Element`: a compose adopted from its opener's document keeps
    // its opener's Element in Firefox (test/firefox), and instanceof is then false.
    return (first as Node | null)?.nodeType === 1 ? (first as Element) : null;
  };

  /** Our listeners never let a fault of ours reach the page: on any error, the event goes on. */
  const failOpen =
    <E extends Event>(handler: (event: E) => void) =>
    (event: E) => {
      try {
        handler(event);
      } catch {
        // Fail open.
      }
    };

  /**
   * A send is under way: hold it (and ask, on the event that activates it) when the draft is pushy
   * or to someone who said no; when the draft changed since it was judged, hold its events until
   * the judgement comes (the event that activates it then sends or asks); otherwise let it go and,
   * on its first event, note it for the log.
   */
  const decide = (session: ComposeSession, event: Event, ask: boolean, note: boolean, trigger: () => Element | null) => {
    const verdict = session.sendVerdict();
    if (verdict === 'pass') {
      if (note) session.noteSendAttempt(false);
      if (ask) session.letThrough();
      return;
    }
    stop(event);
    if (!ask) return;
    if (verdict === 'hold') session.hold(trigger());
    else void session.sendWhenJudged(trigger());
  };

  const onMouse = failOpen((event: MouseEvent) => {
    const target = targetOf(event);
    if (!target || typeof target.closest !== 'function' || event.button > 0) return;
    const session = sessionOf(target);
    if (!session || session.bypass || !session.surface.isSendControl(target)) return;
    decide(session, event, event.type === 'click', event.type === 'mousedown', () => target.closest('[role=button], [role=menuitem], button') ?? target);
  });

  const onKey = failOpen((event: KeyboardEvent) => {
    const target = targetOf(event);
    if (!target || typeof target.closest !== 'function' || event.isComposing) return;
    // Enter and Space may activate a Send outside the compose (Outlook's Schedule send dialog).
    const session = event.key === 'Enter' || event.key === ' ' ? sessionOf(target) : deps.sessionFor(target);
    if (!session || session.bypass) return;
    const onSendControl = session.surface.isSendControl(target) && (event.key === 'Enter' || event.key === ' ');
    if (!onSendControl && !session.surface.isSendKey(event)) return;
    const first = event.type === 'keydown';
    decide(session, event, first && !event.repeat, first, () => (onSendControl ? target : session.surface.sendButton()));
  });

  // A form's submit (LinkedIn's "Press Enter to send" submits the form).
  const onSubmit = failOpen((event: Event) => {
    const form = targetOf(event);
    const session = form ? deps.sessionFor(form) : undefined;
    if (!form || !session || session.bypass || !session.surface.isSendControl(form)) return;
    decide(session, event, true, true, () => session.surface.sendButton());
  });

  const options = { capture: true, signal };
  win.addEventListener('submit', onSubmit, options);
  for (const type of MOUSE) win.addEventListener(type, onMouse as EventListener, options);
  win.addEventListener('keydown', onKey, options);
  win.addEventListener('keyup', onKey, options);
  win.addEventListener('keypress', onKey, options);
}
