// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { outlookAdapter, parseTime } from '../../src/sites/outlook/adapter.ts';
import { OUTLOOK } from '../../src/sites/outlook/selectors.ts';
import { loadFixture } from './fixture-dom.ts';

const outlook = (query: string) => loadFixture('outlook', `https://outlook.office.com/mail/?${query}`, ['outlook.js']);
const docOf = (w: ReturnType<typeof outlook>) => w.document as unknown as Document;

describe.each(['en', 'de'])('Outlook selectors on the fixtures (%s labels)', (lang) => {
  it('a new message open before the script starts: body without the signature, subject, chips and typed addresses', () => {
    const w = outlook(
      `lang=${lang}&compose=new&sig=1&subject=Pilot&body=Hi%20Dana%0AAny%20news%3F&to=dana@fabrikam.test,Kim%20Lee,Sam%20Okafor%20%3Csam@x.test%3E`,
    );
    const doc = docOf(w);
    const [root] = outlookAdapter.findComposes(doc);
    expect(root?.id).toMatch(/docking_InitVisiblePart/);
    for (const key of ['editor', 'subject', 'sendGroup', 'sendButton', 'sendOptions', 'discard'] as const)
      expect(root!.querySelector(OUTLOOK[key]), key).not.toBeNull();
    const to = root!.querySelector('[data-fixture=to]')!;
    to.append(doc.createTextNode('lee@typed.test; '));
    const surface = outlookAdapter.surface(root!)!;
    const draft = surface.readDraft();
    expect(draft.body.text.trim()).toBe('Hi Dana\nAny news?');
    expect(draft.subject).toBe('Pilot');
    expect(draft.recipients).toEqual([
      { identity: 'email:dana@fabrikam.test' },
      { identity: 'outlook-name:kim lee', name: 'Kim Lee' },
      { identity: 'email:sam@x.test', name: 'Sam Okafor', alias: 'outlook-name:sam okafor' },
      { identity: 'email:lee@typed.test' },
    ]);
    // The Send button and its icon send; the arrow, Discard and the body do not.
    const send = surface.sendButton()!;
    expect(surface.isSendControl(send)).toBe(true);
    expect(surface.isSendControl(send.querySelector('[data-fixture=send-icon]')!)).toBe(true);
    expect(surface.isSendControl(root!.querySelector(OUTLOOK.sendOptions)!)).toBe(false);
    expect(surface.isSendControl(root!.querySelector(OUTLOOK.discard)!)).toBe(false);
    expect(surface.isSendControl(surface.editor)).toBe(false);
    // The recipient fields are watched, the body is not one of them.
    expect(surface.recipientAreas()).toHaveLength(2);
    expect(surface.recipientAreas()).not.toContain(surface.editor);
  });

  it('a new message is found again in the Sent folder', () => {
    const [root] = outlookAdapter.findComposes(docOf(outlook(`lang=${lang}&compose=new&to=dana@fabrikam.test`)));
    expect(outlookAdapter.surface(root!)!.conversationUrl?.()).toBe('https://outlook.office.com/mail/sentitems');
  });

  it('keys that send: Ctrl/Cmd+Enter and Alt+S in the compose; plain Enter and Shift variants do not', () => {
    const w = outlook(`lang=${lang}&compose=new&to=dana@fabrikam.test`);
    const root = outlookAdapter.findComposes(docOf(w))[0]!;
    const surface = outlookAdapter.surface(root)!;
    const key = (init: { key: string; code?: string; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean }) => {
      const event = new w.KeyboardEvent('keydown', { bubbles: true, ...init }) as unknown as KeyboardEvent;
      Object.defineProperty(event, 'target', { value: surface.editor });
      return surface.isSendKey(event);
    };
    expect(key({ key: 'Enter', ctrlKey: true })).toBe(true);
    expect(key({ key: 'Enter', metaKey: true })).toBe(true);
    expect(key({ key: 's', code: 'KeyS', altKey: true })).toBe(true);
    expect(key({ key: 'ß', code: 'KeyS', altKey: true })).toBe(true);
    expect(key({ key: 'Enter' })).toBe(false);
    expect(key({ key: 'Enter', ctrlKey: true, shiftKey: true })).toBe(false);
    expect(key({ key: 's', code: 'KeyS' })).toBe(false);
    expect(key({ key: 's', code: 'KeyS', altKey: true, ctrlKey: true })).toBe(false);
  });

  it('an inline reply: history and signature left out, the name-only chip linked to the address the conversation shows, a decline read', () => {
    const w = outlook(`lang=${lang}&thread=decline`);
    const doc = docOf(w);
    (doc.querySelector('[data-fixture=reply]') as HTMLElement).click();
    const [root] = outlookAdapter.findComposes(doc);
    const surface = outlookAdapter.surface(root!)!;
    const first = surface.editor.querySelector('.elementToProof')!;
    first.textContent = 'Hi Dana, just bumping this again.';
    const draft = surface.readDraft();
    expect(draft.body.text.trim()).toBe('Hi Dana, just bumping this again.');
    expect(draft.recipients).toEqual([{ identity: 'email:dana@fabrikam.test', name: 'Dana Reyes', alias: 'outlook-name:dana reyes' }]);
    const thread = surface.readThread();
    expect(thread.map((m) => [m.direction, m.person.identity])).toEqual([
      ['out', 'email:dana@fabrikam.test'],
      ['in', 'email:dana@fabrikam.test'],
    ]);
    expect(thread[1]!.text).toMatch(/not interested/);
    expect(new Date(thread[1]!.at).getDate()).toBe(18);
    // Read twice, the same ids: recorded once.
    expect(surface.readThread().map((m) => m.id)).toEqual(thread.map((m) => m.id));
    expect(surface.threadArea?.()).toBe(doc.querySelector(OUTLOOK.conversation));
    // "Open conversation" in the follow-up list comes back to this conversation.
    expect(surface.conversationUrl?.()).toBe(`https://outlook.office.com/mail/?lang=${lang}&thread=decline`);
  });

  it('several composes at once, each its own root; Schedule send’s dialog Send belongs to the compose whose arrow opened it', () => {
    const w = outlook(`lang=${lang}&compose=new&to=a@x.test&thread=warm`);
    const doc = docOf(w);
    (doc.querySelector('[data-fixture=reply]') as HTMLElement).click();
    const roots = outlookAdapter.findComposes(doc);
    expect(roots).toHaveLength(2);
    const [first, second] = roots.map((r) => outlookAdapter.surface(r)!);
    const arrow = second!.root.querySelector<HTMLElement>(OUTLOOK.sendOptions)!;
    expect(outlookAdapter.sendControlOwner!(arrow, doc)).toBeNull();
    arrow.click();
    (doc.querySelector('[role=menuitem]') as HTMLElement).click();
    const dialogSend = doc.querySelector<HTMLElement>('[data-fixture=schedule-send]')!;
    expect(outlookAdapter.sendControlOwner!(dialogSend, doc)).toBe(second!.root);
    expect(second!.isSendControl(dialogSend)).toBe(true);
    expect(first!.isSendControl(dialogSend)).toBe(false);
    // The dialog's Cancel is not a Send.
    const cancel = [...doc.querySelectorAll<HTMLElement>('[role=dialog] button')].find((b) => b !== dialogSend)!;
    expect(outlookAdapter.sendControlOwner!(cancel, doc)).toBeNull();
  });

  it('closing: a Send that leaves counts, Discard does not; Outlook’s refusal is seen', () => {
    const w = outlook(`lang=${lang}&compose=new`);
    const doc = docOf(w);
    const root = outlookAdapter.findComposes(doc)[0]!;
    const surface = outlookAdapter.surface(root)!;
    surface.sendButton()!.click();
    expect(surface.sendRefused()).toBe(true);
    expect(surface.isClosed()).toBe(false);
    root.querySelector<HTMLElement>(OUTLOOK.discard)!.click();
    expect(surface.isClosed()).toBe(true);
    expect(surface.sentSince(0)).toBe(false);
    // A send under way is dropped, not logged, when its compose is discarded (the alert is gone with it).
    root.querySelector('[role=alert]')?.remove();
    expect(surface.sendRefused()).toBe(true);
  });
});

