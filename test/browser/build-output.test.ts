/** The built extension, as shipped: no dynamic code, no remote code, pinned CSP and permissions. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '../../src/sites/registry.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe.each(['chrome', 'firefox'])('dist/%s', (target) => {
  const dir = join('dist', target);
  const all = files(dir);
  const scripts = all.filter((f) => f.endsWith('.js'));
  const pages = all.filter((f) => f.endsWith('.html'));
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  it('has no eval, no new Function, no string timers and no remote imports', () => {
    expect(scripts.length).toBeGreaterThan(3);
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(/);
      expect(code, file).not.toMatch(/\bnew\s+Function\s*\(/);
      expect(code, file).not.toMatch(/\bset(Timeout|Interval)\s*\(\s*["'`]/);
      expect(code, file).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
      expect(code, file).not.toMatch(/\bimportScripts\s*\(/);
    }
  });

  it('its pages load only their own scripts, with no inline script', () => {
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) {
        expect(tag, file).toMatch(/\bsrc="\/[^"]+\.js"/);
        expect(
          tag
            .replace(/<script\b[^>]*>/, '')
            .replace('</script>', '')
            .trim(),
          file,
        ).toBe('');
      }
      expect(html, file).not.toMatch(/\son[a-z]+=/i);
      expect(html, file).not.toMatch(/(src|href)="https?:/);
    }
  });

  it('pins the CSP, the permissions, and the absence of web_accessible_resources and externally_connectable', () => {
    expect(manifest.content_security_policy).toEqual({
      extension_pages:
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src https: http://127.0.0.1:* http://localhost:*; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    });
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toEqual([
      'https://mail.google.com/*',
      'https://www.linkedin.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.live.com/*',
      'https://outlook.cloud.microsoft/*',
    ]);
    // The build filled in the registry's sites (src/sites/registry.ts), in both places.
    expect(manifest.host_permissions).toEqual(SITE_MATCHES);
    expect(manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches)).toEqual(SITE_MATCHES);
    // Sync (issue 14) is opt-in: its permissions are optional, requested when it is turned on
    // (Firefox cannot make `alarms` optional; its sync runs without a periodic alarm).
    expect(manifest.optional_permissions).toEqual(target === 'firefox' ? undefined : ['alarms']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*']);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    // Gmail and LinkedIn in the top frame; Outlook in every frame and its about:blank popped-out composes.
    expect(manifest.content_scripts).toHaveLength(2);
    expect(manifest.content_scripts[0]).not.toHaveProperty('all_frames');
    expect(manifest.content_scripts[1]).toMatchObject({
      all_frames: true,
      match_about_blank: true,
      matches: SITE_MATCHES.filter((m) => m.includes('outlook')),
    });
    for (const script of manifest.content_scripts) expect(script.js).toEqual(manifest.content_scripts[0].js);
  });

  it('the content script is one self-contained file', () => {
    const code = readFileSync(join(dir, manifest.content_scripts[0].js[0]), 'utf8');
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).not.toMatch(/chrome\.runtime\.getURL\(["'`][^"'`]*\.js/);
  });
});
