// Real-browser tests against the built extension: Chromium by default, Firefox ESR with --firefox.
// Checks for the browser first so a missing one is one clear line, not a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const firefox = process.argv.includes('--firefox');
const browser = firefox
  ? {
      name: 'Firefox ESR',
      pkg: 'firefox-esr',
      env: 'FIREFOX_PATH',
      paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
      config: 'test/firefox/vitest.config.ts',
    }
  : {
      name: 'Chromium',
      pkg: 'chromium',
      env: 'CHROMIUM_PATH',
      paths: ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'],
      config: 'test/browser/vitest.config.ts',
    };

if (![process.env[browser.env], ...browser.paths].some((p) => p && existsSync(p))) {
  console.error(`${browser.name} not found: install it with \`apt-get update && apt-get install -y ${browser.pkg}\` (or set ${browser.env}).`);
  process.exit(1);
}
const args = ['vitest', 'run', '-c', browser.config];
const report = process.argv.indexOf('--report');
if (report > 0) args.push('--reporter=default', '--reporter=json', `--outputFile.json=${process.argv[report + 1]}`);
args.push(...process.argv.slice(2).filter((a, i, all) => a !== '--report' && a !== '--firefox' && all[i - 1] !== '--report'));
const { status } = spawnSync('npx', args, { stdio: 'inherit' });
process.exit(status ?? 1);
