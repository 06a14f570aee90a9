import type { Level } from '../scorer/types.ts';

/** Toolbar badge per level: no text for ok, a short mark and the level colour otherwise. */
export const BADGE: Record<Level, { text: string; color: string }> = {
  ok: { text: '', color: '#15803d' },
  caution: { text: '!', color: '#b45309' },
  pushy: { text: '!!', color: '#c2410c' },
  stop: { text: '■', color: '#b91c1c' },
};
