/**
 * One compose, from the moment it appears until it closes: reads the draft as the user types,
 * scores it, draws the indicator, panel and highlights, holds a pushy send for a decision, and logs
 * the send when it really leaves. Everything is torn down through one AbortController.
 */
import { h, render } from 'preact';
import { extensionAlive } from '../platform/browser.ts';
import { scoreDraftWith, plainReply } from '../scorer/core.ts';
import { catalogueTexts } from '../scorer/rules/types.ts';
import { t } from '../platform/browser.ts';
import type { HistoryItem, ScoreResult, StatusItem } from '../scorer/types.ts';
import type { Settings } from '../settings/settings.ts';
import { ruleOptions } from '../settings/settings.ts';
import type { ComposeSurface, Draft, Person } from '../sites/types.ts';
import type { Send } from '../messaging/client.ts';
import type { SendLogEntry } from './send-log.ts';
import { GuardDialog } from './ui/guard-dialog.tsx';
import { spanRects, type Rect } from './ui/highlights.ts';
import { Indicator } from './ui/indicator.tsx';
import { Panel } from './ui/panel.tsx';
import { shortLine } from './ui/words.ts';
import { wirePeople } from './wire-person.ts';
import { adoptStyles, BASE_CSS, GUARD_CSS, INDICATOR_CSS, LAYER_CSS, pageTheme } from './ui/styles.ts';

/** Rule words in the user's language, from the extension's message catalogue. */
const RULE_TEXTS = catalogueTexts((key, subs) => t(key, subs));

/** Debounce after a keystroke before re-scoring (the indicator updates well within 500 ms). */
const SCORE_DELAY_MS = 120;
/** How long after a send we wait for the compose to close before deciding it did not go. */
const SEND_WATCH_MS = 20_000;

export interface SessionDeps {
  send: Send;
  settings(): Settings;
  log(entry: SendLogEntry): void;
  changed(session: ComposeSession): void;
  /** Thread ids already recorded on this page, so each message is recorded once. */
  recorded: Set<string>;
  now?(): number;
  /** Tests replace the scorer to make it fail (fail-open checks). */
  score?: typeof scoreDraftWith;
}

interface PendingSend {
  entry: SendLogEntry;
  started: number;
  marker: number;
}

function identityValue(identity: string): string {
  return identity.slice(identity.indexOf(':') + 1);
}

function makeHost(doc: Document, tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, BASE_CSS + css);
  return { host, root };
}

export class ComposeSession {
  readonly surface: ComposeSurface;
  result: ScoreResult | null = null;
  draft: Draft | null = null;
  paused = false;
  /** True while our own "Send anyway" click is on its way to the site's Send button. */
  bypass = false;
  private readonly deps: SessionDeps;
  private readonly abort = new AbortController();
  private readonly doc: Document;
  private readonly indicator: { host: HTMLElement; root: ShadowRoot };
  private readonly layer: { host: HTMLElement; root: ShadowRoot };
  private guard: { host: HTMLElement; root: ShadowRoot } | null = null;
  private expanded = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private context: { history: HistoryItem[]; status: StatusItem[] } = { history: [], status: [] };
  private contextKey = '';
  private pending: PendingSend | null = null;
  private watchTimer: ReturnType<typeof setInterval> | undefined;
  private muted = new Set<string>();
  private heldBy: Element | null = null;
  private rects: Rect[] = [];

  constructor(surface: ComposeSurface, deps: SessionDeps) {
    this.surface = surface;
    this.deps = deps;
    this.doc = surface.root.ownerDocument;
    this.indicator = makeHost(this.doc, 'pullback-indicator', INDICATOR_CSS);
    this.layer = makeHost(this.doc, 'pullback-layer', LAYER_CSS);
  }

  get closed(): boolean {
    return this.abort.signal.aborted;
  }

