/**
 * Every Outlook on the web selector Pullback uses, each with what it should match. Source:
 * shared/docs/sites.md ("Outlook on the web"); each is a hypothesis pinned by the fixture pages in
 * test/fixtures/outlook (test/unit/outlook-adapter.test.ts). Outlook's class names are hashed and
 * change with deploys: never use them. Labels are localised: never match their text.
 *
 * Quick links to test: New mail (a compose pane), any message + Reply (inline reply), the pop-out
 * arrow of a compose (an about:blank window), Send's arrow + Schedule send (its dialog).
 */
export const OUTLOOK = {
  /** The message body: editable, multi-line (the reading pane has a read-only twin with the same label). */
  editor: 'div[role=textbox][contenteditable=true][aria-multiline=true]',
  /** The compose root around one editor: new message, inline reply, popped out. */
  compose: '[id*=docking_InitVisiblePart]',
  /** Not the user's words: the signature, and the reply history from its marker on. */
  notDraft:
    '#Signature, #appendonsend, #appendonsend ~ *, #divRplyFwdMsg, #divRplyFwdMsg ~ *, #mail-editor-reference-message-container, #mail-editor-reference-message-container ~ *',
  /** The subject: MSG_<draftId>_SUBJECT. */
  subject: 'input[id^=MSG_][id$=_SUBJECT]',
  /** To, Cc and Bcc: editable fields that are not the body. */
  recipientField: '[contenteditable=true]:not([aria-multiline=true])',
  /** A resolved recipient inside a field: not editable, its name shown, its address sometimes in aria-label or title. */
  chip: '[contenteditable=false]',
  /** The Send split button: the primary Send and the menu arrow. */
  sendGroup: '[data-testid=ComposeSendButton]',
  /** The primary Send, not the arrow that opens the Schedule send menu. */
  sendButton: '[data-testid=ComposeSendButton] button:not([aria-haspopup])',
  /** The arrow beside Send (its menu holds Schedule send). */
  sendOptions: '[data-testid=ComposeSendButton] [aria-haspopup]',
  /** A dialog outside the compose (Schedule send's, with its own Send). */
  dialog: '[role=dialog]',
  discard: 'button#discardCompose',
  /** Outlook's own refusal to send (no recipient, a bad address), shown in the compose. */
  refusal: '[role=alert], [role=alertdialog]',
  /** The conversation in the reading pane, its messages and their parts. */
  conversation: '[data-app-section=ConversationContainer]',
  message: 'div[aria-expanded]',
  messageBody: 'div[id^=UniqueMessageBody_][role=document]',
  messageTime: '[data-testid=SentReceivedSavedTime]',
  recipientWell: '[data-testid=RecipientWell]',
  /** The sender's persona: a span whose title is "Name <address>", or the name alone. */
  sender: 'span[title]',
  /** Quoted history inside a received message. */
  quoted: '#appendonsend, #appendonsend ~ *, #divRplyFwdMsg, #divRplyFwdMsg ~ *, blockquote',
  /** The link holding the signed-in address in its login_hint parameter. */
  appLink: '#O365_AppName',
} as const;
