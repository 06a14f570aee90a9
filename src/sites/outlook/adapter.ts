/**
 * Outlook on the web: new messages and inline replies (several at once), popped-out composes, the
 * conversation above a reply, and the Send split button with Schedule send's dialog. Selectors live
 * in selectors.ts.
 *
 * Outlook's chips often show a name only. Such a person is `outlook-name:<name>` until an address
 * is seen for that name on the page (a chip's label, a saved "Name <address>", the conversation);
 * from then on the name reads as that address.
 */
import { hashText, readDraftText } from '../draft-text.ts';
import type { ComposeSurface, Person, SiteAdapter, ThreadMessage } from '../types.ts';
import { OUTLOOK } from './selectors.ts';

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const EMAIL_IN = /[^\s@<>()"';,:]+@[^\s@<>()"';,:]+\.[^\s@<>()"';,:]+/;

const emailIdentity = (address: string) => `email:${address.trim().toLowerCase()}`;
const nameKey = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();
const textOf = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Addresses seen for names on this page (per document: a popped-out window learns its own). */
const known = new WeakMap<Document, Map<string, string>>();

function namesIn(doc: Document): Map<string, string> {
  let names = known.get(doc);
  if (!names) known.set(doc, (names = new Map()));
  return names;
}

/** "Dana Reyes <dana@x.test>", "dana@x.test" or "Dana Reyes" to what it says. */
export function parseLabel(value: string): { name?: string; address?: string } {
  const angle = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value);
  if (angle && EMAIL.test(angle[2]!.trim())) {
    const name = angle[1]!.trim();
    return { address: angle[2]!.trim().toLowerCase(), ...(name ? { name } : {}) };
  }
  const plain = value.replace(/\s+/g, ' ').trim();
  if (EMAIL.test(plain)) return { address: plain.toLowerCase() };
  return plain ? { name: plain } : {};
}

/**
 * A person from a name and perhaps an address; a name alone uses an address seen for it, if any.
 * With both, the name-only identity goes along as `alias`: the store folds what it holds under
 * that name into the address's person (the history follows, src/db/contacts.ts foldAlias).
 */
function personOf(doc: Document, label: { name?: string; address?: string }): Person | null {
  const names = namesIn(doc);
  const { name } = label;
  const key = name ? nameKey(name) : '';
  const address = label.address ?? names.get(key);
  if (label.address && key && key !== address) names.set(key, label.address);
  if (!address) return name && name.length <= 200 ? { identity: `outlook-name:${key}`, name } : null;
  return { identity: emailIdentity(address), ...(name && name !== address ? { name, alias: `outlook-name:${key}` } : {}) };
}

/** What a chip says: its aria-label or title when they hold an address, else its text. */
function chipLabel(chip: Element): { name?: string; address?: string } {
  const text = textOf(chip);
  for (const attr of ['aria-label', 'title', 'data-address']) {
    const value = chip.getAttribute(attr) ?? '';
    const address = EMAIL_IN.exec(value)?.[0];
    if (address) {
      const { name } = parseLabel(text);
      return { address: address.toLowerCase(), ...(name ? { name } : {}) };
    }
  }
  return parseLabel(text);
}

function recipientFields(root: Element, editor: Element): Element[] {
  return [...root.querySelectorAll(OUTLOOK.recipientField)].filter(
    (field) => !field.contains(editor) && !field.closest(OUTLOOK.subject) && !editor.contains(field),
  );
}

/** Learn the addresses the conversation above a reply shows for its people's names. */
function learnFromConversation(root: Element): void {
  const view = root.closest(OUTLOOK.conversation);
  if (!view) return;
  for (const persona of view.querySelectorAll(OUTLOOK.sender)) {
    if (root.contains(persona)) continue;
    const label = parseLabel(persona.getAttribute('title') ?? '');
    if (label.address && label.name) personOf(root.ownerDocument, label);
  }
}

function readRecipients(root: Element, editor: Element): Person[] {
  const doc = root.ownerDocument;
  learnFromConversation(root);
  const people = new Map<string, Person>();
  const add = (p: Person | null) => {
    if (p && !people.has(p.identity)) people.set(p.identity, p);
  };
  for (const field of recipientFields(root, editor)) {
    const chips = [...field.querySelectorAll(OUTLOOK.chip)];
    for (const chip of chips) {
      if (chips.some((outer) => outer !== chip && outer.contains(chip))) continue;
      add(personOf(doc, chipLabel(chip)));
    }
    // Typed but not yet resolved: the field's own text outside the chips.
    let typed = '';
    const walk = (node: Node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) typed += (child as Text).data;
        else if (child.nodeType === 1 && !(child as Element).matches(OUTLOOK.chip)) walk(child);
        else typed += ';';
      }
    };
    walk(field);
    for (const part of typed.split(/[,;\n]/)) {
      const label = parseLabel(part);
      if (label.address) add(personOf(doc, label));
    }
  }
  return [...people.values()];
}

