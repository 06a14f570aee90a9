import { readFileSync } from 'node:fs';
import { scoreDraft, atLeast } from '/work/main/src/scorer/index.ts';
const mail = readFileSync('/work/shared/eval/mail/spamassassin.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const label = process.argv[2] ?? 'ham';
const lvl = (process.argv[3] ?? 'pushy') as any;
const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
for (const m of mail.filter((m: any) => m.label === label)) {
  const r = scoreDraft(m.text, { subject: m.subject });
  if (!atLeast(r.level, lvl)) continue;
  for (const x of r.reasons.filter((x) => (x.weight ?? 0) >= (lvl === 'pushy' ? 40 : 15))) {
    counts.set(x.rule, (counts.get(x.rule) ?? 0) + 1);
    const ex = x.start === null ? 'SUBJ:' + m.subject : m.text.slice(Math.max(0, x.start - 50), x.end! + 30).replace(/\s+/g, ' ');
    (examples.get(x.rule) ?? examples.set(x.rule, []).get(x.rule)!).push(`${ex}  <<${x.start === null ? '' : m.text.slice(x.start, x.end!)}>>`);
  }
}
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) {
  console.log(k, v);
  for (const e of examples.get(k)!.slice(0, Number(process.argv[4] ?? 6))) console.log('    ', e);
}
