/**
 * The site registry (src/sites/registry.ts) is the one list of sites: every place that needs the
 * sites derives from it. Each test here fails when one of those places drifts from it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import source from '../../manifest.json' with { type: 'json' };
import { manifestFor, SITES_PLACEHOLDER } from '../../scripts/manifest-for.ts';
import { CONTENT_HOSTS, originOf } from '../../src/background/sender.ts';
import { parseRequest } from '../../src/messaging/protocol.ts';
import { CHANNEL_NAME } from '../../src/scorer/context.ts';
import { adapterForHost, ADAPTERS } from '../../src/sites/adapters.ts';
import { pageHost, SITE_CHANNELS, SITE_HOSTS, SITE_MATCHES, SITES, siteForHost } from '../../src/sites/registry.ts';
import { FIXTURES, HOSTS, hostResolverRules, ROOT } from '../harness/server.ts';

const OWN = 'own-extension-id';
const BASE = `chrome-extension://${OWN}/`;
const from = (url: string) => originOf({ id: OWN, url, tab: { id: 1 } }, OWN, BASE);

describe('the registry itself', () => {
  it('has unique ids, channels and hosts; channels are valid names; hosts are plain lowercase hostnames', () => {
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    expect(new Set(SITE_CHANNELS).size).toBe(SITES.length);
    expect(new Set(SITE_HOSTS).size).toBe(SITE_HOSTS.length);
    for (const channel of SITE_CHANNELS) expect(channel).toMatch(CHANNEL_NAME);
    for (const host of SITE_HOSTS) expect(new URL(`https://${host}/`).hostname, host).toBe(host);
    for (const site of SITES) expect(site.hosts.length, site.id).toBeGreaterThan(0);
  });

  it('maps each host to its site, and nothing else', () => {
    for (const site of SITES) for (const host of site.hosts) expect(siteForHost(host)?.id).toBe(site.id);
    for (const host of ['google.com', 'gmail.com', 'linkedin.com', 'evil.test', '']) expect(siteForHost(host)).toBeUndefined();
  });
});

describe('the manifest is generated from the registry', () => {
  it.each(['chrome', 'firefox'] as const)('%s: host_permissions and content script matches are the registry’s', (target) => {
    const m = manifestFor(source, target) as { host_permissions: string[]; content_scripts: { matches: string[] }[] };
    const expected = SITE_HOSTS.map((h) => `https://${h}/*`);
    expect(m.host_permissions).toEqual(expected);
    expect(SITE_MATCHES).toEqual(expected);
    expect(m.content_scripts.flatMap((script) => script.matches)).toEqual(expected);
  });

  it('a site’s content-script options reach only its own entry', () => {
    const m = manifestFor(source, 'chrome') as { content_scripts: { matches: string[]; all_frames?: boolean; match_about_blank?: boolean }[] };
    for (const site of SITES) {
      const entry = m.content_scripts.find((script) => script.matches.includes(`https://${site.hosts[0]}/*`))!;
      const options = 'contentScript' in site ? site.contentScript : undefined;
      expect(entry.all_frames ?? false, site.id).toBe(options?.allFrames ?? false);
      expect(entry.match_about_blank ?? false, site.id).toBe(options?.matchAboutBlank ?? false);
      for (const host of site.hosts) expect(entry.matches).toContain(`https://${host}/*`);
    }
    // Every entry runs the same script.
    expect(new Set(m.content_scripts.map((script) => JSON.stringify((script as unknown as { js: string[] }).js))).size).toBe(1);
  });

  it('an about:blank window made by a site page serves that site; any other about:blank none', () => {
    expect(pageHost({ protocol: 'about:', hostname: '' }, 'https://outlook.office.com')).toBe('outlook.office.com');
    expect(pageHost({ protocol: 'about:', hostname: '' }, 'null')).toBe('');
    expect(pageHost({ protocol: 'about:', hostname: '' }, 'http://outlook.office.com')).toBe('');
    expect(pageHost({ protocol: 'https:', hostname: 'mail.google.com' }, 'https://evil.test')).toBe('mail.google.com');
  });

  it('the source manifest names no site: a hand-written host fails the build', () => {
    expect(source.host_permissions).toEqual([SITES_PLACEHOLDER]);
    expect(source.content_scripts.map((c) => c.matches)).toEqual([[SITES_PLACEHOLDER]]);
    const handWritten = { ...source, host_permissions: ['https://mail.google.com/*'] };
    expect(() => manifestFor(handWritten, 'chrome')).toThrow(/registry/);
    const extra = { ...source, content_scripts: [{ ...source.content_scripts[0]!, matches: [SITES_PLACEHOLDER, 'https://evil.test/*'] }] };
    expect(() => manifestFor(extra, 'firefox')).toThrow(/registry/);
  });

  it('a site added to the registry reaches both lists', () => {
    const more = [...SITE_MATCHES, 'https://mail.example/*'];
    const sites = [...SITES, { id: 'example', channel: 'example', hosts: ['mail.example'] }];
    const m = manifestFor(source, 'chrome', sites) as { host_permissions: string[]; content_scripts: { matches: string[] }[] };
    expect(m.host_permissions).toEqual(more);
    expect(m.content_scripts.flatMap((script) => script.matches).sort()).toEqual([...more].sort());
    expect(m.content_scripts[0]!.matches).toContain('https://mail.example/*');
  });
});

describe('the background accepts content messages from exactly the registry hosts', () => {
  it('the allow-list is the registry’s host list', () => {
    expect([...CONTENT_HOSTS].sort()).toEqual([...SITE_HOSTS].sort());
  });

  it.each(SITE_HOSTS)('%s: a content script there is a content origin', (host) => {
    expect(from(`https://${host}/some/page?q=1`)).toBe('content');
    expect(from(`http://${host}/`)).toBeNull();
    expect(from(`https://${host}.evil.test/`)).toBeNull();
    expect(from(`https://x.${host}/`)).toBeNull();
  });

  it('refuses hosts the registry does not list', () => {
    for (const url of ['https://google.com/', 'https://evil.test/', 'https://outlook.evil.test/mail/']) expect(from(url)).toBeNull();
  });

  it('an about:blank window counts by the origin it inherited, and only that', () => {
    const blank = (origin?: string) => originOf({ id: OWN, url: 'about:blank', ...(origin ? { origin } : {}), tab: { id: 1 } }, OWN, BASE);
    expect(blank('https://outlook.office.com')).toBe('content');
    expect(blank('https://evil.test')).toBeNull();
    expect(blank('null')).toBeNull();
    expect(blank()).toBeNull();
    expect(originOf({ id: OWN, url: 'about:blank', origin: 'https://outlook.office.com' }, OWN, BASE)).toBeNull();
  });

  it('validates compose.state channels against the registry', () => {
    for (const channel of SITE_CHANNELS) {
      expect(parseRequest({ type: 'compose.state', payload: { level: 'ok', channel, people: [] } }, 'content', 100).type).toBe('compose.state');
    }
    expect(() => parseRequest({ type: 'compose.state', payload: { level: 'ok', channel: 'myspace', people: [] } }, 'content', 100)).toThrow(/channel/);
  });
});

describe('the test harness serves exactly the registry hosts', () => {
  it('fixture server hosts and Chromium resolver rules', () => {
    expect(Object.keys(HOSTS).sort()).toEqual([...SITE_HOSTS].sort());
    for (const site of SITES) for (const host of site.hosts) expect(HOSTS[host]).toBe(site.id);
    const rules = hostResolverRules(4443);
    for (const host of SITE_HOSTS) expect(rules).toContain(`MAP ${host} 127.0.0.1:4443`);
    // Everything else resolves nowhere, and the host list has no extra entry.
    expect(rules).toMatch(/MAP \* ~NOTFOUND/);
    expect(rules.match(/MAP [^*]\S* 127\.0\.0\.1/g)).toHaveLength(SITE_HOSTS.length);
  });
});

describe('every registry site has its code and fixtures, and every site folder is registered', () => {
  it.each(SITES.map((s) => [s.id, s] as const))('%s: adapter with the same channel, selectors, fixture pages', (id, site) => {
    const adapter = ADAPTERS[id];
    expect(adapter, `src/sites/${id}/adapter.ts must export siteAdapter`).toBeDefined();
    expect(adapter!.channel).toBe(site.channel);
    for (const host of site.hosts) expect(adapterForHost(host)).toBe(adapter);
    expect(existsSync(join(ROOT, 'src', 'sites', id, 'selectors.ts'))).toBe(true);
    expect(existsSync(join(FIXTURES, id, 'index.html')), `test/fixtures/${id}/index.html`).toBe(true);
  });

  it('no site folder or fixture folder is missing from the registry', () => {
    const dirs = (path: string) => readdirSync(path).filter((name) => statSync(join(path, name)).isDirectory());
    const ids = SITES.map((s) => s.id as string).sort();
    expect(dirs(join(ROOT, 'src', 'sites')).sort()).toEqual(ids);
    expect(dirs(FIXTURES).sort()).toEqual(ids);
  });

  it('no host outside the registry gets an adapter', () => {
    for (const host of ['google.com', 'linkedin.com', 'evil.test']) expect(adapterForHost(host)).toBeUndefined();
  });
});

/** Relative runtime imports of a module (type-only imports are erased and do not count). */
function runtimeImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/^\s*(?:import|export)\s(?!type\s)[^'"]*?from\s+'(\.[^']+)'|^\s*import\s+'(\.[^']+)'/gm)].map((m) =>
    resolve(dirname(file), (m[1] ?? m[2])!),
  );
}

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file) || !/\.tsx?$/.test(file)) return;
    seen.add(file);
    for (const next of runtimeImports(file)) walk(next);
  };
  walk(entry);
  return seen;
}

describe('adapter code stays in the content script', () => {
  it.each(['src/background/index.ts', 'src/ui/popup/main.tsx', 'src/ui/options/main.tsx'])('%s reaches the registry data, never an adapter', (entry) => {
    const files = [...reachable(join(ROOT, entry))].map((f) => relative(ROOT, f));
    expect(files.filter((f) => f.startsWith('src/sites/') && f !== 'src/sites/registry.ts')).toEqual([]);
  });

  it('the registry imports nothing (it is data)', () => {
    expect(runtimeImports(join(ROOT, 'src', 'sites', 'registry.ts'))).toEqual([]);
  });

  it('the content entry reaches every adapter through the registry lookup', () => {
    const files = [...reachable(join(ROOT, 'src/content/index.ts'))].map((f) => relative(ROOT, f));
    expect(files).toContain('src/sites/adapters.ts');
    expect(files).toContain('src/sites/registry.ts');
  });
});
