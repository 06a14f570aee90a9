/**
 * The history store: the only code that opens Pullback's IndexedDB. It takes its IndexedDB factory
 * as a parameter (the background passes the browser's, tests a fake one) and writes idempotently.
 * Its parts, each given only the database and the clock: open.ts (opening, upgrades), history.ts
 * (touches, threads, what the scorer reads), contacts.ts (people, status, linking, summaries),
 * transfer.ts (export, import, delete all) and retention.ts.
 */
import { contactsApi } from './contacts.ts';
import { followupApi } from './followup.ts';
import { historyApi } from './history.ts';
import { connect } from './open.ts';
import { retentionApi } from './retention.ts';
import { syncedApi } from './synced.ts';
import { DB_NAME, type Db } from './schema.ts';
import { transferApi } from './transfer.ts';
import type { ContactSummary, Person } from './types.ts';

const RECENT_KEPT_MS = 60_000;

export { identityValue } from './schema.ts';

export interface StoreOptions {
  factory: IDBFactory;
  name?: string;
  now?: () => number;
  /** Months of history to keep; 0 keeps everything. */
  retentionMonths?: () => number;
}

export type Store = Awaited<ReturnType<typeof createStore>>;

export async function createStore({ factory, name = DB_NAME, now = Date.now, retentionMonths = () => 0 }: StoreOptions) {
  const connection = connect(factory, name);
  const deps = { db: connection.db, now };
  // Every write moves the generation on: the follow-up list computed before it is stale.
  let generation = 0;
  const writes =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      generation++;
      try {
        return await write(...args);
      } finally {
        generation++;
      }
    };
  const history = historyApi(deps);
  const contacts = contactsApi(deps);
  // The popup's first list (recent contacts, no search) is kept until the next write, a minute at
  // most (its facts count days): a popup opened again reads nothing.
  let recent: { key: string; until: number; list: Promise<ContactSummary[]> } | null = null;
  const listContacts = (query = '', limit = 50): Promise<ContactSummary[]> => {
    if (query.trim()) return contacts.listContacts(query, limit);
    const key = `${generation}:${limit}`;
    const at = now();
    if (recent?.key === key && at < recent.until) return recent.list;
    const entry = { key, until: at + RECENT_KEPT_MS, list: contacts.listContacts('', limit) };
    recent = entry;
    entry.list.catch(() => recent === entry && (recent = null));
    return entry.list;
  };
  const followups = followupApi(deps, () => generation);
  const transfer = transferApi(deps);
  const retention = retentionApi(deps, retentionMonths);
  const synced = syncedApi(deps);
  return {
    open: (): Promise<Db> => connection.db(),
    close: (): void => connection.close(),
    async counts(): Promise<{ contacts: number; touches: number; inbound: number }> {
      const db = await connection.db();
      return { contacts: await db.count('contacts'), touches: await db.count('touches'), inbound: await db.count('inbound') };
    },
    ...history,
    ...contacts,
    listContacts,
    ...followups,
    ...transfer,
    logSend: writes(history.logSend),
    recordThread: writes(history.recordThread),
    setStatus: writes(contacts.setStatus),
    link: writes(contacts.link),
    /** Called as people are judged: a write only when a name-only person is there to fold. */
    foldAliases: async (people: Person[]): Promise<number> => ((await contacts.needsFold(people)) ? writes(contacts.foldAliases)(people) : 0),
    addIdentity: writes(contacts.addIdentity),
    unlink: writes(contacts.unlink),
    deleteContact: writes(contacts.deleteContact),
    remindAt: writes(followups.remindAt),
    importAll: writes(transfer.importAll),
    deleteAll: writes(transfer.deleteAll),
    prune: writes(retention.prune),
    ...synced,
    applySynced: writes(synced.applySynced),
    applyStatus: writes(synced.applyStatus),
    applyLink: writes(synced.applyLink),
    applyUnlink: writes(synced.applyUnlink),
  };
}
