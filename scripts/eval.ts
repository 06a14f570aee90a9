// `npm run eval`: scores the human-labelled corpora in ../shared/eval (or PULLBACK_EVAL_DIR) and
// prints one table. Each corpus is a proxy for one part of the judgement; they are never pooled.
// Options: --misses N prints N misses per corpus (to read, never to fit rules to single sentences).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
  const auc = rocAuc(
    impolite.map((r) => score(r.text)),
    polite.map((r) => score(r.text)),
  );
  const rho = spearman(
    data.map((r) => score(r.text)),
    data.map((r) => -r.polite),
  );
  rows.push([
    'politeness (Wikipedia)',
    `${impolite.length} impolite vs ${polite.length} polite`,
    auc.toFixed(3),
    '>= 0.85',
    `Spearman(score, impoliteness) ${rho.toFixed(3)} over ${data.length}`,
  ]);
  note(
    'politeness: impolite scored ok at 10 or below',
    impolite.filter((r) => score(r.text) <= 10).map((r) => r.text),
  );
}

// Phone offers: tough buyers should score pushier than warm ones.
{
  const data = read('offers/phone_offers.csv');
  const tough = data.filter((r) => r.condition === '0').map((r) => r.message!);
  const warm = data.filter((r) => r.condition === '1').map((r) => r.message!);
  const auc = rocAuc(
    tough.map((t) => scoreDraft(t).score),
    warm.map((t) => scoreDraft(t).score),
  );
  rows.push(['phone offers (tough vs warm)', `${tough.length} tough vs ${warm.length} warm`, auc.toFixed(3), '>= 0.80', '']);
}

// Dark patterns: urgency and scarcity texts should reach caution; ordinary shop texts should not.
{
  const data = read('darkpatterns/ec-darkpatterns.tsv', '\t');
  const dark = data.filter((r) => r['Pattern Category'] === 'Urgency' || r['Pattern Category'] === 'Scarcity').map((r) => r.text!);
  const plain = data.filter((r) => r['Pattern Category'] === 'Not Dark Pattern').map((r) => r.text!);
  const flagged = (t: string) => atLeast(scoreDraft(t).level, 'caution');
  const auc = rocAuc(
    dark.map((t) => scoreDraft(t).score),
    plain.map((t) => scoreDraft(t).score),
  );
  const recall = dark.filter(flagged).length / dark.length;
  const falseAlarm = plain.filter(flagged).length / plain.length;
  const urgency = data.filter((r) => r['Pattern Category'] === 'Urgency').map((r) => r.text!);
  const urgencyRecall = urgency.filter(flagged).length / urgency.length;
  rows.push([
    'dark patterns (urgency+scarcity)',
    `${dark.length} (${urgency.length} urgency) vs ${plain.length} not dark`,
    auc.toFixed(3),
    'recall >= 90 % at <= 3 % false alarms',
    `at caution+: recall ${pct(recall)} (urgency alone ${pct(urgencyRecall)}), false alarms ${pct(falseAlarm)}`,
  ]);
  note(
    'dark patterns missed',
    dark.filter((t) => !flagged(t)),
  );
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
  note(
    'declines not recognised',
    declines.filter((t) => !stopOrWait(t)),
  );
  note('agreements misread', agree.filter(stopOrWait));
}

// Replies in context: the persuadee's sentence as their answer to an ask, then a neutral follow-up.
{
  const data = read('persuasion/300_dialog.csv').filter((r) => r.B4 === '1');
  const endsInStop = (reply: string) =>
    scoreDraft('Hi, a short note with the report I mentioned.', {
      now: '2026-01-05T10:00:00Z',
      recipients: [{ id: 'p@example.com' }],
      history: [
        { recipient: 'p@example.com', direction: 'out', at: '2026-01-01T10:00:00Z', text: 'Would you consider a donation?' },
        { recipient: 'p@example.com', direction: 'in', at: '2026-01-01T11:00:00Z', text: reply },
      ],
    }).level === 'stop';
  const refusals = data.filter((r) => r.ee_label_1 === 'disagree-donation').map((r) => r.Unit!);
  const agreements = data.filter((r) => r.ee_label_1 === 'agree-donation').map((r) => r.Unit!);
  const stopRate = refusals.filter(endsInStop).length / refusals.length;
  const agreeStop = agreements.filter(endsInStop).length / agreements.length;
  rows.push([
    'replies then a follow-up',
    `${refusals.length} disagree-donation vs ${agreements.length} agree-donation`,
    '',
    'stop >= 85 %, agree stop <= 3 %',
    `follow-up is stop: after a refusal ${pct(stopRate)}, after an agreement ${pct(agreeStop)}`,
  ]);
  note(
    'refusals not ending in stop',
    refusals.filter((t) => !endsInStop(t)),
  );
  note('agreements ending in stop', agreements.filter(endsInStop));
}

