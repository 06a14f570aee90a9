// `npm run eval`: scores the human-labelled corpora in ../shared/eval (or PULLBACK_EVAL_DIR) and
// prints one table. Each corpus is a proxy for one part of the judgement; they are never pooled.
// Options: --misses N prints N misses per corpus (to read, never to fit rules to single sentences).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { atLeast, classifyReply, scoreDraft } from '../src/scorer/index.ts';
import { parseDelimited } from './csv.ts';
import { rocAuc, spearman } from './metrics.ts';

const dir = resolve(process.env.PULLBACK_EVAL_DIR ?? join(import.meta.dirname, '..', '..', 'shared', 'eval'));
if (!existsSync(dir)) {
  console.error(`Eval corpora not found in ${dir}: set PULLBACK_EVAL_DIR.`);
  process.exit(1);
}
const missesArg = process.argv.indexOf('--misses');
const showMisses = missesArg > 0 ? Number(process.argv[missesArg + 1] ?? 5) : 0;
const read = (file: string, delimiter = ',') => parseDelimited(readFileSync(join(dir, file), 'utf8'), delimiter);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const rows: string[][] = [];
const misses: string[] = [];
const note = (title: string, texts: string[]) => {
  if (showMisses) misses.push(`-- ${title}`, ...texts.slice(0, showMisses).map((t) => `   ${t.replace(/\s+/g, ' ').slice(0, 160)}`));
};

// Politeness: impolite quartile should score pushier than the polite quartile.
{
  const data = read('politeness/wikipedia.annotated.csv').map((r) => ({ text: r.Request!, polite: Number(r['Normalized Score']) }));
  const sorted = [...data].sort((a, b) => a.polite - b.polite);
  const q = Math.floor(sorted.length / 4);
  const impolite = sorted.slice(0, q);
  const polite = sorted.slice(-q);
  const score = (t: string) => scoreDraft(t).score;
  const auc = rocAuc(impolite.map((r) => score(r.text)), polite.map((r) => score(r.text)));
  const rho = spearman(data.map((r) => score(r.text)), data.map((r) => -r.polite));
  rows.push(['politeness (Wikipedia)', `${impolite.length} impolite vs ${polite.length} polite`, auc.toFixed(3), ">= 0.80", `Spearman(score, impoliteness) ${rho.toFixed(3)} over ${data.length}`]);
  note('politeness: impolite scored ok at 10 or below', impolite.filter((r) => score(r.text) <= 10).map((r) => r.text));
}

// Phone offers: tough buyers should score pushier than warm ones.
{
  const data = read('offers/phone_offers.csv');
  const tough = data.filter((r) => r.condition === '0').map((r) => r.message!);
  const warm = data.filter((r) => r.condition === '1').map((r) => r.message!);
  const auc = rocAuc(tough.map((t) => scoreDraft(t).score), warm.map((t) => scoreDraft(t).score));
  rows.push(['phone offers (tough vs warm)', `${tough.length} tough vs ${warm.length} warm`, auc.toFixed(3), '>= 0.80', '']);
}

// Dark patterns: urgency and scarcity texts should reach caution; ordinary shop texts should not.
{
  const data = read('darkpatterns/ec-darkpatterns.tsv', '\t');
  const dark = data.filter((r) => r['Pattern Category'] === 'Urgency' || r['Pattern Category'] === 'Scarcity').map((r) => r.text!);
  const plain = data.filter((r) => r['Pattern Category'] === 'Not Dark Pattern').map((r) => r.text!);
  const flagged = (t: string) => atLeast(scoreDraft(t).level, 'caution');
  const auc = rocAuc(dark.map((t) => scoreDraft(t).score), plain.map((t) => scoreDraft(t).score));
  const recall = dark.filter(flagged).length / dark.length;
  const falseAlarm = plain.filter(flagged).length / plain.length;
  rows.push(['dark patterns (urgency+scarcity)', `${dark.length} vs ${plain.length} not dark`, auc.toFixed(3), 'recall >= 80 %, false alarms <= 5 %', `at caution+: recall ${pct(recall)}, false alarms ${pct(falseAlarm)}`]);
  note('dark patterns missed', dark.filter((t) => !flagged(t)));
  note('dark patterns false alarms', plain.filter(flagged));
}

// Replies: declines should be read as a no (or a not-now); agreements should not.
{
  const data = read('persuasion/300_dialog.csv').filter((r) => r.B4 === '1');
  const ref = new Date('2026-01-01T00:00:00Z');
  const kind = (t: string) => classifyReply(t, ref).kind;
  const stopOrWait = (t: string) => kind(t) === 'decline' || kind(t) === 'defer';
  const rank = (t: string) => ({ decline: 3, defer: 2, reply: 1, 'auto-reply': 1, welcome: 0 })[kind(t)];
  const clearNo = data.filter((r) => r.ee_label_1 === 'disagree-donation' || r.ee_label_1 === 'disagree-donation-more').map((r) => r.Unit!);
  const negative = data.filter((r) => r.ee_label_1 === 'negative-reaction-to-donation').map((r) => r.Unit!);
  const agree = data.filter((r) => r.ee_label_1 === 'agree-donation' || r.ee_label_1 === 'positive-reaction-to-donation').map((r) => r.Unit!);
  const declines = [...clearNo, ...negative];
  const auc = rocAuc(declines.map(rank), agree.map(rank));
  const recall = declines.filter(stopOrWait).length / declines.length;
  const recallClear = clearNo.filter(stopOrWait).length / clearNo.length;
  const recallNegative = negative.filter(stopOrWait).length / negative.length;
  const misread = agree.filter((t) => kind(t) === 'decline').length / agree.length;
  const misreadWait = agree.filter(stopOrWait).length / agree.length;
  rows.push([
    'replies (persuadee turns)',
    `${declines.length} declines (${clearNo.length} disagree, ${negative.length} negative) vs ${agree.length} agreements`,
    auc.toFixed(3),
    'recall >= 85 %, misread <= 5 %',
    `read as no/not-now: all ${pct(recall)} (disagree ${pct(recallClear)}, negative reaction ${pct(recallNegative)}); agreements misread as no ${pct(misread)}, as no or not-now ${pct(misreadWait)}`,
  ]);
  note('declines not recognised', declines.filter((t) => !stopOrWait(t)));
  note('agreements misread', agree.filter(stopOrWait));
}

const header = ['corpus', 'compared', 'ROC AUC', 'target', 'at the levels used'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
if (misses.length) console.log(`\n${misses.join('\n')}`);
