import type { Plugin } from 'vite';
import { fileBuiltInRules } from '../src/scorer/tone.ts';

const ID = 'virtual:pullback-filed-rules';

/**
 * Files the built-in rules once, at build time, into the module `virtual:pullback-filed-rules`
 * (see `FiledPhrases` in src/scorer/phrases.ts). The background loads it instead of filing a
 * thousand patterns each time its service worker starts, so the first judgement after a restart
 * is as quick as the next. Test: src/scorer/phrases.test.ts checks filed and runtime rules agree.
 */
export function filedRules(): Plugin {
  return {
    name: 'pullback:filed-rules',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      // JSON.parse of a string literal parses faster than the same object as a literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(fileBuiltInRules()))});`;
    },
  };
}
