// Fails when modules under src/ import each other in a circle (STYLE.md: a cycle check runs with the tests).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [resolve(full)] : [];
  });
}

const graph = new Map();
for (const file of files('src')) {
  const source = readFileSync(file, 'utf8');
  const deps = [...source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/gm)]
    .filter((m) => !/^\s*import\s+type\s/.test(m[0]) && !/^\s*export\s+type\s/.test(m[0]))
    .map((m) => resolve(dirname(file), m[1]));
  graph.set(file, deps.filter((d) => /\.tsx?$/.test(d)));
}

const state = new Map();
const stack = [];
let cycle = null;
function visit(node) {
  if (cycle) return;
  state.set(node, 'open');
  stack.push(node);
  for (const next of graph.get(node) ?? []) {
    if (state.get(next) === 'open') cycle = [...stack.slice(stack.indexOf(next)), next];
    else if (!state.has(next)) visit(next);
    if (cycle) return;
  }
  stack.pop();
  state.set(node, 'done');
}
for (const node of graph.keys()) if (!state.has(node)) visit(node);
if (cycle) {
  console.error(`Import cycle: ${cycle.map((f) => f.replace(`${process.cwd()}/`, '')).join(' -> ')}`);
  process.exit(1);
}
console.log(`No import cycles among ${graph.size} modules.`);
