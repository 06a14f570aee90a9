/** The demo pages `npm start` opens, and the sample history it seeds into the throwaway profile. */
import type { Page } from 'playwright-core';
import type { Launched } from '../test/harness/browser.ts';

/** Wait until Pullback has judged the page's compose. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('html[data-pullback]', { timeout: 10_000 });
  await page.waitForTimeout(400);
}

export interface DemoPage {
  name: string;
  title: string;
  url: string;
  prepare?: (page: Page) => Promise<void>;
}

const pushy =
  "Hi Jordan,\nJust checking in again. I haven't heard back from you and this offer expires tonight, so you need to act now.\nI've booked us for Tuesday at 10.";

/** Jordan's third message in nine days, pushy: the demo's indicator, panel and guard all start here. */
const JORDAN_DRAFT = `https://mail.google.com/mail/u/0/?open=new&to=jordan@example.com&subject=${encodeURIComponent('Following up again')}&body=${encodeURIComponent(pushy)}`;

export const DEMO_PAGES: DemoPage[] = [
  {
    name: 'gmail-compose',
    title: 'Gmail demo: a pushy third follow-up',
    url: JORDAN_DRAFT,
  },
  {
    name: 'gmail-panel',
    title: 'Gmail demo: the panel explains each warning',
    url: JORDAN_DRAFT,
    prepare: async (page) => {
      await page.locator('pullback-indicator button').click();
      await page.locator('pullback-layer [data-part=panel]').waitFor();
    },
  },
  {
    name: 'gmail-guard',
    title: 'Gmail demo: Send asks first',
    url: JORDAN_DRAFT,
    prepare: async (page) => {
      await page.locator('pullback-indicator[data-level=pushy]').waitFor();
      await page.locator('.T-I.aoO').click();
      await page.locator('pullback-guard [data-action=edit]').waitFor();
    },
  },
  {
    name: 'gmail-reply',
    title: 'Gmail demo: replying to someone who said no',
    url: `https://mail.google.com/mail/u/0/?open=reply&thread=decline&subject=${encodeURIComponent('Fleet service')}&body=${encodeURIComponent('Hi Dana, just circling back on my offer.')}`,
  },
  {
    name: 'linkedin-bubble',
    title: 'LinkedIn demo: a message to someone who said no by email',
    url: `https://www.linkedin.com/feed/?to=dana-reyes&name=${encodeURIComponent('Dana Reyes')}`,
    prepare: async (page) => {
      // Dana said no by email; her LinkedIn profile is linked to the same person in the sample history.
      await page.locator('.msg-form__contenteditable').click();
      await page.keyboard.type('Hi Dana, just circling back on the fleet demo. Any update?');
      await page.waitForTimeout(400);
    },
  },
  {
    name: 'outlook-guard',
    title: 'Outlook on the web demo: the same follow-up to Jordan, and Send asks first',
    url: `https://outlook.office.com/mail/?compose=new&sig=1&to=${encodeURIComponent('Jordan Lee <jordan@example.com>')}&subject=${encodeURIComponent('Following up again')}&body=${encodeURIComponent(pushy)}`,
    prepare: async (page) => {
      await page.locator('pullback-indicator[data-level=pushy]').waitFor();
      await page.locator('[data-testid=ComposeSendButton] button:not([aria-haspopup])').click();
      await page.locator('pullback-guard [data-action=edit]').waitFor();
    },
  },
  {
    name: 'outlook-reply',
    title: 'Outlook on the web demo: an inline reply below a “no”',
    url: 'https://outlook.office.com/mail/?thread=decline',
    prepare: async (page) => {
      await page.locator('[data-fixture=reply]').click();
      // The first line, above the signature and the quoted history, as Outlook places the cursor.
      await page.locator('[role=textbox][aria-multiline=true] .elementToProof').first().click();
      await page.keyboard.type('Hi Dana, just circling back on the pilot. Any update?');
      await page.locator('pullback-indicator[data-level=stop]').waitFor();
    },
  },
];

const DAY = 86_400_000;

/**
 * The sample history: Jordan has two unanswered messages, Dana said no, Sam replied warmly. As a
 * history export, so it goes in through the same import a user would use.
 */
function demoHistory(now = Date.now()) {
  const at = (daysAgo: number) => now - daysAgo * DAY;
  const touch = (id: string, contactId: string, identity: string, daysAgo: number, subject: string, excerpt: string) => ({
    id: `${id}:${identity}`,
    sendId: id,
    contactId,
    identity,
    at: at(daysAgo),
    channel: 'gmail',
    subject,
    excerpt,
    level: 'ok',
    score: 8,
    overridden: false,
    source: 'send',
  });
  return {
    format: 'pullback-history',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    contacts: [
      { id: 'demo-jordan', names: ['Jordan'], identities: ['email:jordan@example.com'], status: null, createdAt: at(9), updatedAt: at(4) },
      {
        id: 'demo-dana',
        names: ['Dana Reyes'],
        identities: ['email:dana@northwind.test', 'linkedin:dana-reyes'],
        status: null,
        createdAt: at(25),
        updatedAt: at(23),
      },
      { id: 'demo-sam', names: ['Sam Okafor'], identities: ['email:sam@contoso.test'], status: null, createdAt: at(16), updatedAt: at(15) },
    ],
    touches: [
      touch('demo-1', 'demo-jordan', 'email:jordan@example.com', 9, 'Winter service for your fleet', 'Hi Jordan, would a winter check for your vans help?'),
      touch(
        'demo-2',
        'demo-jordan',
        'email:jordan@example.com',
        4,
        'Re: Winter service for your fleet',
        'Hi Jordan, following up on my note about winter checks.',
      ),
      touch('demo-3', 'demo-dana', 'email:dana@northwind.test', 25, 'Fleet service', 'Hi Dana, would you like a quote for the fleet service this winter?'),
      touch('demo-4', 'demo-sam', 'email:sam@contoso.test', 16, 'Tyre guide', 'Hi Sam, I put together a short guide on winter tyre checks. Want a copy?'),
    ],
    inbound: [
      {
        id: 'demo-in-1',
        contactId: 'demo-dana',
        identity: 'email:dana@northwind.test',
        at: at(23),
        channel: 'gmail',
        kind: 'decline',
        excerpt: "Thanks, but we've decided to go with another provider for this year.",
      },
      {
        id: 'demo-in-2',
        contactId: 'demo-sam',
        identity: 'email:sam@contoso.test',
        at: at(15),
        channel: 'gmail',
        kind: 'welcome',
        excerpt: "Yes please, send more info. Let's talk next week.",
      },
    ],
  };
}

/** Seeds the sample history into the throwaway profile through the extension's own import. */
export async function seedDemo(browser: Launched): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/ui/popup/popup.html`);
  const reply = await page.evaluate(
    (data) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime.sendMessage({
        type: 'data.import',
        payload: { data, apply: true },
      }),
    demoHistory(),
  );
  await page.close();
  if (!reply.ok) throw new Error(`could not seed the demo history: ${reply.error}`);
}
