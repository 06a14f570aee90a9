import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/client.ts';
import type { Replies } from '../../messaging/protocol.ts';
import { LEVEL_KEYS, STATUS_KEYS } from '../../scorer/catalogue/keys.ts';
import type { FollowupEntry } from '../../db/types.ts';
import type { ContactStatus } from '../../db/schema.ts';
import { t } from '../shared/i18n.ts';
import { identityLabel, parseIdentityInput, shortDate } from '../shared/format.ts';
import { TimelineChart } from '../shared/timeline-chart.tsx';
import { facts, kindLabel } from '../shared/facts.ts';
import { TeamFacts, teamHoldsBack } from './team-facts.tsx';

type Detail = NonNullable<Replies['contact.get']>;

const DAY = 86_400_000;

/** The status in force, in words: "Not now until 3 Dec 2026", "Said no". */
function activeWords(status: ContactStatus): string {
  const name = t(STATUS_KEYS[status.status]);
  return status.until ? t('factsStatusUntil', [name, shortDate(status.until)]) : name;
}

/** A status that comes with a date ("Not now until", "OK again after"): its button and its own date field. */
function DatedStatus(props: { action: string; label: string; field: string; fieldLabel: string; date: string; onDate(date: string): void; onSet(): void }) {
  return (
    <span class="dated">
      <button type="button" data-action={props.action} onClick={props.onSet}>
        {props.label}
      </button>
      <input
        type="date"
        aria-label={props.fieldLabel}
        data-field={props.field}
        value={props.date}
        onInput={(e) => props.onDate((e.target as HTMLInputElement).value)}
      />
    </span>
  );
}

/** One person: the rhythm of your messages and their replies, and what you can do about it. */
export function ContactView({ id: initialId, standing, onBack }: { id: string; standing?: FollowupEntry | undefined; onBack(): void }) {
  const id = initialId;
  const [detail, setDetail] = useState<Detail | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  // Two dates, one per status: when a "not now" ends, and from when it is OK again.
  const [until, setUntil] = useState(() => new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10));
  const [okAfter, setOkAfter] = useState(() => new Date(Date.now()).toISOString().slice(0, 10));
  const [link, setLink] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  // A teammate's no or do-not-contact outranks "OK to write again" from your own history.
  const [teamStop, setTeamStop] = useState(false);

  const load = useCallback(() => send('contact.get', { id }).then(setDetail, (e: Error) => setError(e.message)), [id]);
  useEffect(() => void load(), [load]);

  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (detail === undefined) return <main aria-busy="true" />;
  if (detail === null) {
    return (
      <main>
        <button type="button" class="back" onClick={onBack}>
          ← {t('back')}
        </button>
        <p>{t('contactGone')}</p>
      </main>
    );
  }
  const { contact, touches, inbound, summary } = detail;
  const untilMs = Date.parse(`${until}T00:00:00`);
  const okAfterMs = Date.parse(`${okAfter}T00:00:00`);
  const active = contact.status;
  const events = [...touches.map((x) => ({ at: x.at, out: true as const, x })), ...inbound.map((x) => ({ at: x.at, out: false as const, x }))].sort(
    (a, b) => b.at - a.at,
  );

  return (
    <main data-testid="contact-view">
      <button type="button" class="back" onClick={onBack}>
        ← {t('back')}
      </button>
      <h1>{summary.name}</h1>
      <p class="muted">{facts(summary)}</p>
      {standing?.group === 'wait' && standing.at !== null && !teamStop && (
        <p data-testid="ok-to-write">
          <strong>{t('contactOkToWrite', shortDate(standing.at))}</strong>
        </p>
      )}
      {standing?.group === 'leave' && (
        <p data-testid="leave-why">
          <strong>{standing.why}</strong>
        </p>
      )}
      <ul class="identities" aria-label={t('contactIdentities')}>
        {contact.identities.map((identity) => (
          <li key={identity}>
            <span>{identityLabel(identity)}</span>
            {contact.identities.length > 1 && (
              <button type="button" onClick={() => act(() => send('contact.unlink', { id, identity }))}>
                {t('contactUnlink')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        class="inline"
        onSubmit={(e) => {
          e.preventDefault();
          const identity = parseIdentityInput(link);
          if (!identity) return setError(t('contactLinkInvalid'));
          void act(() => send('contact.linkIdentity', { id, identity })).then(() => setLink(''));
        }}
      >
        <input
          aria-label={t('contactLinkLabel')}
          placeholder={t('contactLinkLabel')}
          value={link}
          onInput={(e) => setLink((e.target as HTMLInputElement).value)}
        />
        <button type="submit">{t('contactLink')}</button>
      </form>
      <TimelineChart touches={touches} inbound={inbound} />
      <div class="actions" role="group" aria-label={t('contactStatus')}>
        <button type="button" data-action="said-no" onClick={() => act(() => send('contact.status', { id, status: { status: 'said-no' } }))}>
          {t('actionSaidNo')}
        </button>
        <button type="button" data-action="do-not-contact" onClick={() => act(() => send('contact.status', { id, status: { status: 'do-not-contact' } }))}>
          {t('actionDoNotContact')}
        </button>
        <DatedStatus
          action="not-now"
          label={t('actionNotNow')}
          field="not-now-until"
          fieldLabel={t('contactNotNowUntilLabel')}
          date={until}
          onDate={setUntil}
          onSet={() => act(() => send('contact.status', { id, status: { status: 'not-now', until: untilMs } }))}
        />
        <DatedStatus
          action="ok-again"
          label={t('actionOkAgain')}
          field="ok-again-after"
          fieldLabel={t('contactOkAgainLabel')}
          date={okAfter}
          onDate={setOkAfter}
          onSet={() => act(() => send('contact.status', { id, status: { status: 'ok-again', until: okAfterMs } }))}
        />
        {contact.status && (
          <button type="button" data-action="clear" onClick={() => act(() => send('contact.status', { id, status: null }))}>
            {t('actionClear')}
          </button>
        )}
      </div>
      {active && <p data-testid="active-status">{t('contactStatusNow', activeWords(active))}</p>}
      <TeamFacts id={id} yours={touches.length} onTeam={(team) => setTeamStop(teamHoldsBack(team))} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <h2>{t('contactTimeline')}</h2>
      <ul class="events" data-testid="events">
        {events.map((e) =>
          e.out ? (
            <li key={e.x.id}>
              {shortDate(e.at)} · {e.x.channel} · {e.x.subject || e.x.excerpt}
              {e.x.level ? ` · ${t(LEVEL_KEYS[e.x.level])}` : ''}
              {e.x.overridden ? ` · ${t('sentAnyway')}` : ''}
            </li>
          ) : (
            <li key={e.x.id} class="in">
              {shortDate(e.at)} · {t('eventReply', kindLabel(e.x.kind))} · “{e.x.excerpt}”
            </li>
          ),
        )}
      </ul>
      <footer>
        {confirmDelete ? (
          <span>
            {t('contactDeleteConfirm')}{' '}
            <button
              type="button"
              data-action="confirm-delete"
              onClick={() =>
                act(async () => {
                  await send('contact.delete', { id });
                  onBack();
                })
              }
            >
              {t('contactDelete')}
            </button>{' '}
            <button type="button" onClick={() => setConfirmDelete(false)}>
              {t('cancel')}
            </button>
          </span>
        ) : (
          <button type="button" data-action="delete" onClick={() => setConfirmDelete(true)}>
            {t('contactDelete')}
          </button>
        )}
      </footer>
    </main>
  );
}
