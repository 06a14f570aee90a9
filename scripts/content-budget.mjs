// The content script is loaded into every Gmail, LinkedIn and Outlook tab: its size is budgeted.
// `npm run build` fails above the budget; `npm run bench` prints the figure.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The content script's budget, gzipped (README "Speed and size"). */
export const CONTENT_SCRIPT_BUDGET = 25 * 1024;

/** The gzipped size of `file` against `budget`, with a one-line figure for the build log. */
export function checkContentBudget(file, budget = CONTENT_SCRIPT_BUDGET) {
  const bytes = gzipSync(readFileSync(file), { level: 9 }).length;
  return { ok: bytes <= budget, bytes, figure: `content script ${(bytes / 1024).toFixed(1)} KB gzip (budget ${(budget / 1024).toFixed(0)} KB)` };
}
