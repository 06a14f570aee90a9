/** The demo pages `npm start` opens, and the sample history it seeds into the throwaway profile. */
import type { Page } from 'playwright-core';
import type { Launched } from '../test/harness/browser.ts';

export interface DemoPage {
  name: string;
  title: string;
  url: string;
  prepare?: (page: Page) => Promise<void>;
}

const pushy =
  "Hi Jordan,\nJust checking in again. I haven't heard back from you and this offer expires tonight, so you need to act now.\nI've booked us for Tuesday at 10.";

export const DEMO_PAGES: DemoPage[] = [
  {
    name: 'gmail-compose',
    title: 'Gmail demo: a pushy third follow-up',
    url: `https://mail.google.com/mail/u/0/?open=new&to=jordan@example.com&subject=${encodeURIComponent('Following up again')}&body=${encodeURIComponent(pushy)}`,
  },
  {
    name: 'gmail-reply',
    title: 'Gmail demo: replying to someone who said no',
    url: `https://mail.google.com/mail/u/0/?open=reply&thread=decline&subject=${encodeURIComponent('Fleet service')}&body=${encodeURIComponent('Hi Dana, just circling back on my offer.')}`,
  },
  {
    name: 'linkedin-bubble',
    title: 'LinkedIn demo: a message bubble',
    url: `https://www.linkedin.com/feed/?to=dana-reyes&name=${encodeURIComponent('Dana Reyes')}`,
  },
];

/** Seeds the sample history (filled in by the history store). */
export async function seedDemo(_browser: Launched): Promise<void> {}
