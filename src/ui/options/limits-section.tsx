import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_LIMITS, LIMIT_BOUNDS, LIMIT_REASONS, type Limits } from '../../scorer/index.ts';
import { t } from '../shared/i18n.ts';
import type { SectionProps } from './section.ts';

type NumericLimit = keyof typeof LIMIT_BOUNDS;
const NUMERIC: NumericLimit[] = ['maxUnanswered', 'minDaysBetween', 'maxPer30Days', 'notNowDays'];

function LimitField({ name, value, onSave }: { name: NumericLimit; value: number; onSave(v: number): void }) {
  const [text, setText] = useState(String(value));
  const [min, max] = LIMIT_BOUNDS[name];
  useEffect(() => setText(String(value)), [value]);
  const n = Number(text);
  const error = text.trim() === '' || !Number.isInteger(n) ? t('limitWhole') : n < min || n > max ? t('limitRange', [String(min), String(max)]) : null;
  const id = `limit-${name}`;
  return (
    <div class="field">
      <label for={id}>{t(`limit_${name}`)}</label>
      <div class="row">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={text}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={`${id}-why${error ? ` ${id}-error` : ''}`}
          onInput={(e) => {
            const v = (e.target as HTMLInputElement).value;
            setText(v);
            const parsed = Number(v);
            if (v.trim() !== '' && Number.isInteger(parsed) && parsed >= min && parsed <= max) onSave(parsed);
          }}
        />
        <span class="default">{t('limitDefault', String(DEFAULT_LIMITS[name]))}</span>
      </div>
      {error && (
        <p class="error" role="alert" id={`${id}-error`}>
          {error}
        </p>
      )}
      <p class="why" id={`${id}-why`}>
        {LIMIT_REASONS[name]}
      </p>
    </div>
  );
}

/** How often to follow up: the cadence limits, each with its default and the reason behind it. */
export function LimitsSection({ settings, save }: SectionProps) {
  const setLimit = (name: keyof Limits, value: number | boolean) => save({ limits: { ...settings.limits, [name]: value } });
  return (
    <section aria-labelledby="cadence">
      <h2 id="cadence">{t('optionsCadence')}</h2>
      {NUMERIC.map((name) => (
        <LimitField key={name} name={name} value={settings.limits[name]} onSave={(v) => void setLimit(name, v)} />
      ))}
      <div class="field">
        <label class="check">
          <input type="checkbox" checked={settings.limits.respectNo} onChange={(e) => void setLimit('respectNo', (e.target as HTMLInputElement).checked)} />{' '}
          {t('limit_respectNo')}
        </label>
        <p class="why">{LIMIT_REASONS.respectNo}</p>
      </div>
      <div class="field">
        <label class="check">
          <input type="checkbox" checked={settings.badgeDue} onChange={(e) => void save({ badgeDue: (e.target as HTMLInputElement).checked })} />{' '}
          {t('optionsBadgeDue')}
        </label>
      </div>
    </section>
  );
}
