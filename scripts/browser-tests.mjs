// Real-browser tests against the built extension. Checks for Chromium first so a missing browser is
// one clear line, not a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
if (!candidates.some((p) => p && existsSync(p))) {
  console.error('Chromium not found: install it with `apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH).');
  process.exit(1);
}
const report = process.argv.indexOf('--report');
const args = ['vitest', 'run', '-c', 'test/browser/vitest.config.ts'];
if (report > 0) args.push('--reporter=default', '--reporter=json', `--outputFile.json=${process.argv[report + 1]}`);
args.push(...process.argv.slice(2).filter((a, i, all) => a !== '--report' && all[i - 1] !== '--report'));
const { status } = spawnSync('npx', args, { stdio: 'inherit' });
process.exit(status ?? 1);
