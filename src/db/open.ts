/**
 * Opening the history database: idb's openDB, with the upgrade steps of schema.ts run in order
 * from whatever version is on disk. One connection is shared; it closes itself when a newer version
 * (an update, another tab) wants to upgrade, and the next use reopens it.
 */
import { openDB } from 'idb';
import { rebuildAllFollowups } from './followup-records.ts';
import { DB_VERSION, UPGRADES, type Db, type PullbackDB } from './schema.ts';

export interface Connection {
  /** The open database (opened on first use, and again after it was closed). */
  db(): Promise<Db>;
  close(): void;
}

/**
 * idb's openDB opens through the global `indexedDB`, but the store is handed its factory (the
 * browser's in the background, where it is the global; a fresh fake one per test). The factory
 * stands in as the global for the one synchronous call that issues the open request.
 */
function throughFactory<T>(factory: IDBFactory, open: () => T): T {
  const scope = globalThis as { indexedDB?: IDBFactory };
  if (scope.indexedDB === factory) return open();
  const own = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
  Object.defineProperty(globalThis, 'indexedDB', { value: factory, configurable: true, writable: true });
  try {
    return open();
  } finally {
    if (own) Object.defineProperty(globalThis, 'indexedDB', own);
    else delete scope.indexedDB;
  }
}

export function connect(factory: IDBFactory, name: string): Connection {
  let opening: Promise<Db> | null = null;
  const forget = () => {
    opening = null;
  };
  return {
    db() {
      if (opening) return opening;
      const current = throughFactory(factory, () =>
        openDB<PullbackDB>(name, DB_VERSION, {
          upgrade(db, oldVersion, _newVersion, tx) {
            for (let v = oldVersion; v < DB_VERSION; v++) UPGRADES[v]!(db, tx);
            // Version 2 added the follow-up records: build them from the history already there.
            if (oldVersion > 0 && oldVersion < 2) {
              rebuildAllFollowups(tx).catch((error: unknown) =>
                console.debug('Pullback: could not build the follow-up list; each write rebuilds its person', error),
              );
            }
          },
          // A newer version wants to upgrade: let it, and reopen on next use.
          blocking() {
            void current.then((db) => db.close());
            forget();
          },
          terminated: forget,
        }),
      );
      opening = current;
      current.catch(() => {
        if (opening === current) forget();
      });
      return current;
    },
    close() {
      opening?.then((db) => db.close()).catch((error: unknown) => console.debug('Pullback: the database was not open; nothing to close', error));
      forget();
    },
  };
}

/** What each part of the store needs: the database, and the clock. */
export interface StoreDeps {
  db(): Promise<Db>;
  now(): number;
}
