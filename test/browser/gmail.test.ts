import { describe, expect, it } from 'vitest';
import { askBackground, guardAction, guardOpen, inContentWorld, level, openGmail, sent, sentCount, typeDraft, waitForLevel } from './gmail-helpers.ts';
import { useBrowser } from './session.ts';

const PUSHY = "Just checking in again. I haven't heard back, and this offer expires tonight, so you need to act now.";
const FINE = 'Hi Sam, here is the short guide on winter tyre checks I mentioned. No worries if the timing is wrong.';

describe('Gmail: the inline warning', () => {
  const s = useBrowser();

  it('turns the indicator pushy soon after the last keystroke (the time printed)', async () => {
    const page = await openGmail(s, { to: 'first@example.com' });
    await waitForLevel(page, 'ok');
    // Timed in the page: from the last key event to the indicator's change.
    await page.evaluate(() => {
      const w = window as unknown as { lastKey: number; changed: number };
      document.addEventListener('keyup', () => (w.lastKey = performance.now()), true);
      new MutationObserver(() => (w.changed = performance.now())).observe(document.querySelector('pullback-indicator')!, {
        attributes: true,
        attributeFilter: ['data-level'],
      });
    });
    await typeDraft(page, PUSHY);
    await waitForLevel(page, 'pushy');
    const { lastKey, changed } = await page
      .evaluate(() => window as unknown as { lastKey: number; changed: number })
      .then(() =>
        page.evaluate(() => ({ lastKey: (window as unknown as { lastKey: number }).lastKey, changed: (window as unknown as { changed: number }).changed })),
      );
    // The figure is printed (about 450 ms on an idle 2-core machine, the 500 ms aimed for); the bound
    // catches a judgement that no longer follows the typing, not a machine under load.
    console.log(`last keystroke to pushy: ${(changed - lastKey).toFixed(0)} ms`);
    expect(changed - lastKey).toBeLessThan(1_000);
    await page.close();
  });

  it('draws highlights over the flagged words without changing the editor’s HTML', async () => {
    // Watch the editor from before Pullback starts (it runs at document_idle, after
    // DOMContentLoaded): every mutation inside the editor is sorted into the typing's own (between a
    // beforeinput and its input event) and anything else. The test types into an empty compose.
    const page = await s.browser.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __typedHtml: string | null; __foreign: string[] };
      w.__typedHtml = null;
      w.__foreign = [];
      const editors = () => [...document.querySelectorAll('[g_editable=true]')];
      const describe = (m: MutationRecord) =>
        `${m.type} on <${(m.target as Element).tagName ?? '#text'}> ${m.attributeName ?? ''} +${[...m.addedNodes].map((n) => n.nodeName).join(',')} -${[...m.removedNodes].map((n) => n.nodeName).join(',')}`;
      const foreign = (records: MutationRecord[]) => {
        for (const m of records) if (editors().some((e) => e.contains(m.target))) w.__foreign.push(describe(m));
      };
      const observer = new MutationObserver(foreign);
      document.addEventListener('DOMContentLoaded', () => {
        observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      // Registered before any other script: these run first for every input event.
      window.addEventListener('beforeinput', () => foreign(observer.takeRecords()), true);
      window.addEventListener(
        'input',
        () => {
          observer.takeRecords();
          w.__typedHtml = editors()[0]?.innerHTML ?? null;
        },
        true,
      );
    });
    await page.bringToFront();
    await page.goto(`https://mail.google.com/mail/u/0/?${new URLSearchParams({ open: 'new', to: 'hl@example.com' })}`);
    await page.waitForSelector('html[data-pullback]');
    await waitForLevel(page, 'ok');
    await typeDraft(page, PUSHY);
    await waitForLevel(page, 'pushy');
    await page.waitForFunction(() => (document.querySelector('pullback-layer')?.shadowRoot?.querySelectorAll('[data-part=highlight]').length ?? 0) >= 3);
    // Each highlight sits over a flagged phrase: the text under its centre is part of that phrase.
    const words = await page.evaluate(() => {
      const marks = [...document.querySelector('pullback-layer')!.shadowRoot!.querySelectorAll<HTMLElement>('[data-part=highlight]')];
      return marks.map((m) => {
        const r = m.getBoundingClientRect();
        const range = document.caretRangeFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        const node = range?.startContainer;
        const offset = range?.startOffset ?? 0;
        const text = node?.textContent ?? '';
        // The word around that point.
        const start = text.slice(0, offset).search(/\S+$/);
        const end = offset + text.slice(offset).search(/\s|$/);
        return text.slice(start < 0 ? offset : start, end);
      });
    });
    expect(words.length).toBeGreaterThanOrEqual(3);
    const flagged = ['Just checking in', "I haven't heard back", 'offer expires tonight', 'you need to', 'act now'].join(' ');
    for (const w of words) expect(flagged).toContain(w.replace(/[,.]$/, ''));
    await page.locator('pullback-indicator button').click();
    await page.locator('pullback-layer [data-part=panel]').waitFor();
    // The editor holds exactly what the typing made, and nothing else ever touched it.
    const editor = await page.evaluate(() => {
      const w = window as unknown as { __typedHtml: string | null; __foreign: string[] };
      const el = document.querySelector<HTMLElement>('[g_editable=true]')!;
      return { html: el.innerHTML, text: el.innerText, typedHtml: w.__typedHtml, foreign: w.__foreign };
    });
    expect(editor.text.trim()).toBe(PUSHY);
    expect(editor.typedHtml).not.toBeNull();
    expect(editor.html).toBe(editor.typedHtml);
    expect(editor.foreign).toEqual([]);
    // The panel explains itself and lives in a shadow root.
    const panel = await page.locator('pullback-layer [data-part=panel]').textContent();
    expect(panel).toContain('“offer expires');
    expect(panel).toContain('Better move');
    await page.close();
  });

  it('keeps two composes apart', async () => {
    const page = await openGmail(s, { to: 'two@example.com', body: FINE });
    await page.locator('[data-fixture=open-compose]').click();
    await page.waitForFunction(() => document.querySelectorAll('pullback-indicator').length === 2);
    await typeDraft(page, PUSHY, 1);
    await waitForLevel(page, 'pushy', 1);
    expect(await level(page, 0)).toBe('ok');
    await page.close();
  });

  it('handles composes open before it started and opened later', async () => {
    const page = await openGmail(s, { open: 'new,reply', thread: 'warm', to: 'pre@example.com', body: PUSHY });
    await page.waitForFunction(() => document.querySelectorAll('pullback-indicator').length === 2);
    await page.locator('[data-fixture=open-compose]').click();
    await page.waitForFunction(() => document.querySelectorAll('pullback-indicator').length === 3);
    await page.close();
  });

  it('reads a German compose (labels and Send tooltip in German)', async () => {
    const page = await openGmail(s, { lang: 'de', to: 'de@example.com', body: PUSHY });
    await waitForLevel(page, 'pushy');
    await page.locator('.T-I.aoO').click();
    expect(await guardOpen(page)).toBe(true);
    await page.close();
  });
});

