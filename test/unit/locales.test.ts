/**
 * Every message key the extension can ask for is in every catalogue under _locales/: the literal
 * `t('key')` calls, and the keys it computes (a rule's words, a level's or a reply kind's name from a
 * table, `category_${…}` in the options page). A computed key this test does not know how to
 * enumerate fails it, so a new one cannot go unchecked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, BUILT_IN_EXTRA_RULES, CATEGORIES, DEFAULT_LIMITS, LEVELS, ruleTextKey } from '../../src/scorer/index.ts';

type Catalogue = Record<string, { message: string }>;

const LOCALES = readdirSync('_locales');
const catalogues: [string, Catalogue][] = LOCALES.map((lang) => [lang, JSON.parse(readFileSync(join('_locales', lang, 'messages.json'), 'utf8')) as Catalogue]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.includes('.test.') ? [join(dir, e.name)] : [],
  );
}
const SOURCES = sourceFiles('src').map((file) => ({ file, code: readFileSync(file, 'utf8') }));

/** The functions that look a key up in the catalogue. */
const LOOKUP = String.raw`\b(?:t|lookup|getMessage|browserT|syncWord)\(\s*`;

/** Computed keys, as their template reads in the source, and every key each can produce. */
const TONE_CATEGORIES = CATEGORIES.filter((c) => c !== 'cadence' && c !== 'reply');
const SENSITIVITIES = ['gentle', 'balanced', 'strict'] as const;
const COMPUTED: Record<string, string[]> = {
  // options.tsx: a rule's category, and a custom phrase's.
  'category_${}': TONE_CATEGORIES.map((c) => `category_${c.replace('-', '_')}`),
  // options.tsx: one field per numeric limit.
  'limit_${}': Object.keys(DEFAULT_LIMITS).map((name) => `limit_${name}`),
  'sensitivity_${}': SENSITIVITIES.map((s) => `sensitivity_${s}`),
  'sensitivityWhy_${}': SENSITIVITIES.map((s) => `sensitivityWhy_${s}`),
};

/** Calls that pass a key through unchanged (the lookup functions themselves, the scorer's words). */
const PASS_THROUGH = new Set(['src/platform/plural.ts', 'src/platform/browser.ts', 'src/ui/shared/i18n.ts', 'src/background/index.ts', 'src/sync/words.ts']);

/** A `const NAME = { k: 'value', … }` table's entries: declared in `code`, or imported from another source file. */
function table(code: string, name: string): Record<string, string> | null {
  const declaration = new RegExp(String.raw`const ${name}\b[^=]*=\s*\{([^}]*)\}`);
  const body =
    declaration.exec(code)?.[1] ??
    SOURCES.map((s) => (s.code.includes(`export const ${name}`) ? declaration.exec(s.code)?.[1] : undefined)).find((b) => b !== undefined);
  if (body === undefined) return null;
  return Object.fromEntries([...body.matchAll(/(?:'([^']+)'|([\w-]+))\s*:\s*'([A-Za-z0-9_@]+)'/g)].map((m) => [m[1] ?? m[2]!, m[3]!]));
}

/** Every key the code can ask for, with where it comes from; and calls this test cannot follow. */
function askedKeys() {
  const asked = new Map<string, string>();
  const unchecked: string[] = [];
  const levelTables: { where: string; levels: string[] }[] = [];
  const ask = (key: string, from: string) => void (asked.has(key) || asked.set(key, from));

  for (const { file, code } of SOURCES) {
    for (const m of code.matchAll(new RegExp(`${LOOKUP}(['"])([A-Za-z0-9_@]+)\\1`, 'g'))) ask(m[2]!, file);
    for (const m of code.matchAll(new RegExp(`${LOOKUP}\`([^\`]*)\``, 'g'))) {
      const template = m[1]!.replace(/\$\{[^}]*\}/g, '${}');
      const keys = COMPUTED[template];
      if (keys) keys.forEach((k) => ask(k, `${file}: \`${m[1]}\``));
      else unchecked.push(`${file}: t(\`${m[1]}\`)`);
    }
    for (const m of code.matchAll(new RegExp(`${LOOKUP}([A-Z][A-Z0-9_]*)\\[`, 'g'))) {
      const entries = table(code, m[1]!);
      if (!entries || !Object.keys(entries).length) unchecked.push(`${file}: t(${m[1]}[…]), a table this test cannot read`);
      else {
        for (const [k, v] of Object.entries(entries)) ask(v, `${file}: ${m[1]}.${k}`);
        if (Object.keys(entries).some((k) => (LEVELS as readonly string[]).includes(k)))
          levelTables.push({ where: `${file}: ${m[1]}`, levels: Object.keys(entries) });
      }
    }
    // plural('key', n): the catalogue holds key_one and key_other (the English plural forms).
    for (const m of code.matchAll(/\bplural\(\s*'([A-Za-z0-9_]+)'/g)) for (const form of ['one', 'other']) ask(`${m[1]}_${form}`, `${file}: plural`);
    if (!PASS_THROUGH.has(file)) {
      for (const m of code.matchAll(new RegExp(`${LOOKUP}(?!['"\`]|[A-Z][A-Z0-9_]*\\[|ruleTextKey\\()([^,)]*)`, 'g'))) unchecked.push(`${file}: ${m[0]}`);
    }
  }

  // ruleTextKey(…): the words of every rule the scorer can report, and of the user's own phrases.
  for (const id of [...ALL_RULES, ...BUILT_IN_EXTRA_RULES].map((r) => r.id).concat('custom')) {
    for (const part of ['why', 'move'] as const) ask(ruleTextKey(id, part), `rule ${id}`);
  }
  // The manifest's own strings.
  for (const m of readFileSync('manifest.json', 'utf8').matchAll(/__MSG_(\w+)__/g)) ask(m[1]!, 'manifest.json');
  return { asked, unchecked, levelTables };
}

describe('message catalogues', () => {
  const { asked, unchecked, levelTables } = askedKeys();

  it('every computed key is one this test enumerates', () => {
    expect(unchecked).toEqual([]);
  });

  it.each(catalogues)('_locales/%s has every key the code asks for', (_, catalogue) => {
    const missing = [...asked].filter(([key]) => !catalogue[key]?.message.trim()).map(([key, from]) => `${key} (${from})`);
    expect(missing).toEqual([]);
  });

  it.each(catalogues)('_locales/%s has valid message keys and non-empty messages', (_, catalogue) => {
    for (const [key, value] of Object.entries(catalogue)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(value.message.trim(), key).not.toBe('');
    }
  });

  it('reaches the keys of every rule, level and category', () => {
    for (const rule of [...ALL_RULES, ...BUILT_IN_EXTRA_RULES])
      for (const part of ['why', 'move'] as const) expect(asked.has(ruleTextKey(rule.id, part)), rule.id).toBe(true);
    for (const c of new Set(ALL_RULES.map((r) => r.category))) expect(asked.has(`category_${c.replace('-', '_')}`), c).toBe(true);
    // Each table that names levels (the indicator's, the popup's) names every level.
    expect(levelTables.length).toBeGreaterThan(0);
    for (const { where, levels } of levelTables) expect(levels.sort(), where).toEqual([...LEVELS].sort());
  });
});
