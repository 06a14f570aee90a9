// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gmailAdapter, parseAddress } from '../../src/sites/gmail/adapter.ts';
import { GMAIL } from '../../src/sites/gmail/selectors.ts';
import { loadFixture } from './fixture-dom.ts';

const gmail = (query: string) => loadFixture('gmail', `https://mail.google.com/mail/u/0/?${query}`, ['gmail.js', 'gmail-setup.js']);
const BODY = encodeURIComponent('Hi Dana,\nJust checking in.');

describe('Gmail selectors on the fixtures', () => {
  it.each([
    ['current chips, English', 'chips=current&lang=en'],
    ['classic chips, English', 'chips=classic&lang=en'],
    ['current chips, German', 'chips=current&lang=de'],
    ['classic chips, Spanish', 'chips=classic&lang=es'],
  ])('%s: every selector finds what it should', (_, variant) => {
    const window = gmail(`${variant}&open=new&to=dana@x.test,sam@y.test&subject=Winter&body=${BODY}`);
    const doc = window.document as unknown as Document;
    const [root] = gmailAdapter.findComposes(doc);
    expect(root).toBeDefined();
    for (const key of ['composeId', 'draftId', 'editor', 'subject', 'sendButton', 'sendOptions', 'sendGroup'] as const) {
      expect(root!.querySelector(GMAIL[key]), key).not.toBeNull();
    }
    expect(root!.querySelectorAll(GMAIL.recipientFields)).toHaveLength(3);
    const surface = gmailAdapter.surface(root!)!;
    const draft = surface.readDraft();
    expect(draft.subject).toBe('Winter');
    expect(draft.recipients.map((r) => r.identity)).toEqual(['email:dana@x.test', 'email:sam@y.test']);
    // The signature is not part of the draft.
    expect(draft.body.text.trim()).toBe('Hi Dana,\nJust checking in.');
    expect(surface.sendButton()?.matches('[aria-haspopup]')).toBe(false);
    expect(surface.isSendControl(root!.querySelector(GMAIL.sendOptions)!)).toBe(false);
    expect(surface.isSendControl(surface.sendButton()!)).toBe(true);
    expect(surface.indicatorSlot()?.parent).toBe(root!.querySelector(GMAIL.sendGroup)!.parentElement);
  });

  it('reads names from current chips, and a typed address not yet a chip', () => {
    const window = gmail(`open=new&to=dana@x.test&body=${BODY}`);
    const doc = window.document as unknown as Document;
    const root = gmailAdapter.findComposes(doc)[0]!;
    (root.querySelector('[name=cc] input[type=text]') as HTMLInputElement).value = 'Lee Park <lee@z.test>';
    expect(gmailAdapter.surface(root)!.readDraft().recipients).toEqual([
      { identity: 'email:dana@x.test', name: 'Dana' },
      { identity: 'email:lee@z.test', name: 'Lee Park' },
    ]);
  });

  it('excludes quoted history in an inline reply and reads the thread above it', () => {
    const window = gmail(`open=reply&thread=decline&body=${encodeURIComponent('Hi Dana, a quick follow-up.')}`);
    const doc = window.document as unknown as Document;
    const root = gmailAdapter.findComposes(doc)[0]!;
    const surface = gmailAdapter.surface(root)!;
    expect(surface.readDraft().body.text.trim()).toBe('Hi Dana, a quick follow-up.');
    const thread = surface.readThread();
    expect(thread.map((m) => [m.direction, m.person.identity, new Date(m.at).toISOString()])).toEqual([
      ['out', 'email:dana@northwind.test', '2026-11-02T09:00:00.000Z'],
      ['in', 'email:dana@northwind.test', '2026-11-04T15:20:00.000Z'],
    ]);
    expect(thread[1]!.text).toContain("we've decided to go with another provider");
    expect(thread[1]!.person.name).toBe('Dana Reyes');
    expect(new Set(thread.map((m) => m.id)).size).toBe(2);
    // Gmail's own message id, not a hash of what the page shows (the same message reads the same on every visit).
    expect(thread[1]!.id).toBe(`gmail:#msg-f:${Date.parse('2026-11-04T15:20:00Z')}`);
    // An inline reply: the thread's own address, without the open compose.
    expect(surface.conversationUrl?.()).toBe('https://mail.google.com/mail/u/0/?open=reply&thread=decline&body=Hi+Dana%2C+a+quick+follow-up.');
  });

  it("a new message: its conversation is Gmail's search for what you sent its first recipient", () => {
    const window = gmail(`open=new&to=dana@x.test,sam@y.test&subject=Winter&body=${BODY}`);
    const surface = gmailAdapter.surface(gmailAdapter.findComposes(window.document as unknown as Document)[0]!)!;
    expect(surface.conversationUrl?.()).toBe('https://mail.google.com/mail/u/0/#search/in%3Asent%20to%3Adana%40x.test');
  });

  it('finds composes opened later and ties Schedule send to its compose', () => {
    const window = gmail(`open=new&to=dana@x.test`);
    const doc = window.document as unknown as Document;
    (window as unknown as { __openCompose(): void }).__openCompose();
    const composes = gmailAdapter.findComposes(doc);
    expect(composes).toHaveLength(2);
    const arrow = composes[1]!.querySelector(GMAIL.sendOptions) as HTMLElement;
    arrow.setAttribute('aria-expanded', 'true');
    const item = composes[1]!.querySelector(GMAIL.scheduleSend)!;
    expect(gmailAdapter.sendControlOwner!(item, doc)).toBe(composes[1]);
    expect(gmailAdapter.surface(composes[1]!)!.isSendControl(item)).toBe(true);
  });

  it('maps text offsets back to the DOM for highlights', () => {
    const window = gmail(`open=new&to=dana@x.test&body=${BODY}`);
    const root = gmailAdapter.findComposes(window.document as unknown as Document)[0]!;
    const { body } = gmailAdapter.surface(root)!.readDraft();
    const start = body.text.indexOf('checking');
    const at = body.locate(start)!;
    expect(at.node.data.slice(at.offset, at.offset + 8)).toBe('checking');
  });

  it.each([
    ['Dana Reyes <dana@x.test>', { identity: 'email:dana@x.test', name: 'Dana Reyes' }],
    ['"Reyes, Dana" <DANA@X.TEST>', { identity: 'email:dana@x.test', name: 'Reyes, Dana' }],
    ['dana@x.test', { identity: 'email:dana@x.test' }],
    ['not an address', null],
  ])('parses %s', (value, expected) => expect(parseAddress(value)).toEqual(expected));
});

