/**
 * The follow-up list: who is due a note, who should wait (and until when), and who to leave alone.
 * Each person is judged by the scorer itself (judgePerson, from the same contact summary the
 * indicator uses) on the history their follow-up record keeps, so the list and the warning agree.
 */
import { judgePerson } from '../scorer/cadence.ts';
import { plainReply, SAME_MESSAGE_MS, summarizeContact } from '../scorer/contact-summary.ts';
import type { HistoryItem, Limits, StatusItem } from '../scorer/types.ts';
import type { StoreDeps } from './open.ts';
import { identityValue, type FollowupRecord } from './schema.ts';
import type { FollowupEntry, FollowupGroup, FollowupIdea, FollowupPlan } from './types.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** The history a follow-up record keeps, as the scorer reads it. */
function historyOf(recipient: string, r: FollowupRecord): { history: HistoryItem[]; status: StatusItem[] } {
  const history: HistoryItem[] = [
    ...r.outs.map((at): HistoryItem => ({ recipient, direction: 'out', at: iso(at) })),
    ...r.replies.map((m): HistoryItem => ({
      recipient,
      direction: 'in',
      at: iso(m.at),
      kind: m.kind,
      text: m.excerpt,
      ...(m.until ? { until: iso(m.until) } : {}),
    })),
  ];
  const s = r.status;
  const status: StatusItem[] = s ? [{ recipient, status: s.status, at: iso(s.at), ...(s.until ? { until: iso(s.until) } : {}) }] : [];
  return { history, status };
}

/** Where a person stands, decided from their record's facts alone (no history re-read, no dates parsed). */
interface Placement {
  group: FollowupGroup;
  rule: string | null;
  at: number | null;
  idea: FollowupIdea | null;
}

/**
 * The scorer's rules (cadence.ts judgePerson, in the same order), applied to the facts the record
 * keeps: cheap enough for every person on every popup open. The people shown are then judged by
 * judgePerson itself for the words (describe), and the unit tests hold the two to the same verdicts.
 */
function place(r: FollowupRecord, limits: Limits, now: number): Placement | null {
  const f = r.facts;
  let decline = f.decline;
  let defer = f.defer;
  const status = r.status;
  const statusUntil = status?.until ?? null;
  // An "ok again" whose date has come lifts the noes before it (contact-summary.ts).
  if (status?.status === 'ok-again' && (statusUntil === null || statusUntil <= now)) {
    if (decline !== null && decline <= status.at) decline = null;
    if (defer && defer.at <= status.at) defer = null;
  }
  const lastOut = r.outs.at(-1) ?? null;
  const leave = (rule: string, at: number | null): Placement => ({ group: 'leave', rule, at, idea: null });
  if (status?.status === 'do-not-contact') return leave('status.do-not-contact', status.at);
  if (status?.status === 'said-no' && !(statusUntil !== null && statusUntil <= now)) return leave('status.said-no', status.at);
  if (decline !== null) return leave('reply.declined', decline);
  // The next note would be over the unanswered limit.
  if (f.unanswered + 1 > limits.maxUnanswered) return leave('cadence.unanswered', lastOut);

  const deferEnd = defer ? (defer.until ?? defer.at + limits.notNowDays * DAY) : null;
  const notNowEnd = status?.status === 'not-now' && statusUntil !== null ? statusUntil : null;
  const owed = f.unanswered > 0;
  const cameBack = f.unanswered === 0 && ((deferEnd !== null && deferEnd <= now) || (notNowEnd !== null && notNowEnd <= now));
  const waiting: { rule: string; at: number }[] = [];
  if (deferEnd !== null && deferEnd > now) waiting.push({ rule: 'reply.deferred', at: deferEnd });
  if (notNowEnd !== null && notNowEnd > now) waiting.push({ rule: 'status.not-now', at: notNowEnd });
  if (!owed && !cameBack && !waiting.length) return null;

  const away = f.awayUntil !== null && f.awayUntil > now;
  if (away) waiting.push({ rule: 'reply.away', at: f.awayUntil! });
  const inConversation = f.conversation && f.unanswered <= 1;
  if (owed && !inConversation && !away && lastOut !== null && now - lastOut < limits.minDaysBetween * DAY) {
    waiting.push({ rule: 'cadence.too-soon', at: lastOut + limits.minDaysBetween * DAY });
  }
  // The month's messages, counted as the summary counts them (one sent minutes after another is one).
  const month: number[] = [];
  for (const at of r.outs) {
    if (now - at >= 30 * DAY) continue;
    if (month.length && at - month[month.length - 1]! < SAME_MESSAGE_MS) month[month.length - 1] = at;
    else month.push(at);
  }
  if (month.length + 1 > limits.maxPer30Days) {
    const leaving = month[month.length - limits.maxPer30Days] ?? now;
    waiting.push({ rule: 'cadence.volume', at: leaving + 30 * DAY });
  }
  if (r.remindAt && r.remindAt > now) waiting.push({ rule: 'remind', at: r.remindAt });
  if (waiting.length) {
    const latest = waiting.reduce((x, y) => (y.at > x.at ? y : x));
    return { group: 'wait', rule: latest.rule, at: latest.at, idea: null };
  }
  const next = f.unanswered + 1;
  const idea: FollowupIdea = cameBack ? 'long-game' : next >= limits.maxUnanswered ? 'last' : f.unanswered <= 1 ? 'first' : 'next';
  const at = cameBack ? Math.max(deferEnd !== null && deferEnd <= now ? deferEnd : 0, notNowEnd !== null && notNowEnd <= now ? notNowEnd : 0) : null;
  return { group: 'due', rule: null, at, idea };
}

