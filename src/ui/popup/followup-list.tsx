import { useEffect, useState } from 'preact/hooks';
import type { FollowupEntry, FollowupGroup, FollowupIdea, FollowupPlan } from '../../db/types.ts';
import { send } from '../../messaging/client.ts';
import { browser } from '../../platform/browser.ts';
import { SITE_HOSTS } from '../../sites/registry.ts';
import { t } from '../shared/i18n.ts';
import { relativeDays, shortDate } from '../shared/format.ts';

const DAY = 86_400_000;
/** People drawn per group at first; "Show N more" draws the rest the background sent. */
const FIRST_SHOWN = 5;

/** An idea for the next note, from the better moves (value, an easy out, the long game); never a text to paste. */
function ideaText(idea: FollowupIdea): string {
  switch (idea) {
    case 'first':
      return t('followupIdeaFirst');
    case 'next':
      return t('followupIdeaNext');
    case 'last':
      return t('followupIdeaLast');
    case 'long-game':
      return t('followupIdeaLongGame');
  }
}

/** Only the sites' own HTTPS pages are opened (the background kept nothing else; checked again here). */
export function openableUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && SITE_HOSTS.includes(parsed.hostname) ? parsed.href : null;
  } catch {
    return null;
  }
}

const oneLine = (text: string, max = 80) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function Remind({ entry, onChanged }: { entry: FollowupEntry; onChanged(): void }) {
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(() => new Date(Date.now() + 7 * DAY).toISOString().slice(0, 10));
  const [error, setError] = useState<string | null>(null);
  const set = (until: number | null) =>
    send('followup.remind', { id: entry.contactId, until }).then(
      () => {
        setOpen(false);
        onChanged();
      },
      (e: Error) => setError(e.message),
    );
  if (!open)
    return (
      <button type="button" data-action="remind" onClick={() => setOpen(true)}>
        {t('followupRemind')}
      </button>
    );
  return (
    <form
      class="remind"
      onSubmit={(e) => {
        e.preventDefault();
        const at = Date.parse(`${date}T09:00:00`);
        if (!Number.isNaN(at)) void set(at);
      }}
    >
      <label>
        {t('followupRemindOn')} <input type="date" value={date} onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit">{t('followupRemindSave')}</button>
      {error && (
        <span class="error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}

function Person({ entry, onOpen, onChanged }: { entry: FollowupEntry; onOpen(id: string): void; onChanged(): void }) {
  const url = openableUrl(entry.lastOut?.url);
  const last = entry.lastOut;
  return (
    <li class={`followup ${entry.group}`} data-testid="followup-person">
      <button type="button" class="who" aria-label={t('followupOpenContact', entry.name)} onClick={() => onOpen(entry.contactId)}>
        <span class={`marker ${entry.group}`} aria-hidden="true" />
        {entry.name}
      </button>
      {entry.group === 'due' && (
        <>
          {last && (
            <p class="line" title={last.subject || last.excerpt}>
              {t('followupYouWrote', [relativeDays(last.at), oneLine(last.subject ? `${last.subject}: ${last.excerpt}` : last.excerpt)])}
            </p>
          )}
          <p class="line">
            {entry.lastReply?.excerpt
              ? t('followupTheySaid', [shortDate(entry.lastReply.at), oneLine(entry.lastReply.excerpt, 90)])
              : entry.unanswered > 0
                ? `${t('followupNoReply')} · ${t('followupUnanswered', String(entry.unanswered))}`
                : t('followupNoReply')}
          </p>
          {entry.idea === 'long-game' && entry.at && <p class="line muted">{t('followupCameBack', shortDate(entry.at))}</p>}
          {entry.idea && <p class="idea">{t('followupIdea', ideaText(entry.idea))}</p>}
          <div class="acts">
            {url && (
              <button type="button" data-action="open-conversation" onClick={() => void browser.tabs.create({ url })}>
                {t('followupOpen')}
              </button>
            )}
            <Remind entry={entry} onChanged={onChanged} />
          </div>
        </>
      )}
      {entry.group === 'wait' && (
        <>
          <p class="line">
            <strong>{entry.rule === 'remind' ? t('followupRemindAt', shortDate(entry.at ?? 0)) : t('followupOkOn', shortDate(entry.at ?? 0))}</strong>
          </p>
          {entry.why && <p class="line muted">{entry.why}</p>}
          {entry.rule === 'remind' && (
            <div class="acts">
              <button
                type="button"
                data-action="remind-clear"
                onClick={() => void send('followup.remind', { id: entry.contactId, until: null }).then(onChanged)}
              >
                {t('followupRemindClear')}
              </button>
            </div>
          )}
        </>
      )}
      {entry.group === 'leave' && (
        <>
          {entry.at !== null && <p class="line">{t('followupLeaveSince', shortDate(entry.at))}</p>}
          <p class="line muted">{entry.why}</p>
        </>
      )}
    </li>
  );
}

/** The follow-up list: who is due a note, who should wait (until when), who to leave alone. */
export function FollowupList({ first, onOpen }: { first?: Promise<FollowupPlan> | undefined; onOpen(id: string): void }) {
  const [plan, setPlan] = useState<FollowupPlan | null>(null);
  const [version, setVersion] = useState(0);
  // The popup shows a screenful: the first few of each group, the rest a click away.
  const [more, setMore] = useState<Record<FollowupGroup, boolean>>({ due: false, wait: false, leave: false });
  // "Leave alone" is folded away; its people are drawn when it is opened.
  const [leaveOpen, setLeaveOpen] = useState(false);
  useEffect(() => {
    let live = true;
    const asked = version === 0 && first ? first : send('followup.list', {});
    asked.then(
      (p) => live && setPlan(p),
      () => live && setPlan({ due: [], wait: [], leave: [], counts: { due: 0, wait: 0, leave: 0 } }),
    );
    return () => {
      live = false;
    };
  }, [version, first]);
  if (!plan) return <section class="followups" aria-busy="true" />;
  const reload = () => setVersion((v) => v + 1);
  const { counts } = plan;
  if (!counts.due && !counts.wait && !counts.leave)
    return (
      <section class="followups" data-testid="followups">
        <h2>{t('followupTitle')}</h2>
        <p class="muted">{t('followupNone')}</p>
      </section>
    );
  const list = (group: FollowupGroup) => {
    const entries = plan[group];
    const shown = more[group] ? entries : entries.slice(0, FIRST_SHOWN);
    return (
      <>
        <ul class="followup-list">
          {shown.map((e) => (
            <Person key={e.contactId} entry={e} onOpen={onOpen} onChanged={reload} />
          ))}
        </ul>
        {shown.length < entries.length && (
          <button type="button" class="more" data-action="show-more" onClick={() => setMore((m) => ({ ...m, [group]: true }))}>
            {t('followupShowMore', String(entries.length - shown.length))}
          </button>
        )}
        {shown.length === entries.length && plan.counts[group] > entries.length && (
          <p class="muted">{t('followupAndOthers', String(plan.counts[group] - entries.length))}</p>
        )}
      </>
    );
  };
  return (
    <section class="followups" data-testid="followups" aria-labelledby="followups-title">
      <h2 id="followups-title">{t('followupTitle')}</h2>
      <section data-testid="group-due" aria-labelledby="group-due">
        <h3 id="group-due" {...{ elementtiming: 'followups' }}>
          {t('followupDue')} <span class="count">{counts.due}</span>
        </h3>
        {counts.due ? list('due') : <p class="muted">{t('followupDueNone')}</p>}
      </section>
      {counts.wait > 0 && (
        <section data-testid="group-wait" aria-labelledby="group-wait">
          <h3 id="group-wait">
            {t('followupWait')} <span class="count">{counts.wait}</span>
          </h3>
          {list('wait')}
        </section>
      )}
      {counts.leave > 0 && (
        <details data-testid="group-leave" onToggle={(e) => setLeaveOpen((e.currentTarget as HTMLDetailsElement).open)}>
          <summary>
            <h3>
              {t('followupLeave')} <span class="count">{counts.leave}</span>
            </h3>
          </summary>
          {leaveOpen && list('leave')}
        </details>
      )}
    </section>
  );
}
