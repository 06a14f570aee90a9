/**
 * A person as the team sees them (issue 14), in the contact view: the team's status with who
 * recorded it and when, and the team's touches next to your own. Asked for only when a contact is
 * opened; with sync off or no team database the background answers null and nothing shows.
 */
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/client.ts';
import type { Replies } from '../../messaging/protocol.ts';
import { STATUS_KEYS } from '../../scorer/catalogue/keys.ts';
import { t } from '../shared/i18n.ts';
import { shortDate } from '../shared/format.ts';

type TeamInfo = NonNullable<Replies['contact.team']>;

/** The team holds this person back: someone recorded a no, a do-not-contact, or a not-now still running. */
export function teamHoldsBack(team: TeamInfo, now = Date.now()): boolean {
  return team.status.some(
    (s) => s.status === 'do-not-contact' || s.status === 'said-no' || (s.status === 'not-now' && (!s.until || Date.parse(s.until) > now)),
  );
}

export function TeamFacts({
  id,
  yours,
  onTeam,
}: {
  id: string;
  /** Your own touches to this person (every device of yours). */
  yours: number;
  /** Told what the team knows, once it is known. */
  onTeam?: (team: TeamInfo) => void;
}) {
  const [team, setTeam] = useState<TeamInfo | null>(null);
  useEffect(() => {
    let live = true;
    send('contact.team', { id }).then(
      (info) => {
        if (!live) return;
        setTeam(info);
        if (info) onTeam?.(info);
      },
      (error: unknown) => console.debug('Pullback: no team facts for this person', error),
    );
    return () => {
      live = false;
    };
    // Asked once per person; onTeam only sets the view's state, so the first one given is enough.
  }, [id]);
  if (!team) return null;
  const total = team.touches.reduce((n, r) => n + r.count, 0);
  const others = team.touches.filter((r) => r.rep !== team.you);
  return (
    <section class="team" aria-label={t('teamHeading')} data-testid="team-facts">
      {team.status.map((s) => (
        <p key={`${s.recipient}:${s.status}`} data-testid="team-status">
          <strong>{t('teamStatusBy', [t(STATUS_KEYS[s.status]), s.rep === team.you ? t('teamYou') : s.rep, s.at ? shortDate(Date.parse(s.at)) : '?'])}</strong>
          {s.until ? ` ${t('teamStatusUntil', shortDate(Date.parse(s.until)))}` : ''}
        </p>
      ))}
      <p data-testid="team-touches">
        {t('teamTouches', [String(yours), String(total)])}
        {others.length ? ` (${others.map((r) => `${r.rep} ${r.count}`).join(', ')})` : ''}
      </p>
    </section>
  );
}
