import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../platform/browser.ts';
import type { Reason, ScoreResult } from '../../scorer/types.ts';
import { personLine, pushingReasons, shortLine, titleOf } from './words.ts';

export interface PanelProps {
  result: ScoreResult;
  body: string;
  /** Where to draw it (viewport coordinates of the indicator). */
  anchor: DOMRect;
  /** The draft's editor: the panel stays off it when the window has room beside it. */
  avoid?: DOMRect;
  muted: ReadonlySet<string>;
  onClose(): void;
  onMute(rule: string): void;
  onUnmute?(rule: string): void;
  onPause(): void;
}

const WIDTH = 360;

function phraseOf(reason: Reason, body: string): string | null {
  return reason.start !== null && reason.end !== null ? body.slice(reason.start, reason.end) : null;
}

/** A greeting or a single word is no example of what helps. */
function tellsSomething(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/u);
  return words.length >= 2 && !/^(hi|hello|hey|dear|hallo|hola)\b/iu.test(phrase.trim());
}

/**
 * Where the panel goes: beside the draft when there is room (so it does not cover what it explains),
 * else above the indicator when there is room, else below; always on screen, and no taller than the
 * room on its side (Outlook's Send sits at the top of a compose, so the panel often opens below).
 */
export function place(
  anchor: DOMRect,
  avoid: DOMRect | undefined,
  view: { width: number; height: number },
): { left: number; top?: number; bottom?: number; maxHeight: number } {
  if (avoid && avoid.width > 0) {
    // Level with the draft: grow up from its bottom when it sits low (a compose window), else down from its top.
    const vertical =
      avoid.bottom > view.height / 2
        ? { bottom: Math.max(8, view.height - avoid.bottom), maxHeight: Math.max(120, avoid.bottom - 16) }
        : { top: Math.max(8, avoid.top), maxHeight: Math.max(120, view.height - Math.max(8, avoid.top) - 8) };
    if (avoid.left - WIDTH - 16 >= 0) return { left: avoid.left - WIDTH - 8, ...vertical };
    if (avoid.right + WIDTH + 16 <= view.width) return { left: avoid.right + 8, ...vertical };
  }
  const left = Math.max(8, Math.min(anchor.left, view.width - WIDTH - 8));
  if (anchor.top > view.height / 2) return { left, bottom: view.height - anchor.top + 8, maxHeight: Math.max(120, anchor.top - 16) };
  const top = anchor.bottom + 8;
  return { left, top, maxHeight: Math.max(120, view.height - top - 8) };
}

/** Why the draft was flagged: each reason in plain words, the phrase, the better move. */
export function Panel({ result, body, anchor, avoid, muted, onClose, onMute, onUnmute, onPause }: PanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [asking, setAsking] = useState<string | null>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const reasons = pushingReasons(result);
  const inWords = reasons.filter((r) => r.start !== null);
  const context = reasons.filter((r) => r.start === null);
  const helps = [
    ...new Set(
      result.reasons
        .filter((r) => (r.weight ?? 0) < 0 && r.start !== null)
        .map((r) => phraseOf(r, body)!)
        .filter(tellsSomething),
    ),
  ];
  const pos = place(anchor, avoid, { width: window.innerWidth, height: window.innerHeight });
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };
  const item = (reason: Reason, i: number) => {
    const phrase = phraseOf(reason, body);
    const isMuted = muted.has(reason.rule);
    const mutable = phrase && !reason.rule.startsWith('custom.');
    return (
      <li class="reason" key={`${reason.rule}-${reason.start ?? i}-${reason.recipient ?? ''}`} data-rule={reason.rule}>
        {phrase && <div class="phrase">“{phrase}”</div>}
        <div>{reason.message}</div>
        {reason.suggestion && <div class="move">{t('panelBetterMove', reason.suggestion)}</div>}
        {mutable &&
          (isMuted ? (
            <div class="move" role="status">
              {t('panelMutedUndo')}{' '}
              {onUnmute && (
                <button type="button" class="link" data-action="unmute" onClick={() => onUnmute(reason.rule)}>
                  {t('panelUndo')}
                </button>
              )}
            </div>
          ) : asking === reason.rule ? (
            <div class="ask" data-part="mute-ask">
              {t('panelMuteAsk')}
              <div>
                <button
                  type="button"
                  class="plain"
                  data-action="mute-confirm"
                  onClick={() => {
                    setAsking(null);
                    onMute(reason.rule);
                  }}
                >
                  {t('panelMuteConfirm')}
                </button>
                <button type="button" class="plain" data-action="mute-cancel" onClick={() => setAsking(null)}>
                  {t('cancel')}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" class="link" data-action="mute" onClick={() => setAsking(reason.rule)}>
              {t('panelMute')}
            </button>
          ))}
      </li>
    );
  };
  return (
    <div
      ref={ref}
      class={`panel level-${result.level}`}
      role="dialog"
      aria-label={t('panelLabel')}
      tabIndex={-1}
      data-part="panel"
      style={{
        left: `${pos.left}px`,
        maxHeight: `min(70vh, 520px, ${pos.maxHeight}px)`,
        ...(pos.top !== undefined ? { top: `${pos.top}px` } : { bottom: `${pos.bottom}px` }),
      }}
      onKeyDown={onKey}
    >
      <button type="button" class="close" aria-label={t('panelClose')} onClick={onClose}>
        ×
      </button>
      <h2>
        <span class={`dot level-${result.level}`} aria-hidden="true" />
        {titleOf(result)}
      </h2>
      {shortLine(result) !== titleOf(result) && <p class="summary">{shortLine(result)}</p>}
      {reasons.length === 0 && <p>{t('panelNothing')}</p>}
      {inWords.length > 0 && context.length > 0 && <h3>{t('panelSectionWords')}</h3>}
      {inWords.length > 0 && <ul data-part="words">{inWords.map(item)}</ul>}
      {context.length > 0 && inWords.length > 0 && <h3>{t('panelSectionContext')}</h3>}
      {context.length > 0 && <ul data-part="context">{context.map(item)}</ul>}
      {onUnmute &&
        [...muted]
          .filter((rule) => !reasons.some((r) => r.rule === rule))
          .map((rule) => (
            // Muted here: the scorer no longer reports it, so the way back stays on the panel.
            <div class="move" role="status" key={`muted-${rule}`} data-muted={rule}>
              {t('panelMutedUndo')}{' '}
              <button type="button" class="link" data-action="unmute" onClick={() => onUnmute(rule)}>
                {t('panelUndo')}
              </button>
            </div>
          ))}
      {helps.length > 0 && <p class="move">{t('panelHelpsLine', helps.map((h) => `“${h}”`).join(', '))}</p>}
      {(result.people ?? [])
        .filter((p) => p.sent > 0 || p.lastReply)
        .map((p) => (
          <div class="person" key={p.id}>
            {personLine(p)}
          </div>
        ))}
      <div class="actions">
        <button type="button" class="plain" data-action="pause" onClick={onPause}>
          {t('panelPauseLabel')}
        </button>
      </div>
    </div>
  );
}
