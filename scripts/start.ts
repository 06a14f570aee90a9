// `npm start`: build, serve the demo pages under their real hostnames, and open Chromium with
// Pullback loaded in a throwaway profile. With --headless (or no display) it takes screenshots,
// says where they are, and exits.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from '../test/harness/browser.ts';
import { ROOT, startFixtureServer } from '../test/harness/server.ts';
import { DEMO_PAGES, seedDemo, settled } from './demo.ts';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
if (!args.includes('--no-build')) execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit', cwd: ROOT });

const server = await startFixtureServer();
const browser = await launchWithExtension({ port: server.port, headless }).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
await seedDemo(browser);

const shots = join(ROOT, 'dist', 'screenshots');
mkdirSync(shots, { recursive: true });
for (const demo of DEMO_PAGES) {
  const page = await browser.context.newPage();
  await page.goto(demo.url);
  await settled(page);
  await demo.prepare?.(page);
  await page.waitForTimeout(300);
  const file = join(shots, `${demo.name}.png`);
  await page.screenshot({ path: file });
  console.log(`${demo.title}: ${demo.url}\n  screenshot: ${file}`);
}

// The toolbar popup, as it looks for the Gmail tab with Jordan's draft open.
{
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
  console.log(`Toolbar popup for the Gmail tab\n  screenshot: ${file}`);
}

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
