// `npm start`: build, serve the demo pages under their real hostnames, and open Chromium with
// Pullback loaded in a throwaway profile and a sample history. `npm start -- --firefox` opens
// Firefox ESR with the add-on installed as a temporary add-on instead. With --headless (or no
// display) it takes screenshots, says where they are, and exits.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithExtension } from '../test/harness/browser.ts';
import { launchFirefox, startProxy } from '../test/harness/firefox.ts';
import { ROOT, startFixtureServer } from '../test/harness/server.ts';
import { DEMO_PAGES, seedDemo, settled } from './demo.ts';

const { values: options } = parseArgs({
  options: { headless: { type: 'boolean' }, firefox: { type: 'boolean' }, 'no-build': { type: 'boolean' }, help: { type: 'boolean' } },
});
if (options.help) {
  console.log(
    'npm start [-- --firefox] [--headless] [--no-build]\n  Opens the demo pages with Pullback loaded (Chromium unless --firefox); --headless takes screenshots and exits.',
  );
  process.exit(0);
}
const headless = options.headless === true || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
if (!options['no-build']) execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit', cwd: ROOT });

const shots = join(ROOT, 'dist', 'screenshots');
mkdirSync(shots, { recursive: true });
const shown = (file: string) => relative(process.cwd(), file);
const server = await startFixtureServer();
const fail = (error: Error) => {
  console.error(error.message);
  process.exit(1);
};

if (options.firefox) await firefox();
else await chromium();

async function chromium(): Promise<void> {
  const browser = await launchWithExtension({ port: server.port, headless }).catch(fail);
  await seedDemo(browser);
  console.log('Pullback in Chromium, with a sample history (Jordan: two unanswered notes; Dana: said no; Sam: replied warmly).');
  for (const demo of DEMO_PAGES) {
    const page = await browser.context.newPage();
    await page.goto(demo.url);
    await settled(page);
    await demo.prepare?.(page);
    await page.waitForTimeout(300);
    const file = join(shots, `${demo.name}.png`);
    await page.screenshot({ path: file });
    console.log(`  ${demo.title}  →  ${shown(file)}`);
  }

  // The toolbar popup, as it looks for the Gmail tab with Jordan's draft open.
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(`chrome-extension://${browser.extensionId}/src/ui/popup/popup.html`);
  const tabId = await popup.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).chrome;
    return (await chrome.tabs.query({ url: 'https://mail.google.com/*' }))[0]?.id ?? null;
  });
  await popup.goto(`chrome-extension://${browser.extensionId}/src/ui/popup/popup.html?tab=${tabId}`);
  await popup.waitForTimeout(500);
  const file = join(shots, 'popup.png');
  await popup.screenshot({ path: file });
  console.log(`  The toolbar popup for the Gmail tab  →  ${shown(file)}`);
  // And one person in it: Dana, who said no (her chart, her timeline, what you can do).
  await popup.setViewportSize({ width: 380, height: 720 });
  await popup.locator('[data-testid=contact-row]', { hasText: 'Dana Reyes' }).click();
  await popup.locator('[data-testid=chart-legend]').waitFor();
  const person = join(shots, 'popup-person.png');
  await popup.screenshot({ path: person });
  console.log(`  One person in the popup (Dana)  →  ${shown(person)}`);

  if (headless) {
    await browser.close();
    await server.close();
  } else {
    console.log('Pullback is running in Chromium on the demo pages. Close the browser window to stop.');
    browser.context.on('close', async () => {
      await server.close();
      process.exit(0);
    });
  }
}

async function firefox(): Promise<void> {
  // Firefox cannot map hostnames to a local server: a local proxy sends the sites' hosts to it.
  const proxy = await startProxy(server.port);
  const { browser } = await launchFirefox(proxy.port, { headless }).catch(fail);
  // WebDriver cannot open the add-on's own pages to seed a history: the demo threads record theirs as they open.
  console.log('Pullback in Firefox ESR (temporary add-on; no sample history: the reply pages record their threads as they open).');
  // Each demo address once, as it opens (the panel, the guard and the typed replies are yours to try).
  const pages = DEMO_PAGES.filter((demo, i) => DEMO_PAGES.findIndex((d) => d.url === demo.url) === i);
  for (const demo of pages) {
    const page = await browser.newPage();
    await page.goto(demo.url);
    // A page with no compose open yet (the Outlook thread) has no verdict to wait for.
    if (demo.composeAtOpen !== false) await page.waitForSelector('pullback-indicator[data-level]:not([hidden])', { timeout: 15_000 });
    const file = join(shots, `firefox-${demo.name}.png`) as `${string}.png`;
    await page.screenshot({ path: file });
    console.log(`  ${demo.title}  →  ${shown(file)}`);
  }
  if (headless) {
    await browser.close();
    await proxy.close();
    await server.close();
  } else {
    console.log('Pullback is running in Firefox on the demo pages. Close the browser window to stop.');
    browser.on('disconnected', async () => {
      await proxy.close();
      await server.close();
      process.exit(0);
    });
  }
}
