/**
 * One compose, from the moment it appears until it closes: reads the draft as the user types, has
 * the background judge it, shows the judgement (session-view.ts), decides what a send does, and
 * logs the send when it really leaves (send-watch.ts). Everything is torn down through one
 * AbortController.
 *
 * The judgement runs in the background, so it arrives a moment after each change. A send of the
 * draft last judged is decided at once; a send of a draft changed since waits for its judgement
 * (at most SEND_WAIT_MS) and then goes through, or is held if the new judgement says so. Any fault
 * lets the send go through.
 */
import { extensionAlive } from '../platform/browser.ts';
import { MAX_BODY_CHARS } from '../scorer/limits.ts';
import type { ScoreResult } from '../scorer/types.ts';
import type { ComposeSurface, Draft } from '../sites/types.ts';
import type { Send } from '../messaging/client.ts';
import type { SendLogEntry } from './send-log.ts';
import type { SendPort } from './send-port.ts';
import { SendWatch } from './send-watch.ts';
import { SessionView } from './session-view.ts';
import { watchThread } from './thread-recorder.ts';
import { wirePeople } from './wire-person.ts';
import { guardReason } from './ui/words.ts';

/** The conversation's address for the log, when the site gives one (never in the way of the send). */
function conversationUrlOf(surface: ComposeSurface): { url?: string } {
  try {
    const url = surface.conversationUrl?.();
    return url ? { url: url.slice(0, 2_000) } : {};
  } catch {
    return {};
  }
}

/** Debounce after a keystroke before asking for a judgement (the indicator updates well within 500 ms). */
const SCORE_DELAY_MS = 120;
/** The longest a send waits for the judgement of a draft changed since it was last judged. */
const SEND_WAIT_MS = 3_000;
/** The longest we wait for the background to judge a draft before hiding the indicator. */
const SCORE_TIMEOUT_MS = 4_000;
/** After a failed judgement (the worker was stopped mid-way), ask again this much later, doubling. */
const RETRY_MS = 300;
const RETRIES = 6;

export interface SessionDeps {
  send: Send;
  log(entry: SendLogEntry): void;
  changed(session: ComposeSession): void;
  /** Thread ids already recorded on this page, so each message is recorded once. */
  recorded: Set<string>;
  /** In a popped-out compose's window, which closes as it sends: sends are armed with the background. */
  port?: SendPort | undefined;
}

/** What a send should do now: go, wait for the user's choice, or wait for the judgement. */
export type SendVerdict = 'pass' | 'hold' | 'wait';

const holds = (result: ScoreResult | null): boolean => result?.level === 'pushy' || result?.level === 'stop';

/** Identifies what was judged: the words, the subject and who it goes to. */
function keyOf(draft: Draft): string {
  return [draft.body.text, draft.subject, ...draft.recipients.map((r) => `${r.identity}\u0001${r.name ?? ''}`)].join('\u0000');
}

export class ComposeSession {
  readonly surface: ComposeSurface;
  private readonly deps: SessionDeps;
  private readonly abort = new AbortController();
  private readonly view: SessionView;
  private readonly watch: SendWatch;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;
  /** The latest judgement, the draft it judged and that draft's key. */
  private judged: { result: ScoreResult; draft: Draft; key: string } | null = null;
  /** The judgement being asked for, by draft key. */
  private inflight: { key: string; promise: Promise<ScoreResult | null> } | null = null;
  private seq = 0;
  private pausedNow = false;
  /** True while our own re-sent events are on their way to the site's Send control. */
  private bypassing = false;
  /** A send is waiting for the judgement of a changed draft; its other events are held too. */
  private waiting = false;
  private waitTimer: ReturnType<typeof setTimeout> | undefined;
  private judging = false;
  private heldBy: Element | null = null;
  private readonly muted = new Set<string>();

  constructor(surface: ComposeSurface, deps: SessionDeps) {
    this.surface = surface;
    this.deps = deps;
    this.view = new SessionView(surface, {
      mute: (rule) => this.mute(rule),
      unmute: (rule) => this.unmute(rule),
      pause: () => this.pause(),
      resume: () => this.resume(),
      edit: () => this.edit(),
      sendAnyway: () => this.sendAnyway(),
    });
    this.watch = new SendWatch(surface, deps.log, (sendId, sent) => deps.port?.settle(sendId, sent));
  }

  get closed(): boolean {
    return this.abort.signal.aborted;
  }

  /** The latest judgement (null before the first, or after a fault). */
  get result(): ScoreResult | null {
    return this.judged?.result ?? null;
  }

  get draft(): Draft | null {
    return this.judged?.draft ?? null;
  }

