// Firefox ESR tests against the built Firefox add-on. Checks for Firefox first so a missing browser
// is one clear line, not a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
if (!candidates.some((p) => p && existsSync(p))) {
  console.error('Firefox ESR not found: install it with `apt-get update && apt-get install -y firefox-esr` (or set FIREFOX_PATH).');
  process.exit(1);
}
const report = process.argv.indexOf('--report');
const args = ['vitest', 'run', '-c', 'test/firefox/vitest.config.ts'];
if (report > 0) args.push('--reporter=default', '--reporter=json', `--outputFile.json=${process.argv[report + 1]}`);
const { status } = spawnSync('npx', args, { stdio: 'inherit' });
process.exit(status ?? 1);
