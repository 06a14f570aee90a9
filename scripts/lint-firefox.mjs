// Mozilla's linter on the Firefox build; fails on any error or warning.
// `node scripts/lint-firefox.mjs [--source-dir <dir>]` (default dist/firefox; the test points it elsewhere).
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { 'source-dir': { type: 'string', default: 'dist/firefox' } } });
const { stdout, status } = spawnSync('npx', ['web-ext', 'lint', '--source-dir', values['source-dir'], '--self-hosted=false', '--output', 'json'], {
  encoding: 'utf8',
});
let result;
try {
  result = JSON.parse(stdout);
} catch {
  console.error(`web-ext lint did not run (exit ${status}):\n${stdout}`);
  process.exit(1);
}
// web-ext's `count` is the total (a number); the lists themselves are what we count and print.
const { errors, warnings, notices } = result;
if (![errors, warnings, notices].every(Array.isArray)) {
  console.error(`web-ext lint output has no errors/warnings/notices lists; its format changed:\n${stdout.slice(0, 2000)}`);
  process.exit(1);
}
for (const item of [...errors, ...warnings]) console.error(`${item._type} ${item.code} ${item.file ?? ''}${item.line ? `:${item.line}` : ''}: ${item.message}`);
console.log(`web-ext lint: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
process.exit(errors.length + warnings.length > 0 ? 1 : 0);
