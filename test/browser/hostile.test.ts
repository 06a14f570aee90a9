/**
 * Hostile pages: recipient names, subjects, thread messages and drafts carrying HTML, script, CSS,
 * bidi controls, 1 MB strings and odd Unicode (200 fixed cases and generated ones). Nothing
 * executes, no element of theirs appears in our UI, and our UI stays readable.
 */
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './session.ts';

const MARK = 'window.__pwned=(window.__pwned||0)+1';
const PAYLOADS = [
  `<script>${MARK}</script>`,
  `<img src=x onerror="${MARK}">`,
  `<svg onload="${MARK}"></svg>`,
  `<iframe srcdoc="<script>parent.${MARK}</script>"></iframe>`,
  `"><script>${MARK}</script>`,
  `'><img src=x onerror=${MARK}>`,
  `javascript:${MARK}`,
  `<a href="javascript:${MARK}">click</a>`,
  `<style>*{display:none!important}</style>`,
  `<div style="position:fixed;inset:0;background:red">cover</div>`,
  `</style><script>${MARK}</script>`,
  `<link rel=stylesheet href="https://evil.example/x.css">`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${MARK}>`,
  `<template><script>${MARK}</script></template>`,
  `{{constructor.constructor('${MARK}')()}}`,
  `\${alert(1)}`,
  `<!--`,
  `]]>`,
  `&lt;script&gt;${MARK}&lt;/script&gt;`,
  `<pullback-guard data-action="send-anyway">fake</pullback-guard>`,
  `<button data-action="send-anyway">Send anyway</button>`,
  '\u202eact now\u202c gnol oot',
  '\u2067\u2066act now\u2069 last chance',
  'اطلب الآن act now عرض محدود',
  'שלח עכשיו act now',
  '\u200b\u200b\u200bact\u200bnow',
  'Z̵̢̛̖͙̈́a̴̳͎͛l̶̨̊g̵̱̈́ȍ̷̧ act now',
  '👩‍👩‍👧‍👦🏳️‍🌈 act now 🙃',
  '\ud800 lone surrogate act now',
  '\u0000\u0001\u0002 control act now',
  'A'.repeat(5_000),
  'ACT NOW '.repeat(400),
  '!'.repeat(2_000),
  'x'.repeat(300) + '@example.com',
  'line\nbreak\r\nand\ttabs act now',
  '\ufeffBOM act now',
  '𝕬𝖈𝖙 𝖓𝖔𝖜 (math letters)',
  'ｈｕｒｒｙ ｎｏｗ (full width)',
  'ß ǅ İ ﬁ act now',
  '%s%s%s%n act now',
];
const FIELDS = ['name', 'subject', 'body', 'threadText', 'threadName'] as const;
type Field = (typeof FIELDS)[number];
const CASES: [Field, string][] = FIELDS.flatMap((field) => PAYLOADS.map((p) => [field, p] as [Field, string]));

/** The tags our UI is made of; anything else inside our shadow roots came from the page. */
const OUR_TAGS = new Set(['DIV', 'SPAN', 'BUTTON', 'UL', 'LI', 'P', 'H2', 'H3', 'STRONG', 'svg', 'STYLE']);

type Site = 'gmail' | 'outlook';
/** Each site's Send button, clicked to open the guard. */
const SEND: Record<Site, string> = { gmail: '.T-I.aoO', outlook: '.compose button.send' };

async function applyCase(page: Page, field: Field, value: string, site: Site = 'gmail'): Promise<void> {
  if (site === 'outlook') return applyOutlookCase(page, field, value);
  await page.evaluate(
    ([f, v]) => {
      const compose = document.querySelector('.M9')!;
      const editor = compose.querySelector<HTMLElement>('[g_editable=true]')!;
      const chip = compose.querySelector('[data-hovercard-id]')!;
      const subject = compose.querySelector<HTMLInputElement>('input[name=subjectbox]');
      const lastMessage = [...document.querySelectorAll('.gs')].at(-1)!;
      // Reset to a plain pushy draft, then put the hostile value in one field, as text.
      chip.setAttribute('data-name', 'Dana');
      if (subject) subject.value = 'Winter service';
      editor.replaceChildren(Object.assign(document.createElement('div'), { textContent: 'Just checking in, act now, the offer expires tonight.' }));
      lastMessage.querySelector('.a3s')!.textContent = 'Not interested, thanks.';
      lastMessage.querySelector('.gD')!.setAttribute('name', 'Dana Reyes');
      if (f === 'name') chip.setAttribute('data-name', v);
      if (f === 'subject' && subject) subject.value = v;
      if (f === 'body') editor.firstElementChild!.textContent = `${v} act now`;
      if (f === 'threadText') lastMessage.querySelector('.a3s')!.textContent = `No thanks. ${v}`;
      if (f === 'threadName') lastMessage.querySelector('.gD')!.setAttribute('name', v);
      editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
    },
    [field, value] as const,
  );
}

/** The same cases on Outlook's inline reply: the chip's name, the subject, the body, the conversation's last message and its sender. */
async function applyOutlookCase(page: Page, field: Field, value: string): Promise<void> {
  await page.evaluate(
    ([f, v]) => {
      const compose = document.querySelector('[id^=docking_InitVisiblePart]')!;
      const editor = compose.querySelector<HTMLElement>('[aria-multiline=true]')!;
      const chip = compose.querySelector<HTMLElement>('.chip')!;
      const subject = compose.querySelector<HTMLInputElement>('input[id$=_SUBJECT]')!;
      const lastMessage = [...document.querySelectorAll('[data-app-section=ConversationContainer] > div[aria-expanded]')].at(-1)!;
      const persona = lastMessage.querySelector<HTMLElement>('.persona')!;
      chip.textContent = 'Dana Reyes';
      subject.value = 'Winter service';
      editor.replaceChildren(Object.assign(document.createElement('div'), { textContent: 'Just checking in, act now, the offer expires tonight.' }));
      lastMessage.querySelector('[role=document]')!.textContent = 'Not interested, thanks.';
      persona.textContent = 'Dana Reyes';
      persona.title = 'Dana Reyes <dana@fabrikam.test>';
      if (f === 'name') chip.textContent = v;
      if (f === 'subject') subject.value = v;
      if (f === 'body') editor.firstElementChild!.textContent = `${v} act now`;
      if (f === 'threadText') lastMessage.querySelector('[role=document]')!.textContent = `No thanks. ${v}`;
      if (f === 'threadName') {
        persona.textContent = v;
        persona.title = `${v} <dana@fabrikam.test>`;
      }
      editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
    },
    [field, value] as const,
  );
}

/** Opens the panel and the guard, then checks our UI: only our elements, on screen, readable. */
async function checkOurUi(page: Page, site: Site = 'gmail'): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('pullback-indicator')?.getAttribute('data-level') === 'pushy' ||
      document.querySelector('pullback-indicator')?.getAttribute('data-level') === 'stop',
  );
  await page.locator('pullback-indicator button').click();
  await page.locator('pullback-layer [data-part=panel]').waitFor();
  await page.locator(SEND[site]).click();
  await page.locator('pullback-guard [data-action=edit]').waitFor();
  const report = await page.evaluate(
    (ourTags) => {
      const hosts = ['pullback-indicator', 'pullback-layer', 'pullback-guard'].map((t) => document.querySelector(t)!);
      const foreign: string[] = [];
      for (const host of hosts) {
        for (const el of host.shadowRoot!.querySelectorAll('*')) {
          const ok = ourTags.includes(el.tagName) || ['circle', 'path', 'line', 'text', 'title'].includes(el.tagName);
          const handlers = [...el.attributes].filter(
            (a) => a.name.startsWith('on') || (/^(href|src|action|formaction|xlink:href|srcdoc)$/.test(a.name) && /javascript:/i.test(a.value)),
          );
          if (!ok || handlers.length) foreign.push(`${el.tagName}${handlers.map((a) => ` ${a.name}`).join('')}`);
        }
      }
      const panel = document.querySelector('pullback-layer')!.shadowRoot!.querySelector('[data-part=panel]')!.getBoundingClientRect();
      const dialog = document.querySelector('pullback-guard')!.shadowRoot!.querySelector('[role=alertdialog]')!.getBoundingClientRect();
      const buttons = [...document.querySelector('pullback-guard')!.shadowRoot!.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
      const within = (r: DOMRect) => r.left >= 0 && r.top >= 0 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1 && r.width > 50;
      return {
        foreign,
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
        panelOnScreen: within(panel),
        dialogOnScreen: within(dialog),
        buttonsVisible: buttons.every((b) => b.width > 20 && b.height > 10 && b.bottom <= innerHeight),
      };
    },
    [...OUR_TAGS],
  );
  const expected = { foreign: [], pwned: 0, panelOnScreen: true, dialogOnScreen: true, buttonsVisible: true };
  if (JSON.stringify(report) !== JSON.stringify(expected)) throw new Error(`our UI: ${JSON.stringify(report)}`);
  await page.locator('pullback-guard [data-action=edit]').click();
  await page.keyboard.press('Escape');
  await page.evaluate(() => document.querySelector('pullback-layer')?.shadowRoot?.querySelector<HTMLElement>('.close')?.click());
}

/** One case: put the value in the field, let Pullback judge it, check our UI; name the case on failure. */
async function runCase(page: Page, field: Field, value: string, settle = 150, site: Site = 'gmail'): Promise<void> {
  await applyCase(page, field, value, site);
  await page.waitForTimeout(settle);
  try {
    await checkOurUi(page, site);
  } catch (error) {
    throw new Error(`case ${field} = ${JSON.stringify(value.slice(0, 80))}: ${(error as Error).message}`);
  }
}

describe('hostile pages', () => {
  const s = useBrowser();
  let page: Page;

  it(`${CASES.length} fixed cases: names, subjects, drafts and thread messages`, async () => {
    page = await s.open('https://mail.google.com/mail/u/0/?open=reply&thread=decline&to=dana@northwind.test');
    await page.waitForSelector('html[data-pullback]');
    expect(CASES.length).toBeGreaterThanOrEqual(200);
    const started = Date.now();
    for (const [field, value] of CASES) await runCase(page, field, value);
    expect(await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length)).toBe(0);
    console.log(`hostile: ${CASES.length} fixed cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 240_000);

  it('a 1 MB draft and a 1 MB name', async () => {
    for (const field of ['body', 'name'] as const) await runCase(page, field, `${'a'.repeat(1024 * 1024)} hurry`, 400);
  }, 60_000);

  it('generated strings of odd Unicode', async () => {
    const samples = fc.sample(fc.tuple(fc.constantFrom(...FIELDS), fc.string({ unit: 'binary', maxLength: 300 })), { numRuns: 60, seed: 7 });
    for (const [field, value] of samples) await runCase(page, field, value);
    await page.close();
  }, 120_000);
});

describe('hostile pages: Outlook on the web', () => {
  const s = useBrowser();

  it(`${CASES.length} fixed cases on an inline reply, and a 1 MB draft and name`, async () => {
    const page = await s.open('https://outlook.office.com/mail/?thread=decline');
    await page.waitForSelector('html[data-pullback]');
    await page.locator('[data-fixture=reply]').click();
    await page.locator('pullback-indicator').waitFor({ state: 'attached' });
    for (const [field, value] of CASES) await runCase(page, field, value, 150, 'outlook');
    for (const field of ['body', 'name'] as const) await runCase(page, field, `${'a'.repeat(1024 * 1024)} hurry`, 400, 'outlook');
    expect(await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length)).toBe(0);
    await page.close();
  }, 300_000);
});
