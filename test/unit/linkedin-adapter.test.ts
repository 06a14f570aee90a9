// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { linkedinAdapter } from '../../src/sites/linkedin/adapter.ts';
import { LINKEDIN } from '../../src/sites/linkedin/selectors.ts';
import { loadFixture } from './fixture-dom.ts';

const linkedin = (path: string, query = '') => loadFixture('linkedin', `https://www.linkedin.com${path}?${query}`, ['linkedin.js']);

describe('LinkedIn selectors on the fixtures', () => {
  it.each([
    ['overlay bubble', '/feed/'],
    ['/messaging/ page', '/messaging/thread/2-abc/'],
  ])('%s: finds the box, the person by /in/ slug, the send button and the conversation', (_, path) => {
    const window = linkedin(path, 'to=dana-reyes&name=Dana%20Reyes&thread=decline');
    const doc = window.document as unknown as Document;
    const [root] = linkedinAdapter.findComposes(doc);
    expect(root).toBeDefined();
    for (const key of ['editor', 'sendButton', 'profileLink', 'headerName', 'event', 'eventBody', 'eventTime'] as const)
      expect(root!.querySelector(LINKEDIN[key]), key).not.toBeNull();
    const surface = linkedinAdapter.surface(root!)!;
    expect(surface.readDraft().recipients).toEqual([{ identity: 'linkedin:dana-reyes', name: 'Dana Reyes' }]);
    const thread = surface.readThread();
    expect(thread.map((m) => m.direction)).toEqual(['out', 'in']);
    expect(thread[1]!.text).toBe("Please don't message me again.");
    expect(surface.isSendControl(surface.sendButton()!)).toBe(true);
    expect(surface.isSendControl(root!.querySelector('form')!)).toBe(true);
    expect(surface.sendMarker()).toBe(1);
    // The follow-up list opens the conversation again from here.
    expect(surface.conversationUrl?.()).toMatch(/^https:\/\/www\.linkedin\.com\/messaging\/thread\/2-[a-z-]+\/$/);
    if (path.startsWith('/messaging/thread/')) expect(surface.conversationUrl?.()).toBe('https://www.linkedin.com/messaging/thread/2-abc/');
  });

  it('a new message: the recipient from its pill, and the InMail subject', () => {
    const window = linkedin('/messaging/compose/', 'name=Kim%20Lee&inmail=1');
    const root = linkedinAdapter.findComposes(window.document as unknown as Document)[0]!;
    (root.querySelector(LINKEDIN.subject) as HTMLInputElement).value = 'Quick question';
    const draft = linkedinAdapter.surface(root)!.readDraft();
    expect(draft.recipients).toEqual([{ identity: 'linkedin-name:kim lee', name: 'Kim Lee' }]);
    expect(draft.subject).toBe('Quick question');
  });

  it('the invite note: found in the shadow root under #interop-outlet, only after "Add a note"', () => {
    const window = linkedin('/in/sam-okafor/', 'name=Sam%20Okafor');
    const doc = window.document as unknown as Document;
    (doc.querySelector('[data-fixture=connect]') as HTMLElement).click();
    expect(linkedinAdapter.findComposes(doc)).toHaveLength(0);
    const shadow = doc.querySelector(LINKEDIN.interopOutlet)!.shadowRoot!;
    expect(doc.querySelector(LINKEDIN.inviteDialog)).toBeNull();
    (shadow.querySelector('[data-fixture=add-note]') as HTMLElement).click();
    const [dialog] = linkedinAdapter.findComposes(doc);
    expect(dialog?.matches(LINKEDIN.inviteDialog)).toBe(true);
    const surface = linkedinAdapter.surface(dialog!)!;
    (shadow.querySelector(LINKEDIN.inviteNote) as HTMLTextAreaElement).value = 'Hi Sam, act now.';
    expect(surface.readDraft()).toMatchObject({ body: { text: 'Hi Sam, act now.' }, recipients: [{ identity: 'linkedin:sam-okafor', name: 'Sam Okafor' }] });
    expect(surface.isSendControl(shadow.querySelector(LINKEDIN.inviteSend)!)).toBe(true);
    expect(linkedinAdapter.observeRoots!(doc)).toEqual([shadow]);
    expect(surface.conversationUrl?.()).toBe('https://www.linkedin.com/in/sam-okafor/');
  });
});
