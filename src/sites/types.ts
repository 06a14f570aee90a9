/**
 * The contract every site adapter meets. Everything that knows a site's DOM lives behind it; the
 * content glue (src/content) knows only this interface. A new site is one new folder.
 */
import type { Direction } from '../scorer/types.ts';
import type { SiteChannel } from './registry.ts';

/** `email:dana@x.test`, `linkedin:dana-reyes`, `linkedin-thread:2-abc`. */
type Identity = string;

export interface Person {
  identity: Identity;
  name?: string;
  /**
   * The identity this person had while only their name was known (Outlook's name-only chips,
   * `outlook-name:dana reyes`): the store folds its history into this identity's person.
   */
  alias?: Identity;
}

/** The draft's own words as plain text, and how to find a text offset in the editor's DOM. */
export interface DraftText {
  text: string;
  /** The DOM position of a UTF-16 offset into `text`, or null where the text has no node. */
  locate(offset: number): { node: Text; offset: number } | null;
}

export interface Draft {
  body: DraftText;
  subject: string;
  recipients: Person[];
}

export interface ThreadMessage {
  /** Stable per message: the site's id where it has one, else a hash of sender, time and text. */
  id: string;
  direction: Direction;
  person: Person;
  at: number;
  text: string;
}

export interface ComposeSurface {
  readonly channel: SiteChannel;
  /** The compose's own element; sessions end when it goes. */
  readonly root: HTMLElement;
  readonly editor: HTMLElement;
  readDraft(): Draft;
  /** The conversation visible above this compose (empty for a new message). */
  readThread(): ThreadMessage[];
  /** Elements whose activation sends this message (Send, and the site's scheduled send). */
  isSendControl(target: Element): boolean;
  /** The element that sends when clicked; used for "Send anyway". */
  sendButton(): HTMLElement | null;
  /** A key press that sends (Ctrl/Cmd+Enter, or Enter where the site sends on Enter). */
  isSendKey(event: KeyboardEvent): boolean;
  /** Where the indicator goes: inserted into `parent` before `before`. */
  indicatorSlot(): { parent: Element; before: Node | null } | null;
  /** Elements whose changes mean the recipients may have changed. */
  recipientAreas(): Element[];
  /** True once the compose has closed (removed, emptied or hidden). */
  isClosed(): boolean;
  /** True while the site shows its own refusal to send (a bad address, say). */
  sendRefused(): boolean;
  /** A mark taken as a send starts (e.g. how many of our messages the conversation shows). */
  sendMarker(): number;
  /** True once the message sent since `marker` really left (compose closed, or it posted). */
  sentSince(marker: number): boolean;
  /** Where new conversation messages appear, watched so replies are recorded as they arrive. */
  threadArea?(): Element | null;
  /**
   * The address that opens this conversation again (the thread, or where the site lists messages
   * with these people), kept with the send so the follow-up list can open it. Null when unknown.
   */
  conversationUrl?(): string | null;
}

export interface SiteAdapter {
  readonly channel: SiteChannel;
  /** Every compose surface now in the document (new and already known). */
  findComposes(doc: Document): HTMLElement[];
  /** Wrap a compose element found by findComposes. */
  surface(root: HTMLElement): ComposeSurface | null;
  /** Elements outside any compose that still send one (Gmail's Schedule send menu, say). */
  sendControlOwner?(target: Element, doc: Document): HTMLElement | null;
  /** Shadow roots the site renders composes into, to watch as well as the document. */
  observeRoots?(doc: Document): Node[];
  /**
   * Everything on the page that looks like a compose (an editable area beside a send control),
   * found more loosely than findComposes. One that no surface covers is a compose Pullback cannot
   * read (the site's markup drifted): the user is told, not left unprotected in silence.
   */
  composeLike?(doc: Document): HTMLElement[];
}
