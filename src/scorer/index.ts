/**
 * Pullback's judgement: how pushy a draft is, in its context. Pure: no DOM, no browser APIs, no
 * storage. The background, the CLI and the tests call `scoreDraft`; the content script calls the
 * same judgement through core.ts with a history the background has already classified.
 */
import { scoreDraftWith } from './core.ts';
import { classifyReply } from './replies/index.ts';
import { catalogueTexts, type RuleTexts } from './rules/types.ts';
import english from '../../_locales/en/messages.json' with { type: 'json' };
import type { Context, ScoreResult } from './types.ts';
import { substitute } from './catalogue/substitute.ts';

export * from './types.ts';
export { DEFAULT_LIMITS, LIMIT_REASONS, LIMIT_BOUNDS, MAX_BODY_CHARS } from './limits.ts';
export { parseContext } from './context.ts';
export { classifyReply } from './replies/index.ts';
export { ALL_RULES } from './rules/index.ts';
export { SOURCES } from './rules/sources.ts';
export { BUILT_IN_EXTRA_RULES } from './tone.ts';
export { atLeast, pointsToScore } from './core.ts';
export { MUTABLE_RULE_IDS, isMutableRule } from './mutable-rules.ts';

const CATALOGUE = english as Record<string, { message: string }>;

/** Rule words from the English catalogue (_locales/en/messages.json), for the CLI, tests and background. */
/** A message from the English catalogue, with its `$n` filled in; the key itself when there is none. */
export function englishMessage(key: string, subs: string[] = []): string {
  return substitute(CATALOGUE[key]?.message ?? key, subs);
}

export const ENGLISH_TEXTS: RuleTexts = catalogueTexts(englishMessage);

/** Score a draft in its context. Never throws: unreadable parts of the context are ignored. */
export function scoreDraft(text: string, context: Context = {}): ScoreResult {
  return scoreDraftWith(classifyReply, text, context, ENGLISH_TEXTS);
}

export { ruleTextKey } from './rules/types.ts';
