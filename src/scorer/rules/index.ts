import { EN_RULES } from './en.ts';
import { DE_RULES } from './de.ts';
import { ES_RULES } from './es.ts';
import type { ToneRule } from './types.ts';

/** Every built-in tone rule, all languages: a draft is matched against all of them in one pass. */
export const ALL_RULES: ToneRule[] = [...EN_RULES, ...DE_RULES, ...ES_RULES];
export type { ToneRule };
