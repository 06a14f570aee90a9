// The wrapper around Mozilla's linter is a check only if it can fail: run it on a tiny extension
// that Mozilla flags, and on one it does not.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A minimal valid MV3 Firefox extension whose one content script is `script`. */
function extension(script: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pullback-lint-'));
  dirs.push(dir);
  const manifest = {
    manifest_version: 3,
    name: 'Lint probe',
    version: '1.0.0',
    browser_specific_settings: { gecko: { id: 'lint-probe@pullback.test', data_collection_permissions: { required: ['none'] } } },
    content_scripts: [{ matches: ['https://mail.google.com/*'], js: ['content.js'] }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'content.js'), script);
  return dir;
}

function lint(dir: string) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['scripts/lint-firefox.mjs', '--source-dir', dir], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

describe('scripts/lint-firefox.mjs', () => {
  it('fails on a warning, naming it and counting it', () => {
    const run = lint(extension('const box = document.createElement("div");\nbox.innerHTML = location.hash;\ndocument.body.append(box);\n'));
    expect(run.stdout).toContain('web-ext lint: 0 errors, 1 warnings, 0 notices');
    expect(run.stderr).toContain('UNSAFE_VAR_ASSIGNMENT');
    expect(run.status).toBe(1);
  });

  it('fails on an error', () => {
    const dir = extension('document.title = "x";\n');
    writeFileSync(join(dir, 'manifest.json'), '{ "manifest_version": 3, "name": "x" }');
    const run = lint(dir);
    expect(run.stdout).toMatch(/web-ext lint: [1-9]\d* errors/);
    expect(run.status).toBe(1);
  });

  it('passes a clean extension', () => {
    const run = lint(extension('const box = document.createElement("div");\nbox.textContent = location.hash;\ndocument.body.append(box);\n'));
    expect(run.stdout).toContain('web-ext lint: 0 errors, 0 warnings, 0 notices');
    expect(run.status).toBe(0);
  });
});
