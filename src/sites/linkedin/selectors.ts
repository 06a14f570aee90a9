/**
 * Every LinkedIn selector Pullback uses, each with what it should match. Sources: shared/docs/sites.md.
 * LinkedIn scrambles many class names; these prefer roles, names, types, href patterns and the
 * long-lived `msg-` classes. Each one is pinned by test/unit/linkedin-adapter.test.ts.
 *
 * Quick links to test: https://www.linkedin.com/messaging/ (full page), any profile's Message button
 * (overlay bubble), a profile's Connect then "Add a note" (invite note).
 */
export const LINKEDIN = {
  /** The message editor: a contenteditable textbox with <p> children. */
  editor: 'div.msg-form__contenteditable[contenteditable=true][role=textbox]',
  /** Sales Navigator and older boxes use a textarea. */
  textareaEditor: 'form textarea[name=message], form textarea.msg-form__textarea',
  /** The form around the editor (its submit is one of the send paths). */
  form: 'form.msg-form, form',
  /** One conversation: a bubble, the /messaging/ detail pane, or a new-message box. */
  conversation: '.msg-convo-wrapper, .msg-overlay-conversation-bubble, .msg-thread, .scaffold-layout__detail',
  sendButton: 'button.msg-form__send-button[type=submit], button.msg-form__send-btn',
  /** InMail and Sales Navigator subject. */
  subject: 'input[name=subject]',
  /** The person in the conversation header, and their name. */
  profileLink: 'a[href*="/in/"]',
  headerName: '.msg-overlay-bubble-header__title, .msg-entity-lockup__entity-title, .msg-thread__link-to-profile',
  /** Recipients of a new message. */
  pill: '.artdeco-pill',
  pillText: '.artdeco-pill__text',
  /** The visible conversation. */
  event: '.msg-s-event-listitem',
  eventFromOther: 'msg-s-event-listitem--other',
  eventName: '.msg-s-message-group__name',
  eventBody: '.msg-s-event-listitem__body',
  eventTime: 'time',
  /** The invite dialog: in an open shadow root under #interop-outlet on current LinkedIn. */
  interopOutlet: '#interop-outlet',
  inviteDialog: '[role=dialog][aria-labelledby=send-invite-modal], [role=dialog].send-invite',
  inviteNote: 'textarea[name=message], textarea#custom-message',
  invitee: '[data-fixture=invitee], .artdeco-modal__content strong',
  /** The dialog's primary action: "Send" once a note is added. */
  inviteSend: '.artdeco-modal__actionbar button.artdeco-button--primary',
  inviteActions: '.artdeco-modal__actionbar',
  /** The profile page's name, for an invite. */
  profileName: 'h1',
} as const;

/** `/in/<slug>/` in a link or a path. */
export const PROFILE_PATH = /\/in\/([^/?#]+)/;
/** `/messaging/thread/<id>/`. */
export const THREAD_PATH = /\/messaging\/thread\/([^/?#]+)/;
