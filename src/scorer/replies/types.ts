/** Reply phrases for one language; see en.ts. Patterns follow src/scorer/phrases.ts. */
export interface ReplyPhrases {
  lang: string;
  /**
   * Words that look like a no but are not ("no problem", "not at all", "can't wait", "not sure
   * if"): read first, they take those words out of the other groups' reach.
   */
  neutral?: string[];
  /** Out-of-office and other automatic answers: not replies. */
  autoReply: string[];
  /** Asked to stop: always a decline, whatever else the reply says. */
  stop: string[];
  /** No, not interested, chose someone else, all set. */
  decline: string[];
  /** Not now, later, no budget yet. */
  defer: string[];
  /** Yes, send more, let's talk. */
  welcome: string[];
}
