// Prints the closing line CI reads, `N passed, N failed`, counting every test that ran
// (unit and real-browser) from the vitest JSON reports written by `npm test`.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const name of ['unit', 'browser', 'firefox']) {
  const file = `.reports/${name}.json`;
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A test file that failed to load ran no tests; count it once.
  failed += (report.testResults ?? []).filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
}
// A step that failed before its tests could run (type check, lint, build) counts as one failure.
const exitCode = Number(process.argv[2] ?? 0);
if (exitCode !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
