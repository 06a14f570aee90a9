/**
 * Styles for Pullback's injected UI. Each host has its own shadow root, so Gmail's and LinkedIn's
 * styles never reach in and ours never leak out. Colours follow the page's light or dark theme
 * (the host carries data-theme).
 */
export const BASE_CSS = `
:host { all: initial; font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color-scheme: light;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --shadow: 0 8px 28px rgba(0,0,0,.22);
  --ok: #15803d; --caution: #b45309; --pushy: #c2410c; --stop: #b91c1c; --focus: #2563eb; --mark: rgba(234,88,12,.22); --mark-line: #ea580c; }
:host([data-theme=dark]) { color-scheme: dark; --bg: #1f2226; --fg: #e6edf3; --muted: #a0a8b1; --line: #3d444d; --shadow: 0 8px 28px rgba(0,0,0,.6);
  --ok: #4ade80; --caution: #fbbf24; --pushy: #fb923c; --stop: #f87171; --focus: #60a5fa; --mark: rgba(251,146,60,.28); --mark-line: #fb923c; }
* { box-sizing: border-box; }
button { font: inherit; color: inherit; cursor: pointer; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.dot { width: 10px; height: 10px; border-radius: 50%; flex: none; background: var(--ok); }
.level-caution .dot, .dot.level-caution { background: var(--caution); }
.level-pushy .dot, .dot.level-pushy { background: var(--pushy); }
.level-stop .dot, .dot.level-stop { background: var(--stop); }
`;

export const INDICATOR_CSS = `
:host { display: inline-flex; vertical-align: middle; margin: 0 8px; max-width: 320px; }
.chip { display: inline-flex; align-items: center; gap: 6px; padding: 4px 10px; border-radius: 14px; border: 1px solid var(--line);
  background: var(--bg); color: var(--fg); max-width: 100%; }
.chip .line { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; unicode-bidi: plaintext; }
.chip.level-ok { color: var(--muted); }
.chip.level-stop { border-color: var(--stop); }
.chip.level-pushy { border-color: var(--pushy); }
.chip.paused { color: var(--muted); border-style: dashed; }
.chip.paused .resume { color: var(--focus); text-decoration: underline; white-space: nowrap; }
`;

export const LAYER_CSS = `
:host { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483000; pointer-events: none; }
.mark { position: fixed; background: var(--mark); border-bottom: 2px solid var(--mark-line); border-radius: 2px; pointer-events: none; }
.panel { position: fixed; width: 360px; max-height: min(70vh, 520px); overflow: auto; pointer-events: auto; background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 10px; box-shadow: var(--shadow); padding: 12px 14px; }
.panel:focus { outline: none; }
.panel h2 { overflow-wrap: anywhere; font-size: 14px; margin: 0 0 6px; display: flex; align-items: center; gap: 8px; }
.panel .summary { color: var(--muted); margin: 0 0 8px; overflow-wrap: anywhere; unicode-bidi: plaintext; }
.panel li.reason > div { overflow-wrap: anywhere; unicode-bidi: plaintext; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel li.reason { border-top: 1px solid var(--line); padding: 8px 0; }
.panel .phrase { font-weight: 600; unicode-bidi: isolate; overflow-wrap: anywhere; }
.panel .move { color: var(--muted); margin-top: 4px; }
.panel .person { color: var(--muted); font-size: 12px; margin-top: 6px; border-top: 1px solid var(--line); padding-top: 6px; overflow-wrap: anywhere; }
.panel .actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 10px; }
.panel button.link { background: none; border: 0; padding: 0; color: var(--focus); text-decoration: underline; font-size: 12px; }
.panel button.plain { background: transparent; border: 1px solid var(--line); border-radius: 6px; padding: 3px 10px; }
.panel h3 { font-size: 12px; font-weight: 600; color: var(--muted); text-transform: none; margin: 10px 0 2px; }
.panel .ask { border: 1px solid var(--line); border-radius: 6px; padding: 6px 8px; margin-top: 6px; }
.panel .ask button { margin: 6px 8px 0 0; }
.close { float: right; background: none; border: 0; font-size: 18px; line-height: 1; color: var(--muted); }
`;

export const GUARD_CSS = `
:host { position: fixed; inset: 0; z-index: 2147483600; display: grid; place-items: center; background: rgba(0,0,0,.35); }
.dialog { width: min(460px, calc(100vw - 32px)); background: var(--bg); color: var(--fg); border-radius: 12px; box-shadow: var(--shadow); padding: 18px 20px; }
.dialog { max-height: calc(100vh - 32px); display: flex; flex-direction: column; }
.dialog h2 { margin: 0 0 8px; font-size: 16px; display: flex; gap: 8px; align-items: center; overflow-wrap: anywhere; unicode-bidi: plaintext; }
.dialog .body { overflow: auto; min-height: 0; }
.dialog p { margin: 6px 0; overflow-wrap: anywhere; unicode-bidi: plaintext; }
.dialog .move { color: var(--muted); }
.buttons { display: flex; justify-content: flex-end; gap: 10px; margin-top: 16px; }
.buttons button { border-radius: 8px; padding: 7px 14px; border: 1px solid var(--line); background: transparent; }
.buttons button[data-action=edit] { background: #0b57d0; border-color: #0b57d0; color: #fff; }
.level-stop h2 { color: var(--stop); }
`;

/** Attach a stylesheet to a shadow root: constructable sheets where allowed, a <style> otherwise. */
export function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

/** Light or dark, from the page's own background behind an element. */
export function pageTheme(el: Element): 'light' | 'dark' {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(getComputedStyle(node).backgroundColor);
    if (match && (match[4] === undefined || Number(match[4]) > 0.5)) {
      const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
    }
  }
  return matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