describe('Outlook reading', () => {
  it('a name-only chip is that name until an address for it is seen on the page, then the address', () => {
    const w = outlook('compose=new&to=Kim%20Lee');
    const doc = docOf(w);
    const root = outlookAdapter.findComposes(doc)[0]!;
    const surface = outlookAdapter.surface(root)!;
    expect(surface.readDraft().recipients).toEqual([{ identity: 'outlook-name:kim lee', name: 'Kim Lee' }]);
    // The draft saved: Outlook shows the chip as "Name <address>".
    const chip = root.querySelector('.chip')!;
    // It carries the name-only identity along, for the store to fold the name's history into the address's.
    chip.textContent = 'Kim Lee <kim@contoso.test>';
    expect(surface.readDraft().recipients).toEqual([{ identity: 'email:kim@contoso.test', name: 'Kim Lee', alias: 'outlook-name:kim lee' }]);
    // Shown by name alone again, the name now reads as the address.
    chip.textContent = 'Kim  Lee';
    expect(surface.readDraft().recipients).toEqual([{ identity: 'email:kim@contoso.test', name: 'Kim Lee', alias: 'outlook-name:kim lee' }]);
  });

  it('times in English, ISO and German forms', () => {
    const el = (text: string) => Object.assign(document.createElement('span'), { textContent: text });
    expect(new Date(parseTime(el('Tue 11/18/2025 2:30 PM'))).getHours()).toBe(14);
    expect(new Date(parseTime(el('Di 18.11.2025 14:30'))).getDate()).toBe(18);
    expect(parseTime(el('gestern'))).toBeNaN();
  });

  it('a hostile chip: huge names are left out, markup stays text', () => {
    const w = outlook(`compose=new&to=${encodeURIComponent('<img src=x onerror=alert(1)>')},${'x'.repeat(300)}`);
    const root = outlookAdapter.findComposes(docOf(w))[0]!;
    const people = outlookAdapter.surface(root)!.readDraft().recipients;
    expect(people.every((p) => p.identity.length < 400)).toBe(true);
    expect(root.querySelector('img')).toBeNull();
  });
});
