// `npm test`: every check, in order, stopping at the first failure:
// type check, formatting (Prettier), lint (with the import-cycle check and knip), unit tests, both builds, Mozilla's linter on the
// Firefox build, the real-browser tests in Chromium, and the Firefox ESR tests.
// Test results go to .reports/ for .ci/run's summary.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

rmSync('.reports', { recursive: true, force: true });
mkdirSync('.reports', { recursive: true });

const vitest = (config, report) => [
  'npx',
  'vitest',
  'run',
  ...(config ? ['-c', config] : []),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=.reports/${report}.json`,
];
const steps = [
  ['type check', ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['format check', ['npm', 'run', '-s', 'format:check']],
  ['lint', ['npm', 'run', '-s', 'lint']],
  ['unit tests', vitest(null, 'unit')],
  ['build', ['npm', 'run', '-s', 'build']],
  ['web-ext lint', ['node', 'scripts/lint-firefox.mjs']],
  ['browser tests', ['node', 'scripts/browser-tests.mjs', '--report', '.reports/browser.json']],
  ['Firefox tests', ['node', 'scripts/browser-tests.mjs', '--firefox', '--report', '.reports/firefox.json']],
];

for (const [name, [command, ...args]] of steps) {
  const started = performance.now();
  console.log(`\n▶ ${name}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`✖ ${name} failed after ${seconds} s`);
    process.exit(status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
