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
    return first instanceof Element ? first : null;
  };

  const onMouse = (event: Event) => {
    try {
      const target = targetOf(event);
      if (!target || typeof target.closest !== 'function') return;
      const session = sessionOf(target);
      if (!session || !session.surface.isSendControl(target)) return;
      if ((event as MouseEvent).button > 0) return;
      if (session.bypass) return;
      if (session.holding || session.shouldHold()) {
        stop(event);
        if (event.type === 'click') session.hold(target.closest('[role=button], [role=menuitem], button') ?? target);
        return;
      }
      if (event.type === 'mousedown') session.noteSendAttempt(false);
    } catch {
      // Fail open.
    }
  };

  const onKey = (event: KeyboardEvent) => {
    try {
      const target = targetOf(event);
      if (!target || typeof target.closest !== 'function' || event.isComposing) return;
      const session = deps.sessionFor(target);
      if (!session || session.bypass) return;
      const onSendControl = session.surface.isSendControl(target) && (event.key === 'Enter' || event.key === ' ');
      if (!onSendControl && !session.surface.isSendKey(event)) return;
      if (session.holding || session.shouldHold()) {
        stop(event);
        if (event.type === 'keydown' && !event.repeat) session.hold(onSendControl ? target : session.surface.sendButton());
        return;
      }
      if (event.type === 'keydown') session.noteSendAttempt(false);
    } catch {
      // Fail open.
    }
  };

  // A form's submit (LinkedIn's "Press Enter to send" submits the form).
  const onSubmit = (event: Event) => {
    try {
      const form = targetOf(event);
      if (!form) return;
      const session = deps.sessionFor(form);
      if (!session || session.bypass || !session.surface.isSendControl(form)) return;
      if (session.holding || session.shouldHold()) {
        stop(event);
        session.hold(session.surface.sendButton());
        return;
      }
      session.noteSendAttempt(false);
    } catch {
      // Fail open.
    }
  };

  const options = { capture: true, signal };
  win.addEventListener('submit', onSubmit, options);
  for (const type of MOUSE) win.addEventListener(type, onMouse, options);
  win.addEventListener('keydown', onKey, options);
  win.addEventListener('keyup', onKey, options);
  win.addEventListener('keypress', onKey, options);
}
