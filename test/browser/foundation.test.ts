import { describe, expect, it } from 'vitest';
import { useBrowser } from './session.ts';

describe('the built extension in Chromium', () => {
  const s = useBrowser();

  it.each([
    ['Gmail', 'https://mail.google.com/mail/u/0/'],
    ['LinkedIn', 'https://www.linkedin.com/feed/'],
  ])('runs its content script on %s and reaches the background', async (_, url) => {
    const page = await s.open(url);
    await page.waitForSelector('html[data-pullback]', { timeout: 10_000 });
    expect(await page.getAttribute('html', 'data-pullback')).toMatch(/^\d+\.\d+\.\d+$/);
    await page.close();
  });

  it('records any network request, so the no-network check can fail', async () => {
    const page = await s.open('https://mail.google.com/mail/u/0/');
    await page.evaluate(() =>
      fetch('https://tracker.example/collect').then(
        () => 'answered',
        () => 'failed',
      ),
    );
    await expect.poll(() => s.unexpectedRequests).toContain('GET https://tracker.example/collect');
    s.unexpectedRequests.length = 0;
    await page.close();
  });

  it('opens the popup and renders it', async () => {
    const page = await s.open(s.extensionUrl('src/ui/popup/popup.html'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Pullback');
    // It reached the background: the contact list has loaded (empty in a fresh profile).
    await expect.poll(() => page.locator('main').textContent()).toContain('No history yet');
    await page.close();
  });

  it('opens a welcome page on install: what it watches, the privacy promise, the default limits', async () => {
    expect(await s.browser.welcomeOpened).toContain('/src/ui/welcome/welcome.html');
    const page = await s.open(s.extensionUrl('src/ui/welcome/welcome.html'));
    const text = await page.locator('main').textContent();
    expect(text).toContain('Nothing leaves your device');
    expect(await page.locator('[data-testid=default-limits] li').count()).toBe(5);
    expect(text).toContain('At most 3 messages in a row without a reply');
    expect(await page.locator('[data-testid=sample]').textContent()).toContain('just checking in');
    await page.close();
  });

  it('opens the options page and renders it', async () => {
    const page = await s.open(s.extensionUrl('src/ui/options/options.html'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Pullback settings');
    await page.close();
  });
});
