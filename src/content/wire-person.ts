import type { Person } from '../sites/types.ts';

/** The largest identity and name the background accepts (src/messaging/protocol.ts). */
const MAX_IDENTITY = 400;
const MAX_NAME = 200;

/**
 * People as they go over the wire: names cut to size, and identities too long to be real left out
 * (a hostile page can put anything in a recipient chip; it must not break the message).
 */
export function wirePeople(people: readonly Person[]): Person[] {
  const out: Person[] = [];
  for (const p of people) {
    if (p.identity.length > MAX_IDENTITY) continue;
    const name = p.name?.slice(0, MAX_NAME);
    const alias = p.alias && p.alias.length <= MAX_IDENTITY ? p.alias : undefined;
    out.push({ identity: p.identity, ...(name ? { name } : {}), ...(alias ? { alias } : {}) });
  }
  return out;
}
