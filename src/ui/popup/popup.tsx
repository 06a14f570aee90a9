import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../../messaging/client.ts';
import type { ComposeState } from '../../messaging/protocol.ts';
import { RECENT_CONTACTS } from '../../db/types.ts';
import type { ContactSummary } from '../../db/types.ts';
import { browser } from '../../platform/browser.ts';
import type { Level } from '../../scorer/types.ts';
import { LEVEL_KEYS } from '../../scorer/catalogue/keys.ts';
import { t } from '../shared/i18n.ts';
import { identityLabel, shortDate } from '../shared/format.ts';
import { facts } from '../shared/facts.ts';
import { ContactView } from './contact-view.tsx';
import { FollowupList } from './followup-list.tsx';
import { SyncLine } from './sync-line.tsx';
import type { FollowupEntry, FollowupPlan } from '../../db/types.ts';

/** Where a person stands, in words: said no / over the limit (leave alone), OK again on a date (wait), due. */
function standingWords(entry: FollowupEntry): string {
  if (entry.group === 'due') return t('followupDue');
  if (entry.group === 'wait') return entry.rule === 'remind' ? t('followupRemindAt', shortDate(entry.at ?? 0)) : t('followupOkOn', shortDate(entry.at ?? 0));
  return entry.rule === 'cadence.unanswered' ? t('standingOverLimit') : t('standingSaidNo');
}

function ContactRow({
  contact,
  level,
  standing,
  timing,
  onOpen,
}: {
  contact: ContactSummary;
  level?: Level;
  standing?: FollowupEntry | undefined;
  /** Names the row for the browser's Element Timing (when its text was first painted; read by the benchmark). */
  timing?: string | undefined;
  onOpen(id: string): void;
}) {
  return (
    <li>
      <button type="button" class="row" onClick={() => onOpen(contact.id)} data-testid="contact-row">
        <span class="name" {...(timing ? { elementtiming: timing } : {})}>
          {level && <span class={`dot level-${level}`} aria-hidden="true" />}
          {!level && standing && <span class={`marker ${standing.group}`} aria-hidden="true" />}
          {contact.name}
          {level && <span class="level">{t(LEVEL_KEYS[level])}</span>}
          {!level && standing && (
            <span class={`standing ${standing.group}`} data-testid="standing">
              {standingWords(standing)}
            </span>
          )}
        </span>
        <span class="facts">{facts(contact)}</span>
      </button>
    </li>
  );
}

interface ComposePerson {
  identity: string;
  name?: string;
  level: Level;
  contact: ContactSummary | null;
}

