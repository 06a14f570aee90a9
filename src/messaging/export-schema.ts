/** The shape of a history export, checked before anything is imported. */
import { channelName } from '../scorer/context.ts';
import { LEVELS, REPLY_KINDS, STATUSES } from '../scorer/types.ts';
import { bool, list, nullable, num, obj, oneOf, optional, str, type Check } from '../validate/index.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportData } from '../db/types.ts';
import { GUARD_REASONS, TOUCH_SOURCES } from '../db/schema.ts';

const time = num(0, 8.64e15);
// A name check, not today's list: history written on a site Pullback later drops still imports.
const channel = channelName;
const MAX_RECORDS = 2_000_000;

/** Typed as the store's ExportData: the compiler checks that this schema and the records agree. */
export const exportSchema: Check<ExportData> = obj({
  format: oneOf(EXPORT_FORMAT),
  version: num(1, EXPORT_VERSION),
  exportedAt: str(40),
  contacts: list(
    obj({
      id: str(100),
      names: list(str(200), 20),
      identities: list(str(400), 50),
      status: nullable(obj({ status: oneOf(...STATUSES), at: time, until: optional(time) })),
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
      reason: optional(oneOf(...GUARD_REASONS)),
      source: oneOf(...TOUCH_SOURCES),
      url: optional(str(2_000)),
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
      kind: oneOf(...REPLY_KINDS),
      until: optional(time),
      excerpt: str(1_000),
    }),
    MAX_RECORDS,
  ),
  reminders: optional(list(obj({ contactId: str(100), until: time }), MAX_RECORDS)),
});
