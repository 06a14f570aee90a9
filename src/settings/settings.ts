/**
 * Settings: typed defaults, validation and migrations. Pure; storage.ts keeps them in
 * storage.sync. Anything unreadable falls back to its default rather than breaking the extension.
 */
import { DEFAULT_LIMITS, resolveLimits } from '../scorer/limits.ts';
import { customPhraseSchema } from '../scorer/context.ts';
import { SENSITIVITIES, type CustomPhrase, type Limits, type Sensitivity } from '../scorer/types.ts';
import { num, oneOf, orDefault, refine, str, validItems } from '../validate/index.ts';

const SETTINGS_VERSION = 1;

export interface Settings {
  version: number;
  limits: Limits;
  sensitivity: Sensitivity;
  /** Rule ids switched off (in the options page or from the Gmail panel). */
  disabledRules: string[];
  customPhrases: CustomPhrase[];
  /** Months of history to keep; 0 keeps everything. */
  retentionMonths: number;
  /** Show the number of people due a follow-up on the toolbar button (off by default). */
  badgeDue: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  limits: { ...DEFAULT_LIMITS },
  sensitivity: 'balanced',
  disabledRules: [],
  customPhrases: [],
  retentionMonths: 0,
  badgeDue: false,
};

export const MAX_CUSTOM_PHRASES = 100;
export const MAX_RETENTION_MONTHS = 120;

// Each field is read with the shared checks; what does not pass falls back to its default.
const sensitivityCheck = oneOf(...SENSITIVITIES);
const ruleIdCheck = str(99);
const phraseCheck = refine(customPhraseSchema(100), (c) => c.phrase.trim().length >= 2, 'a phrase of at least 2 characters');
const monthsCheck = num();

/**
 * Ordered steps from each older settings version to the next; never edited once released.
 * (Version 1 is the first.)
 */
const MIGRATIONS: ((raw: Record<string, unknown>) => Record<string, unknown>)[] = [];

/** Read settings of any version, or garbage, into valid current settings. */
export function normalizeSettings(raw: unknown): Settings {
  let data: Record<string, unknown> = raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>) } : {};
  const from = typeof data.version === 'number' ? data.version : SETTINGS_VERSION;
  for (let v = from; v < SETTINGS_VERSION; v++) data = MIGRATIONS[v - 1]?.(data) ?? data;
  const sensitivity = orDefault(sensitivityCheck, data.sensitivity, DEFAULT_SETTINGS.sensitivity);
  const disabledRules = [...new Set(validItems(data.disabledRules, ruleIdCheck))];
  const customPhrases = validItems(data.customPhrases, phraseCheck)
    .map((x) => ({ phrase: x.phrase.trim(), category: x.category }))
    .slice(0, MAX_CUSTOM_PHRASES);
  const months = Math.round(orDefault(monthsCheck, data.retentionMonths, DEFAULT_SETTINGS.retentionMonths));
  return {
    version: SETTINGS_VERSION,
    limits: resolveLimits(data.limits as Partial<Limits> | undefined),
    sensitivity,
    disabledRules,
    customPhrases,
    retentionMonths: Math.min(MAX_RETENTION_MONTHS, Math.max(0, months)),
    badgeDue: data.badgeDue === true,
  };
}

/** The rule options the scorer takes, from settings. */
export function ruleOptions(settings: Settings) {
  return { disabled: settings.disabledRules, custom: settings.customPhrases, sensitivity: settings.sensitivity };
}
