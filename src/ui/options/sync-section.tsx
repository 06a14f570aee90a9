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
  return at ? new Date(at).toLocaleString() : 'never';
}

export function SyncSection() {
  const [view, setView] = useState<SyncView | null>(null);
  const [form, setForm] = useState<Form>(EMPTY);
  const [message, setMessage] = useState<string | null>(null);
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
      setMessage('Enter the server address, starting with https://');
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
          setMessage('Sync needs permission to reach your server. Nothing was turned on.');
          return;
        }
        await send('sync.save', payloadOf(form));
        setForm(EMPTY);
        setMessage('Sync is on. The first sync has started.');
        refresh();
      })
      .catch((error: unknown) => setMessage((error as Error).message));
  };

  const config = view?.config;
  const state = view?.state;
  return (
    <section aria-labelledby="sync" data-testid="sync-section">
      <h2 id="sync">Sync</h2>
      {!config ? (
        <div>
          <p>
            Off. Nothing leaves this device. Turn it on to keep the same history on your other browsers, or to share a do-not-contact list with your team,
            through a CouchDB server you or your team run.
          </p>
          {field('server', 'Server address (CouchDB 3 or Cloudant)')}
          {field('personalDb', 'Your personal database')}
          {field('teamDb', 'Team database (optional)')}
          {form.teamDb.trim() ? field('teamKey', 'Team key (the same for everyone in the team)', true) : null}
          {field('user', 'User for this device')}
          {field('password', 'Password or token for this device', true)}
          <p>
            <button
              type="button"
              data-action="sync-test"
              onClick={() =>
                void send('sync.test', payloadOf(form), 30_000)
                  .then((r) => setMessage(r.ok ? 'Connected: the server and your databases answer.' : r.error))
                  .catch((error: unknown) => setMessage((error as Error).message))
              }
            >
              Test connection
            </button>{' '}
            <button type="button" class="primary" data-action="sync-on" onClick={turnOn}>
              Turn on sync
            </button>
          </p>
        </div>
      ) : (
        <div>
          <p>
            On: {config.server}, database {config.personalDb}
            {config.teamDb ? `, team ${config.teamDb}` : ''}, as {config.user}.
          </p>
          <p data-testid="sync-state">
            Last sync: {when(state?.lastSyncAt ?? null)}. Changes waiting: {state?.pending ?? 0}.
            {state?.error ? <strong role="alert"> {state.error}</strong> : null}
          </p>
          <p>
            <button
              type="button"
              data-action="sync-now"
              onClick={() =>
                void send('sync.now', {}, 300_000)
                  .then((r) => setMessage(r.ok ? 'Synced.' : r.error))
                  .catch((error: unknown) => setMessage((error as Error).message))
                  .finally(refresh)
              }
            >
              Sync now
            </button>{' '}
            <button
              type="button"
              data-action="sync-forget"
              onClick={() =>
                void send('sync.forget', { confirm: 'forget this device' })
                  .then(() => {
                    setMessage('Sync is off and this device forgot the server. Your history here is kept.');
                    const pattern = originPattern(config.server);
                    return browser.permissions.remove({ origins: pattern ? [pattern] : [] } as unknown as Parameters<typeof browser.permissions.remove>[0]);
                  })
                  .catch((error: unknown) => setMessage((error as Error).message))
                  .finally(refresh)
              }
            >
              Turn off and forget this device
            </button>
          </p>
        </div>
      )}
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
