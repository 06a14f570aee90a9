// `node --import tsx scripts/devcheck.ts <tactic> [rule-id-prefix...]`: for one tactic of the case
// tables, recall on the dev split only (tests/cases/tactics.dev*.jsonl), its misses, fine drafts the
// given rules flag, and what those rules flag in the real-mail ham. The held-aside test split is never read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { atLeast, scoreDraft } from '../src/scorer/index.ts';

const [tactic, ...prefixes] = process.argv.slice(2);
if (!tactic) throw new Error('usage: devcheck <tactic> [rule-id-prefix...]');
const casesDir = join(import.meta.dirname, '..', 'test', 'cases');
const cases = readdirSync(casesDir)
  .filter((f) => /^tactics\.dev\d*\.jsonl$/.test(f))
  .flatMap((f) =>
    readFileSync(join(casesDir, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => ({ file: f, ...(JSON.parse(l) as { tactic: string; text: string }) })),
  );
const ours = (rule: string) => prefixes.some((p) => rule.startsWith(p));
const mine = cases.filter((c) => c.tactic === tactic);
const expected = (level: string) => (tactic === 'empty-bump' ? atLeast(level as never, 'caution') : atLeast(level as never, 'pushy'));
const misses = mine.filter((c) => !expected(scoreDraft(c.text).level));
console.log(`${tactic}: dev recall ${mine.length - misses.length}/${mine.length}`);
for (const m of misses) console.log(`  MISS [${m.file}] ${m.text.replace(/\s+/g, ' ')}`);
if (prefixes.length) {
  for (const c of cases.filter((x) => x.tactic === 'fine')) {
    const r = scoreDraft(c.text);
    const hit = r.reasons.filter((x) => ours(x.rule) && (x.weight ?? 0) > 0);
    if (hit.length)
      console.log(
        `  FINE FLAGGED (${r.level}) ${hit.map((h) => `${h.rule}: "${c.text.slice(h.start!, h.end!)}"`).join('; ')} | ${c.text.replace(/\s+/g, ' ')}`,
      );
  }
  const mail = readFileSync(join(import.meta.dirname, '..', '..', 'shared', 'eval', 'mail', 'spamassassin.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { label: string; subject: string; text: string });
  let n = 0;
  for (const m of mail.filter((x) => x.label === 'ham')) {
    const r = scoreDraft(m.text, { subject: m.subject });
    const hit = r.reasons.filter((x) => ours(x.rule) && (x.weight ?? 0) >= 20 && x.start !== null);
    if (hit.length && atLeast(r.level, 'caution')) {
      n++;
      console.log(
        `  HAM (${r.level}) ${hit.map((h) => `${h.rule}: "${m.text.slice(Math.max(0, h.start! - 40), h.end! + 20).replace(/\s+/g, ' ')}" <<${m.text.slice(h.start!, h.end!)}>>`).join('; ')}`,
      );
    }
  }
  console.log(`ham mails these rules put at caution or above: ${n} of ${mail.filter((x) => x.label === 'ham').length}`);
}
