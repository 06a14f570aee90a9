import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../platform/browser.ts';
import type { Reason, ScoreResult } from '../../scorer/types.ts';
import { LEVEL_TITLE, personLine, pushingReasons, shortLine } from './words.ts';

export interface PanelProps {
  result: ScoreResult;
  body: string;
  /** Where to draw it (viewport coordinates of the indicator). */
  anchor: DOMRect;
  muted: ReadonlySet<string>;
  onClose(): void;
  onMute(rule: string): void;
  onPause(): void;
}

function phraseOf(reason: Reason, body: string): string | null {
  return reason.start !== null && reason.end !== null ? body.slice(reason.start, reason.end) : null;
}

/** Where the panel goes: above the indicator when there is room, else below; always on screen. */
function place(anchor: DOMRect): { left: number; top?: number; bottom?: number; maxHeight: number } {
  const width = 360;
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
  // No taller than the room on its side (Outlook's Send sits at the top of a compose, so the panel often opens below).
  if (anchor.top > window.innerHeight / 2) return { left, bottom: window.innerHeight - anchor.top + 8, maxHeight: Math.max(120, anchor.top - 16) };
  const top = anchor.bottom + 8;
  return { left, top, maxHeight: Math.max(120, window.innerHeight - top - 8) };
}

/** Why the draft was flagged: each reason in plain words, the phrase, the better move. */
export function Panel({ result, body, anchor, muted, onClose, onMute, onPause }: PanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const reasons = pushingReasons(result);
  const helps = result.reasons.filter((r) => (r.weight ?? 0) < 0 && r.start !== null).map((r) => phraseOf(r, body)!);
  const pos = place(anchor);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
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
        {t(LEVEL_TITLE[result.level])}
      </h2>
      <p class="summary">{shortLine(result)}</p>
      {reasons.length === 0 && <p>{t('panelNothing')}</p>}
      <ul>
        {reasons.map((reason, i) => {
          const phrase = phraseOf(reason, body);
          const isMuted = muted.has(reason.rule);
          return (
            <li class="reason" key={`${reason.rule}-${reason.start ?? i}`} data-rule={reason.rule}>
              {phrase && <div class="phrase">“{phrase}”</div>}
              <div>{reason.message}</div>
              {reason.suggestion && <div class="move">{t('panelBetterMove', reason.suggestion)}</div>}
              {phrase &&
                !reason.rule.startsWith('custom.') &&
                (isMuted ? (
                  <div class="move">{t('panelMuted')}</div>
                ) : (
                  <button type="button" class="link" data-action="mute" onClick={() => onMute(reason.rule)}>
                    {t('panelMute')}
                  </button>
                ))}
            </li>
          );
        })}
      </ul>
      {helps.length > 0 && <p class="move">{t('panelHelps', helps.map((h) => `“${h}”`).join(', '))}</p>}
      {(result.people ?? [])
        .filter((p) => p.sent > 0 || p.lastReply)
        .map((p) => (
          <div class="person" key={p.id}>
            {personLine(p)}
          </div>
        ))}
      <div class="actions">
        <button type="button" class="plain" data-action="pause" onClick={onPause}>
          {t('panelPause')}
        </button>
      </div>
    </div>
  );
}
