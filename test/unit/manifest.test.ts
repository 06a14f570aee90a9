import { describe, expect, it } from 'vitest';
import source from '../../manifest.json' with { type: 'json' };
import { FIREFOX_MIN_VERSION, GECKO_ID, manifestFor } from '../../scripts/manifest-for.ts';

const SITES = [
  'https://mail.google.com/*',
  'https://www.linkedin.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
];

describe('manifest', () => {
  it.each(['chrome', 'firefox'] as const)('%s: asks only for storage and the three sites’ hosts', (target) => {
    const m = manifestFor(source, target) as typeof source & Record<string, unknown>;
    expect(m.permissions).toEqual(['storage']);
    expect(m.host_permissions).toEqual(SITES);
    expect(m.content_scripts.flatMap((c) => c.matches)).toEqual(SITES);
    expect(m).not.toHaveProperty('web_accessible_resources');
    expect(m).not.toHaveProperty('externally_connectable');
    // Sync (issue 14) is opt-in: alarms and the server's origin are optional, asked for when it is turned on.
    expect(m.optional_permissions).toEqual(target === 'chrome' ? ['alarms'] : undefined);
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*']);
  });

  it('pins the extension pages CSP: own scripts only, no eval; connections only as sync needs them', () => {
    const csp = source.content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self'");
    // A sync server the user types is known only at run time (shared sync.md): https, and loopback
    // for a test server. Every request still goes through one origin-locked wrapper (src/sync/request.ts).
    expect(csp).toContain('connect-src https: http://127.0.0.1:* http://localhost:*;');
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(csp.replace(/connect-src [^;]*;/, '')).not.toMatch(/https?:/);
  });

  it('names itself through _locales', () => {
    expect(source.name).toBe('__MSG_extName__');
    expect(source.description).toBe('__MSG_extDescription__');
    expect(source.default_locale).toBe('en');
  });

  it('firefox: background scripts, gecko id, no data collection required (sync asks for its optional consent)', () => {
    const m = manifestFor(source, 'firefox') as Record<string, unknown>;
    expect(m.background).toEqual({ scripts: [source.background.service_worker], type: 'module' });
    expect(m).not.toHaveProperty('minimum_chrome_version');
    expect(m.browser_specific_settings).toMatchObject({
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'], optional: ['personallyIdentifyingInfo', 'personalCommunications'] },
      },
    });
  });

  it('chrome: a service worker, and the source is not mutated by the Firefox variant', () => {
    manifestFor(source, 'firefox');
    expect(manifestFor(source, 'chrome').background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
  });
});
