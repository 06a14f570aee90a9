/**
 * Reads what an inbound message meant: an automatic answer, a decline, a "not now" (with the date
 * they gave, if any), a welcome, or an ordinary reply.
 */
import { compilePhrases, findPhrases, type CompiledPhrases } from '../phrases.ts';
import { findReturnDate } from '../dates.ts';
import type { ReplyKind } from '../types.ts';
import { EN_REPLIES } from './en.ts';
import { DE_REPLIES } from './de.ts';
import { ES_REPLIES } from './es.ts';
import type { ReplyPhrases } from './types.ts';

const REPLY_PHRASES: ReplyPhrases[] = [EN_REPLIES, DE_REPLIES, ES_REPLIES];

const KINDS = ['neutral', 'autoReply', 'stop', 'decline', 'defer', 'welcome'] as const;
type Group = (typeof KINDS)[number];

interface Compiled {
  phrases: CompiledPhrases;
  /** Which group each compiled entry belongs to. */
  groups: Group[];
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  if (compiled) return compiled;
  const entries: string[][] = [];
  const groups: Group[] = [];
  for (const language of REPLY_PHRASES) {
    for (const kind of KINDS) {
      for (const pattern of language[kind] ?? []) {
        entries.push([pattern]);
        groups.push(kind);
      }
    }
  }
  compiled = { phrases: compilePhrases(entries, 'gimu'), groups };
  return compiled;
}

export interface ReplyReading {
  kind: ReplyKind;
  /** ISO date they said to come back (defer) or that they return (auto-reply). */
  until?: string;
  /** The words that decided it. */
  evidence?: string;
}

/** Replies longer than this are read from their start; answers come first. */
const READ_LIMIT = 4_000;

export function classifyReply(text: string, receivedAt: Date): ReplyReading {
  const head = text.slice(0, READ_LIMIT);
  const { phrases, groups } = compile();
  const found = new Map<Group, string>();
  const last = new Map<Group, number>();
  for (const match of findPhrases(phrases, head)) {
    const group = groups[match.entry]!;
    if (group === 'neutral') continue;
    if (!found.has(group)) found.set(group, head.slice(match.start, match.end).trim());
    last.set(group, match.start);
  }
  // Only asked for groups that were found.
  const said = (group: Group): string => found.get(group) ?? '';
  const returnDate = () => {
    const date = findReturnDate(head, receivedAt);
    return date && date.getTime() > receivedAt.getTime() ? date.toISOString() : undefined;
  };
  if (found.has('autoReply')) {
    const until = returnDate();
    return { kind: 'auto-reply', evidence: said('autoReply'), ...(until ? { until } : {}) };
  }
  if (found.has('stop')) return { kind: 'decline', evidence: said('stop') };
  const negative = Math.max(last.get('decline') ?? -1, last.get('defer') ?? -1);
  // "Unfortunately I can't do Tuesday, let's talk Thursday": when both appear, the later one is the answer.
  if (found.has('welcome') && (last.get('welcome') ?? -1) > negative) return { kind: 'welcome', evidence: said('welcome') };
  if (found.has('defer')) {
    const until = returnDate();
    // "No budget now, circle back next quarter" is a not-now, not a no: a date makes it a deferral.
    if (until || !found.has('decline')) return { kind: 'defer', evidence: said('defer'), ...(until ? { until } : {}) };
  }
  if (found.has('decline')) return { kind: 'decline', evidence: said('decline') };
  return { kind: 'reply' };
}
