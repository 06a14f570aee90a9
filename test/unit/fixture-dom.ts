/** Loads a fixture page into happy-dom and runs its site scripts, for adapter tests without a browser. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { SiteId } from '../../src/sites/registry.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export function loadFixture(site: SiteId, url: string, scripts: string[], page = 'index.html'): Window {
  const window = new Window({ url, width: 1280, height: 800 });
  const html = readFileSync(join(FIXTURES, site, page), 'utf8').replace(/<script[^>]*><\/script>/g, '');
  window.document.write(html);
  for (const script of scripts) {
    const code = readFileSync(join(FIXTURES, site, script), 'utf8');
    // The fixture scripts expect a browser's globals.
    new Function('window', 'document', 'location', 'URLSearchParams', code)(window, window.document, window.location, window.URLSearchParams);
  }
  return window;
}
