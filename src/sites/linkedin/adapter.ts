/** LinkedIn: messaging boxes (bubble, full page, new message, InMail) and the invite note. */
import { hashText, readDraftText } from '../draft-text.ts';
import type { ComposeSurface, DraftText, Person, SiteAdapter, ThreadMessage } from '../types.ts';
import { LINKEDIN, PROFILE_PATH, THREAD_PATH } from './selectors.ts';

function profileIdentity(slug: string): string {
  return `linkedin:${decodeURIComponent(slug).toLowerCase()}`;
}

function textOf(el: Element | null | undefined): string {
  return el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Who a conversation is with: the /in/ slug in its header, else the thread id, else the pill names. */
function conversationPeople(convo: Element, doc: Document): Person[] {
  const link = convo.querySelector<HTMLAnchorElement>(LINKEDIN.profileLink);
  const slug = link && PROFILE_PATH.exec(link.getAttribute('href') ?? '')?.[1];
  const name = textOf(convo.querySelector(LINKEDIN.headerName));
  if (slug) return [{ identity: profileIdentity(slug), ...(name ? { name } : {}) }];
  const pills = [...convo.querySelectorAll(LINKEDIN.pill)].map((p) => textOf(p.querySelector(LINKEDIN.pillText) ?? p)).filter(Boolean);
  if (pills.length) return pills.map((n) => ({ identity: `linkedin-name:${n.toLowerCase()}`, name: n }));
  const thread = THREAD_PATH.exec(doc.location.pathname)?.[1] ?? (convo as HTMLElement).dataset.thread;
  return thread ? [{ identity: `linkedin-thread:${thread}`, ...(name ? { name } : {}) }] : [];
}

/** The conversation's own address (/messaging/thread/<id>/), else the profile of the person it is with. */
export function linkedinConversationUrl(convo: Element, doc: Document): string | null {
  const thread = THREAD_PATH.exec(doc.location.pathname)?.[1] ?? (convo as HTMLElement).dataset.thread;
  if (thread) return `${doc.location.origin}/messaging/thread/${encodeURIComponent(decodeURIComponent(thread))}/`;
  const link = convo.querySelector<HTMLAnchorElement>(LINKEDIN.profileLink);
  const slug = link && PROFILE_PATH.exec(link.getAttribute('href') ?? '')?.[1];
  return slug ? `${doc.location.origin}/in/${slug}/` : null;
}

function ownEvents(convo: Element): Element[] {
  return [...convo.querySelectorAll(LINKEDIN.event)].filter((e) => !e.classList.contains(LINKEDIN.eventFromOther));
}

function readConversation(convo: Element, people: Person[]): ThreadMessage[] {
  const out: ThreadMessage[] = [];
  const [person] = people;
  if (!person) return out;
  for (const event of convo.querySelectorAll(LINKEDIN.event)) {
    const time = event.querySelector(LINKEDIN.eventTime) ?? event.closest('li')?.querySelector(LINKEDIN.eventTime);
    const at = Date.parse(time?.getAttribute('datetime') ?? textOf(time));
    const text = textOf(event.querySelector(LINKEDIN.eventBody));
    if (Number.isNaN(at) || !text) continue;
    const id = `linkedin:${event.getAttribute('data-event-urn') ?? hashText(`${person.identity}|${at}|${text}`)}`;
    out.push({ id, direction: event.classList.contains(LINKEDIN.eventFromOther) ? 'in' : 'out', person, at, text });
  }
  return out;
}

function textareaText(area: HTMLTextAreaElement): DraftText {
  // A textarea's text has no DOM nodes to highlight; the panel still lists every reason.
  return { text: area.value, locate: () => null };
}

function messagingSurface(editor: HTMLElement): ComposeSurface | null {
  const form = editor.closest('form');
  const convo = editor.closest(LINKEDIN.conversation) ?? form?.parentElement;
  if (!form || !convo) return null;
  const doc = editor.ownerDocument;
  return {
    channel: 'linkedin',
    root: convo as HTMLElement,
    editor,
    readDraft() {
      const body = editor instanceof HTMLTextAreaElement ? textareaText(editor) : readDraftText(editor, 'blockquote');
      return { body, subject: convo.querySelector<HTMLInputElement>(LINKEDIN.subject)?.value ?? '', recipients: conversationPeople(convo, doc) };
    },
    readThread: () => readConversation(convo, conversationPeople(convo, doc)),
    isSendControl: (target) => (target.closest(LINKEDIN.sendButton) !== null || target === form) && convo.contains(target),
    sendButton: () => convo.querySelector<HTMLElement>(LINKEDIN.sendButton),
    isSendKey(event) {
      if (event.key !== 'Enter' || event.shiftKey || event.altKey) return false;
      // Ctrl/Cmd+Enter always sends. Plain Enter (with "Press Enter to send" on) reaches us as the form's submit.
      return (event.ctrlKey || event.metaKey) && editor.contains(event.target as Node);
    },
    indicatorSlot() {
      const button = convo.querySelector(LINKEDIN.sendButton);
      return button?.parentElement ? { parent: button.parentElement, before: button } : { parent: form, before: null };
    },
    recipientAreas: () => [convo],
    isClosed: () => !editor.isConnected || !convo.isConnected,
    sendRefused: () => false,
    sendMarker: () => ownEvents(convo).length,
    // A LinkedIn message has left when it appears in the conversation.
    sentSince: (marker) => ownEvents(convo).length > marker,
    threadArea: () => convo.querySelector('.msg-s-message-list, [role=list]'),
    conversationUrl: () => linkedinConversationUrl(convo, doc),
  };
}

function inviteSurface(dialog: HTMLElement, note: HTMLTextAreaElement): ComposeSurface {
  const doc = note.ownerDocument;
  const person = (): Person[] => {
    const slug = PROFILE_PATH.exec(doc.location.pathname)?.[1];
    const name = textOf(dialog.querySelector(LINKEDIN.invitee)) || textOf(doc.querySelector(LINKEDIN.profileName));
    return slug ? [{ identity: profileIdentity(slug), ...(name ? { name } : {}) }] : [];
  };
  return {
    channel: 'linkedin',
    root: dialog,
    editor: note,
    readDraft: () => ({ body: textareaText(note), subject: '', recipients: person() }),
    readThread: () => [],
    isSendControl: (target) => target.closest(LINKEDIN.inviteSend) !== null && dialog.contains(target),
    sendButton: () => dialog.querySelector<HTMLElement>(LINKEDIN.inviteSend),
    isSendKey: () => false,
    indicatorSlot() {
      const bar = dialog.querySelector(LINKEDIN.inviteActions);
      return bar ? { parent: bar, before: bar.firstChild } : null;
    },
    recipientAreas: () => [dialog],
    isClosed: () => !dialog.isConnected || !note.isConnected,
    sendRefused: () => false,
    sendMarker: () => 0,
    sentSince: () => !dialog.isConnected,
    // An invitation has no conversation yet: the profile it was sent from.
    conversationUrl: () => {
      const slug = PROFILE_PATH.exec(doc.location.pathname)?.[1];
      return slug ? `${doc.location.origin}/in/${slug}/` : null;
    },
  };
}

/** Roots to search: the document, and the open shadow root LinkedIn renders dialogs into. */
function searchRoots(doc: Document): ParentNode[] {
  const outlet = doc.querySelector(LINKEDIN.interopOutlet)?.shadowRoot;
  return outlet ? [doc, outlet] : [doc];
}

export const linkedinAdapter: SiteAdapter = {
  channel: 'linkedin',
  findComposes(doc) {
    const found: HTMLElement[] = [];
    for (const root of searchRoots(doc)) {
      for (const editor of root.querySelectorAll<HTMLElement>(`${LINKEDIN.editor}, ${LINKEDIN.textareaEditor}`)) {
        const convo = editor.closest<HTMLElement>(LINKEDIN.conversation) ?? editor.closest('form')?.parentElement;
        if (convo) found.push(convo);
      }
      for (const dialog of root.querySelectorAll<HTMLElement>(LINKEDIN.inviteDialog)) if (dialog.querySelector(LINKEDIN.inviteNote)) found.push(dialog);
    }
    return found;
  },
  surface(root) {
    const note = root.matches(LINKEDIN.inviteDialog) ? root.querySelector<HTMLTextAreaElement>(LINKEDIN.inviteNote) : null;
    if (note) return inviteSurface(root, note);
    const editor = root.querySelector<HTMLElement>(`${LINKEDIN.editor}, ${LINKEDIN.textareaEditor}`);
    return editor ? messagingSurface(editor) : null;
  },
  observeRoots: (doc) => searchRoots(doc).filter((r) => r !== doc) as Node[],
};

/** The name src/sites/adapters.ts finds each site's adapter by. */
export { linkedinAdapter as siteAdapter };