describe('Gmail: the Send guard', () => {
  const s = useBrowser();

  it.each([
    ['a click on Send', async (page: import('playwright-core').Page) => page.locator('.T-I.aoO').click()],
    [
      'Ctrl+Enter in the compose',
      async (page: import('playwright-core').Page) => {
        await page.locator('[g_editable=true]').click();
        await page.keyboard.press('Control+Enter');
      },
    ],
    [
      'Enter on the focused Send button',
      async (page: import('playwright-core').Page) => {
        await page.locator('.T-I.aoO').focus();
        await page.keyboard.press('Enter');
      },
    ],
    [
      'Space on the focused Send button',
      async (page: import('playwright-core').Page) => {
        await page.locator('.T-I.aoO').focus();
        await page.keyboard.press(' ');
      },
    ],
    [
      'Schedule send',
      async (page: import('playwright-core').Page) => {
        await page.locator('.T-I.hG').click();
        await page.locator('[selector=scheduledSend]').click();
      },
    ],
  ])('holds a pushy draft on %s; Edit sends nothing', async (_, trigger) => {
    const page = await openGmail(s, { to: 'guard@example.com', body: PUSHY });
    await waitForLevel(page, 'pushy');
    await trigger(page);
    await page.locator('pullback-guard [data-action=edit]').waitFor();
    await expect.poll(() => page.evaluate(() => document.querySelector('pullback-guard')?.shadowRoot?.activeElement?.getAttribute('data-action'))).toBe('edit');
    await guardAction(page, 'edit');
    expect(await guardOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('g_editable'))).toBe('true');
    await page.waitForTimeout(300);
    expect(await sentCount(page)).toBe(0);
    await page.close();
  });

  it('Send anyway sends exactly once, through Gmail’s button, without our markup', async () => {
    const page = await openGmail(s, { to: 'anyway@example.com', body: PUSHY });
    await waitForLevel(page, 'pushy');
    await page.locator('.T-I.aoO').click();
    await guardAction(page, 'send-anyway');
    await page.waitForFunction(() => (window as unknown as { __sent: unknown[] }).__sent.length > 0);
    await page.waitForTimeout(500);
    const messages = await sent(page);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.html).not.toMatch(/pullback-|<mark|data-part/i);
    expect(await page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors)).toEqual([]);
    await page.close();
  });

  it('sends an ok draft straight away, with no dialog', async () => {
    const page = await openGmail(s, { to: 'fine@example.com', body: FINE, subject: 'Tyre guide' });
    await waitForLevel(page, 'ok');
    await page.locator('.T-I.aoO').click();
    expect(await guardOpen(page)).toBe(false);
    expect(await sentCount(page)).toBe(1);
    await page.close();
  });

  it('logs the send once per recipient, and the history makes the next draft count', async () => {
    const page = await openGmail(s, { to: 'logged@example.com', body: FINE, subject: 'Tyre guide' });
    await waitForLevel(page, 'ok');
    await page.locator('.T-I.aoO').click();
    await expect
      .poll(
        async () => (await askBackground<{ history: unknown[] }>(s, 'context.get', { people: [{ identity: 'email:logged@example.com' }] })).history.length,
        { timeout: 5_000 },
      )
      .toBe(1);
    const [contact] = await askBackground<{ name: string; sent: number }[]>(s, 'contacts.list', { query: 'logged@', limit: 5 });
    expect(contact).toMatchObject({ sent: 1 });
    await page.close();
  });

  it('does not log a send Gmail refused (bad address)', async () => {
    const page = await openGmail(s, { to: 'not-an-address', body: FINE });
    await page.locator('.T-I.aoO').click();
    await page.locator('[role=alertdialog]').waitFor();
    await page.waitForTimeout(600);
    expect(await sentCount(page)).toBe(0);
    const list = await askBackground<unknown[]>(s, 'contacts.list', { query: 'not-an-address', limit: 5 });
    expect(list).toEqual([]);
    await page.close();
  });

  it('a reply in the thread saying they went with someone else makes the next draft stop', async () => {
    const page = await openGmail(s, { open: 'reply', thread: 'decline', body: 'Hi Dana, a quick follow-up on my offer.' });
    await waitForLevel(page, 'stop');
    await page.locator('.T-I.aoO').click();
    const text = await page.locator('pullback-guard').evaluate((el) => el.shadowRoot!.textContent);
    expect(text).toContain('Dana said no');
    expect(text).toContain("we've decided to go with another provider");
    await page.close();
  });
});

