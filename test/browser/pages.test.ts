/**
 * What a new user meets on the extension's own pages and on the compose: readable text sizes, an
 * options page that fits a narrow window, and the indicator, panel and guard as drawn. Screenshots
 * of each surface are written to docs/screenshots/ when PULLBACK_SCREENSHOTS=1.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { askBackground, openGmail, waitForLevel } from './gmail-helpers.ts';
import { useBrowser } from './session.ts';

const DAY = 86_400_000;
const SHOTS = process.env.PULLBACK_SCREENSHOTS === '1' ? 'docs/screenshots' : null;
async function shot(page: Page, name: string, full = false) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: full });
}

/** The smallest computed font size of any element that holds text of its own, with an example. */
function smallestText(page: Page) {
  return page.evaluate(() => {
    let min = { px: Infinity, text: '' };
    for (const el of document.body.querySelectorAll('*')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === 3 && n.textContent!.trim()).map((n) => n.textContent!.trim());
      if (!own.length || !(el as HTMLElement).offsetParent) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (px < min.px) min = { px, text: own.join(' ').slice(0, 40) };
    }
    return { ...min, body: parseFloat(getComputedStyle(document.body).fontSize) };
  });
}

describe('the pages a new user meets', () => {
  const s = useBrowser();

  it.each(['options', 'welcome'])('no text on the %s page is under 13 px', async (name) => {
    const page = await s.open(s.extensionUrl(`src/ui/${name}/${name}.html`));
    await page.locator('h1').waitFor();
    if (name === 'options') await page.locator('[data-action=show-rules]').click();
    const smallest = await smallestText(page);
    console.log(`${name}: body ${smallest.body}px, smallest text ${smallest.px}px ("${smallest.text}")`);
    expect(smallest.body).toBeGreaterThanOrEqual(14);
    expect(smallest.px).toBeGreaterThanOrEqual(13);
    await page.close();
  });

  it('no text in the popup is under 13 px: its lists, and a person with a chart and a timeline', async () => {
    const now = Date.now();
    const touch = (n: number, daysAgo: number) => ({
      id: `pg${n}:email:noor@depot.test`,
      sendId: `pg${n}`,
      contactId: 'pg_noor',
      identity: 'email:noor@depot.test',
      at: now - daysAgo * DAY,
      channel: 'gmail',
      subject: 'Depot tools',
      excerpt: 'Hi Noor, a note on depot tools.',
      level: n === 2 ? 'pushy' : 'ok',
      score: n === 2 ? 60 : 5,
      overridden: n === 2,
      source: 'send',
    });
    const data = {
      format: 'pullback-history',
      version: 1,
      exportedAt: new Date(now).toISOString(),
      contacts: [{ id: 'pg_noor', names: ['Noor Aziz'], identities: ['email:noor@depot.test'], status: null, createdAt: now - 40 * DAY, updatedAt: now }],
      touches: [touch(1, 30), touch(2, 20)],
      inbound: [
        { id: 'pg-no', contactId: 'pg_noor', identity: 'email:noor@depot.test', at: now - 18 * DAY, channel: 'gmail', kind: 'decline', excerpt: 'No thanks.' },
      ],
    };
    await askBackground(s, 'data.import', { data, apply: true });
    const page = await s.open(s.extensionUrl('src/ui/popup/popup.html'));
    await page.locator('[data-testid=contact-row]', { hasText: 'Noor Aziz' }).waitFor();
    const lists = await smallestText(page);
    console.log(`popup: body ${lists.body}px, smallest text ${lists.px}px ("${lists.text}")`);
    expect(lists.body).toBeGreaterThanOrEqual(14);
    expect(lists.px).toBeGreaterThanOrEqual(13);
    await page.locator('[data-testid=contact-row]', { hasText: 'Noor Aziz' }).click();
    await page.locator('[data-testid=chart-legend]').waitFor();
    const person = await smallestText(page);
    console.log(`popup, a person: smallest text ${person.px}px ("${person.text}")`);
    expect(person.px).toBeGreaterThanOrEqual(13);
    await page.close();
  });

  it('the options page fits 360 px with no sideways scroll, and is short', async () => {
    const page = await s.open(s.extensionUrl('src/ui/options/options.html'));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('h1').waitFor();
    const wide = await page.evaluate(() => document.documentElement.scrollHeight);
    await shot(page, 'options', true);
    await page.setViewportSize({ width: 360, height: 740 });
    const narrow = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    await shot(page, 'options-360', true);
    await page.locator('[data-action=show-rules]').click();
    const open = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    console.log(`options: ${wide}px tall at 1280 px, ${narrow.height}px at 360 px; sideways scroll ${narrow.sideways}px (rules shown: ${open}px)`);
    expect(narrow.sideways).toBe(0);
    expect(open).toBe(0);
    expect(wide).toBeLessThan(2000);
    await page.close();
  });

  it('draws the indicator, the panel beside the draft, and the guard', async () => {
    const page = await openGmail(s, {
      to: 'jordan@example.com',
      subject: 'Fleet service',
      body: "Hi Jordan, why haven't you replied? This is your LAST CHANCE!!! Sign today or lose the price.",
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    await waitForLevel(page, 'pushy');
    const chip = page.locator('pullback-indicator button');
    expect(await chip.textContent()).toMatch(/phrases read as pressure/);
    await chip.click();
    const panel = page.locator('pullback-layer [data-part=panel]');
    await panel.waitFor();
    const phrases = await panel.locator('.phrase').allTextContents();
    expect(phrases.filter((p) => /LAST|CHANCE/.test(p))).toHaveLength(1);
    // The panel does not cover the draft it explains.
    const box = await panel.boundingBox();
    const editor = await page.locator('[contenteditable=true]').first().boundingBox();
    const overlap = Math.max(0, Math.min(box!.x + box!.width, editor!.x + editor!.width) - Math.max(box!.x, editor!.x));
    console.log(`panel x ${box!.x}-${box!.x + box!.width}, draft x ${editor!.x}-${editor!.x + editor!.width}, overlap ${overlap}px`);
    expect(overlap).toBe(0);
    await shot(page, 'panel');
    await page.keyboard.press('Escape');
    await page.locator('.T-I.aoO').click();
    await page.locator('pullback-guard').waitFor();
    await shot(page, 'guard');
    await page.close();
  });
});
