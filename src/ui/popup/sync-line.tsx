/**
 * Sync in the popup (issue 14): when it last ran, or why it failed, with the way to the settings.
 * Asked for once, after the popup's first content is on screen (one small read of storage in the
 * background); while sync is off it shows nothing at all.
 */
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/client.ts';
import type { SyncView } from '../../messaging/protocol.ts';
import { browser } from '../../platform/browser.ts';
import { t } from '../shared/i18n.ts';
import { shortDate } from '../shared/format.ts';

const MINUTE = 60_000;

/** "just now", "5 min ago", "3 h ago", else the date. */
export function syncedAgo(at: number, now = Date.now()): string {
  const minutes = Math.floor((now - at) / MINUTE);
  if (minutes < 1) return t('syncJustNow');
  if (minutes < 60) return t('syncMinutesAgo', String(minutes));
  if (minutes < 24 * 60) return t('syncHoursAgo', String(Math.floor(minutes / 60)));
  return shortDate(at);
}

export function SyncLine() {
  const [view, setView] = useState<SyncView | null>(null);
  useEffect(() => {
    // After the first paint: the popup's own content never waits for this.
    const timer = setTimeout(() => {
      send('sync.status', {}).then(setView, (error: unknown) => console.debug('Pullback: no sync line in the popup', error));
    }, 0);
    return () => clearTimeout(timer);
  }, []);
  if (!view?.config) return null;
  const { state } = view;
  const settings = (
    <button type="button" class="link" data-action="sync-settings" onClick={() => void browser.runtime.openOptionsPage()}>
      {t('popupSyncSettings')}
    </button>
  );
  if (state.error)
    return (
      <p class="banner" role="alert" data-testid="sync-line">
        <strong>{t('popupSyncFailed', state.error)}</strong> {settings}
      </p>
    );
  return (
    <p class="muted sync-line" data-testid="sync-line">
      {state.lastSyncAt ? t('popupSyncedAt', syncedAgo(state.lastSyncAt)) : t('popupSyncNotYet')}
      {state.pending ? ` · ${t('popupSyncPending', String(state.pending))}` : ''}
    </p>
  );
}
