/**
 * Status as append-only events (shared sync.md, "a data model that cannot conflict"): each device
 * adds events and never edits one; the current status is derived here. The most restrictive wins,
 * and "do not contact" stays until a later lift ("ok again", or cleared by hand).
 */
import { STATUSES, type StatusKind } from '../scorer/types.ts';
import type { ContactStatus } from '../db/schema.ts';

/** A status kind, or `cleared`: the user removed the status by hand (a lift, like `ok-again`). */
const STATUS_EVENT_KINDS = [...STATUSES, 'cleared'] as const;
export type StatusEventKind = (typeof STATUS_EVENT_KINDS)[number];

export interface StatusEvent {
  status: StatusEventKind;
  at: number;
  until?: number;
}

const RANK: Record<Exclude<StatusEventKind, 'ok-again' | 'cleared'>, number> = { 'not-now': 1, 'said-no': 2, 'do-not-contact': 3 };

export function isStatusEventKind(value: unknown): value is StatusEventKind {
  return (STATUS_EVENT_KINDS as readonly unknown[]).includes(value);
}

/** The status every device agrees on, whatever order the events arrived in. */
export function deriveStatus(events: readonly StatusEvent[]): ContactStatus | null {
  const sorted = [...events].sort((a, b) => a.at - b.at || a.status.localeCompare(b.status));
  let lift: StatusEvent | null = null;
  for (const e of sorted) if (e.status === 'ok-again' || e.status === 'cleared') lift = e;
  let best: StatusEvent | null = null;
  for (const e of sorted) {
    if (e.status === 'ok-again' || e.status === 'cleared') continue;
    if (lift && e.at <= lift.at) continue;
    if (!best || RANK[e.status] >= RANK[best.status as keyof typeof RANK]) best = e;
  }
  const pick = best ?? lift;
  if (!pick || pick.status === 'cleared') return null;
  const status: StatusKind = pick.status;
  return { status, at: pick.at, ...(pick.until !== undefined ? { until: pick.until } : {}) };
}
