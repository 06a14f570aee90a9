/** Gmail: reading composes, recipients and threads. Selectors live in selectors.ts. */
import { hashText, readDraftText } from '../draft-text.ts';
import type { ComposeSurface, Person, SiteAdapter, ThreadMessage } from '../types.ts';
import { GMAIL, GMAIL_FALLBACK, OWN_ADDRESS_IN_TITLE, SEND_SHORTCUT } from './selectors.ts';

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

function emailIdentity(address: string): string {
  return `email:${address.trim().toLowerCase()}`;
}

/** "Dana Reyes <dana@x.test>" or "dana@x.test" to a person. */
export function parseAddress(value: string): Person | null {
  const angle = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value);
  const address = (angle ? angle[2]! : value).trim();
  if (!EMAIL.test(address)) return null;
  const name = angle?.[1]?.trim();
  return { identity: emailIdentity(address), ...(name ? { name } : {}) };
}

function readRecipients(root: Element): Person[] {
  const people = new Map<string, Person>();
  const add = (p: Person | null) => {
    if (p && !people.has(p.identity)) people.set(p.identity, p);
  };
  for (const field of root.querySelectorAll(GMAIL.recipientFields)) {
    for (const chip of field.querySelectorAll(GMAIL.chip)) {
      const address = chip.getAttribute('data-hovercard-id') ?? '';
      const person = parseAddress(address);
      const name = chip.getAttribute('data-name')?.trim();
      add(person && name && name !== address ? { ...person, name } : person);
    }
    for (const input of field.querySelectorAll<HTMLInputElement>(GMAIL.classicChip)) add(parseAddress(input.value));
    for (const input of field.querySelectorAll<HTMLInputElement>(GMAIL.typedRecipient)) {
      for (const part of input.value.split(/[,;]/)) add(parseAddress(part));
    }
  }
  return [...people.values()];
}

function ownAddress(doc: Document): string | null {
  return OWN_ADDRESS_IN_TITLE.exec(doc.title)?.[0]?.toLowerCase() ?? null;
}

function readThread(root: HTMLElement): ThreadMessage[] {
  const view = root.closest(GMAIL.thread);
  if (!view) return [];
  const me = ownAddress(root.ownerDocument);
  const recipients = readRecipients(root);
  const out: ThreadMessage[] = [];
  for (const message of view.querySelectorAll<HTMLElement>(GMAIL.message)) {
    if (message.contains(root)) continue;
    const sender = message.querySelector(GMAIL.sender);
    const body = message.querySelector<HTMLElement>(GMAIL.messageBody);
    const date = message.querySelector(GMAIL.date);
    if (!sender || !body || !date) continue;
    const address = (sender.getAttribute('email') ?? '').toLowerCase();
    const at = Date.parse(date.getAttribute('title') ?? '');
    // A date we cannot read (another UI language) is skipped rather than guessed.
    if (!EMAIL.test(address) || Number.isNaN(at)) continue;
    const text = readDraftText(body, GMAIL.notDraft).text.trim();
    // Gmail's id sits on the message's wrapper or inside it, depending on the view.
    const siteId = message.closest(GMAIL.messageId) ?? message.querySelector(GMAIL.messageId);
    const id = `gmail:${siteId?.getAttribute('data-message-id') ?? siteId?.getAttribute('data-legacy-message-id') ?? hashText(`${address}|${at}|${text}`)}`;
    const fromMe = me ? address === me : !recipients.some((r) => r.identity === emailIdentity(address));
    if (fromMe) {
      // One entry per person this reply goes to: they are the ones we wrote to.
      for (const person of recipients) out.push({ id, direction: 'out', person, at, text });
    } else {
      const name = sender.getAttribute('name') ?? sender.textContent?.trim() ?? '';
      out.push({ id, direction: 'in', person: { identity: emailIdentity(address), ...(name ? { name } : {}) }, at, text });
    }
  }
  return out;
}

function isHidden(el: HTMLElement): boolean {
  return !el.isConnected || el.closest('[hidden], [aria-hidden=true]') !== null || (el.offsetParent === null && getComputedStyle(el).position !== 'fixed');
}

/**
 * A Send button found without Gmail's class names: a button (not a menu opener) whose tooltip or
 * label carries the send shortcut. Never the English word alone: labels are localised.
 */
export function isSendByRole(el: Element): boolean {
  if (!el.matches(GMAIL_FALLBACK.button)) return false;
  return [el.getAttribute('data-tooltip'), el.getAttribute('aria-label'), el.getAttribute('title')].some((text) => text !== null && SEND_SHORTCUT.test(text));
}

function isSendButton(el: Element): boolean {
  return el.matches(GMAIL.sendButton) || isSendByRole(el);
}

/** The compose's Send button: by Gmail's classes, else by role and shortcut. */
function sendButtonIn(root: Element): HTMLElement | null {
  return root.querySelector<HTMLElement>(GMAIL.sendButton) ?? [...root.querySelectorAll<HTMLElement>(GMAIL_FALLBACK.button)].find(isSendByRole) ?? null;
}

/** The nearest form or dialog around `el` that also holds a Send button: the compose, found by role. */
function composeAround(el: Element): HTMLElement | null {
  for (
    let box = el.parentElement?.closest<HTMLElement>(GMAIL_FALLBACK.container);
    box;
    box = box.parentElement?.closest<HTMLElement>(GMAIL_FALLBACK.container) ?? null
  ) {
    if (sendButtonIn(box)) return box;
  }
  return null;
}