/** A person as the list shows them: the scorer's own words for why, their last reply. */
function describe(r: FollowupRecord, p: Placement, limits: Limits, now: number): FollowupEntry {
  const recipient = identityValue(r.identities[0] ?? '');
  const { history, status } = historyOf(recipient, r);
  // Judged as a next note would be: minutes after your last message, the scorer reads a draft as a
  // correction of it (not a follow-up), but the list is about the next follow-up.
  const lastAt = r.outs.at(-1);
  const judgeAt = lastAt !== undefined && now - lastAt <= SAME_MESSAGE_MS ? new Date(lastAt + SAME_MESSAGE_MS + 1) : new Date(now);
  const judged = judgePerson({ id: recipient, name: r.name }, history, status, limits, judgeAt, plainReply);
  const reply = summarizeContact(history, status, new Date(now)).lastReply;
  return {
    contactId: r.contactId,
    name: r.name,
    identities: r.identities,
    group: p.group,
    lastOut: r.lastOut,
    lastReply: reply ? { at: reply.at.getTime(), kind: reply.kind ?? 'reply', excerpt: reply.text ?? '' } : null,
    unanswered: r.facts.unanswered,
    at: p.at,
    why: (p.rule && judged.reasons.find((x) => x.rule === p.rule)?.message) || '',
    rule: p.rule,
    idea: p.idea,
    remindAt: r.remindAt && r.remindAt > now ? r.remindAt : null,
  };
}

/** At most this many people per group cross to the popup; the counts are of everyone. */
const FOLLOWUP_SHOWN = 20;

function planFollowups(records: FollowupRecord[], limits: Limits, now: number, shown = FOLLOWUP_SHOWN): FollowupPlan & { validUntil: number } {
  const groups: Record<FollowupGroup, { r: FollowupRecord; p: Placement }[]> = { due: [], wait: [], leave: [] };
  // The plan holds until the first date someone moves (a wait ends, a status ends), and an hour at most.
  let validUntil = now + HOUR;
  for (const r of records) {
    const p = place(r, limits, now);
    if (p) groups[p.group].push({ r, p });
    if (p?.group === 'wait' && p.at !== null && p.at > now) validUntil = Math.min(validUntil, p.at);
    const until = r.status?.until;
    if (until !== undefined && until > now) validUntil = Math.min(validUntil, until);
  }
  // Due: longest since your last message first. Wait: soonest fine first. Leave alone: most recent first.
  const since = ({ r, p }: { r: FollowupRecord; p: Placement }) => r.outs.at(-1) ?? p.at ?? 0;
  groups.due.sort((a, b) => since(a) - since(b));
  groups.wait.sort((a, b) => (a.p.at ?? 0) - (b.p.at ?? 0));
  groups.leave.sort((a, b) => (b.p.at ?? 0) - (a.p.at ?? 0));
  const top = (list: { r: FollowupRecord; p: Placement }[]) => list.slice(0, shown).map(({ r, p }) => describe(r, p, limits, now));
  return {
    due: top(groups.due),
    wait: top(groups.wait),
    leave: top(groups.leave),
    counts: { due: groups.due.length, wait: groups.wait.length, leave: groups.leave.length },
    validUntil,
  };
}

/**
 * The store's follow-up list. The plan is kept in memory until the history changes (`generation`
 * moves on every write), the limits change, or the clock reaches the first date someone moves: a
 * popup opened again reads nothing.
 */
export function followupApi({ db: open, now }: StoreDeps, generation: () => number) {
  let cached: { generation: number; limits: string; validUntil: number; plan: Promise<FollowupPlan & { validUntil: number }> } | null = null;
  return {
    /** The follow-up list, from one read of the follow-up records (one small record per person). */
    async followupPlan(limits: Limits): Promise<FollowupPlan> {
      const key = JSON.stringify(limits);
      const at = now();
      if (cached && cached.generation === generation() && cached.limits === key && at < cached.validUntil) {
        const { validUntil: _, ...plan } = await cached.plan;
        return plan;
      }
      const entry = {
        generation: generation(),
        limits: key,
        validUntil: Infinity,
        plan: open()
          .then((db) => db.getAll('followup'))
          .then((records) => planFollowups(records, limits, at)),
      };
      cached = entry;
      entry.plan.then(
        (p) => (entry.validUntil = p.validUntil),
        () => cached === entry && (cached = null),
      );
      const { validUntil: _, ...plan } = await entry.plan;
      return plan;
    },

    /** "Remind me": keep a person out of Due until `until` (null clears it). */
    async remindAt(contactId: string, until: number | null): Promise<void> {
      const db = await open();
      const tx = db.transaction('followup', 'readwrite');
      const record = await tx.store.get(contactId);
      if (!record) throw new Error('no such contact');
      if (until) record.remindAt = until;
      else delete record.remindAt;
      await tx.store.put(record);
      await tx.done;
    },
  };
}
