// Mozilla's linter on the Firefox build; fails on any error or warning.
import { spawnSync } from 'node:child_process';

const { stdout, status } = spawnSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--self-hosted=false', '--output', 'json'], { encoding: 'utf8' });
let result;
try {
  result = JSON.parse(stdout);
} catch {
  console.error(`web-ext lint did not run (exit ${status}):\n${stdout}`);
  process.exit(1);
}
const { errors, warnings, notices } = result.count ?? { errors: result.errors.length, warnings: result.warnings.length, notices: result.notices.length };
for (const item of [...result.errors, ...result.warnings]) console.error(`${item.code} ${item.file ?? ''}: ${item.message}`);
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors + warnings > 0 ? 1 : 0);
