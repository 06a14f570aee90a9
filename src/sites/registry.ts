/**
 * Every site Pullback works on, declared once. The manifest (scripts/manifest-for.ts), the
 * background's sender check (src/background/sender.ts), the content script's adapter choice
 * (src/sites/adapters.ts) and the test harness's hosts all derive from this list, and
 * test/unit/registry.test.ts fails when one of them drifts.
 *
 * Data only: the background imports this file, so it must not import any adapter code. A site's
 * adapter lives in `src/sites/<id>/adapter.ts` and is found by its id (src/sites/adapters.ts).
 *
 * A new site is one folder `src/sites/<id>/` (adapter.ts exporting `siteAdapter`, selectors.ts),
 * one entry here, and its fixture pages in `test/fixtures/<id>/`.
 */

export interface Site {
  /** The folder under src/sites and test/fixtures. */
  readonly id: string;
  /** Recorded with every message (a short lowercase name, src/scorer/context.ts CHANNEL_NAME); never changes once shipped. */
  readonly channel: string;
  /** The exact hostnames the content script runs on and may message the background from. */
  readonly hosts: readonly string[];
  /**
   * How the content script is injected on this site, where it differs from the default (top
   * frame only). Sites sharing options share one manifest content_scripts entry.
   */
  readonly contentScript?: ContentScriptOptions;
}

interface ContentScriptOptions {
  /** Run in every frame on the site's hosts, not only the top one. */
  readonly allFrames?: boolean;
  /**
   * Also run in about:blank windows and frames the site's pages open or create (a compose popped
   * out into a script-written window). Needs allFrames to reach frames.
   */
  readonly matchAboutBlank?: boolean;
}

export const SITES = [
  { id: 'gmail', channel: 'gmail', hosts: ['mail.google.com'] },
  { id: 'linkedin', channel: 'linkedin', hosts: ['www.linkedin.com'] },
  {
    id: 'outlook',
    channel: 'outlook',
    hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'],
    // A popped-out compose is a script-written about:blank window of the opener.
    contentScript: { allFrames: true, matchAboutBlank: true },
  },
] as const satisfies readonly Site[];

export type SiteId = (typeof SITES)[number]['id'];
export type SiteChannel = (typeof SITES)[number]['channel'];

/** Every host, in registry order. */
export const SITE_HOSTS: readonly string[] = SITES.flatMap((site) => site.hosts);

/** Every channel, in registry order. */
export const SITE_CHANNELS: readonly SiteChannel[] = SITES.map((site) => site.channel);

/** The manifest match pattern for a host: HTTPS only, every path. */
const matchPattern = (host: string): string => `https://${host}/*`;

/** Match patterns for host_permissions and the content script, in registry order. */
export const SITE_MATCHES: readonly string[] = SITE_HOSTS.map(matchPattern);

/** A site's match patterns. */
export const siteMatches = (site: Site): string[] => site.hosts.map(matchPattern);

/**
 * The hostname a page's content script serves: its own, or for an about:blank window or frame
 * (which has none) the origin it inherited from the site page that made it.
 */
export function pageHost(location: { protocol: string; hostname: string }, origin: string): string {
  if (location.protocol !== 'about:') return location.hostname;
  try {
    const url = new URL(origin);
    return url.protocol === 'https:' ? url.hostname : '';
  } catch {
    return '';
  }
}

/** The site served on this exact hostname, if any. */
export function siteForHost(host: string): (typeof SITES)[number] | undefined {
  return SITES.find((site) => (site.hosts as readonly string[]).includes(host));
}
