/**
 * The judgement runs in the background, a moment after each change. A send of a draft changed since
 * it was last judged waits for its judgement: a pushy draft typed just before Ctrl+Enter is still
 * held, an ordinary one still goes, once, and neither waits long.
 */
import { describe, expect, it } from 'vitest';
import { guardAction, guardOpen, openGmail, sent, sentCount, waitForLevel } from './gmail-helpers.ts';
import { useBrowser } from './session.ts';

const FINE = 'Hi Sam, here is the short guide on winter tyre checks I mentioned.';

describe('a send right after the last keystroke', () => {
  const s = useBrowser();

  it('holds a pushy draft typed just before Ctrl+Enter (no time to judge it first)', async () => {
    const page = await openGmail(s, { to: 'quick-pushy@example.com', body: FINE });
    await waitForLevel(page, 'ok');
    await page.locator('[g_editable=true]').click();
    await page.keyboard.press('Control+Home');
    // Typed and sent in the same moment: the draft the background last judged was fine.
    await page.keyboard.type('Act now! ');
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('pullback-guard', { timeout: 5_000 });
    expect(await sentCount(page)).toBe(0);
    await guardAction(page, 'edit');
    expect(await guardOpen(page)).toBe(false);
    expect(await sentCount(page)).toBe(0);
    await page.close();
  });

  it('sends an ordinary draft typed just before the click, once, within a moment', async () => {
    const page = await openGmail(s, { to: 'quick-fine@example.com', body: FINE });
    await waitForLevel(page, 'ok');
    await page.locator('[g_editable=true]').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('No rush at all. ');
    const clicked = Date.now();
    await page.locator('.T-I.aoO').click();
    await expect.poll(() => sentCount(page), { timeout: 3_000 }).toBe(1);
    expect(Date.now() - clicked).toBeLessThan(2_000);
    expect((await sent(page))[0]!.text).toContain('No rush at all.');
    await page.waitForTimeout(300);
    expect(await sentCount(page)).toBe(1);
    expect(await guardOpen(page)).toBe(false);
    await page.close();
  });
});