/** Composes found without Gmail's class names, for when they have changed. */
export function findComposesByRole(doc: Document): HTMLElement[] {
  const found = new Set<HTMLElement>();
  for (const editor of doc.querySelectorAll(GMAIL.editor)) {
    const root = composeAround(editor);
    if (root) found.add(root);
  }
  return [...found];
}

/**
 * Where this message can be found again: the thread an inline reply sits in (the address Gmail
 * shows for it, without an open compose), or for a new message, Gmail's search for what you sent
 * to its first recipient.
 */
export function gmailConversationUrl(root: HTMLElement): string | null {
  const loc = root.ownerDocument.location;
  const base = `${loc.origin}${loc.pathname}`;
  if (root.closest(GMAIL.thread) && !root.closest('[role=dialog]')) {
    const hash = loc.hash.replace(/\?compose=[^&]*/, '');
    const search = new URLSearchParams(loc.search);
    search.delete('compose');
    const query = search.toString();
    return `${base}${query ? `?${query}` : ''}${hash}`;
  }
  const to = readRecipients(root)[0]?.identity;
  const address = to?.startsWith('email:') ? to.slice(6) : null;
  return address ? `${base}#search/${encodeURIComponent(`in:sent to:${address}`)}` : null;
}

export function gmailSurface(root: HTMLElement): ComposeSurface | null {
  const editor = root.querySelector<HTMLElement>(GMAIL.editor);
  if (!editor) return null;
  const doc = root.ownerDocument;
  const sendOrSchedule = (target: Element): Element | null => {
    for (let el: Element | null = target; el && el !== root.parentElement; el = el.parentElement) {
      if (el.matches(GMAIL.scheduleSend) || isSendButton(el)) return el;
    }
    return null;
  };
  return {
    channel: 'gmail',
    root,
    editor,
    readDraft() {
      const subject = root.querySelector<HTMLInputElement>(GMAIL.subject)?.value ?? root.querySelector<HTMLInputElement>(GMAIL.subjectHidden)?.value ?? '';
      return { body: readDraftText(editor, GMAIL.notDraft), subject, recipients: readRecipients(root) };
    },
    readThread: () => readThread(root),
    isSendControl(target) {
      const button = target.closest(GMAIL.scheduleSend) ?? sendOrSchedule(target);
      return button !== null && (root.contains(button) || button.matches(GMAIL.scheduleSend));
    },
    sendButton: () => sendButtonIn(root),
    isSendKey(event) {
      if (event.key !== 'Enter' || event.shiftKey || event.altKey) return false;
      if (event.ctrlKey || event.metaKey) return root.contains(event.target as Node);
      // Enter on the focused Send button (Space is handled as a key on the button too).
      const target = event.target as Element | null;
      return typeof target?.matches === 'function' && isSendButton(target) && root.contains(target);
    },
    indicatorSlot() {
      // Next to the Send group; without its class, the Send button's parent is that group.
      const group = root.querySelector(GMAIL.sendGroup) ?? sendButtonIn(root)?.parentElement;
      if (group?.parentElement && root.contains(group.parentElement)) return { parent: group.parentElement, before: group.nextSibling };
      return root.firstElementChild ? { parent: root, before: root.firstElementChild } : null;
    },
    recipientAreas: () => [...root.querySelectorAll(GMAIL.recipientFields)],
    isClosed: () => !root.isConnected || !editor.isConnected || isHidden(root),
    sendRefused: () => doc.querySelector(GMAIL.error) !== null,
    sendMarker: () => 0,
    conversationUrl: () => gmailConversationUrl(root),
    // A Gmail send has left when the compose closes (Gmail refusing it keeps the compose open).
    sentSince: () => !root.isConnected || !editor.isConnected || isHidden(root),
  };
}

export const gmailAdapter: SiteAdapter = {
  channel: 'gmail',
  findComposes(doc) {
    const known = [...doc.querySelectorAll<HTMLElement>(GMAIL.compose)].filter((el) => el.querySelector(GMAIL.editor));
    // Gmail's class names drift; when they find nothing, find composes by role (never silently nothing).
    return known.length > 0 ? known : findComposesByRole(doc);
  },
  composeLike(doc) {
    const found = new Set<HTMLElement>();
    for (const editable of doc.querySelectorAll<HTMLElement>(GMAIL_FALLBACK.anyEditable)) {
      if (editable.closest(GMAIL.recipientFields)) continue;
      const root = composeAround(editable);
      // Gmail keeps closed full-screen composes in the page, hidden.
      if (root && !isHidden(root)) found.add(root);
    }
    return [...found];
  },
  surface: gmailSurface,
  /** Schedule send lives in a menu outside the compose: it belongs to the compose whose options arrow opened it. */
  sendControlOwner(target, doc) {
    if (!target.closest(GMAIL.scheduleSend)) return null;
    const open = doc.querySelector(`${GMAIL.compose} ${GMAIL.sendOptions}[aria-expanded=true]`);
    const owner = (open?.closest(GMAIL.compose) as HTMLElement | null) ?? (target.closest(GMAIL.compose) as HTMLElement | null);
    if (owner) return owner;
    // Composes found by role: the one whose options arrow is open.
    return gmailAdapter.findComposes(doc).find((root) => root.querySelector(`${GMAIL.sendOptions}[aria-expanded=true]`)) ?? null;
  },
};

/** The name src/sites/adapters.ts finds each site's adapter by. */
export { gmailAdapter as siteAdapter };