/** The parts of a key event the send-key checks read. */
interface KeyInit {
  key?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
  isComposing?: boolean;
}

describe('Gmail send keys', () => {
  /** A compose and a key event on `target`, as Gmail's page would deliver it. */
  function keys() {
    const window = gmail(`open=new&to=dana@x.test&body=${BODY}`);
    const doc = window.document as unknown as Document;
    const root = gmailAdapter.findComposes(doc)[0]!;
    const surface = gmailAdapter.surface(root)!;
    const press = (target: Element, init: KeyInit, type = 'keydown') => {
      let seen: KeyboardEvent | undefined;
      target.addEventListener(type, (e) => (seen = e as KeyboardEvent), { once: true });
      target.dispatchEvent(new window.KeyboardEvent(type, { bubbles: true, cancelable: true, ...init }) as unknown as Event);
      return surface.isSendKey(seen!);
    };
    return { window, doc, root, surface, press };
  }

  it.each([
    ['Ctrl+Enter', true, { key: 'Enter', ctrlKey: true }],
    ['Cmd+Enter', true, { key: 'Enter', metaKey: true }],
    ['plain Enter (a new line)', false, { key: 'Enter' }],
    ['Shift+Enter', false, { key: 'Enter', shiftKey: true }],
    ['Ctrl+Shift+Enter', false, { key: 'Enter', ctrlKey: true, shiftKey: true }],
    ['Ctrl+Alt+Enter', false, { key: 'Enter', ctrlKey: true, altKey: true }],
    ['Ctrl+S', false, { key: 's', ctrlKey: true }],
    ['Ctrl+Space', false, { key: ' ', ctrlKey: true }],
  ] as const)('in the editor, %s sends: %s', (_, sends, init) => {
    const { surface, press } = keys();
    expect(press(surface.editor, init)).toBe(sends);
  });

  it('Ctrl+Enter outside this compose is not its send key', () => {
    const { doc, press } = keys();
    expect(press(doc.body, { key: 'Enter', ctrlKey: true })).toBe(false);
  });

  it('Enter on the focused Send button sends; on the send options arrow it does not', () => {
    const { root, surface, press } = keys();
    expect(press(surface.sendButton()!, { key: 'Enter' })).toBe(true);
    expect(press(root.querySelector(GMAIL.sendOptions)!, { key: 'Enter' })).toBe(false);
  });

  describe('through the Send guard', () => {
    /** The guard on the fixture page, with a session that records what the guard asks of it. */
    async function guarded(verdict: boolean | 'wait') {
      const { installGuard } = await import('../../src/content/guard.ts');
      const { window, surface } = keys();
      const calls: string[] = [];
      const session = {
        surface,
        bypass: false,
        holding: false,
        sendVerdict: () => (verdict === 'wait' ? 'wait' : verdict ? 'hold' : 'pass'),
        hold: () => void calls.push('hold'),
        sendWhenJudged: () => void calls.push('wait'),
        noteSendAttempt: () => void calls.push('note'),
      };
      const controller = new AbortController();
      installGuard(
        window as unknown as Window,
        { adapter: gmailAdapter, sessionFor: (el) => (surface.root.contains(el) ? (session as never) : undefined) },
        controller.signal,
      );
      /** Press a key in the editor; true when the guard stopped it before the page saw it. */
      const key = (init: KeyInit) => {
        let reached = false;
        const seen = () => (reached = true);
        surface.editor.addEventListener('keydown', seen);
        surface.editor.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }) as unknown as Event);
        surface.editor.removeEventListener('keydown', seen);
        return !reached;
      };
      return { calls, key, stop: () => controller.abort() };
    }

    it('holds Ctrl+Enter on a pushy draft, and notes it on a fine one', async () => {
      const pushy = await guarded(true);
      expect(pushy.key({ ctrlKey: true })).toBe(true);
      expect(pushy.calls).toEqual(['hold']);
      pushy.stop();
      const fine = await guarded(false);
      expect(fine.key({ metaKey: true })).toBe(false);
      expect(fine.calls).toEqual(['note']);
      fine.stop();
    });

    it('holds a send of a draft changed since it was judged, and hands it to the session once, on the key that sends', async () => {
      const changed = await guarded('wait');
      expect(changed.key({ ctrlKey: true })).toBe(true);
      expect(changed.calls).toEqual(['wait']);
      changed.stop();
    });

    it('leaves Ctrl+Enter alone while an input method is composing (it confirms the text, it does not send)', async () => {
      const g = await guarded(true);
      expect(g.key({ ctrlKey: true, isComposing: true })).toBe(false);
      expect(g.key({})).toBe(false);
      expect(g.calls).toEqual([]);
      g.stop();
    });
  });
});

