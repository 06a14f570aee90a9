import { t } from '../../platform/browser.ts';
import type { Level } from '../../scorer/types.ts';

export interface IndicatorProps {
  level: Level;
  line: string;
  expanded: boolean;
  /** "Don't check this draft" was chosen: the chip offers to check it again. */
  paused?: boolean;
  onToggle(): void;
}

/** The compact chip next to the compose: level colour and one short line. */
export function Indicator({ level, line, expanded, paused = false, onToggle }: IndicatorProps) {
  if (paused) {
    return (
      <button type="button" class="chip paused" data-part="indicator" data-paused="true" onClick={onToggle}>
        <span class="line">{t('chipPaused')}</span> · <span class="resume">{t('chipResume')}</span>
      </button>
    );
  }
  return (
    <button
      type="button"
      class={`chip level-${level}`}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      aria-label={t('indicatorLabel', line)}
      data-part="indicator"
      onClick={onToggle}
    >
      <span class="dot" aria-hidden="true" />
      <span class="line">{line}</span>
    </button>
  );
}
