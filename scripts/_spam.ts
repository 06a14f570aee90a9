import { readFileSync } from 'node:fs';
import { scoreDraft } from '../src/scorer/index.ts';
const mail = readFileSync('/work/shared/eval/mail/spamassassin.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const spam = mail.filter((m: any) => m.label === process.argv[2]);
let i = 0;
const buckets = new Map<string, number>();
for (const m of spam) {
  const r = scoreDraft(m.text, { subject: m.subject });
  const b = r.score < 5 ? '<5' : r.score < 10 ? '5-10' : r.score === 10 ? '10' : r.score < 30 ? '10-30' : r.score < 55 ? '30-55' : '55+';
  buckets.set(b, (buckets.get(b) ?? 0) + 1);
  if (r.score <= 10 && i++ < Number(process.argv[3] ?? 8)) console.log(r.score, '|', m.subject, '|', m.text.slice(0, 300).replace(/\s+/g, ' '), '\n   ', r.reasons.map((x) => `${x.rule}:${x.weight}`).join(' '));
}
console.log(buckets);
