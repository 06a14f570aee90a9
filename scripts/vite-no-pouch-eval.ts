/**
 * PouchDB's `scopeEval` (pouchdb-utils) builds functions from strings with the Function
 * constructor, for design-doc filters and map/reduce. Pullback uses neither (shared sync.md: MV3
 * blocks `new Function`), so the build replaces it with a function that refuses: no string is ever
 * evaluated, and Firefox's linter finds no eval in the bundle.
 */
import type { Plugin } from 'vite';

const EVAL = 'return Function.apply(null, keys).apply(null, values);';

export function noPouchEval(): Plugin {
  return {
    name: 'pullback:no-pouch-eval',
    transform(code, id) {
      if (!id.includes('pouchdb-utils') || !code.includes(EVAL)) return null;
      return { code: code.replace(EVAL, "throw new Error('Pullback does not evaluate code from strings');"), map: null };
    },
  };
}