describe('Gmail: fail open', () => {
  const s = useBrowser();

  it('sends when the scorer throws', async () => {
    const page = await openGmail(s, { to: 'broken@example.com', body: PUSHY });
    await waitForLevel(page, 'pushy');
    await inContentWorld(
      page,
      "RegExp.prototype.exec = () => { throw new Error('broken on purpose'); }; String.prototype.slice = () => { throw new Error('broken on purpose'); };",
    );
    await page.locator('.T-I.aoO').click();
    expect(await guardOpen(page)).toBe(false);
    expect(await sentCount(page)).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors)).toEqual([]);
    await page.close();
  });

  it('sends when the background is stopped', async () => {
    const page = await openGmail(s, { to: 'nobg@example.com', body: FINE });
    await waitForLevel(page, 'ok');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.locator('.T-I.aoO').click();
    expect(await sentCount(page)).toBe(1);
    await page.close();
  });

  it('sends when the extension context is gone (updated under the page)', async () => {
    const page = await openGmail(s, { to: 'gone@example.com', body: PUSHY });
    await waitForLevel(page, 'pushy');
    await inContentWorld(page, "Object.defineProperty(chrome.runtime, 'id', { get() { return undefined; } });");
    await page.locator('.T-I.aoO').click();
    expect(await guardOpen(page)).toBe(false);
    expect(await sentCount(page)).toBe(1);
    await page.close();
  });
});