// Real mail: ordinary mail must stay quiet; spam should score above it.
{
  const file = join(dir, 'mail', 'spamassassin.jsonl');
  const mail = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { label: string; subject?: string; text: string });
  const scored = mail.map((m) => ({ ...m, result: scoreDraft(m.text, { subject: m.subject ?? '' }) }));
  const ham = scored.filter((m) => m.label === 'ham');
  const spam = scored.filter((m) => m.label === 'spam');
  const rate = (xs: typeof scored, level: 'caution' | 'pushy') => xs.filter((m) => atLeast(m.result.level, level)).length / xs.length;
  const auc = rocAuc(
    spam.map((m) => m.result.score),
    ham.map((m) => m.result.score),
  );
  rows.push([
    'mail (SpamAssassin)',
    `${ham.length} ham vs ${spam.length} spam`,
    auc.toFixed(3),
    'ham pushy+ <= 1 %, caution+ <= 5 %; AUC >= 0.80',
    `ham: pushy+ ${pct(rate(ham, 'pushy'))}, caution+ ${pct(rate(ham, 'caution'))}; spam: pushy+ ${pct(rate(spam, 'pushy'))}, caution+ ${pct(rate(spam, 'caution'))}`,
  ]);
  const why = (m: (typeof scored)[number]) =>
    `[${m.result.level} ${m.result.reasons
      .filter((r) => (r.weight ?? 0) > 0)
      .map((r) => `${r.rule}:${r.start === null ? 'subject' : m.text.slice(r.start, r.end!)}`)
      .join(', ')}] ${m.text}`;
  note('ham at pushy+', ham.filter((m) => atLeast(m.result.level, 'pushy')).map(why));
  note('ham at caution', ham.filter((m) => m.result.level === 'caution').map(why));
}

// Case tables (test/cases): fresh wordings per tactic and per reply kind, written blind by two
// authors; `.dev` is what patterns may be written from, `.test` is held aside (its misses are never printed).
const tacticRows: string[][] = [];
{
  const casesDir = join(import.meta.dirname, '..', 'test', 'cases');
  const load = <T>(name: string): T[] =>
    readFileSync(join(casesDir, name), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as T);
  // Every file of a split: `tactics.dev.jsonl`, `tactics.dev2.jsonl` ... (several blind authors).
  const loadAll = <T>(table: string, split: string): T[] =>
    readdirSync(casesDir)
      .filter((f) => f.startsWith(`${table}.${split}`) && f.endsWith('.jsonl'))
      .flatMap((f) => load<T>(f));
  const ref = new Date('2026-03-02T09:00:00Z');
  const expectedKind: Record<string, (k: string) => boolean> = {
    decline: (k) => k === 'decline',
    'not-now': (k) => k === 'defer',
    'out-of-office': (k) => k === 'auto-reply',
    welcome: (k) => k === 'welcome',
    objection: (k) => k !== 'decline' && k !== 'defer',
    'agreement-tricky': (k) => k !== 'decline' && k !== 'defer',
  };
  const tally = new Map<string, { dev: [number, number]; test: [number, number] }>();
  const count = (key: string, split: 'dev' | 'test', ok: boolean) => {
    const t = tally.get(key) ?? { dev: [0, 0], test: [0, 0] };
    t[split][0] += ok ? 1 : 0;
    t[split][1] += 1;
    tally.set(key, t);
  };
  for (const split of ['dev', 'test'] as const) {
    for (const c of loadAll<{ tactic: string; text: string }>('tactics', split)) {
      const level = scoreDraft(c.text).level;
      const ok = c.tactic === 'fine' ? !atLeast(level, 'pushy') : c.tactic === 'empty-bump' ? atLeast(level, 'caution') : atLeast(level, 'pushy');
      count(`tactic ${c.tactic}`, split, ok);
      if (c.tactic === 'fine') count('fine drafts kept below caution', split, level === 'ok');
      if (split === 'dev' && !ok) note(`dev tactic ${c.tactic} (${level})`, [c.text]);
    }
    for (const c of loadAll<{ kind: string; text: string }>('replies', split)) {
      const kind = classifyReply(c.text, ref).kind;
      const ok = expectedKind[c.kind]!(kind);
      count(`reply ${c.kind}`, split, ok);
      if (split === 'dev' && !ok) note(`dev reply ${c.kind} (${kind})`, [c.text]);
    }
  }
  const frac = ([a, b]: [number, number]) => `${a}/${b} ${pct(a / b)}`;
  for (const [key, t] of tally) tacticRows.push([key, frac(t.test), frac(t.dev)]);
}

const header = ['corpus', 'compared', 'ROC AUC', 'target', 'at the levels used'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));

console.log('\nCase tables: recall per tactic (pushy+; empty bumps caution+; fine drafts below pushy) and per reply kind');
const caseHeader = ['case', 'held-aside test split', 'dev split'];
const caseWidths = caseHeader.map((h, i) => Math.max(h.length, ...tacticRows.map((r) => r[i]!.length)));
const caseLine = (r: string[]) => `| ${r.map((c, i) => c.padEnd(caseWidths[i]!)).join(' | ')} |`;
console.log(caseLine(caseHeader));
console.log(`|${caseWidths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of tacticRows) console.log(caseLine(r));
if (misses.length) console.log(`\n${misses.join('\n')}`);
