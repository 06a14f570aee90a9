// `node --import tsx scripts/fit-weights.ts`: fits the weights of the weak and warm tone rules to the
// politeness and negotiation corpora (logistic regression on their even rows), and reports ROC AUC on
// the odd rows it did not see, next to the AUC of the weights the rules carry now. It prints
// suggested weights; the rules keep readable round numbers, copied by hand.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scoreDraft } from '../src/scorer/index.ts';
import { ALL_RULES } from '../src/scorer/rules/index.ts';
import { BUILT_IN_EXTRA_RULES } from '../src/scorer/tone.ts';
import { parseDelimited } from './csv.ts';
import { rocAuc } from './metrics.ts';

const dir = resolve(process.env.PULLBACK_EVAL_DIR ?? join(import.meta.dirname, '..', '..', 'shared', 'eval'));
const read = (file: string) => parseDelimited(readFileSync(join(dir, file), 'utf8'), ',');
type Row = { text: string; y: number; corpus: string; index: number };
const rows: Row[] = [];
{
  const data = read('politeness/wikipedia.annotated.csv').map((r) => ({ text: r.Request!, polite: Number(r['Normalized Score']) }));
  const sorted = [...data].sort((a, b) => a.polite - b.polite);
  const q = Math.floor(sorted.length / 4);
  sorted.slice(0, q).forEach((r, i) => rows.push({ text: r.text, y: 1, corpus: 'wiki', index: i }));
  sorted.slice(-q).forEach((r, i) => rows.push({ text: r.text, y: 0, corpus: 'wiki', index: i }));
}
read('offers/phone_offers.csv').forEach((r, i) => rows.push({ text: r.message!, y: r.condition === '0' ? 1 : 0, corpus: 'offers', index: i }));

const fitted = [...ALL_RULES, ...BUILT_IN_EXTRA_RULES].filter((r) => r.kind === 'weak' || r.kind === 'warm' || r.kind === 'mild');
const ids = fitted.map((r) => r.id);
const features = rows.map((row) => {
  const counts = new Map<string, number>();
  for (const reason of scoreDraft(row.text).reasons) counts.set(reason.rule, (counts.get(reason.rule) ?? 0) + 1);
  return ids.map((id) => Math.min(3, counts.get(id) ?? 0));
});
const train = rows.map((r, i) => i).filter((i) => rows[i]!.index % 2 === 0);
const test = rows.map((r, i) => i).filter((i) => rows[i]!.index % 2 === 1);

// Logistic regression, L2, by gradient descent; each corpus weighs the same.
const w = new Array<number>(ids.length).fill(0);
let b = 0;
const weightOf = (i: number) => (rows[i]!.corpus === 'wiki' ? 1 : 4);
for (let epoch = 0; epoch < 3000; epoch++) {
  const g = new Array<number>(ids.length).fill(0);
  let gb = 0;
  let total = 0;
  for (const i of train) {
    const x = features[i]!;
    const z = b + x.reduce((s, v, k) => s + v * w[k]!, 0);
    const p = 1 / (1 + Math.exp(-z));
    const err = (p - rows[i]!.y) * weightOf(i);
    for (let k = 0; k < x.length; k++) g[k] = g[k]! + err * x[k]!;
    gb += err;
    total += weightOf(i);
  }
  for (let k = 0; k < w.length; k++) w[k] = w[k]! - 0.5 * (g[k]! / total + 0.002 * w[k]!);
  b -= 0.5 * (gb / total);
}
const auc = (set: number[], corpus: string, score: (i: number) => number) => {
  const s = set.filter((i) => rows[i]!.corpus === corpus);
  return rocAuc(s.filter((i) => rows[i]!.y === 1).map(score), s.filter((i) => rows[i]!.y === 0).map(score));
};
const linear = (i: number) => features[i]!.reduce((s, v, k) => s + v * w[k]!, 0);
const current = (i: number) => scoreDraft(rows[i]!.text).score;
for (const corpus of ['wiki', 'offers']) {
  console.log(
    `${corpus}: held-out AUC, fitted ${auc(test, corpus, linear).toFixed(3)} (train ${auc(train, corpus, linear).toFixed(3)}); the scorer now ${auc(test, corpus, current).toFixed(3)}`,
  );
}
// Points per match on the scorer's scale: a logit of 1 is about 8 points.
console.log('\nsuggested weights (points per match; the rule now):');
for (let k = 0; k < ids.length; k++) {
  const rule = fitted[k]!;
  console.log(`  ${ids[k]!.padEnd(28)} ${(w[k]! * 8).toFixed(1).padStart(6)}   (${rule.kind} ${rule.weight})`);
}
