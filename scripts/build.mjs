// `npm run build`: the Chrome/Edge build in dist/chrome, the Firefox build in dist/firefox,
// and a store-ready zip of each in dist/. Fails when the content script (loaded into every Gmail,
// LinkedIn and Outlook tab) grows past its budget.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { checkContentBudget } from './content-budget.mjs';
import { zipFolder } from './zip.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const vite = 'node_modules/vite/bin/vite.js';

for (const target of ['chrome', 'firefox']) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    encoding: 'utf8',
    env: { ...process.env, PULLBACK_TARGET: target },
  });
  // Passed on, less crxjs's own progress lines and its one harmless warning (it sets
  // inlineDynamicImports beside codeSplitting: false for the standalone content script).
  const said = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((line) => line.trim() && !line.includes('[crx:') && !line.includes('inlineDynamicImports option is ignored') && !/^\s*✓ index\.ts/.test(line));
  if (said.length) console.log(said.join('\n'));
  if (run.status !== 0) {
    console.error(`build ${target}: vite exited with ${run.status ?? run.signal}`);
    process.exit(1);
  }
  const { ok, figure } = checkContentBudget(`dist/${target}/src/content/index.js`);
  if (!ok) {
    console.error(`build ${target}: ${figure}: over budget; keep heavy code in the background`);
    process.exit(1);
  }
  const zip = `dist/pullback-${version}-${target}.zip`;
  zipFolder(`dist/${target}`, zip);
  console.log(`built dist/${target} and ${zip} in ${Math.round(performance.now() - started)} ms; ${figure}`);
}
