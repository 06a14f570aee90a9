// The plugin must reach code it never transforms: @crxjs builds the content script in a separate,
// plugin-less build and emits it as an asset from its own generateBundle. These builds do the same.
import { build, type Plugin, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { noInnerHtml } from './vite-no-inner-html.ts';

/** A plugin that, like @crxjs, emits a finished script as an asset while the bundle is generated. */
function emitsScript(fileName: string, source: string): Plugin {
  return {
    name: 'test:emits-script',
    enforce: 'post',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

async function bundle(entry: string, plugins: Plugin[]): Promise<Map<string, string>> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [
      noInnerHtml(),
      { name: 'test:entry', resolveId: (id) => (id === 'entry' ? '\0entry' : null), load: (id) => (id === '\0entry' ? entry : null) },
      ...plugins,
    ],
    build: { write: false, minify: false, rollupOptions: { input: 'entry' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => (r as Rolldown.RolldownOutput).output);
  return new Map(outputs.map((o) => [o.fileName, o.type === 'chunk' ? o.code : String(o.source)]));
}

describe('noInnerHtml', () => {
  it("rewrites Preact's innerHTML assignment in a script another plugin emits as an asset", async () => {
    const iife = 'var app=(function(){function x(e,d,f){f||(e.innerHTML=d.__html)}return x})();';
    const files = await bundle('export const a = 1;', [emitsScript('src/content/index.js', iife)]);
    const code = files.get('src/content/index.js')!;
    expect(code).not.toContain('innerHTML=');
    expect(code).toContain('Pullback: raw HTML is never rendered');
  });

  it('fails the build when an emitted script assigns innerHTML some other way', async () => {
    const iife = 'document.body.innerHTML = location.hash;';
    await expect(bundle('export const a = 1;', [emitsScript('src/content/index.js', iife)])).rejects.toThrow(/src\/content\/index\.js assigns innerHTML/);
  });

  it('fails the build when a chunk assigns outerHTML', async () => {
    await expect(bundle('document.body.outerHTML = location.hash;', [])).rejects.toThrow(/assigns innerHTML or outerHTML/);
  });

  it('leaves reads and comparisons of innerHTML alone', async () => {
    const files = await bundle('document.title = String(document.body.innerHTML == location.hash);', []);
    expect([...files.values()].join('')).toContain('document.body.innerHTML == location.hash');
  });
});
