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

const LEAVE_RULES = ['status.do-not-contact', 'status.said-no', 'reply.declined', 'cadence.unanswered'];

/** Where one person stands today, or null when no follow-up is owed (they wrote last, or nothing was sent). */
function placePerson(r: FollowupRecord, limits: Limits, now: number): FollowupEntry | null {
  const recipient = identityValue(r.identities[0] ?? '');
  const { history, status } = historyOf(recipient, r);
  const today = new Date(now);
  // Judged as a next note would be: minutes after your last message, the scorer reads a draft as a
  // correction of it (not a follow-up), but the list is about the next follow-up.
  const lastAt = r.outs.at(-1);
  const judgeAt = lastAt !== undefined && now - lastAt <= SAME_MESSAGE_MS ? new Date(lastAt + SAME_MESSAGE_MS + 1) : today;
  const judged = judgePerson({ id: recipient, name: r.name }, history, status, limits, judgeAt, plainReply);
  const facts = summarizeContact(history, status, today);
  const reply = facts.lastReply;
  const base = {
    contactId: r.contactId,
    name: r.name,
    identities: r.identities,
    lastOut: r.lastOut,
    lastReply: reply ? { at: reply.at.getTime(), kind: reply.kind ?? 'reply', excerpt: reply.text ?? '' } : null,
    unanswered: facts.unanswered,
    remindAt: r.remindAt && r.remindAt > now ? r.remindAt : null,
  };
  const reason = (rule: string) => judged.reasons.find((x) => x.rule === rule);

  // Leave alone: a no (by them or marked by you), do not contact, or the unanswered limit reached.
  for (const rule of LEAVE_RULES) {
    const found = reason(rule);
    if (!found) continue;
    const at =
      rule === 'reply.declined'
        ? (facts.decline?.at.getTime() ?? null)
        : rule.startsWith('status.')
          ? (r.status?.at ?? null)
          : (facts.lastOut?.getTime() ?? null);
    return { ...base, group: 'leave', at, why: found.message, rule, idea: null };
  }

  // A "not now" (theirs, or marked by you) whose date has passed: due for a long-game check-in.
  const deferEnd = facts.defer ? (facts.defer.until ?? new Date(facts.defer.at.getTime() + limits.notNowDays * DAY)).getTime() : null;
  const notNowEnd = r.status?.status === 'not-now' && r.status.until ? r.status.until : null;
  const owed = facts.unanswered > 0;
  const cameBack = facts.unanswered === 0 && ((deferEnd !== null && deferEnd <= now) || (notNowEnd !== null && notNowEnd <= now));
  const waiting = [
    ...(deferEnd !== null && deferEnd > now ? [{ rule: 'reply.deferred', at: deferEnd }] : []),
    ...(notNowEnd !== null && notNowEnd > now ? [{ rule: 'status.not-now', at: notNowEnd }] : []),
  ];
  if (!owed && !cameBack && !waiting.length) return null;

  // Wait: inside a not-now, away, too soon, over the monthly maximum, or "remind me" later.
  if (facts.away?.until && facts.away.until.getTime() > now) waiting.push({ rule: 'reply.away', at: facts.away.until.getTime() });
  if (reason('cadence.too-soon') && facts.lastOut) waiting.push({ rule: 'cadence.too-soon', at: facts.lastOut.getTime() + limits.minDaysBetween * DAY });
  if (reason('cadence.volume')) {
    // Fine again once enough of the month's messages have aged out of the 30 days.
    const recent = r.outs.filter((at) => now - at < 30 * DAY).sort((a, b) => a - b);
    const leaving = recent[Math.max(0, facts.last30 - limits.maxPer30Days)] ?? now;
    waiting.push({ rule: 'cadence.volume', at: leaving + 30 * DAY });
  }
  if (base.remindAt) waiting.push({ rule: 'remind', at: base.remindAt });
  if (waiting.length) {
    const latest = waiting.reduce((a, b) => (b.at > a.at ? b : a));
    const found = judged.reasons.find((x) => x.rule === latest.rule);
    return { ...base, group: 'wait', at: latest.at, why: found?.message ?? '', rule: latest.rule, idea: null };
  }

  const next = facts.unanswered + 1;
  const idea: FollowupIdea = cameBack ? 'long-game' : next >= limits.maxUnanswered ? 'last' : facts.unanswered <= 1 ? 'first' : 'next';
  const at = cameBack ? Math.max(deferEnd !== null && deferEnd <= now ? deferEnd : 0, notNowEnd !== null && notNowEnd <= now ? notNowEnd : 0) : null;
  return { ...base, group: 'due', at, why: '', rule: null, idea };
}

/** At most this many people per group cross to the popup; the counts are of everyone. */
const FOLLOWUP_SHOWN = 50;

function planFollowups(records: FollowupRecord[], limits: Limits, now: number, shown = FOLLOWUP_SHOWN): FollowupPlan {
  const groups: Record<FollowupGroup, FollowupEntry[]> = { due: [], wait: [], leave: [] };
  for (const r of records) {
    const entry = placePerson(r, limits, now);
    if (entry) groups[entry.group].push(entry);
  }
  // Due: longest since your last message first. Wait: soonest fine first. Leave alone: most recent first.
  const since = (e: FollowupEntry) => e.lastOut?.at ?? e.at ?? 0;
  groups.due.sort((a, b) => since(a) - since(b));
  groups.wait.sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  groups.leave.sort((a, b) => (b.at ?? 0) - (a.at ?? 0));
  return {
    due: groups.due.slice(0, shown),
    wait: groups.wait.slice(0, shown),
    leave: groups.leave.slice(0, shown),
    counts: { due: groups.due.length, wait: groups.wait.length, leave: groups.leave.length },
  };
}

export function followupApi({ db: open, now }: StoreDeps) {
  return {
    /** The follow-up list, from one read of the follow-up records (one small record per person). */
    async followupPlan(limits: Limits): Promise<FollowupPlan> {
      const records = await (await open()).getAll('followup');
      return planFollowups(records, limits, now());
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
