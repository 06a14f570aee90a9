import type { ComposeState } from '../messaging/protocol.ts';
import type { Level } from '../scorer/types.ts';

/** Toolbar badge per level: no text for ok, a short mark and the level colour otherwise. */
export const BADGE: Record<Level, { text: string; color: string }> = {
  ok: { text: '', color: '#15803d' },
  caution: { text: '!', color: '#b45309' },
  pushy: { text: '!!', color: '#c2410c' },
  stop: { text: '■', color: '#b91c1c' },
};

/** A compose Pullback cannot read: not a verdict on the draft, so a neutral grey and a question. */
export const UNREADABLE_BADGE = { text: '?', color: '#4b5563' } as const;

export interface BadgeLook {
  text: string;
  color: string;
  /** The toolbar button's tooltip: a message key, or null for the extension's default title. */
  titleKey: 'badgeUnreadable' | null;
}

/**
 * What the toolbar shows for a tab's compose state. A level wins (the compose that is read says
 * something about the draft); a compose Pullback cannot read is never shown as a silent blank.
 */
export function badgeFor(state: ComposeState | null): BadgeLook {
  if (state?.level && state.level !== 'ok') return { ...BADGE[state.level], titleKey: state.unreadable ? 'badgeUnreadable' : null };
  if (state?.unreadable) return { ...UNREADABLE_BADGE, titleKey: 'badgeUnreadable' };
  return { text: '', color: BADGE.ok.color, titleKey: null };
}

/** The neutral colour of the "due" count: a to-do, not a warning. */
export const DUE_BADGE_COLOR = '#1d4ed8';

/**
 * The toolbar's default text when the "due" count is on: the number of people due a follow-up
 * (nothing at 0 or when off). A tab's compose verdict, set per tab, still shows over it there.
 */
export function dueBadgeText(count: number | null): string {
  if (!count || count < 1) return '';
  return count > 99 ? '99+' : String(count);
}