/** The toolbar popup: the people in the open compose first, else recent contacts with a search. */
export function Popup({
  tabId,
  recent,
  followups,
}: {
  tabId?: number | null | undefined;
  recent?: Promise<ContactSummary[]>;
  /** The follow-up list, asked for as the popup's script starts. */
  followups?: Promise<FollowupPlan>;
}) {
  const [view, setView] = useState<string | null>(null);
  const [people, setPeople] = useState<ComposePerson[] | null>(null);
  const [query, setQuery] = useState('');
  const [contacts, setContacts] = useState<ContactSummary[] | null>(null);
  const [health, setHealth] = useState<string | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  // Where each listed person stands (from the follow-up list), for the markers on recent contacts.
  const [standing, setStanding] = useState<Map<string, FollowupEntry>>(() => new Map());
  const standingAsked = useRef(false);
  if (!standingAsked.current && followups) {
    standingAsked.current = true;
    followups.then(
      (plan) => setStanding(new Map([...plan.due, ...plan.wait, ...plan.leave].map((e) => [e.contactId, e]))),
      (error: unknown) => console.debug('Pullback: no markers on recent contacts', error),
    );
  }

  const loadCompose = useCallback(async () => {
    try {
      const id = tabId !== undefined ? tabId : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      const state: ComposeState | null = id === undefined || id === null ? null : await send('compose.current', { tabId: id });
      setUnreadable(state?.unreadable === true);
      if (!state?.people.length) return setPeople([]);
      const rows = await Promise.all(
        state.people.map(async (p) => {
          const found = await send('contacts.list', { query: p.identity, limit: 5 });
          return { ...p, contact: found.find((c) => c.identities.includes(p.identity)) ?? null };
        }),
      );
      setPeople(rows);
    } catch {
      setPeople([]);
    }
  }, [tabId]);

  useEffect(() => {
    void loadCompose();
    send('store.health', {}).then(
      (h) => setHealth(h.ok ? null : (h.error ?? t('storageUnavailable'))),
      () => setHealth(t('storageUnavailable')),
    );
  }, [loadCompose]);

  // The first list was asked for before the first render: show it the moment it arrives, without
  // waiting for effects to run after paint. Later lists (search, back) are asked for fresh.
  const first = useRef(true);
  if (first.current && recent) {
    first.current = false;
    recent.then(setContacts, () => setContacts([]));
  }
  const skipFirstEffect = useRef(Boolean(recent));
  useEffect(() => {
    if (skipFirstEffect.current) {
      skipFirstEffect.current = false;
      return;
    }
    let live = true;
    const timer = setTimeout(
      () => {
        send('contacts.list', { query, limit: RECENT_CONTACTS }).then(
          (list) => live && setContacts(list),
          () => live && setContacts([]),
        );
      },
      query ? 120 : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, view]);

  if (view)
    return (
      <ContactView
        id={view}
        standing={standing.get(view)}
        onBack={() => {
          setView(null);
          void loadCompose();
        }}
      />
    );

  return (
    <main>
      <h1>
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        {t('extName')}
      </h1>
      {health && (
        <p class="banner" role="alert" data-testid="health">
          {health}
        </p>
      )}
      {unreadable && (
        <p class="banner notice" role="status" data-testid="unreadable">
          <strong>{t('popupUnreadable')}</strong>
          <span>{t('popupUnreadableWhy')}</span>
        </p>
      )}
      {people && people.length > 0 && (
        <section aria-labelledby="in-compose">
          <h2 id="in-compose">{t('popupInCompose')}</h2>
          <ul class="people" data-testid="compose-people">
            {people.map((p) =>
              p.contact ? (
                <ContactRow key={p.identity} contact={p.contact} level={p.level} onOpen={setView} />
              ) : (
                <li key={p.identity} class="row">
                  <span class="name">
                    <span class={`dot level-${p.level}`} aria-hidden="true" />
                    {p.name ?? identityLabel(p.identity)}
                    <span class="level">{t(LEVEL_KEYS[p.level])}</span>
                  </span>
                  <span class="facts">{t('popupFirstMessage')}</span>
                </li>
              ),
            )}
          </ul>
        </section>
      )}
      {people && people.length === 0 && !unreadable && <p class="muted">{t('popupNoCompose')}</p>}
      {/* No compose open (or not known yet): the follow-up list comes first. */}
      {!people?.length && <FollowupList first={followups} onOpen={setView} />}
      <section aria-labelledby="recent">
        <h2 id="recent">{query ? t('popupResults') : t('popupRecent')}</h2>
        <input
          type="search"
          placeholder={t('popupSearch')}
          aria-label={t('popupSearch')}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        {contacts && contacts.length === 0 && <p class="muted">{query ? t('popupNoMatch') : t('popupEmpty')}</p>}
        <ul class="contacts" data-testid="contacts">
          {contacts?.map((c, i) => (
            <ContactRow key={c.id} contact={c} standing={standing.get(c.id)} timing={i === 0 && !query ? 'recent-contacts' : undefined} onOpen={setView} />
          ))}
        </ul>
      </section>
      <SyncLine />
      <footer>
        <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
          {t('popupSettings')}
        </button>
      </footer>
    </main>
  );
}
