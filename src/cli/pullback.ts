/**
 * `npm run -s pullback -- score [--context FILE] [--format json|text] [--fail-on LEVEL] [FILE]`
 * `npm run -s pullback -- score --batch FILE`
 *
 * Scores a draft (from FILE or standard input) and prints one JSON object, the same object
 * `scoreDraft` returns. Bad input gets one error line and exit code 2; `--fail-on` exits 1 when the
 * level is at or above LEVEL, so teams can lint their templates in CI.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { atLeast, LEVELS, MAX_BODY_CHARS, parseContext, scoreDraft, type Context, type Level, type ScoreResult } from '../scorer/index.ts';

const USAGE = `usage: pullback score [--context FILE] [--format json|text] [--fail-on ok|caution|pushy|stop] [FILE]
       pullback score --batch FILE   (JSON lines {"id", "text", "context"?}; one result line each)
       pullback --help

  FILE         the draft (UTF-8 text); standard input when absent or "-"
  --context    a JSON file with what the draft is judged in, every field optional:
                 {"now": ISO date, "lang": "en", "subject": "...",
                  "recipients": [{"id": "dana@example.com", "name": "Dana"}],
                  "history": [{"recipient": id, "direction": "out"|"in", "at": ISO date, "text": "...",
                               "kind"?: "decline"|"defer"|"auto-reply"|"welcome"|"reply"}],
                  "status": [{"recipient": id, "status": "said-no"|"not-now"|"do-not-contact"|"ok-again",
                              "at"?: ISO date, "until"?: ISO date}],
                  "limits": {"maxUnanswered": 3, "minDaysBetween": 2, "maxPer30Days": 8, "notNowDays": 30,
                             "respectNo": true},
                  "rules": {"disabled": [rule ids], "custom": [{"phrase": "...", "category": "pressure"}],
                            "sensitivity": "gentle"|"balanced"|"strict"}}
  --format     json (default: the result object, one line) or text (for people)
  --fail-on    exit 1 when the level is at or above this one (lint templates in CI)

exit codes: 0 done; 1 a level at or above --fail-on; 2 bad input (with --batch: any line refused)`;

/** File errors in words, not codes. */
const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EMFILE: 'too many files open',
};

class UsageError extends Error {}
class HelpRequest extends Error {}

interface Options {
  context?: string;
  batch?: string;
  format: 'json' | 'text';
  failOn?: Level;
  file?: string;
}

const OPTIONS = { context: { type: 'string' }, batch: { type: 'string' }, format: { type: 'string' }, 'fail-on': { type: 'string' } } as const;

function readOptions(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (argv.some((a) => a === '--help' || a === '-h')) throw new HelpRequest();
  if (command !== 'score') throw new UsageError(command ? `unknown command "${command}"` : 'missing command "score"');
  // Lenient parsing, then our own messages in argument order: strict mode's errors are English sentences we would have to parse.
  const { tokens } = parseArgs({ args: rest, options: OPTIONS, strict: false, tokens: true });
  const options: Options = { format: 'json' };
  for (const token of tokens) {
    if (token.kind === 'option-terminator') throw new UsageError('unknown option --');
    if (token.kind === 'positional') {
      if (options.file !== undefined) throw new UsageError(`unexpected argument ${token.value}`);
      options.file = token.value;
      continue;
    }
    if (!Object.hasOwn(OPTIONS, token.name)) throw new UsageError(`unknown option ${rest[token.index]}`);
    const v = token.value;
    if (v === undefined) throw new UsageError(`${token.rawName} needs a value`);
    if (token.name === 'context') options.context = v;
    else if (token.name === 'batch') options.batch = v;
    else if (token.name === 'format') {
      if (v !== 'json' && v !== 'text') throw new UsageError('--format is json or text');
      options.format = v;
    } else {
      if (!(LEVELS as readonly string[]).includes(v)) throw new UsageError(`--fail-on is one of ${LEVELS.join(', ')}`);
      options.failOn = v as Level;
    }
  }
  if (options.batch && (options.file || options.context)) throw new UsageError('--batch takes its texts and contexts from its own file');
  return options;
}

function readText(file: string | undefined, what: string): string {
  try {
    return readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${what}${file ? ` ${file}` : ''}: ${(code && FILE_ERRORS[code]) ?? (error as Error).message}`);
  }
}

function checkBody(text: unknown): string {
  if (typeof text !== 'string') throw new UsageError('text must be a string');
  if (!text.trim()) throw new UsageError('the draft is empty: nothing to judge');
  if (text.length > MAX_BODY_CHARS)
    throw new UsageError(`the body is ${text.length.toLocaleString('en')} characters; the most is ${MAX_BODY_CHARS.toLocaleString('en')}`);
  return text;
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${what} is not valid JSON: ${(error as Error).message}`);
  }
}

function readContext(value: unknown): Context {
  try {
    return parseContext(value);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function formatText(result: ScoreResult, body: string): string {
  const lines = [`${result.level.toUpperCase()} (score ${result.score}/100)`];
  for (const r of result.reasons) {
    const where = r.start !== null && r.end !== null ? ` "${body.slice(r.start, r.end)}" (${r.start}-${r.end})` : '';
    lines.push(`  - [${r.category}]${where} ${r.message}`);
  }
  if (result.suggestions.length) lines.push('Better moves:', ...result.suggestions.map((s) => `  - ${s}`));
  return lines.join('\n');
}

function output(result: ScoreResult, body: string, format: Options['format']): string {
  return format === 'text' ? formatText(result, body) : JSON.stringify(result);
}

function runBatch(options: Options): number {
  const lines = readText(options.batch, 'batch file').split(/\r?\n/);
  let worst: Level = 'ok';
  let refused = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const item = parseJson(line, 'line');
      if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new UsageError('line must be a JSON object');
      const record = item as Record<string, unknown>;
      id = record.id ?? null;
      const unknown = Object.keys(record).find((k) => !['id', 'text', 'context'].includes(k));
      if (unknown) throw new UsageError(`unknown field "${unknown}"`);
      const body = checkBody(record.text);
      const result = scoreDraft(body, record.context === undefined ? {} : readContext(record.context));
      if (atLeast(result.level, worst)) worst = result.level;
      console.log(options.format === 'text' ? `${String(id)}: ${formatText(result, body)}` : JSON.stringify({ id, ...result }));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      refused++;
      console.log(options.format === 'text' ? `${String(id)}: error: ${error.message}` : JSON.stringify({ id, error: error.message }));
    }
  }
  if (refused) {
    console.error(`pullback: ${refused} line${refused === 1 ? '' : 's'} refused`);
    return 2;
  }
  return options.failOn && atLeast(worst, options.failOn) ? 1 : 0;
}

export function main(argv: string[]): number {
  try {
    const options = readOptions(argv);
    if (options.batch) return runBatch(options);
    const context = options.context ? readContext(parseJson(readText(options.context, 'context file'), 'context file')) : {};
    const body = checkBody(readText(options.file, 'draft'));
    const result = scoreDraft(body, context);
    console.log(output(result, body, options.format));
    return options.failOn && atLeast(result.level, options.failOn) ? 1 : 0;
  } catch (error) {
    if (error instanceof HelpRequest) {
      console.log(USAGE);
      return 0;
    }
    if (error instanceof UsageError) {
      console.error(`pullback: ${error.message}`);
      if (/command|option|argument|needs a value|--/.test(error.message)) console.error(USAGE);
      return 2;
    }
    console.error(`pullback: internal error: ${(error as Error).message}`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) process.exit(main(process.argv.slice(2)));
