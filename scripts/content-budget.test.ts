import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkContentBudget, CONTENT_SCRIPT_BUDGET } from './content-budget.mjs';

describe('the content script budget', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pullback-budget-'));
  const file = (name: string, bytes: Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('is 25 KB gzipped', () => expect(CONTENT_SCRIPT_BUDGET).toBe(25 * 1024));

  it('passes a script under it and fails one over it (random bytes do not compress)', () => {
    expect(checkContentBudget(file('small.js', randomBytes(20 * 1024))).ok).toBe(true);
    const over = checkContentBudget(file('big.js', randomBytes(26 * 1024)));
    expect(over.ok).toBe(false);
    expect(over.figure).toMatch(/^content script 2\d\.\d KB gzip \(budget 25 KB\)$/);
  });
});
