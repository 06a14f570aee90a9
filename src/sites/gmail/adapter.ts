/** Gmail: reading composes, recipients and threads. Selectors live in selectors.ts. */
import { hashText, readDraftText } from '../draft-text.ts';
import type { ComposeSurface, Person, SiteAdapter, ThreadMessage } from '../types.ts';
import { GMAIL, OWN_ADDRESS_IN_TITLE } from './selectors.ts';

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
    const siteId = message.querySelector(GMAIL.messageId);
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

function gmailSurface(root: HTMLElement): ComposeSurface | null {
  const editor = root.querySelector<HTMLElement>(GMAIL.editor);
  if (!editor) return null;
  const doc = root.ownerDocument;
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
      const button = target.closest(`${GMAIL.sendButton}, ${GMAIL.scheduleSend}`);
      return button !== null && (root.contains(button) || button.matches(GMAIL.scheduleSend));
    },
    sendButton: () => root.querySelector<HTMLElement>(GMAIL.sendButton),
    isSendKey(event) {
      if (event.key !== 'Enter' || event.shiftKey || event.altKey) return false;
      if (event.ctrlKey || event.metaKey) return root.contains(event.target as Node);
      // Enter on the focused Send button (Space is handled as a key on the button too).
      return (event.target as Element | null)?.matches?.(GMAIL.sendButton) === true && root.contains(event.target as Node);
    },
    indicatorSlot() {
      const group = root.querySelector(GMAIL.sendGroup);
      if (group?.parentElement) return { parent: group.parentElement, before: group.nextSibling };
      return root.firstElementChild ? { parent: root, before: root.firstElementChild } : null;
    },
    recipientAreas: () => [...root.querySelectorAll(GMAIL.recipientFields)],
    isClosed: () => !root.isConnected || !editor.isConnected || isHidden(root),
    sendRefused: () => doc.querySelector(GMAIL.error) !== null,
    sendMarker: () => 0,
    // A Gmail send has left when the compose closes (Gmail refusing it keeps the compose open).
    sentSince: () => !root.isConnected || !editor.isConnected || isHidden(root),
  };
}

export const gmailAdapter: SiteAdapter = {
  channel: 'gmail',
  findComposes: (doc) => [...doc.querySelectorAll<HTMLElement>(GMAIL.compose)].filter((el) => el.querySelector(GMAIL.editor)),
  surface: gmailSurface,
  /** Schedule send lives in a menu outside the compose: it belongs to the compose whose options arrow opened it. */
  sendControlOwner(target, doc) {
    if (!target.closest(GMAIL.scheduleSend)) return null;
    const open = doc.querySelector(`${GMAIL.compose} ${GMAIL.sendOptions}[aria-expanded=true]`);
    return (open?.closest(GMAIL.compose) as HTMLElement | null) ?? (target.closest(GMAIL.compose) as HTMLElement | null);
  },
};
