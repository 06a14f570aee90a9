import { useState } from 'preact/hooks';
import { ALL_RULES, BUILT_IN_EXTRA_RULES, SOURCES, ruleTextKey, type CustomPhrase } from '../../scorer/index.ts';
import type { ToneRule } from '../../scorer/rules/types.ts';
import type { SourceKey } from '../../scorer/rules/sources.ts';
import { MAX_CUSTOM_PHRASES } from '../../settings/settings.ts';
import { t } from '../shared/i18n.ts';
import type { SectionProps } from './section.ts';
import { SOURCE_LINKS } from './sources.ts';

const CATEGORIES: CustomPhrase['category'][] = ['pressure', 'guilt', 'empty-bump', 'presumptive', 'self-serving', 'shouting', 'value'];
const RULES: ToneRule[] = [...ALL_RULES, ...BUILT_IN_EXTRA_RULES];
const SENSITIVITIES = ['gentle', 'balanced', 'strict'] as const;
const categoryName = (c: string) => t(`category_${c.replace('-', '_')}`);

/** Rules for the user's language (and for any language: capitals, "!!!"), and the rest apart. */
const isOtherLanguage = (r: ToneRule) => r.lang !== 'en' && r.lang !== 'und';
/** The sources cited, numbered once in the order they first appear. */
const CITED: SourceKey[] = [...new Set(RULES.map((r) => r.source))].filter((s) => s !== 'user');

function RuleGroups({ rules, disabled, toggle }: { rules: ToneRule[]; disabled: Set<string>; toggle(id: string, on: boolean): void }) {
  return (
    <>
      {CATEGORIES.map((category) => {
        const inGroup = rules.filter((r) => r.category === category);
        if (!inGroup.length) return null;
        return (
          <fieldset class="rule-group" key={category} data-category={category}>
            <legend>{categoryName(category)}</legend>
            <ul class="rules">
              {inGroup.map((rule) => (
                <li key={rule.id}>
                  <label class="check">
                    <input
                      type="checkbox"
                      data-rule={rule.id}
                      checked={!disabled.has(rule.id)}
                      onChange={(e) => toggle(rule.id, (e.target as HTMLInputElement).checked)}
                    />
                    <span>
                      {t(ruleTextKey(rule.id, 'why'))}{' '}
                      <sup class="cite">
                        <a href={`#source-${rule.source}`} aria-label={t('optionsSourceLabel', String(CITED.indexOf(rule.source) + 1))}>
                          {CITED.indexOf(rule.source) + 1}
                        </a>
                      </sup>
                      {disabled.has(rule.id) && <span class="off"> {t('ruleOff')}</span>}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </>
  );
}

/** How strict to be about tone: sensitivity explained, the rules grouped under human names, the user's own phrases. */
export function RulesSection({ settings, save }: SectionProps) {
  const [phrase, setPhrase] = useState('');
  const [category, setCategory] = useState<CustomPhrase['category']>('pressure');
  const [phraseError, setPhraseError] = useState<string | null>(null);
  const [showRules, setShowRules] = useState(false);
  const disabled = new Set(settings.disabledRules);
  const toggle = (id: string, on: boolean) =>
    void save({ disabledRules: on ? settings.disabledRules.filter((r) => r !== id) : [...settings.disabledRules, id] });
  const mine = RULES.filter((r) => !isOtherLanguage(r));
  const others = RULES.filter(isOtherLanguage);
  const offCount = RULES.filter((r) => disabled.has(r.id)).length;

  return (
    <section aria-labelledby="tone">
      <h2 id="tone">{t('optionsTone')}</h2>
      <fieldset>
        <legend>{t('optionsSensitivity')}</legend>
        {SENSITIVITIES.map((s) => (
          <label key={s} class="radio">
            <input type="radio" name="sensitivity" value={s} checked={settings.sensitivity === s} onChange={() => void save({ sensitivity: s })} />
            <span>
              <strong>{t(`sensitivity_${s}`)}</strong>
              <span class="why"> {t(`sensitivityWhy_${s}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <h3>{t('optionsRules')}</h3>
      <p class="muted">{t('optionsRulesIntro', [String(RULES.length), String(offCount)])}</p>
      <button type="button" aria-expanded={showRules} aria-controls="rule-list" data-action="show-rules" onClick={() => setShowRules(!showRules)}>
        {showRules ? t('optionsRulesHide') : t('optionsRulesShow')}
      </button>
      {showRules && (
        <div id="rule-list">
          <RuleGroups rules={mine} disabled={disabled} toggle={toggle} />
          <details class="other-languages">
            <summary>{t('optionsRulesOtherLanguages', String(others.length))}</summary>
            <RuleGroups rules={others} disabled={disabled} toggle={toggle} />
          </details>
          <h4>{t('optionsSources')}</h4>
          <ol class="sources">
            {CITED.map((s) => (
              <li key={s} id={`source-${s}`}>
                {SOURCE_LINKS[s] ? (
                  <a href={SOURCE_LINKS[s]} target="_blank" rel="noreferrer noopener">
                    {SOURCES[s]}
                  </a>
                ) : (
                  SOURCES[s]
                )}
              </li>
            ))}
          </ol>
        </div>
      )}

      <h3>{t('optionsCustom')}</h3>
      <form
        class="inline"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const p = phrase.trim();
          if (p.length < 2) return setPhraseError(t('customTooShort'));
          if (settings.customPhrases.length >= MAX_CUSTOM_PHRASES) return setPhraseError(t('customTooMany', String(MAX_CUSTOM_PHRASES)));
          if (settings.customPhrases.some((c) => c.phrase.toLowerCase() === p.toLowerCase())) return setPhraseError(t('customDuplicate'));
          setPhraseError(null);
          void save({ customPhrases: [...settings.customPhrases, { phrase: p, category }] }).then(() => setPhrase(''));
        }}
      >
        <input
          aria-label={t('customPhrase')}
          placeholder={t('customPhrase')}
          maxLength={100}
          value={phrase}
          aria-invalid={phraseError ? 'true' : 'false'}
          aria-describedby={phraseError ? 'phrase-error' : undefined}
          onInput={(e) => {
            setPhrase((e.target as HTMLInputElement).value);
            setPhraseError(null);
          }}
        />
        <select
          aria-label={t('customCategory')}
          value={category}
          onChange={(e) => setCategory((e.target as HTMLSelectElement).value as CustomPhrase['category'])}
        >
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryName(c)}
            </option>
          ))}
        </select>
        <button type="submit">{t('customAdd')}</button>
      </form>
      {phraseError && (
        <p class="error" role="alert" id="phrase-error">
          {phraseError}
        </p>
      )}
      <ul class="custom" data-testid="custom-phrases">
        {settings.customPhrases.map((c, i) => (
          <li key={`${c.phrase}-${i}`}>
            <span>
              “{c.phrase}” · {categoryName(c.category)}
            </span>{' '}
            <button type="button" onClick={() => void save({ customPhrases: settings.customPhrases.filter((_, j) => j !== i) })}>
              {t('customRemove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
