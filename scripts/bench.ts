// `npm run bench`: times scoreDraft on drafts of about 100, 500 and 5,000 words (median and p95 per
// call after warm-up), and the same texts through write-good and sentiment for comparison; then
// the content script's gzipped size, the scorer's share of it, and the scorer's size in the background.
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { build as viteBuild, type Rolldown } from 'vite';
import { checkContentBudget, CONTENT_SCRIPT_BUDGET } from './content-budget.mjs';

// Time the scorer as it ships: what the background runs (core.ts), bundled and minified as the
// build does (running the TypeScript source through a loader adds wrappers of its own).
const bundle = await build({
  stdin: { contents: "export { scoreDraftWith, plainReply, warmUp } from './src/scorer/core.ts';", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  minify: true,
  treeShaking: true,
  format: 'esm',
  write: false,
  target: 'es2022',
});
const code = bundle.outputFiles[0]!.contents;
mkdirSync('.tmp', { recursive: true });
writeFileSync('.tmp/scorer-bench.mjs', code);
const core = (await import(pathToFileURL('.tmp/scorer-bench.mjs').href)) as typeof import('../src/scorer/core.ts');
const { warmUp } = core;
const scoreDraft = (text: string) => core.scoreDraftWith(core.plainReply, text);

const require = createRequire(import.meta.url);
// write-good assigns an undeclared variable, so it only runs as CommonJS (toolchain.md).
const writeGood = require('write-good') as (text: string) => unknown[];
const Sentiment = require('sentiment') as new () => { analyze(text: string): unknown };
const sentiment = new Sentiment();

// Two kinds of prose, timed separately: neutral business prose (the common case: nothing to flag)
// and prose dense with pushy phrases (every sentence a tactic, the worst case for the matcher).
const NEUTRAL = [
  'Hi Jordan, I hope your week is going well.',
  'I wanted to share a short guide on how other fleet managers plan their winter maintenance.',
  'Last year we worked with three depots in the north, and the biggest gain came from planning tyre changes before the first frost.',
  'Our team helped a similar company cut downtime by a fifth, and I thought of you when we wrote it up.',
  'The plan covers inspections, parts and a named technician for each site.',
  'We can start with one depot and review the numbers together after a month.',
  'What are your priorities for the spring season?',
  'I have attached the pricing sheet and two case studies for your review.',
  'Most of our customers book their first visit in the quiet weeks after the holidays.',
  'Happy to introduce you to our customer in Leeds who had the same question.',
  'The technicians carry the common parts, so most repairs are done on the first visit.',
  'Let me know which of the two options fits your schedule better.',
];
const PUSHY = [
  'The offer expires tonight, so you need to act now.',
  "I haven't heard back from you, did you get my emails?",
  'Only two spots are left at this price.',
  "If I don't hear back by Friday, I'll give your slot to someone else.",
  "I've gone ahead and booked us for Thursday at 2.",
  'I need this deal to hit my quota this month.',
  'I expect an answer from you by end of day.',
  'Just checking in on the proposal I sent last Tuesday.',
  'This is REALLY important, please reply!!!',
  "Prices go up on Monday, so don't miss out.",
];
function draft(sentences: string[], words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const s = sentences[i % sentences.length]!;
    out.push(s);
    count += s.split(/\s+/).length;
    if (i % 4 === 3) out.push('\n\n');
  }
  return out.join(' ');
}

/**
 * Median and p95 per call, after warm-up. Each sample times a batch of calls long enough (about 0.5 ms) that the
 * timer's own resolution and cost do not count; the same for every library measured.
 */
function time(fn: () => unknown, samples: number): { median: number; p95: number } {
  // Warm up for about 300 ms, so the optimising compiler has done its work for every library.
  for (const until = performance.now() + 300; performance.now() < until;) fn();
  const t0 = performance.now();
  fn();
  const batch = Math.max(1, Math.ceil(0.5 / Math.max(performance.now() - t0, 0.001)));
  const perCall: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    for (let k = 0; k < batch; k++) fn();
    perCall.push((performance.now() - start) / batch);
  }
  perCall.sort((a, b) => a - b);
  return { median: perCall[Math.floor(samples / 2)]!, p95: perCall[Math.floor(samples * 0.95)]! };
}

const ms = (x: number) => (x < 0.1 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(3)} ms`);
warmUp();
console.log(
  '| prose | words | phrases found per 100 words | Pullback median / p95 | sentiment median | write-good median | sentiment ÷ Pullback | write-good ÷ Pullback |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const [kind, sentences] of [
  ['neutral', NEUTRAL],
  ['pushy-dense', PUSHY],
] as const) {
  for (const words of [100, 500, 5000]) {
    const text = draft(sentences, words);
    const count = text.split(/\s+/).length;
    const ours = time(() => scoreDraft(text), 200);
    const found = scoreDraft(text).reasons.filter((r) => r.start !== null).length;
    const sent = time(() => sentiment.analyze(text), 200);
    const wg = time(() => writeGood(text), 40);
    console.log(
      `| ${kind} | ${count} | ${((100 * found) / count).toFixed(1)} | ${ms(ours.median)} / ${ms(ours.p95)} | ${ms(sent.median)} | ${ms(wg.median)} | ${(sent.median / ours.median).toFixed(1)}x | ${(wg.median / ours.median).toFixed(1)}x |`,
    );
  }
}

// Sizes. The content script is what every supported tab loads; the scorer runs in the background
// and only a few of its helpers (limits, names, ordinals) reach the page.
const content = await viteBuild({
  configFile: false,
  logLevel: 'silent',
  build: { write: false, minify: true, target: 'es2022', lib: { entry: 'src/content/index.ts', formats: ['iife'], name: 'pullback' } },
});
const chunk = (Array.isArray(content) ? content[0]! : (content as Rolldown.RolldownOutput)).output[0];
const rendered = Object.entries(chunk.modules).map(([id, m]) => ({ scorer: id.includes('/src/scorer/'), length: m.renderedLength }));
const share = rendered.filter((m) => m.scorer).reduce((n, m) => n + m.length, 0) / rendered.reduce((n, m) => n + m.length, 0);
const contentGzip = gzipSync(chunk.code, { level: 9 }).length;
const shipped = existsSync('dist/chrome/src/content/index.js') ? checkContentBudget('dist/chrome/src/content/index.js') : null;
console.log(
  `\ncontent script: ${(contentGzip / 1024).toFixed(1)} KB gzip (budget ${CONTENT_SCRIPT_BUDGET / 1024} KB)` +
    (shipped ? `; as built in dist/chrome: ${shipped.figure}` : '') +
    `\nscorer's share of the content script: ${(100 * share).toFixed(1)} % of its code, about ${((share * contentGzip) / 1024).toFixed(1)} KB gzip (target <= 15 KB)` +
    `\nscorer in the background: ${(code.length / 1024).toFixed(1)} KB minified, ${(gzipSync(code).length / 1024).toFixed(1)} KB gzip`,
);
