/**
 * One source manifest (manifest.json, written for Chrome/Edge) and the small set of changes that
 * make it a Firefox manifest. Kept pure so a unit test can pin both results.
 *
 * The sites are not written in manifest.json: host_permissions and the content script's matches
 * come from src/sites/registry.ts, so a new site is declared once.
 */
import { SITES, siteMatches, type Site } from '../src/sites/registry.ts';

export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'pullback@pullback.invalid';
export const FIREFOX_MIN_VERSION = '140.0';

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  content_scripts?: Record<string, unknown>[];
};

/** The source manifest's placeholder where the registry's match patterns go. */
export const SITES_PLACEHOLDER = '<registry sites>';

/** Replace the placeholder in a match list by the registry's patterns; refuse a hand-written site. */
function sitesFor(list: unknown, where: string, matches: readonly string[]): string[] {
  if (!Array.isArray(list) || list.length !== 1 || list[0] !== SITES_PLACEHOLDER) {
    throw new Error(`manifest.json ${where} must be ["${SITES_PLACEHOLDER}"]: sites are declared in src/sites/registry.ts`);
  }
  return [...matches];
}

/**
 * The sites grouped by their content-script options, in registry order: one content_scripts entry
 * per group, so a site that needs all_frames/match_about_blank (Outlook's popped-out compose) does
 * not make the script run in every frame of the others.
 */
function scriptGroups(sites: readonly Site[]): { matches: string[]; options: Record<string, boolean> }[] {
  const groups = new Map<string, { matches: string[]; options: Record<string, boolean> }>();
  for (const site of sites) {
    const options: Record<string, boolean> = {};
    if (site.contentScript?.allFrames) options.all_frames = true;
    if (site.contentScript?.matchAboutBlank) options.match_about_blank = true;
    const key = JSON.stringify(options);
    const group = groups.get(key) ?? { matches: [], options };
    group.matches.push(...siteMatches(site));
    groups.set(key, group);
  }
  return [...groups.values()];
}

export function manifestFor(source: Manifest, target: Target, sites: readonly Site[] = SITES): Manifest {
  const manifest: Manifest = structuredClone(source);
  const matches = sites.flatMap(siteMatches);
  manifest.host_permissions = sitesFor(manifest.host_permissions, 'host_permissions', matches);
  manifest.content_scripts = (manifest.content_scripts ?? []).flatMap((script, i) => {
    sitesFor(script.matches, `content_scripts[${i}].matches`, matches);
    return scriptGroups(sites).map((group) => ({ ...script, matches: group.matches, ...group.options }));
  });
  if (target === 'chrome') return manifest;

  const worker = manifest.background?.service_worker;
  if (worker) manifest.background = { scripts: [worker], type: 'module' };
  delete manifest.minimum_chrome_version;
  // Firefox does not offer `alarms` as an optional permission (its schema lists it among the
  // required no-prompt ones only): there sync runs after writes, at start, on "Sync now" and, while
  // the user works, once a minute at most (src/background/sync-hook.ts, nudge).
  delete manifest.optional_permissions;
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // Firefox's built-in data consent: Pullback collects nothing; sync to the user's own server
      // (issue 14) counts as collection, so its categories are optional, asked for at opt-in.
      data_collection_permissions: { required: ['none'], optional: ['personallyIdentifyingInfo', 'personalCommunications'] },
    },
    // Firefox for Android learned data_collection_permissions in 142.
    gecko_android: { strict_min_version: '142.0' },
  };
  return manifest;
}
