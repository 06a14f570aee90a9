/**
 * The rules a user can switch off: every tone rule the scorer matches (built-in phrases and checks)
 * and the user's own phrases. Reasons about cadence and replies are facts about a person, not
 * wordings, and cannot be muted. The background's "rule.mute" accepts exactly these.
 */
import { ALL_RULES } from './rules/index.ts';
import { BUILT_IN_EXTRA_RULES } from './tone.ts';

/** Every built-in tone rule id, in the order the scorer matches them. */
export const MUTABLE_RULE_IDS: readonly string[] = [...ALL_RULES, ...BUILT_IN_EXTRA_RULES].map((r) => r.id);

const BUILT_IN = new Set(MUTABLE_RULE_IDS);
/** The user's own phrases are reported as `custom.<index>` (tone.ts). */
const CUSTOM = /^custom\.\d{1,3}$/;

export function isMutableRule(id: string): boolean {
  return BUILT_IN.has(id) || CUSTOM.test(id);
}
