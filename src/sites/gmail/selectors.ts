/**
 * Every Gmail selector Pullback uses, each with what it should match. Sources: shared/docs/sites.md.
 * Prefer attributes and roles to Gmail's short class names; never match English label text.
 * Each one is pinned by test/unit/gmail-adapter.test.ts on the fixture pages in test/fixtures/gmail.
 *
 * Quick links to test: https://mail.google.com/mail/u/0/#inbox?compose=new (new message),
 * any thread + Reply (inline reply), Shift+click Compose (full screen).
 */
export const GMAIL = {
  /** The compose root: new-message window, full screen, inline reply and forward. Holds the form. */
  compose: '.M9',
  /** Compose ids Gmail keeps in hidden inputs. */
  composeId: 'input[name=composeid]',
  draftId: 'input[name=draft]',
  /** The message body editor (its aria-label is localised; never read it). */
  editor: '[g_editable="true"], div[contenteditable="true"][role="textbox"]',
  /** Not the user's words: quoted history and the signature. */
  notDraft: '.gmail_quote, .gmail_signature, .gmail_extra, blockquote[type="cite"]',
  subject: 'input[name=subjectbox]',
  subjectHidden: 'input[name=subject]',
  /** Recipient fields, each holding chips and a typing input (classic chips' hidden inputs carry the same names). */
  recipientFields: '[name=to]:not(input), [name=cc]:not(input), [name=bcc]:not(input)',
  /** Current recipient chips (since Oct 2021): address in data-hovercard-id, name in data-name. */
  chip: '[data-hovercard-id]',
  /** Classic chips: a hidden input whose value is "Name <address>". */
  classicChip: '.vR input[type=hidden]',
  /** An address typed but not yet a chip. */
  typedRecipient: 'input[type=text], input:not([type]), textarea',
  /** The Send button: a role=button with Gmail's send classes, not the "more send options" arrow. */
  sendButton: '[role=button].T-I.aoO:not([aria-haspopup])',
  /** The "more send options" arrow next to Send. */
  sendOptions: '[role=button][aria-haspopup=true]',
  /** Schedule send in the send-options menu (Gmail names its menu items with `selector`). */
  scheduleSend: '[role=menuitem][selector=scheduledSend], [selector=scheduledSend]',
  /** The bottom bar's Send group: the indicator goes next to it. */
  sendGroup: '.btA',
  /** A thread's messages, each with a sender, a date and a body. */
  message: '.gs',
  messageId: '[data-message-id], [data-legacy-message-id]',
  sender: 'span.gD[email], span[email].gD',
  date: 'span.g3[title]',
  messageBody: 'div.a3s',
  /** The thread view an inline reply sits in. */
  thread: '[role=main]',
  /** Gmail's own refusal to send (a bad address): the compose stays open. */
  error: '[role=alertdialog]',
} as const;

/**
 * When Gmail renames its short class names, the selectors above that use them (`compose`,
 * `sendButton`, `sendGroup`) find nothing. These find a compose by role and editability instead:
 * an editor (GMAIL.editor) inside a form or dialog that also holds a Send button. Pinned by the
 * renamed-class fixture (test/fixtures/gmail/renamed.html) in test/unit/gmail-adapter.test.ts.
 */
export const GMAIL_FALLBACK = {
  /** What can hold a compose: the form around its fields, or the new-message dialog. */
  container: 'form, [role=dialog]',
  /** Buttons that may be Send: not the "more send options" arrow, which opens a menu. */
  button: '[role=button]:not([aria-haspopup]), button:not([aria-haspopup])',
  /** Editable areas that look like a compose body even when Pullback cannot read them. */
  anyEditable: '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], textarea',
} as const;

/**
 * The send shortcut in a button's tooltip or label, in any language: Gmail wraps it in U+202A…U+202C
 * after the localised word ("Send ‪(Ctrl-Enter)‬", "Senden ‪(Strg-Eingabetaste)‬", "Enviar ‪(Ctrl-Intro)‬",
 * "Send ‪(⌘Enter)‬" on a Mac). A modifier and a key *name* (two letters or more): formatting buttons
 * carry shortcuts too, but to one character ("Bold ‪(Ctrl-B)‬", "Numbered list ‪(Ctrl-Shift-7)‬"), and a
 * Shift alone is a click hint ("Shift-click"), not a send.
 */
export const SEND_SHORTCUT = /\(\s*(?:(?!Shift\b)[^()\s\-+⌘]+[-+]|⌘)(?:[^()\s\-+⌘]+[-+])*([^()\s\-+⌘]{2,})\s*\)/u;

/** The signed-in address, from the window title ("Inbox - name@example.com - Gmail"). */
export const OWN_ADDRESS_IN_TITLE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
