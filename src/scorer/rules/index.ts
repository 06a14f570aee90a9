import { EN_NEGATIONS, EN_RULES } from './en/index.ts';
import { DE_RULES } from './de.ts';
import { ES_RULES } from './es.ts';
import type { ToneRule } from './types.ts';

/** Every built-in tone rule, all languages: a draft is matched against all of them in one pass. */
export const ALL_RULES: ToneRule[] = [...EN_RULES, ...DE_RULES, ...ES_RULES];

/** Phrases that read like a tactic but deny it ("no rush", "the offer does not expire"); see en.ts. */
export const NEGATIONS: string[] = [...EN_NEGATIONS];

export type { ToneRule };
