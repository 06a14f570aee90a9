/**
 * A small structural validator for messages that cross a context boundary. The background never
 * trusts a payload's shape: every request is checked against its schema before a handler sees it.
 */
export type Check<T> = (value: unknown, path: string) => T;

class InvalidMessage extends Error {
  override name = 'InvalidMessage';
}

function fail(path: string, what: string): never {
  throw new InvalidMessage(`${path || 'message'}: ${what}`);
}

export const str =
  (max = 10_000): Check<string> =>
  (v, p) => {
    if (typeof v !== 'string') fail(p, 'expected a string');
    if (v.length > max) fail(p, `longer than ${max} characters`);
    return v;
  };

export const num =
  (min = -Number.MAX_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Check<number> =>
  (v, p) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(p, 'expected a finite number');
    if (v < min || v > max) fail(p, `out of range ${min}..${max}`);
    return v;
  };

export const bool: Check<boolean> = (v, p) => (typeof v === 'boolean' ? v : fail(p, 'expected a boolean'));

export const oneOf =
  <T extends string>(...values: readonly T[]): Check<T> =>
  (v, p) =>
    (values as readonly unknown[]).includes(v) ? (v as T) : fail(p, `expected one of ${values.join(', ')}`);

export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v, p) =>
    v === undefined ? undefined : check(v, p);

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v, p) =>
    v === null ? null : check(v, p);

export const list =
  <T>(item: Check<T>, max = 1_000): Check<T[]> =>
  (v, p) => {
    if (!Array.isArray(v)) fail(p, 'expected a list');
    if (v.length > max) fail(p, `more than ${max} items`);
    return v.map((x, i) => item(x, `${p}[${i}]`));
  };

type Shape = Record<string, Check<unknown>>;
type Flat<T> = { [K in keyof T]: T[K] };
/** Fields whose check may give undefined are optional in the result. */
type Out<S extends Shape> = Flat<
  { [K in keyof S as undefined extends ReturnType<S[K]> ? never : K]: ReturnType<S[K]> } & {
    [K in keyof S as undefined extends ReturnType<S[K]> ? K : never]?: Exclude<ReturnType<S[K]>, undefined>;
  }
>;

/** A plain object with exactly these keys (unknown keys are refused). */
export const obj =
  <S extends Shape>(shape: S): Check<Out<S>> =>
  (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(p, 'expected an object');
    if (Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null) fail(p, 'expected a plain object');
    const record = v as Record<string, unknown>;
    for (const key of Object.keys(record)) if (!(key in shape)) fail(p, `unknown field "${key}"`);
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const value = check(record[key], p ? `${p}.${key}` : key);
      if (value !== undefined) out[key] = value;
    }
    return out as Out<S>;
  };

/** ISO-8601 date-time string that parses. */
export const isoDate: Check<string> = (v, p) => {
  const s = str(40)(v, p);
  if (Number.isNaN(Date.parse(s))) fail(p, 'expected an ISO-8601 date');
  return s;
};