describe('Gmail: more surfaces and choices', () => {
  const s = useBrowser();

  it('works in full-screen compose', async () => {
    const page = await openGmail(s, { open: 'fullscreen', to: 'full@example.com', body: PUSHY });
    await waitForLevel(page, 'pushy');
    await page.locator('.aSs .T-I.aoO').click();
    expect(await guardOpen(page)).toBe(true);
    await page.close();
  });

  it('“Don’t check this draft” quiets the indicator, offers the way back, and lets the draft send', async () => {
    const page = await openGmail(s, { to: 'pause@example.com', body: PUSHY });
    await waitForLevel(page, 'pushy');
    await page.locator('pullback-indicator button').click();
    await page.locator('pullback-layer [data-action=pause]').click();
    const chip = page.locator('pullback-indicator button[data-paused]');
    expect(await chip.textContent()).toBe('Not checking this draft · Check it again');
    expect(await page.locator('pullback-layer .mark').count()).toBe(0);
    // The way back: checking again brings the warning and the guard back.
    await chip.click();
    await page.locator('pullback-indicator button:not([data-paused])').waitFor();
    await page.locator('.T-I.aoO').click();
    expect(await guardOpen(page)).toBe(true);
    await page.locator('pullback-guard [data-action=edit]').click();
    await page.locator('pullback-indicator button').click();
    await page.locator('pullback-layer [data-action=pause]').click();
    await chip.waitFor();
    await page.locator('.T-I.aoO').click();
    expect(await guardOpen(page)).toBe(false);
    expect(await sentCount(page)).toBe(1);
    await page.close();
  });

  it('“Don’t flag this again” asks first, switches the rule off here and in the options page, and can be undone', async () => {
    const page = await openGmail(s, { to: 'mute@example.com', body: 'Just checking in on the proposal.' });
    await waitForLevel(page, 'caution');
    await page.locator('pullback-indicator button').click();
    await page.locator('pullback-layer li[data-rule="bump.checking-in"] [data-action=mute]').click();
    // Nothing is switched off until the user confirms.
    expect(await level(page)).toBe('caution');
    await page.locator('pullback-layer li[data-rule="bump.checking-in"] [data-action=mute-confirm]').click();
    await waitForLevel(page, 'ok');
    // Undo, from the same panel: the rule is back on.
    await page.locator('pullback-layer [data-muted="bump.checking-in"] [data-action=unmute]').click();
    await waitForLevel(page, 'caution');
    await page.locator('pullback-layer li[data-rule="bump.checking-in"] [data-action=mute]').click();
    await page.locator('pullback-layer li[data-rule="bump.checking-in"] [data-action=mute-confirm]').click();
    await waitForLevel(page, 'ok');
    const options = await s.open(s.extensionUrl('src/ui/options/options.html'));
    await options.locator('[data-action=show-rules]').click();
    const box = options.locator('input[data-rule="bump.checking-in"]');
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await waitForLevel(page, 'caution');
    await options.close();
    await page.close();
  });

  it('logs one touch for each of To, Cc and Bcc', async () => {
    const page = await openGmail(s, { to: 'to-person@example.com', body: FINE });
    await page.locator('[name=cc] input[type=text]').fill('cc-person@example.com');
    await page.locator('[name=cc] input[type=text]').press('Enter');
    await page.locator('[name=bcc] input[type=text]').fill('Bcc Person <bcc-person@example.com>');
    await page.locator('[name=bcc] input[type=text]').press('Enter');
    await waitForLevel(page, 'ok');
    await page.locator('.T-I.aoO').click();
    for (const who of ['to-person', 'cc-person', 'bcc-person']) {
      await expect
        .poll(
          async () => (await askBackground<{ history: unknown[] }>(s, 'context.get', { people: [{ identity: `email:${who}@example.com` }] })).history.length,
        )
        .toBe(1);
    }
    await page.close();
  });
});