function ownAddress(doc: Document): string | null {
  const href = doc.querySelector(OUTLOOK.appLink)?.getAttribute('href') ?? '';
  try {
    const hint = new URL(href, 'https://outlook.invalid/').searchParams.get('login_hint') ?? '';
    return EMAIL.test(hint) ? hint.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** A message time: ISO or English in an attribute or the text, else "24.11.2025 09:14" (German and most of Europe). */
export function parseTime(el: Element | null): number {
  if (!el) return NaN;
  for (const value of [el.getAttribute('datetime'), el.getAttribute('title'), el.getAttribute('aria-label'), el.textContent]) {
    if (!value) continue;
    const at = Date.parse(value.replace(/^[^\d]*?(?=\d)/, ''));
    if (!Number.isNaN(at)) return at;
    const dotted = /(\d{1,2})\.(\d{1,2})\.(\d{4})\D+(\d{1,2}):(\d{2})/.exec(value);
    if (dotted) return new Date(+dotted[3]!, +dotted[2]! - 1, +dotted[1]!, +dotted[4]!, +dotted[5]!).getTime();
  }
  return NaN;
}

function readThread(root: HTMLElement, editor: HTMLElement): ThreadMessage[] {
  const doc = root.ownerDocument;
  const view = root.closest(OUTLOOK.conversation);
  if (!view) return [];
  const me = ownAddress(doc);
  const recipients = readRecipients(root, editor);
  const out: ThreadMessage[] = [];
  for (const message of view.querySelectorAll<HTMLElement>(OUTLOOK.message)) {
    if (message.contains(root) || root.contains(message)) continue;
    const body = message.querySelector<HTMLElement>(OUTLOOK.messageBody);
    if (!body || message.querySelector(OUTLOOK.message)) continue;
    const sender = [...message.querySelectorAll(OUTLOOK.sender)].find((el) => !body.contains(el) && !el.closest(OUTLOOK.recipientWell));
    const at = parseTime(message.querySelector(OUTLOOK.messageTime));
    if (!sender || Number.isNaN(at)) continue;
    const label = parseLabel(sender.getAttribute('title') ?? '');
    const from = label.address ? label : { ...parseLabel(textOf(sender)), ...label };
    const person = personOf(doc, from);
    if (!person) continue;
    const text = readDraftText(body, OUTLOOK.quoted).text.trim();
    if (!text) continue;
    const id = `outlook:${hashText(`${person.identity}|${at}|${text}`)}`;
    const fromMe = me ? person.identity === emailIdentity(me) : !recipients.some((r) => r.identity === person.identity);
    if (fromMe) for (const r of recipients) out.push({ id, direction: 'out', person: r, at, text });
    else out.push({ id, direction: 'in', person, at, text });
  }
  return out;
}

function isHidden(el: HTMLElement): boolean {
  return !el.isConnected || el.closest('[hidden], [aria-hidden=true]') !== null || (el.offsetParent === null && getComputedStyle(el).position !== 'fixed');
}

/** The compose whose Send menu was opened last (its Schedule send dialog sends it), per document. */
const scheduling = new WeakMap<Document, HTMLElement>();

function sendButtonIn(root: Element): HTMLElement | null {
  return root.querySelector<HTMLElement>(OUTLOOK.sendButton);
}

/**
 * Schedule send's own Send: a button in a dialog outside any compose whose text is the compose's
 * Send button's text (the same localised word; no English in the selector).
 */
function isScheduleSend(target: Element, root: HTMLElement): boolean {
  const button = target.closest('button, [role=button]');
  const dialog = button?.closest(OUTLOOK.dialog);
  if (!button || !dialog || dialog.contains(root) || root.contains(dialog)) return false;
  const owner = scheduling.get(root.ownerDocument);
  if (owner && owner !== root && owner.isConnected) return false;
  const word = textOf(sendButtonIn(root));
  return word !== '' && textOf(button) === word;
}

/** The compose root around an editor: Outlook's docking root, else the nearest ancestor that holds a Send. */
function rootOf(editor: Element): HTMLElement | null {
  const docked = editor.closest<HTMLElement>(OUTLOOK.compose);
  if (docked) return docked;
  for (let el = editor.parentElement; el; el = el.parentElement) if (el.querySelector(OUTLOOK.sendGroup)) return el;
  return null;
}

/**
 * The address that opens this conversation again: for a reply in the reading pane, the page's own
 * address (Outlook puts the conversation in it); for a new message or a popped-out window, the Sent
 * folder, where the message will be. Null off https.
 */
export function outlookConversationUrl(root: HTMLElement, inReadingPane: boolean): string | null {
  const doc = root.ownerDocument;
  const loc = doc.location;
  if (inReadingPane && loc.protocol === 'https:') return `${loc.origin}${loc.pathname}${loc.search}`;
  // A popped-out window is about:blank with its opener's origin.
  const origin = doc.defaultView?.origin ?? loc.origin;
  return origin.startsWith('https://') ? `${origin}/mail/sentitems` : null;
}

export function outlookSurface(root: HTMLElement): ComposeSurface | null {
  const editor = root.querySelector<HTMLElement>(OUTLOOK.editor);
  if (!editor) return null;
  const doc = root.ownerDocument;
  let discarded = false;
  // Discard closes the compose too: that is not a send.
  root.addEventListener(
    'click',
    (event) => {
      // Not `instanceof Element`: in Firefox a popped-out compose's nodes keep their opener's Element.
      if ((event.target as Element).closest?.(OUTLOOK.discard)) discarded = true;
    },
    true,
  );
  // Moved into another document (popped out), the compose is closed here and found again there.
  const closed = () => root.ownerDocument !== doc || !root.isConnected || !editor.isConnected || isHidden(root);
  return {
    channel: 'outlook',
    root,
    editor,
    readDraft() {
      const subject = root.querySelector<HTMLInputElement>(OUTLOOK.subject)?.value ?? '';
      return { body: readDraftText(editor, OUTLOOK.notDraft), subject, recipients: readRecipients(root, editor) };
    },
    readThread: () => readThread(root, editor),
    conversationUrl: () => outlookConversationUrl(root, readThread(root, editor).length > 0),
    isSendControl(target) {
      const button = target.closest('button, [role=button]');
      if (!button) return false;
      if (root.contains(button)) return button.matches(OUTLOOK.sendButton);
      return isScheduleSend(button, root);
    },
    sendButton: () => sendButtonIn(root),
    isSendKey(event) {
      if (!root.contains(event.target as Node) || event.shiftKey) return false;
      // Ctrl+Enter (Cmd+Enter on a Mac), and Alt+S (by key position: Option+S types "ß" on a Mac).
      if (event.key === 'Enter' && !event.altKey) return event.ctrlKey || event.metaKey;
      return event.altKey && !event.ctrlKey && !event.metaKey && (event.code === 'KeyS' || event.key.toLowerCase() === 's');
    },
    indicatorSlot() {
      const group = root.querySelector(OUTLOOK.sendGroup);
      if (group?.parentElement && root.contains(group.parentElement)) return { parent: group.parentElement, before: group.nextSibling };
      return root.firstElementChild ? { parent: root, before: root.firstElementChild } : null;
    },
    recipientAreas: () => recipientFields(root, editor),
    isClosed: closed,
    // Discarded, a send under way will not go (a popped-out window's port drops it, send-port.ts).
    sendRefused: () => discarded || root.querySelector(OUTLOOK.refusal) !== null,
    sendMarker: () => 0,
    // A send has left when the compose closes, unless it closed by Discard.
    sentSince: () => closed() && !discarded,
    threadArea: () => root.closest(OUTLOOK.conversation),
  };
}

export const outlookAdapter: SiteAdapter = {
  channel: 'outlook',
  findComposes(doc) {
    const found = new Set<HTMLElement>();
    for (const editor of doc.querySelectorAll(OUTLOOK.editor)) {
      const root = rootOf(editor);
      if (root) found.add(root);
    }
    return [...found];
  },
  surface: outlookSurface,
  composeLike(doc) {
    const found = new Set<HTMLElement>();
    for (const group of doc.querySelectorAll<HTMLElement>(OUTLOOK.sendGroup)) {
      for (let el = group.parentElement; el; el = el.parentElement) {
        if (el.querySelector('[contenteditable=true][aria-multiline=true], [contenteditable=""][aria-multiline=true]')) {
          if (!isHidden(el)) found.add(el);
          break;
        }
      }
    }
    return [...found];
  },
  /** The arrow beside Send marks its compose as the one Schedule send's dialog will send; that dialog's Send belongs to it. */
  sendControlOwner(target, doc) {
    const arrow = target.closest(OUTLOOK.sendOptions);
    if (arrow) {
      const root = outlookAdapter.findComposes(doc).find((r) => r.contains(arrow));
      if (root) scheduling.set(doc, root);
      return null;
    }
    if (!target.closest(OUTLOOK.dialog)) return null;
    const owner = scheduling.get(doc);
    const candidates = owner?.isConnected ? [owner] : outlookAdapter.findComposes(doc);
    return candidates.find((root) => isScheduleSend(target, root)) ?? null;
  },
};

/** The name src/sites/adapters.ts finds each site's adapter by. */
export { outlookAdapter as siteAdapter };
