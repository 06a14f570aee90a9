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
  /** False when the page opens with no compose (the compose comes with `prepare`). */
  composeAtOpen?: false;
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
    url: `https://mail.google.com/mail/u/0/?open=reply&thread=decline&rel=1&subject=${encodeURIComponent('Fleet service')}&body=${encodeURIComponent('Hi Dana, just circling back on my offer.')}`,
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
    // Priya is someone else Alex wrote to from Outlook; her thread is recorded as the page opens.
    url: `https://outlook.office.com/mail/?thread=decline&rel=1&contact=${encodeURIComponent('Priya Shah <priya@fabrikam.test>')}`,
    composeAtOpen: false,
    prepare: async (page) => {
      await page.locator('[data-fixture=reply]').click();
      // The first line, above the signature and the quoted history, as Outlook places the cursor.
      await page.locator('[role=textbox][aria-multiline=true] .elementToProof').first().click();
      await page.keyboard.type('Hi Priya, just circling back on the pilot. Any update?');
      await page.locator('pullback-indicator[data-level=stop]').waitFor();
    },
  },
];

const DAY = 86_400_000;

/**
 * The Gmail demo threads' dates (test/fixtures/gmail/gmail-setup.js, opened with ?rel=1) as they
 * read today: the fixture moves them as if today were 27 Nov 2026 09:00 UTC. The seeded history uses
 * the same times and message ids, so what the thread shows and what was seeded are one history.
 */
const FIXTURE_TODAY = Date.parse('2026-11-27T09:00:00Z');
const fromFixture = (iso: string, now: number) => Date.parse(iso) - FIXTURE_TODAY + now;
const fixtureMessageId = (iso: string) => `gmail:#msg-f:${Date.parse(iso)}`;
const DANA_WROTE = '2026-11-02T09:00:00Z';
const DANA_SAID_NO = '2026-11-04T15:20:00Z';
const SAM_WROTE = '2026-11-10T09:00:00Z';
const SAM_WELCOMED = '2026-11-11T10:05:00Z';

/**
 * The sample history: Jordan has two unanswered messages, Dana said no, Sam replied warmly. As a
 * history export, so it goes in through the same import a user would use.
 */
function demoHistory(now = Date.now()) {
  const at = (daysAgo: number) => now - daysAgo * DAY;
  const touch = (id: string, contactId: string, identity: string, when: number, subject: string, excerpt: string) => ({
    id: `${id}:${identity}`,
    sendId: id,
    contactId,
    identity,
    at: when,
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
        createdAt: fromFixture(DANA_WROTE, now),
        updatedAt: fromFixture(DANA_SAID_NO, now),
      },
      {
        id: 'demo-sam',
        names: ['Sam Okafor'],
        identities: ['email:sam@contoso.test'],
        status: null,
        createdAt: fromFixture(SAM_WROTE, now),
        updatedAt: fromFixture(SAM_WELCOMED, now),
      },
    ],
    touches: [
      touch('demo-1', 'demo-jordan', 'email:jordan@example.com', at(9), 'Winter service for your fleet', 'Hi Jordan, would a winter check for your vans help?'),
      touch(
        'demo-2',
        'demo-jordan',
        'email:jordan@example.com',
        at(4),
        'Re: Winter service for your fleet',
        'Hi Jordan, following up on my note about winter checks.',
      ),
      touch(
        'demo-3',
        'demo-dana',
        'email:dana@northwind.test',
        fromFixture(DANA_WROTE, now),
        'Fleet service',
        'Hi Dana, would you like a quote for the fleet service this winter?',
      ),
      touch(
        'demo-4',
        'demo-sam',
        'email:sam@contoso.test',
        fromFixture(SAM_WROTE, now),
        'Tyre guide',
        'Hi Sam, I put together a short guide on winter tyre checks. Want a copy?',
      ),
    ],
    inbound: [
      {
        id: fixtureMessageId(DANA_SAID_NO),
        contactId: 'demo-dana',
        identity: 'email:dana@northwind.test',
        at: fromFixture(DANA_SAID_NO, now),
        channel: 'gmail',
        kind: 'decline',
        excerpt: "Thanks, but we've decided to go with another provider for this year.",
      },
      {
        id: fixtureMessageId(SAM_WELCOMED),
        contactId: 'demo-sam',
        identity: 'email:sam@contoso.test',
        at: fromFixture(SAM_WELCOMED, now),
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
