import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/settings.ts';
import { loadSettings, saveSettings, watchSettings } from '../../settings/storage.ts';
import { t } from '../shared/i18n.ts';
import { DataSection } from './data-section.tsx';
import { LimitsSection } from './limits-section.tsx';
import { RulesSection } from './rules-section.tsx';
import type { SectionProps } from './section.ts';
import { SyncSection } from './sync-section.tsx';

/**
 * The page's sections, in order. Each is a component of its own; a new one (e.g. Sync) is mounted
 * by adding one line here.
 */
const SECTIONS: { id: string; Section: ComponentType<SectionProps> }[] = [
  { id: 'cadence', Section: LimitsSection },
  { id: 'tone', Section: RulesSection },
  { id: 'data', Section: DataSection },
  // Opt-in sync to the user's or team's own CouchDB (off by default; no request while off).
  { id: 'sync', Section: SyncSection },
];

/** What "Reset to defaults" puts back: limits, tone, switched-off rules. History and the user's own phrases stay. */
const RESET: Partial<Settings> = {
  limits: DEFAULT_SETTINGS.limits,
  sensitivity: DEFAULT_SETTINGS.sensitivity,
  disabledRules: DEFAULT_SETTINGS.disabledRules,
};

function ResetDefaults({ settings, save }: SectionProps) {
  const [step, setStep] = useState<'idle' | 'ask' | { undo: Partial<Settings> }>('idle');
  return (
    <section aria-labelledby="reset">
      <h2 id="reset">{t('resetTitle')}</h2>
      {step === 'idle' && (
        <button type="button" data-action="reset" onClick={() => setStep('ask')}>
          {t('resetButton')}
        </button>
      )}
      {step === 'ask' && (
        <div class="ask" role="group" aria-label={t('resetTitle')}>
          <p>{t('resetAsk')}</p>
          <button
            type="button"
            class="primary"
            data-action="reset-confirm"
            onClick={() => {
              const undo = { limits: settings.limits, sensitivity: settings.sensitivity, disabledRules: settings.disabledRules };
              void save(RESET).then(() => setStep({ undo }));
            }}
          >
            {t('resetConfirm')}
          </button>{' '}
          <button type="button" onClick={() => setStep('idle')}>
            {t('cancel')}
          </button>
        </div>
      )}
      {typeof step === 'object' && (
        <p role="status">
          {t('resetDone')}{' '}
          <button type="button" data-action="reset-undo" onClick={() => void save(step.undo).then(() => setStep('idle'))}>
            {t('panelUndo')}
          </button>
        </p>
      )}
    </section>
  );
}

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return <main aria-busy="true" />;

  const save = (patch: Partial<Settings>) => saveSettings(patch).then(setSettings);

  return (
    <main>
      <h1>
        <img src="/icons/icon-48.png" alt="" width={28} height={28} />
        {t('optionsTitle')}
      </h1>
      <p class="muted">{t('optionsIntro')}</p>
      {SECTIONS.map(({ id, Section }) => (
        <Section key={id} settings={settings} save={save} />
      ))}
      <ResetDefaults settings={settings} save={save} />
    </main>
  );
}
