/**
 * What one compose shows: the indicator next to Send, the highlights and panel in a fixed layer
 * over the page, and the guard dialog. Each lives in its own shadow root; nothing is ever written
 * into the site's editor. The view only draws what it is given and reports the user's choices.
 */
import { h, render } from 'preact';
import type { ScoreResult } from '../scorer/types.ts';
import type { ComposeSurface, Draft } from '../sites/types.ts';
import { GuardDialog } from './ui/guard-dialog.tsx';
import { spanRects } from './ui/highlights.ts';
import { Indicator } from './ui/indicator.tsx';
import { Panel } from './ui/panel.tsx';
import { shortLine } from './ui/words.ts';
import { adoptStyles, BASE_CSS, GUARD_CSS, INDICATOR_CSS, LAYER_CSS, pageTheme } from './ui/styles.ts';

interface Host {
  host: HTMLElement;
  root: ShadowRoot;
}

export interface ViewActions {
  mute(rule: string): void;
  unmute(rule: string): void;
  pause(): void;
  resume(): void;
  edit(): void;
  sendAnyway(): void;
}

/** What the view draws: the latest judgement of the draft it was made for, unless paused. */
export interface ViewState {
  result: ScoreResult | null;
  draft: Draft | null;
  paused: boolean;
  muted: ReadonlySet<string>;
}

function makeHost(doc: Document, tag: string, css: string): Host {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, BASE_CSS + css);
  return { host, root };
}

export class SessionView {
  private readonly doc: Document;
  private readonly indicator: Host;
  private readonly layer: Host;
  private guard: Host | null = null;
  private expanded = false;
  private frame = 0;
  private state: ViewState = { result: null, draft: null, paused: false, muted: new Set() };

  constructor(
    private readonly surface: ComposeSurface,
    private readonly actions: ViewActions,
  ) {
    this.doc = surface.root.ownerDocument;
    this.indicator = makeHost(this.doc, 'pullback-indicator', INDICATOR_CSS);
    this.layer = makeHost(this.doc, 'pullback-layer', LAYER_CSS);
  }

  /** Puts the indicator and the layer on the page, and redraws the highlights as the page moves. */
  mount(signal: AbortSignal): void {
    const theme = pageTheme(this.surface.editor);
    this.indicator.host.dataset.theme = theme;
    this.layer.host.dataset.theme = theme;
    this.indicator.host.dataset.level = 'ok';
    // Hidden until the first judgement: an indicator says what it knows, never a guess.
    this.indicator.host.hidden = true;
    this.placeIndicator();
    this.doc.body.append(this.layer.host);
    const redraw = () => this.requestDraw();
    this.doc.defaultView?.addEventListener('scroll', redraw, { capture: true, passive: true, signal });
    this.doc.defaultView?.addEventListener('resize', redraw, { passive: true, signal });
    if (typeof ResizeObserver !== 'undefined') {
      const resize = new ResizeObserver(redraw);
      resize.observe(this.surface.editor);
      signal.addEventListener('abort', () => resize.disconnect());
    }
  }

  /** The indicator sits in the light DOM next to the compose's Send group. */
  private placeIndicator(): void {
    const slot = this.surface.indicatorSlot();
    if (slot && this.indicator.host.parentNode !== slot.parent) slot.parent.insertBefore(this.indicator.host, slot.before);
  }

  show(state: ViewState): void {
    this.state = state;
    const { result, paused } = state;
    const hidden = !result;
    this.placeIndicator();
    this.indicator.host.hidden = hidden;
    this.indicator.host.dataset.level = result?.level ?? 'ok';
    if (hidden) {
      render(null, this.indicator.root);
      this.expanded = false;
    } else if (paused) {
      // Paused for this draft: a quiet chip that offers the way back.
      render(h(Indicator, { level: 'ok', line: '', expanded: false, paused: true, onToggle: () => this.actions.resume() }), this.indicator.root);
      this.expanded = false;
    } else {
      render(h(Indicator, { level: result.level, line: shortLine(result), expanded: this.expanded, onToggle: () => this.toggle() }), this.indicator.root);
    }
    this.requestDraw();
  }

  /** Closes the panel (after "Not for this draft"). */
  collapse(): void {
    this.expanded = false;
  }

  private toggle(): void {
    this.expanded = !this.expanded;
    this.show(this.state);
    if (!this.expanded) (this.indicator.root.querySelector('button') as HTMLElement | null)?.focus();
  }

  requestDraw(): void {
    if (this.frame) return;
    const win = this.doc.defaultView;
    if (!win) return;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      this.drawLayer();
    });
  }

  /** Highlights and, when open, the panel: all in our own fixed layer. */
  private drawLayer(): void {
    const { result, draft, paused, muted } = this.state;
    if (!result || !draft || paused || !this.layer.host.isConnected) {
      render(null, this.layer.root);
      return;
    }
    const spans = result.reasons.filter((r) => (r.weight ?? 0) > 0 && r.start !== null && r.end !== null).map((r) => ({ start: r.start!, end: r.end! }));
    const rects = spanRects(draft.body, spans, this.surface.editor.getBoundingClientRect(), this.doc);
    render(
      h('div', null, [
        ...rects.map((r, i) =>
          h('div', {
            key: `m${i}`,
            class: 'mark',
            'data-part': 'highlight',
            style: { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` },
          }),
        ),
        this.expanded
          ? h(Panel, {
              key: 'panel',
              result,
              body: draft.body.text,
              anchor: this.indicator.host.getBoundingClientRect(),
              avoid: this.surface.editor.getBoundingClientRect(),
              muted,
              onClose: () => this.toggle(),
              onMute: (rule: string) => this.actions.mute(rule),
              onUnmute: (rule: string) => this.actions.unmute(rule),
              onPause: () => this.actions.pause(),
            })
          : null,
      ]),
      this.layer.root,
    );
  }

  get guardOpen(): boolean {
    return this.guard !== null;
  }

  /** "Edit / Send anyway" for this judgement of this draft. */
  openGuard(result: ScoreResult, draft: Draft): void {
    if (this.guard) return;
    this.guard = makeHost(this.doc, 'pullback-guard', GUARD_CSS);
    this.guard.host.dataset.theme = this.indicator.host.dataset.theme ?? 'light';
    this.guard.host.dataset.level = result.level;
    this.doc.body.append(this.guard.host);
    render(
      h(GuardDialog, { result, body: draft.body.text, onEdit: () => this.actions.edit(), onSendAnyway: () => this.actions.sendAnyway() }),
      this.guard.root,
    );
  }

  closeGuard(): void {
    if (!this.guard) return;
    render(null, this.guard.root);
    this.guard.host.remove();
    this.guard = null;
  }

  destroy(): void {
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.closeGuard();
    render(null, this.indicator.root);
    render(null, this.layer.root);
    this.indicator.host.remove();
    this.layer.host.remove();
  }
}
