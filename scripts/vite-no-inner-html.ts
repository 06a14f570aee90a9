import type { Plugin } from 'vite';

/** Preact's one innerHTML assignment, `(dom.innerHTML=props.__html)`, in its source and in our minified output. */
const preactAssignment = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
const refusal = '(()=>{throw new Error("Pullback: raw HTML is never rendered")})()';
/** Any assignment to innerHTML or outerHTML (`=`, not `==`), which Mozilla's linter flags. */
const anyAssignment = /\.(?:inner|outer)HTML\s*=(?!=)/;

/** Replace Preact's assignment in `code`; report whether it was there. */
function withoutPreactInnerHtml(code: string): { code: string; replaced: boolean } {
  preactAssignment.lastIndex = 0;
  const replaced = preactAssignment.test(code);
  preactAssignment.lastIndex = 0;
  return { code: replaced ? code.replace(preactAssignment, refusal) : code, replaced };
}

/** Whether `code` still assigns innerHTML or outerHTML anywhere. */
function assignsHtml(code: string): boolean {
  return anyAssignment.test(code);
}

/**
 * Preact supports `dangerouslySetInnerHTML`, the one place its runtime assigns innerHTML. Pullback
 * never renders HTML strings (page text is hostile), so the build replaces that assignment with a
 * throw: the capability is gone from the shipped code, and Mozilla's linter has nothing to flag.
 *
 * Two passes, because not every bundle goes through this plugin's `transform`: @crxjs builds each
 * standalone content script in a separate Vite build with no plugins, and hands the result back as
 * an asset. So once every plugin has produced its output, every JavaScript file in the bundle (chunk
 * or asset, whoever emitted it) is rewritten, and the build fails if any file still assigns
 * innerHTML or outerHTML. If a Preact upgrade changes the code shape, the build fails here rather
 * than silently shipping it.
 */
export function noInnerHtml(): Plugin {
  return {
    name: 'pullback:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/node_modules\/preact\/dist\/preact\.mjs$/.test(id)) return null;
      const out = withoutPreactInnerHtml(code);
      if (!out.replaced) this.error('pullback:no-inner-html: Preact innerHTML assignment not found; update the pattern');
      return { code: out.code, map: null };
    },
    generateBundle: {
      // After every other plugin's generateBundle, so files they emit there (the IIFE) are seen.
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (!/\.[cm]?js$/.test(file.fileName)) continue;
          if (file.type === 'chunk') {
            file.code = withoutPreactInnerHtml(file.code).code;
            if (assignsHtml(file.code)) this.error(`pullback:no-inner-html: ${file.fileName} assigns innerHTML or outerHTML`);
          } else {
            const source = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
            file.source = withoutPreactInnerHtml(source).code;
            if (assignsHtml(file.source)) this.error(`pullback:no-inner-html: ${file.fileName} assigns innerHTML or outerHTML`);
          }
        }
      },
    },
  };
}
