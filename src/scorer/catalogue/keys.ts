/**
 * The message-catalogue keys (_locales/<lang>/messages.json) that name the scorer's closed lists,
 * for every page and panel that shows them. Typed by the lists, so a new level, reply kind or
 * status does not compile until it has its words.
 */
import type { Level, ReplyKind, StatusKind } from '../types.ts';

export const LEVEL_KEYS = { ok: 'levelOk', caution: 'levelCaution', pushy: 'levelPushy', stop: 'levelStop' } as const satisfies Record<Level, string>;

export const REPLY_KIND_KEYS = {
  decline: 'kindDecline',
  defer: 'kindDefer',
  'auto-reply': 'kindAutoReply',
  welcome: 'kindWelcome',
  reply: 'kindReply',
} as const satisfies Record<ReplyKind, string>;

export const STATUS_KEYS = {
  'said-no': 'statusSaidNo',
  'not-now': 'statusNotNow',
  'do-not-contact': 'statusDoNotContact',
  'ok-again': 'statusOkAgain',
} as const satisfies Record<StatusKind, string>;
