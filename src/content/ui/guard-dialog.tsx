import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../platform/browser.ts';
import type { ScoreResult } from '../../scorer/types.ts';
import { guardReason, personName, pushingReasons, titleOf } from './words.ts';

export interface GuardProps {
  result: ScoreResult;
  body: string;
  onEdit(): void;
  onSendAnyway(): void;
}

/** "Send anyway / Edit": shown before a pushy draft, or one to someone who said no, goes. */
export function GuardDialog({ result, body, onEdit, onSendAnyway }: GuardProps) {
  const edit = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => edit.current?.focus(), []);
  const reasons = pushingReasons(result).slice(0, 3);
  const stop = result.level === 'stop';
  const declined = stop ? (result.people ?? []).find((p) => p.level === 'stop') : undefined;
  const title = stop
    ? declined
      ? t('guardTitleStop', personName(declined))
      : t('guardTitleStopGeneric')
    : guardReason(result) === 'cadence'
      ? t('guardTitleCadence', titleOf(result))
      : t('guardTitlePushy');
  // The better move for what is shown first, not for whatever the scorer listed first.
  const move = reasons.find((r) => r.suggestion)?.suggestion ?? result.suggestions[0];
  const onKey = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') onEdit();
    if (e.key === 'Tab') {
      // Keep focus inside the dialog.
      const buttons = [...(dialog.current?.querySelectorAll('button') ?? [])];
      const i = buttons.indexOf(e.target as HTMLButtonElement);
      e.preventDefault();
      buttons[(i + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length]?.focus();
    }
  };
  return (
    <div
      ref={dialog}
      class={`dialog level-${result.level}`}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="pb-guard-title"
      aria-describedby="pb-guard-body"
      onKeyDown={onKey}
    >
      <h2 id="pb-guard-title">
        <span class={`dot level-${result.level}`} aria-hidden="true" />
        {title}
      </h2>
      <div id="pb-guard-body" class="body">
        <p>{t('guardIntro')}</p>
        {reasons.map((r, i) => (
          <p key={i}>
            {r.start !== null && r.end !== null ? `“${body.slice(r.start, r.end)}”: ` : ''}
            {r.message}
          </p>
        ))}
        {move && <p class="move">{t('panelBetterMove', move)}</p>}
      </div>
      <div class="buttons">
        <button type="button" data-action="send-anyway" onClick={onSendAnyway}>
          {t('guardSendAnyway')}
        </button>
        <button type="button" ref={edit} data-action="edit" onClick={onEdit}>
          {t('guardEdit')}
        </button>
      </div>
    </div>
  );
}
