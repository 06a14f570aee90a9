import { useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/client.ts';
import type { ImportPreview } from '../../db/types.ts';
import {
  ALL_RULES,
  BUILT_IN_EXTRA_RULES,
  SOURCES,
  ruleTextKey,
  DEFAULT_LIMITS,
  LIMIT_BOUNDS,
  LIMIT_REASONS,
  type CustomPhrase,
  type Limits,
} from '../../scorer/index.ts';
import { MAX_CUSTOM_PHRASES, MAX_RETENTION_MONTHS, type Settings } from '../../settings/settings.ts';
import { loadSettings, saveSettings, watchSettings } from '../../settings/storage.ts';
import { t } from '../shared/i18n.ts';
import { download, touchesCsv } from '../shared/csv.ts';
import { SyncSection } from './sync-section.tsx';

type NumericLimit = keyof typeof LIMIT_BOUNDS;
const NUMERIC: NumericLimit[] = ['maxUnanswered', 'minDaysBetween', 'maxPer30Days', 'notNowDays'];
const CATEGORIES: CustomPhrase['category'][] = ['pressure', 'guilt', 'empty-bump', 'presumptive', 'self-serving', 'shouting', 'value'];
const RULES = [...ALL_RULES, ...BUILT_IN_EXTRA_RULES];

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
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={text}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={`${id}-why`}
        onInput={(e) => {
          const v = (e.target as HTMLInputElement).value;
          setText(v);
          const parsed = Number(v);
          if (v.trim() !== '' && Number.isInteger(parsed) && parsed >= min && parsed <= max) onSave(parsed);
        }}
      />
      <span class="default">{t('limitDefault', String(DEFAULT_LIMITS[name]))}</span>
      {error && (
        <span class="error" role="alert">
          {error}
        </span>
      )}
      <p class="why" id={`${id}-why`}>
        {LIMIT_REASONS[name]}
      </p>
    </div>
  );
}

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [phrase, setPhrase] = useState('');
  const [category, setCategory] = useState<CustomPhrase['category']>('pressure');
  const [preview, setPreview] = useState<{ data: unknown; preview: ImportPreview } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmAll, setConfirmAll] = useState('');

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return <main aria-busy="true" />;

  const save = (patch: Partial<Settings>) => saveSettings(patch).then(setSettings);
  const setLimit = (name: keyof Limits, value: number | boolean) => save({ limits: { ...settings.limits, [name]: value } });
  const disabled = new Set(settings.disabledRules);

  const exportJson = async () => {
    const data = await send('data.export', {}, 60_000);
    download(`pullback-history-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify({ ...data, settings }, null, 1), 'application/json');
  };
  const exportCsv = async () => {
    const data = await send('data.export', {}, 60_000);
    download(`pullback-touches-${new Date().toISOString().slice(0, 10)}.csv`, touchesCsv(data), 'text/csv');
  };
  const chooseImport = async (file: File | undefined) => {
    setMessage(null);
    setPreview(null);
    if (!file) return;
    try {
      const parsed = JSON.parse(await file.text()) as Record<string, unknown>;
      const { settings: _ignored, ...data } = parsed;
      setPreview({ data, preview: await send('data.import', { data: data as never, apply: false }, 60_000) });
    } catch (error) {
      setMessage(t('importInvalid', (error as Error).message));
    }
  };
  const applyImport = async () => {
    if (!preview) return;
    try {
      await send('data.import', { data: preview.data as never, apply: true }, 120_000);
      setMessage(t('importDone'));
    } catch (error) {
      setMessage(t('importInvalid', (error as Error).message));
    }
    setPreview(null);
  };

  return (
    <main>
      <h1>
        <img src="/icons/icon-48.png" alt="" width={28} height={28} />
        {t('optionsTitle')}
      </h1>
      <p class="muted">{t('optionsIntro')}</p>

      <section aria-labelledby="cadence">
        <h2 id="cadence">{t('optionsCadence')}</h2>
        {NUMERIC.map((name) => (
          <LimitField key={name} name={name} value={settings.limits[name]} onSave={(v) => void setLimit(name, v)} />
        ))}
        <div class="field">
          <label>
            <input type="checkbox" checked={settings.limits.respectNo} onChange={(e) => void setLimit('respectNo', (e.target as HTMLInputElement).checked)} />{' '}
            {t('limit_respectNo')}
          </label>
          <p class="why">{LIMIT_REASONS.respectNo}</p>
        </div>
      </section>

      <section aria-labelledby="tone">
        <h2 id="tone">{t('optionsTone')}</h2>
        <fieldset>
          <legend>{t('optionsSensitivity')}</legend>
          {(['gentle', 'balanced', 'strict'] as const).map((s) => (
            <label key={s} class="radio">
              <input type="radio" name="sensitivity" value={s} checked={settings.sensitivity === s} onChange={() => void save({ sensitivity: s })} />{' '}
              {t(`sensitivity_${s}`)}
            </label>
          ))}
        </fieldset>
        <h3>{t('optionsRules')}</h3>
        <ul class="rules">
          {RULES.map((rule) => (
            <li key={rule.id}>
              <label>
                <input
                  type="checkbox"
                  data-rule={rule.id}
                  checked={!disabled.has(rule.id)}
                  onChange={(e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    void save({ disabledRules: on ? settings.disabledRules.filter((r) => r !== rule.id) : [...settings.disabledRules, rule.id] });
                  }}
                />{' '}
                <strong>{t(`category_${rule.category.replace('-', '_')}`)}</strong> <code>{rule.id}</code>
                {disabled.has(rule.id) && <span class="off"> {t('ruleOff')}</span>}
              </label>
              <p class="why">
                {t(ruleTextKey(rule.id, 'why'))} <span class="source">({SOURCES[rule.source]})</span>
              </p>
            </li>
          ))}
        </ul>
        <h3>{t('optionsCustom')}</h3>
        <form
          class="inline"
          onSubmit={(e) => {
            e.preventDefault();
            const p = phrase.trim();
            if (p.length < 2 || settings.customPhrases.length >= MAX_CUSTOM_PHRASES) return;
            void save({ customPhrases: [...settings.customPhrases, { phrase: p, category }] }).then(() => setPhrase(''));
          }}
        >
          <input
            aria-label={t('customPhrase')}
            placeholder={t('customPhrase')}
            maxLength={100}
            value={phrase}
            onInput={(e) => setPhrase((e.target as HTMLInputElement).value)}
          />
          <select
            aria-label={t('customCategory')}
            value={category}
            onChange={(e) => setCategory((e.target as HTMLSelectElement).value as CustomPhrase['category'])}
          >
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category_${c.replace('-', '_')}`)}
              </option>
            ))}
          </select>
          <button type="submit">{t('customAdd')}</button>
        </form>
        <ul class="custom" data-testid="custom-phrases">
          {settings.customPhrases.map((c, i) => (
            <li key={`${c.phrase}-${i}`}>
              “{c.phrase}” · {t(`category_${c.category.replace('-', '_')}`)}{' '}
              <button type="button" onClick={() => void save({ customPhrases: settings.customPhrases.filter((_, j) => j !== i) })}>
                {t('customRemove')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="data">
        <h2 id="data">{t('optionsData')}</h2>
        <p class="muted">{t('optionsDataIntro')}</p>
        <div class="actions">
          <button type="button" data-action="export-json" onClick={() => void exportJson()}>
            {t('exportJson')}
          </button>
          <button type="button" data-action="export-csv" onClick={() => void exportCsv()}>
            {t('exportCsv')}
          </button>
          <label class="file">
            {t('importJson')}{' '}
            <input
              type="file"
              accept="application/json,.json"
              data-action="import"
              onChange={(e) => void chooseImport((e.target as HTMLInputElement).files?.[0])}
            />
          </label>
        </div>
        {preview && (
          <div class="preview" role="region" aria-label={t('importPreview')} data-testid="import-preview">
            <p>
              {t('importSummary', [
                String(preview.preview.contacts.added),
                String(preview.preview.contacts.updated),
                String(preview.preview.touches.added),
                String(preview.preview.inbound.added),
              ])}
            </p>
            <button type="button" class="primary" data-action="apply-import" onClick={() => void applyImport()}>
              {t('importApply')}
            </button>{' '}
            <button type="button" onClick={() => setPreview(null)}>
              {t('cancel')}
            </button>
          </div>
        )}
        {message && (
          <p role="status" data-testid="data-message">
            {message}
          </p>
        )}
        <div class="field">
          <label for="retention">{t('retention')}</label>
          <input
            id="retention"
            type="number"
            min={0}
            max={MAX_RETENTION_MONTHS}
            value={settings.retentionMonths}
            onInput={(e) => {
              const v = Number((e.target as HTMLInputElement).value);
              if (Number.isInteger(v) && v >= 0 && v <= MAX_RETENTION_MONTHS) void save({ retentionMonths: v });
            }}
          />
          <p class="why">{t('retentionWhy')}</p>
        </div>
        <div class="danger">
          <label for="confirm-all">{t('deleteAllConfirm')}</label>
          <input id="confirm-all" value={confirmAll} onInput={(e) => setConfirmAll((e.target as HTMLInputElement).value)} />
          <button
            type="button"
            data-action="delete-all"
            disabled={confirmAll !== 'delete everything'}
            onClick={() =>
              void send('data.deleteAll', { confirm: 'delete everything' }).then(() => {
                setConfirmAll('');
                setMessage(t('deleteAllDone'));
              })
            }
          >
            {t('deleteAll')}
          </button>
        </div>
      </section>
      <SyncSection />
    </main>
  );
}
