import type { Plugin } from 'vite';

/**
 * Preact supports `dangerouslySetInnerHTML`, the one place its runtime assigns innerHTML. Pullback
 * never renders HTML strings (page text is hostile), so the build replaces that assignment with a
 * throw: the capability is gone from the shipped code, and Mozilla's linter has nothing to flag.
 * If a Preact upgrade changes the code shape, the build fails here rather than silently shipping it.
 */
export function noInnerHtml(): Plugin {
  const assignment = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
  return {
    name: 'pullback:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/node_modules\/preact\/dist\/preact\.mjs$/.test(id)) return null;
      if (!assignment.test(code)) this.error('pullback:no-inner-html: Preact innerHTML assignment not found; update the pattern');
      assignment.lastIndex = 0;
      return { code: code.replace(assignment, '(()=>{throw new Error("Pullback: raw HTML is never rendered")})()'), map: null };
    },
  };
}