  /** "Not for this draft": no indicator, highlights or guard until the compose closes. */
  get paused(): boolean {
    return this.pausedNow;
  }

  /** True while our own "Send anyway" (or a judged send) is on its way to the site's Send control. */
  get bypass(): boolean {
    return this.bypassing;
  }

  start(): void {
    const { signal } = this.abort;
    this.view.mount(signal);
    // Typing, pasting and dropping in the editor, the subject or a recipient field all end in an
    // input event that bubbles to the compose root; recipient chips are watched below.
    this.surface.root.addEventListener('input', () => this.scheduleScore(), { signal });
    // A click that ends a send under way (Discard) is seen at once: a popped-out window closes under it.
    this.surface.root.addEventListener('click', () => this.watch.check(), { capture: true, signal });
    const observer = new MutationObserver(() => this.scheduleScore());
    for (const area of this.surface.recipientAreas()) observer.observe(area, { childList: true, subtree: true, attributes: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect());
    watchThread(this.surface, { send: this.deps.send, recorded: this.deps.recorded, onRecorded: () => void this.score(true) }, signal);
    void this.score();
  }

  scheduleScore(): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.score(), SCORE_DELAY_MS);
  }

  /**
   * Has the background judge the draft as it is now (again with `force`, after the history or the
   * settings changed). Resolves with that judgement, or null on any fault; never rejects.
   */
  score(force = false): Promise<ScoreResult | null> {
    if (this.closed) return Promise.resolve(null);
    clearTimeout(this.timer);
    let draft: Draft;
    try {
      draft = this.surface.readDraft();
    } catch (error) {
      console.debug('Pullback: could not read this draft', error);
      this.show(null);
      return Promise.resolve(null);
    }
    const key = keyOf(draft);
    if (!force && this.judged?.key === key) return Promise.resolve(this.judged.result);
    if (!force && this.inflight?.key === key) return this.inflight.promise;
    const seq = ++this.seq;
    const promise = this.deps
      .send(
        'draft.score',
        {
          // The scorer reads no further than this; a longer paste must not make the message invalid.
          text: draft.body.text.slice(0, MAX_BODY_CHARS),
          subject: draft.subject.slice(0, 2_000),
          lang: navigator.language.slice(0, 35),
          channel: this.surface.channel,
          recipients: wirePeople(draft.recipients).slice(0, 100),
        },
        SCORE_TIMEOUT_MS,
      )
      .then(
        (result) => {
          if (seq === this.seq && !this.closed) {
            this.retries = 0;
            this.show({ result, draft, key });
          }
          return result;
        },
        (error: unknown) => {
          // No judgement (background stopped, updated or failing): show nothing rather than a guess,
          // and ask again a little later, a few times.
          console.debug('Pullback: could not judge this draft', error);
          if (seq === this.seq && !this.closed) {
            this.show(null);
            if (this.retries < RETRIES && extensionAlive()) this.timer = setTimeout(() => void this.score(true), RETRY_MS * 2 ** this.retries++);
          }
          return null;
        },
      )
      .finally(() => {
        if (this.inflight?.promise === promise) this.inflight = null;
      });
    this.inflight = { key, promise };
    return promise;
  }

  private show(judged: ComposeSession['judged']): void {
    this.judged = judged;
    this.render();
    this.deps.changed(this);
  }

  private render(): void {
    if (this.closed) return;
    this.view.show({ result: this.result, draft: this.draft, paused: this.pausedNow, muted: this.muted });
  }

  private mute(rule: string): void {
    this.muted.add(rule);
    this.render();
    this.deps.send('rule.mute', { rule }).catch((error: unknown) => {
      // Not saved: show the rule again rather than a mute that did not happen.
      console.debug('Pullback: could not mute the rule', rule, error);
      this.muted.delete(rule);
      this.render();
    });
  }

  /** "Undo" after "Don't flag this again": the rule is on again, here and everywhere. */
  private unmute(rule: string): void {
    this.muted.delete(rule);
    this.render();
    this.deps.send('rule.unmute', { rule }).catch((error: unknown) => {
      console.debug('Pullback: could not switch the rule back on', rule, error);
      this.muted.add(rule);
      this.render();
    });
  }

  pause(): void {
    this.pausedNow = true;
    this.view.collapse();
    this.render();
    this.deps.changed(this);
    this.surface.editor.focus();
  }

  /** "Check it again" after "Don't check this draft". */
  resume(): void {
    this.pausedNow = false;
    this.render();
    this.deps.changed(this);
  }

  // --- the Send guard -------------------------------------------------------------------------

  /** What a send now should do. Any fault answers `pass`: the send goes through. */
  sendVerdict(): SendVerdict {
    try {
      if (this.pausedNow || this.bypassing || this.closed || !extensionAlive()) return 'pass';
      if (this.view.guardOpen) return 'hold';
      if (this.waiting) return 'wait';
      const draft = this.surface.readDraft();
      if (this.judged && this.judged.key === keyOf(draft)) return holds(this.judged.result) ? 'hold' : 'pass';
      // Changed since the last judgement: ask now, and hold this send's events until it comes.
      this.waiting = true;
      clearTimeout(this.waitTimer);
      this.waitTimer = setTimeout(() => (this.waiting = false), SEND_WAIT_MS * 2);
      void this.score();
      return 'wait';
    } catch {
      return 'pass';
    }
  }

  get holding(): boolean {
    return this.view.guardOpen;
  }

  /** Show "Edit / Send anyway"; `trigger` is what the user activated (Send or Schedule send). */
  hold(trigger: Element | null, judged = this.judged): void {
    if (!judged) return;
    this.heldBy = trigger;
    this.view.openGuard(judged.result, judged.draft);
  }

  /**
   * The send waited for a judgement: hold it if the judgement says so (or, when none comes in
   * time, if the last one did), otherwise send it through the site's own control.
   */
  async sendWhenJudged(trigger: Element | null): Promise<void> {
    if (this.judging) return;
    this.judging = true;
    let held = false;
    try {
      const before = this.judged;
      const timeout = new Promise<null>((done) => setTimeout(() => done(null), SEND_WAIT_MS));
      const result = await Promise.race([this.score(), timeout]);
      // No judgement in time: the last one still stands if it held (a "no" does not expire with an edit).
      held = holds(result ?? before?.result ?? null) && !this.pausedNow && !this.closed && extensionAlive();
      if (held) this.hold(trigger, result ? undefined : before);
    } catch {
      held = false;
    } finally {
      this.judging = false;
      this.waiting = false;
      clearTimeout(this.waitTimer);
    }
    if (!held) this.sendThrough(trigger, false);
  }

  edit(): void {
    this.view.closeGuard();
    this.surface.editor.focus();
  }

  sendAnyway(): void {
    const trigger = this.heldBy;
    this.view.closeGuard();
    this.sendThrough(trigger, true);
  }

  /** Send through the site's own control, exactly once, with our guard stepping aside for it. */
  private sendThrough(trigger: Element | null, overridden: boolean): void {
    const target = trigger?.isConnected ? trigger : this.surface.sendButton();
    this.noteSendAttempt(overridden);
    this.letThrough();
    setTimeout(() => {
      if (!target) return;
      this.bypassing = true;
      try {
        for (const type of ['mousedown', 'mouseup', 'click']) {
          target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, view: this.surface.root.ownerDocument.defaultView }));
        }
      } finally {
        this.bypassing = false;
      }
    }, 0);
  }

  // --- the log --------------------------------------------------------------------------------

  /** A send is under way: log it if the compose closes without the site refusing it. */
  noteSendAttempt(overridden = false): void {
    try {
      const draft = this.surface.readDraft();
      const result = this.result;
      const recipients = wirePeople(draft.recipients).slice(0, 200);
      if (!recipients.length) return;
      const sendId = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
      this.watch.start({
        sendId,
        at: Date.now(),
        channel: this.surface.channel,
        subject: draft.subject.slice(0, 1_000),
        excerpt: draft.body.text.slice(0, 1_000),
        level: result?.level ?? null,
        score: result?.score ?? null,
        overridden: overridden && holds(result),
        ...(overridden && holds(result) && result ? { reason: guardReason(result) } : {}),
        recipients,
        ...conversationUrlOf(this.surface),
      });
    } catch (error) {
      // Logging is best effort; the send itself is the site's.
      console.debug('Pullback: could not note this send', error);
    }
  }

  /**
   * The event that sends has been let through to the site: in a popped-out window, arm the send
   * with the background now, as the window may close before anything else of ours runs.
   */
  letThrough(): void {
    if (!this.deps.port) return;
    if (!this.watch.active) this.noteSendAttempt(false);
    const entry = this.watch.entry;
    if (entry) this.deps.port.arm(entry);
  }

  /** True while a send is being watched (the session outlives its compose until it is logged). */
  get sending(): boolean {
    return this.watch.active;
  }

  checkSend(): void {
    this.watch.check();
  }

  destroy(): void {
    if (this.closed) return;
    this.abort.abort();
    clearTimeout(this.timer);
    clearTimeout(this.waitTimer);
    this.watch.stop();
    this.view.destroy();
  }
}
