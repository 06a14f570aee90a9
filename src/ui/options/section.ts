import type { Settings } from '../../settings/settings.ts';

/** What every section of the options page gets: the settings as stored, and a way to change them. */
export interface SectionProps {
  settings: Settings;
  save(patch: Partial<Settings>): Promise<unknown>;
}
