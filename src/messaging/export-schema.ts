/** The shape of a history export, checked before anything is imported. */
import { channelName } from '../scorer/context.ts';
import { LEVELS } from '../scorer/types.ts';
import { bool, list, nullable, num, obj, oneOf, optional, str } from '../validate/index.ts';

const time = num(0, 8.64e15);
// A name check, not today's list: history written on a site Pullback later drops still imports.
const channel = channelName;
const MAX_RECORDS = 2_000_000;

export const exportSchema = obj({
  format: oneOf('pullback-history'),
  version: num(1, 1),
  exportedAt: str(40),
  contacts: list(
    obj({
      id: str(100),
      names: list(str(200), 20),
      identities: list(str(400), 50),
      status: nullable(obj({ status: oneOf('said-no', 'not-now', 'do-not-contact', 'ok-again'), at: time, until: optional(time) })),
      createdAt: time,
      updatedAt: time,
    }),
    MAX_RECORDS,
  ),
  touches: list(
    obj({
      id: str(600),
      sendId: str(300),
      contactId: str(100),
      identity: str(400),
      at: time,
      channel,
      subject: str(1_000),
      excerpt: str(1_000),
      level: nullable(oneOf(...LEVELS)),
      score: nullable(num(0, 100)),
      overridden: bool,
      source: oneOf('send', 'thread'),
    }),
    MAX_RECORDS,
  ),
  inbound: list(
    obj({
      id: str(300),
      contactId: str(100),
      identity: str(400),
      at: time,
      channel,
      kind: oneOf('decline', 'defer', 'auto-reply', 'welcome', 'reply'),
      until: optional(time),
      excerpt: str(1_000),
    }),
    MAX_RECORDS,
  ),
});
