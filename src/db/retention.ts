/** Keeping history for the months the user chose, and no longer. */
import { refreshFollowups } from './followup-records.ts';
import type { StoreDeps } from './open.ts';

const DAY_MS = 86_400_000;
const MONTH_MS = 30.44 * DAY_MS;

export function retentionApi({ db: open, now }: StoreDeps, retentionMonths: () => number) {
  return {
    /** Drop history older than the retention period (on write and at start); 0 months keeps everything. */
    async prune(): Promise<number> {
      const months = retentionMonths();
      if (!(months > 0)) return 0;
      const before = now() - months * MONTH_MS;
      const db = await open();
      const tx = db.transaction(['contacts', 'touches', 'inbound', 'followup'], 'readwrite');
      const changed = new Set<string>();
      let removed = 0;
      for (const store of ['touches', 'inbound'] as const) {
        let cursor = await tx.objectStore(store).index('at').openCursor(IDBKeyRange.upperBound(before, true));
        while (cursor) {
          changed.add(cursor.value.contactId);
          await cursor.delete();
          removed++;
          cursor = await cursor.continue();
        }
      }
      await refreshFollowups(tx, changed);
      await tx.done;
      return removed;
    },
  };
}
