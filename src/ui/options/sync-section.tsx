/**
 * Options page, "Sync" (issue 14): off by default. Turning it on asks for the permissions it needs
 * (alarms, the server's origin and, on Firefox, the data-consent categories) in the click itself:
 * Firefox grants only a request made before any `await`. Secrets are sent to the background once
 * and never shown again.
 */
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/client.ts';
import type { SyncView } from '../../messaging/protocol.ts';
import { browser } from '../../platform/browser.ts';
import { t } from '../shared/i18n.ts';

interface Form {
  server: string;
  personalDb: string;
  teamDb: string;
  user: string;
  password: string;
  teamKey: string;
}

const EMPTY: Form = { server: '', personalDb: '', teamDb: '', user: '', password: '', teamKey: '' };

function payloadOf(form: Form) {
  return {
    server: form.server,
    personalDb: form.personalDb,
    user: form.user,
    password: form.password,
    ...(form.teamDb.trim() ? { teamDb: form.teamDb, teamKey: form.teamKey } : {}),
  };
}

/** The host pattern for a server: no port (Firefox patterns cannot carry one; Chrome's match any). */
function originPattern(server: string): string | null {
  try {
    const url = new URL(server);
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

function when(at: number | null): string {
  return at ? new Date(at).toLocaleString() : t('panelNever');
}

export function SyncSection() {
  const [view, setView] = useState<SyncView | null>(null);
  const [form, setForm] = useState<Form>(EMPTY);
  const [message, setMessage] = useState<string | null>(null);
  // Off, the section is its promise and one button: the form opens when the user sets sync up.
  const [settingUp, setSettingUp] = useState(false);
  const refresh = () =>
    void send('sync.status', {})
      .then(setView)
      .catch((error: unknown) => setMessage((error as Error).message));
  useEffect(refresh, []);
  const field = (name: keyof Form, label: string, secret = false) => {
    const onInput = (e: Event) => setForm({ ...form, [name]: (e.currentTarget as HTMLInputElement).value });
    return (
      <label>
        {label}{' '}
        {secret ? (
          <input type="password" name={name} value={form[name]} autocomplete="off" onInput={onInput} />
        ) : (
          <input type="text" name={name} value={form[name]} autocomplete="off" onInput={onInput} />
        )}
      </label>
    );
  };

  const turnOn = () => {
    const pattern = originPattern(form.server);
    if (!pattern) {
      setMessage(t('syncNeedHttps'));
      return;
    }
    const firefox = browser.runtime.getURL('').startsWith('moz-extension:');
    // Before any await: Firefox grants a permission only inside the user's click.
    const asked = browser.permissions.request({
      // Firefox has no optional `alarms` (scripts/manifest-for.ts).
      ...(firefox ? {} : { permissions: ['alarms'] }),
      origins: [pattern],
      ...(firefox ? { data_collection: ['personallyIdentifyingInfo', 'personalCommunications'] } : {}),
    } as unknown as Parameters<typeof browser.permissions.request>[0]);
    void asked
      .then(async (granted) => {
        if (!granted) {
          setMessage(t('syncPermissionDenied'));
          return;
        }
        await send('sync.save', payloadOf(form));
        setForm(EMPTY);
        setMessage(t('syncTurnedOn'));
        refresh();
      })
      .catch((error: unknown) => setMessage((error as Error).message));
  };

  const config = view?.config;
  const state = view?.state;
  return (
    <section aria-labelledby="sync" data-testid="sync-section">
      <h2 id="sync">{t('syncHeading')}</h2>
      {!config ? (
        <div>
          <p>{t('syncOffIntro')}</p>
          {!settingUp ? (
            <p>
              <button type="button" data-action="sync-setup" onClick={() => setSettingUp(true)}>
                {t('syncSetUp')}
              </button>
            </p>
          ) : (
            <div data-testid="sync-form">
              {field('server', t('syncFieldServer'))}
              {field('personalDb', t('syncFieldPersonalDb'))}
              {field('teamDb', t('syncFieldTeamDb'))}
              {form.teamDb.trim() ? field('teamKey', t('syncFieldTeamKey'), true) : null}
              {field('user', t('syncFieldUser'))}
              {field('password', t('syncFieldPassword'), true)}
              <p>
                <button
                  type="button"
                  data-action="sync-test"
                  onClick={() =>
                    void send('sync.test', payloadOf(form), 30_000)
                      .then((r) => setMessage(r.ok ? t('syncTestOk') : r.error))
                      .catch((error: unknown) => setMessage((error as Error).message))
                  }
                >
                  {t('syncTest')}
                </button>{' '}
                <button type="button" class="primary" data-action="sync-on" onClick={turnOn}>
                  {t('syncTurnOn')}
                </button>
              </p>
            </div>
          )}
        </div>
      ) : (
        <div>
          <p>
            {config.teamDb
              ? t('syncOnWithTeam', [config.server, config.personalDb, config.teamDb, config.user])
              : t('syncOn', [config.server, config.personalDb, config.user])}
          </p>
          <p data-testid="sync-state">
            {t('syncState', [when(state?.lastSyncAt ?? null), String(state?.pending ?? 0)])}
            {state?.error ? <strong role="alert"> {state.error}</strong> : null}
          </p>
          <p>
            <button
              type="button"
              data-action="sync-now"
              onClick={() =>
                void send('sync.now', {}, 300_000)
                  .then((r) => setMessage(r.ok ? t('syncDone') : r.error))
                  .catch((error: unknown) => setMessage((error as Error).message))
                  .finally(refresh)
              }
            >
              {t('syncNow')}
            </button>{' '}
            <button
              type="button"
              data-action="sync-forget"
              onClick={() =>
                void send('sync.forget', { confirm: 'forget this device' })
                  .then(() => {
                    setMessage(t('syncForgotten'));
                    const pattern = originPattern(config.server);
                    return browser.permissions.remove({ origins: pattern ? [pattern] : [] } as unknown as Parameters<typeof browser.permissions.remove>[0]);
                  })
                  .catch((error: unknown) => setMessage((error as Error).message))
                  .finally(refresh)
              }
            >
              {t('syncForget')}
            </button>
          </p>
        </div>
      )}
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
