import { EN_NEGATIONS, EN_RULES } from './en/index.ts';
import { DE_RULES } from './de.ts';
import { ES_RULES } from './es.ts';
import type { ToneRule } from './types.ts';

/** Every built-in tone rule, all languages: a draft is matched against all of them in one pass. */
export const ALL_RULES: ToneRule[] = [...EN_RULES, ...DE_RULES, ...ES_RULES];

/** Phrases that read like a tactic but deny it ("no rush", "the offer does not expire"); see en.ts. */
export const NEGATIONS: string[] = [...EN_NEGATIONS];

/**
 * Of NEGATIONS, the ones that say the recipient asked for this ("as you requested"): a booking or a
 * contract they asked for is not a presumptive close. Indexes into NEGATIONS.
 */
export const REQUESTED: number[] = NEGATIONS.flatMap((n, i) => (/^\(?(as you (asked|requested|agreed|suggested|discussed)|you asked|as (requested|agreed|discussed)|per your request)/.test(n) ? [i] : []));
export type { ToneRule };