describe('Gmail after a markup change: composes found by role', () => {
  const page = (name: string, query = `to=dana@x.test&subject=Winter&body=${BODY}`) =>
    loadFixture('gmail', `https://mail.google.com/mail/u/0/?${query}`, ['renamed.js'], name).document as unknown as Document;

  it('renamed class names: the known selectors miss, the fallback finds and reads the compose', () => {
    const doc = page('renamed.html');
    // The "before": what the class-name selectors see on this page.
    expect(doc.querySelector(GMAIL.compose)).toBeNull();
    expect(doc.querySelector(GMAIL.sendButton)).toBeNull();
    const roots = gmailAdapter.findComposes(doc);
    expect(roots).toHaveLength(1);
    const root = roots[0]!;
    expect(root.querySelector(GMAIL.editor)).not.toBeNull();
    const surface = gmailAdapter.surface(root)!;
    const draft = surface.readDraft();
    expect(draft.subject).toBe('Winter');
    expect(draft.recipients.map((r) => r.identity)).toEqual(['email:dana@x.test']);
    expect(draft.body.text.trim()).toBe('Hi Dana,\nJust checking in.');
    const send = doc.querySelector<HTMLElement>('[data-fixture=send]')!;
    expect(surface.sendButton()).toBe(send);
    expect(surface.isSendControl(send)).toBe(true);
    expect(surface.isSendControl(doc.querySelector('[data-fixture=more]')!)).toBe(false);
    // Formatting buttons carry shortcuts too, to a single key.
    for (const button of doc.querySelectorAll('[role=toolbar] [role=button]')) expect(surface.isSendControl(button)).toBe(false);
    const view = doc.defaultView as unknown as typeof globalThis;
    const ctrlEnter = new view.KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true });
    Object.defineProperty(ctrlEnter, 'target', { value: surface.editor });
    expect(surface.isSendKey(ctrlEnter)).toBe(true);
    expect(surface.indicatorSlot()?.parent).toBe(doc.querySelector('[data-fixture=send-group]')!.parentElement);
    // The loose search sees the same compose: covered, so not reported as unreadable.
    expect(gmailAdapter.composeLike!(doc)).toEqual([root]);
  });

  it.each([
    ['German', 'Senden \u202a(Strg-Eingabetaste)\u202c', 1],
    ['Spanish', 'Enviar \u202a(Ctrl-Intro)\u202c', 1],
    ['Mac', 'Send \u202a(⌘Enter)\u202c', 1],
    ['a shortcut to one key (not Send)', 'Send \u202a(Ctrl-S)\u202c', 0],
    ['the English word with no shortcut', 'Send', 0],
  ])('finds the Send button by its shortcut, %s', (_, tip, found) => {
    const doc = page('renamed.html');
    const send = doc.querySelector('[data-fixture=send]')!;
    send.setAttribute('data-tooltip', tip);
    send.setAttribute('aria-label', tip);
    expect(gmailAdapter.findComposes(doc)).toHaveLength(found);
  });

  it('an editor without g_editable or role=textbox: no compose found, but one looks like a compose', () => {
    const doc = page('unreadable.html');
    expect(doc.querySelector('[contenteditable=true]')).not.toBeNull();
    expect(gmailAdapter.findComposes(doc)).toEqual([]);
    const like = gmailAdapter.composeLike!(doc);
    expect(like).toHaveLength(1);
    expect(like[0]!.contains(doc.querySelector('[contenteditable=true]'))).toBe(true);
  });

  it('on the known markup the class names still win, and the loose search sees the same compose', () => {
    const window = gmail(`open=new&to=dana@x.test&body=${BODY}`);
    const doc = window.document as unknown as Document;
    const [root] = gmailAdapter.findComposes(doc);
    expect(root?.matches(GMAIL.compose)).toBe(true);
    const like = gmailAdapter.composeLike!(doc);
    expect(like).toHaveLength(1);
    expect(root!.contains(like[0]!) || like[0]!.contains(root!)).toBe(true);
  });
});