  start(): void {
    const { signal } = this.abort;
    const { editor, root } = this.surface;
    const theme = pageTheme(editor);
    this.indicator.host.dataset.theme = theme;
    this.layer.host.dataset.theme = theme;
    this.indicator.host.dataset.level = 'ok';
    this.placeIndicator();
    this.doc.body.append(this.layer.host);
    // Typing, pasting and dropping in the editor, the subject or a recipient field all end in an
    // input event that bubbles to the compose root; recipient chips are watched below.
    root.addEventListener('input', () => this.scheduleScore(), { signal });
    const observer = new MutationObserver(() => this.scheduleScore());
    for (const area of this.surface.recipientAreas()) observer.observe(area, { childList: true, subtree: true, attributes: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect());
    // Highlights follow scrolling, resizing and wrapping.
    const redraw = () => this.requestDraw();
    this.doc.defaultView?.addEventListener('scroll', redraw, { capture: true, passive: true, signal });
    this.doc.defaultView?.addEventListener('resize', redraw, { passive: true, signal });
    if (typeof ResizeObserver !== 'undefined') {
      const resize = new ResizeObserver(redraw);
      resize.observe(editor);
      signal.addEventListener('abort', () => resize.disconnect());
    }
    const thread = this.surface.threadArea?.();
    if (thread) {
      // Replies that arrive while the box is open are recorded too.
      let wait: ReturnType<typeof setTimeout> | undefined;
      const watch = new MutationObserver(() => {
        clearTimeout(wait);
        wait = setTimeout(() => this.recordThread(), 400);
      });
      watch.observe(thread, { childList: true, subtree: true });
      signal.addEventListener('abort', () => {
        clearTimeout(wait);
        watch.disconnect();
      });
    }
    this.recordThread();
    this.score();
  }

  /** The indicator sits in the light DOM next to the compose's Send group. */
  private placeIndicator(): void {
    const slot = this.surface.indicatorSlot();
    if (slot && this.indicator.host.parentNode !== slot.parent) slot.parent.insertBefore(this.indicator.host, slot.before);
  }

  private recordThread(): void {
    try {
      const items = this.surface
        .readThread()
        .filter((m) => !this.deps.recorded.has(`${m.id}|${m.person.identity}`) && m.id.length <= 300)
        .flatMap((m) => wirePeople([m.person]).map((person) => ({ ...m, person, channel: this.surface.channel, text: m.text.slice(0, 20_000) })))
        .slice(0, 200);
      if (!items.length) return;
      for (const m of items) this.deps.recorded.add(`${m.id}|${m.person.identity}`);
      this.deps
        .send('thread.record', { items })
        .then(() => {
          this.contextKey = '';
          this.score();
        })
        .catch(() => {
          for (const m of items) this.deps.recorded.delete(`${m.id}|${m.person.identity}`);
        });
    } catch {
      // A thread we cannot read is not a reason to break the compose.
    }
  }

  scheduleScore(): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.score(), SCORE_DELAY_MS);
  }

  private fetchContext(recipients: Person[]): void {
    const key = recipients.map((r) => r.identity).sort().join('\n');
    if (key === this.contextKey) return;
    this.contextKey = key;
    if (!recipients.length) {
      this.context = { history: [], status: [] };
      return;
    }
    this.deps
      .send('context.get', { people: wirePeople(recipients).slice(0, 100) })
      .then((context) => {
        if (this.contextKey !== key || this.closed) return;
        this.context = context;
        this.score();
      })
      .catch((error: unknown) => console.debug('Pullback: no history from the background (stopped, updated); judging the tone alone', error));
  }

  /** Read and score the draft now. Never throws; on a fault the indicator hides and nothing is held. */
  score(): ScoreResult | null {
    if (this.closed) return null;
    clearTimeout(this.timer);
    try {
      const draft = this.surface.readDraft();
      this.draft = draft;
      this.fetchContext(draft.recipients);
      const settings = this.deps.settings();
      this.result = (this.deps.score ?? scoreDraftWith)(plainReply, draft.body.text, {
        now: new Date((this.deps.now ?? Date.now)()).toISOString(),
        lang: navigator.language,
        channel: this.surface.channel,
        subject: draft.subject,
        recipients: draft.recipients.map((r) => ({ id: identityValue(r.identity), ...(r.name ? { name: r.name } : {}) })),
        history: this.context.history,
        status: this.context.status,
        limits: settings.limits,
        rules: ruleOptions(settings),
      }, RULE_TEXTS);
    } catch (error) {
      console.debug('Pullback: could not score this draft', error);
      this.result = null;
    }
    this.render();
    this.deps.changed(this);
    return this.result;
  }

  private render(): void {
    if (this.closed) return;
    const result = this.result;
    const hidden = !result || this.paused;
    this.placeIndicator();
    this.indicator.host.hidden = hidden;
    this.indicator.host.dataset.level = result?.level ?? 'ok';
    if (hidden) {
      render(null, this.indicator.root);
      this.expanded = false;
    } else {
      render(h(Indicator, { level: result.level, line: shortLine(result), expanded: this.expanded, onToggle: () => this.toggle() }), this.indicator.root);
    }
    this.requestDraw();
  }

  private toggle(): void {
    this.expanded = !this.expanded;
    this.render();
    if (!this.expanded) this.focusIndicator();
  }

  private focusIndicator(): void {
    (this.indicator.root.querySelector('button') as HTMLElement | null)?.focus();
  }

  private requestDraw(): void {
    if (this.frame || this.closed) return;
    const win = this.doc.defaultView;
    if (!win) return;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      this.drawLayer();
    });
  }

  /** Highlights and, when open, the panel: all in our own fixed layer. */
  private drawLayer(): void {
    if (this.closed) return;
    const result = this.result;
    const draft = this.draft;
    if (!result || !draft || this.paused) {
      render(null, this.layer.root);
      this.rects = [];
      return;
    }
    const spans = result.reasons.filter((r) => (r.weight ?? 0) > 0 && r.start !== null && r.end !== null).map((r) => ({ start: r.start!, end: r.end! }));
    this.rects = spanRects(draft.body, spans, this.surface.editor.getBoundingClientRect(), this.doc);
    const anchor = this.indicator.host.getBoundingClientRect();
    render(
      h('div', null, [
        ...this.rects.map((r, i) =>
          h('div', { key: `m${i}`, class: 'mark', 'data-part': 'highlight', style: { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` } }),
        ),
        this.expanded
          ? h(Panel, {
              key: 'panel',
              result,
              body: draft.body.text,
              anchor,
              muted: this.muted,
              onClose: () => this.toggle(),
              onMute: (rule: string) => this.mute(rule),
              onPause: () => this.pause(),
            })
          : null,
      ]),
      this.layer.root,
    );
  }

  private mute(rule: string): void {
    this.muted.add(rule);
    this.deps.send('rule.mute', { rule }).catch((error: unknown) => console.debug('Pullback: the mute holds for this draft only; the background did not save it', error));
    this.requestDraw();
  }

  /** "Not for this draft": hide the indicator and let this draft send without asking. */
  pause(): void {
    this.paused = true;
    this.expanded = false;
    this.render();
    this.surface.editor.focus();
  }

  // --- the Send guard -------------------------------------------------------------------------

  /** Whether a send now should wait for the user. Any fault answers no: the send goes through. */
  shouldHold(): boolean {
    try {
      if (this.paused || this.bypass || this.closed || !extensionAlive()) return false;
      const result = this.score();
      return result?.level === 'pushy' || result?.level === 'stop';
    } catch {
      return false;
    }
  }

  get holding(): boolean {
    return this.guard !== null;
  }

  /** Show "Edit / Send anyway"; `trigger` is what the user activated (Send or Schedule send). */
  hold(trigger: Element | null): void {
    if (this.guard || !this.result || !this.draft) return;
    this.heldBy = trigger;
    this.guard = makeHost(this.doc, 'pullback-guard', GUARD_CSS);
    this.guard.host.dataset.theme = this.indicator.host.dataset.theme ?? 'light';
    this.guard.host.dataset.level = this.result.level;
    this.doc.body.append(this.guard.host);
    render(
      h(GuardDialog, { result: this.result, body: this.draft.body.text, onEdit: () => this.edit(), onSendAnyway: () => this.sendAnyway() }),
      this.guard.root,
    );
  }

  private closeGuard(): void {
    if (!this.guard) return;
    render(null, this.guard.root);
    this.guard.host.remove();
    this.guard = null;
  }

  edit(): void {
    this.closeGuard();
    this.surface.editor.focus();
  }

  /** Send through the site's own control, exactly once, with our guard stepping aside for it. */
  sendAnyway(): void {
    const trigger = this.heldBy?.isConnected ? this.heldBy : this.surface.sendButton();
    this.closeGuard();
    this.noteSendAttempt(true);
    setTimeout(() => {
      if (!trigger) return;
      this.bypass = true;
      try {
        for (const type of ['mousedown', 'mouseup', 'click']) {
          trigger.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, view: this.doc.defaultView }));
        }
      } finally {
        this.bypass = false;
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
      this.pending = {
        started: Date.now(),
        marker: this.surface.sendMarker(),
        entry: {
          sendId,
          at: (this.deps.now ?? Date.now)(),
          channel: this.surface.channel,
          subject: draft.subject.slice(0, 1_000),
          excerpt: draft.body.text.slice(0, 1_000),
          level: result?.level ?? null,
          score: result?.score ?? null,
          overridden: overridden && (result?.level === 'pushy' || result?.level === 'stop'),
          recipients,
        },
      };
      clearInterval(this.watchTimer);
      this.watchTimer = setInterval(() => this.checkSend(), 150);
    } catch {
      // Logging is best effort; the send itself is the site's.
    }
  }

  /** True while a send is being watched (the session outlives its compose until it is logged). */
  get sending(): boolean {
    return this.pending !== null;
  }

  checkSend(): void {
    const pending = this.pending;
    if (!pending) return;
    if (this.surface.sendRefused() || Date.now() - pending.started > SEND_WATCH_MS) {
      this.pending = null;
      clearInterval(this.watchTimer);
    } else if (this.surface.sentSince(pending.marker)) {
      this.pending = null;
      clearInterval(this.watchTimer);
      this.deps.log(pending.entry);
    }
  }

  destroy(): void {
    if (this.closed) return;
    this.abort.abort();
    clearTimeout(this.timer);
    clearInterval(this.watchTimer);
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.closeGuard();
    render(null, this.indicator.root);
    render(null, this.layer.root);
    this.indicator.host.remove();
    this.layer.host.remove();
  }
}
