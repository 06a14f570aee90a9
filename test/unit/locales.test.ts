import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json' with { type: 'json' };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.includes('.test.') ? [join(dir, e.name)] : [],
  );
}

describe('_locales/en/messages.json', () => {
  const keys = new Set(Object.keys(en));

  it('has every key the code asks for', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('src')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
    }
    expect([...used].filter((k) => !keys.has(k))).toEqual([]);
    expect(used.size).toBeGreaterThan(3);
  });

  it('has valid message keys and non-empty messages', () => {
    for (const [key, value] of Object.entries(en as Record<string, { message: string }>)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(value.message.trim()).not.toBe('');
    }
  });
});
