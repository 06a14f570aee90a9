import { useState } from 'preact/hooks';
import { DEFAULT_LIMITS } from '../../scorer/limits.ts';
import { browser } from '../../platform/browser.ts';
import { t } from '../shared/i18n.ts';

/** First run: what Pullback watches, that nothing leaves the device, the default limits, and a try-it link. */
export function Welcome() {
  const options = () => browser.runtime.openOptionsPage();
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard.writeText(t('welcomeSample')).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <main>
      <h1>
        <img src="/icons/icon-48.png" alt="" width={32} height={32} />
        {t('welcomeTitle')}
      </h1>
      <p>{t('welcomeWhat')}</p>
      <h2>{t('welcomePrivacyTitle')}</h2>
      <p>{t('welcomePrivacy')}</p>
      <h2>{t('welcomeLimitsTitle')}</h2>
      <ul data-testid="default-limits">
        <li>{t('welcomeLimitUnanswered', String(DEFAULT_LIMITS.maxUnanswered))}</li>
        <li>{t('welcomeLimitDays', String(DEFAULT_LIMITS.minDaysBetween))}</li>
        <li>{t('welcomeLimitMonth', String(DEFAULT_LIMITS.maxPer30Days))}</li>
        <li>{t('welcomeLimitNo')}</li>
        <li>{t('welcomeLimitNotNow', String(DEFAULT_LIMITS.notNowDays))}</li>
      </ul>
      <p>
        <button type="button" onClick={options}>
          {t('welcomeChangeLimits')}
        </button>
      </p>
      <h2>{t('welcomeTryTitle')}</h2>
      <p>{t('welcomeTry')}</p>
      <p class="sample" data-testid="sample">
        {t('welcomeSample')}
      </p>
      <p>
        <button type="button" onClick={copy}>
          {copied ? t('welcomeCopied') : t('welcomeCopy')}
        </button>{' '}
        <a href="https://mail.google.com/mail/u/0/#inbox?compose=new" target="_blank" rel="noreferrer">
          {t('welcomeOpenGmail')}
        </a>
      </p>
    </main>
  );
}
