/**
 * Sync as the background sees it (issue 14). Off by default: until the user saves a server on the
 * options page there is no config, and then no engine is made, no journal opened and no request
 * sent; every entry point here returns at once. On: writes are copied to the journal, a run (push
 * then pull) follows a burst of writes after `debounceMs`, and failures back off (a wrong password
 * or a missing membership halts until the settings change: no retry storm).
 */
import { EMPTY_STATE, nextTryAt, type SyncConfig, type SyncState } from '../sync/config.ts';
import type { Engine, RunResult, TeamInfo } from '../sync/engine.ts';
import type { WriteEvent } from '../sync/journal.ts';
import type { TeamStatus } from '../sync/team.ts';

type EngineLike = Pick<Engine, 'record' | 'run' | 'teamStatus' | 'teamInfo' | 'forget'>;

export interface SyncHookDeps {
  /** The saved config, or null when sync is off. */
  readConfig(): Promise<SyncConfig | null>;
  /** Only called when sync is on. */
  makeEngine(config: SyncConfig): EngineLike;
  readState(): Promise<SyncState>;
  writeState(state: SyncState): Promise<void>;
  now?: () => number;
  debounceMs?: number;
  /** How old the last run may get while the user is active before `nudge` runs one (1 minute). */
  periodMs?: number;
}

type SyncWrite = WriteEvent & { channel?: string; at?: number };

export interface SyncHook {
  afterWrite(event: SyncWrite): void;
  teamStatus(identities: string[]): Promise<TeamStatus[]>;
  /** The team's status and touch counts for one person; null when sync is off or there is no team. */
  teamInfo(identities: string[]): Promise<TeamInfo | null>;
  /**
   * The user is at work (a message from a site or a page): a run if the last one is a period old.
   * Firefox has no optional `alarms` (only required ones), so there this is the periodic sync; in
   * Chrome it adds nothing while the alarm keeps runs a minute apart. With sync off it reads the
   * settings once a period at most and does nothing else.
   */
  nudge(): void;
  /** A run now (Sync now, the alarm, browser start); null when off or backing off. */
  run(reason: 'manual' | 'alarm' | 'startup' | 'write'): Promise<RunResult | null>;
  /** The config changed (saved or cleared): drop the engine and any halt. */
  reset(): Promise<void>;
  forget(): Promise<void>;
}

export function createSyncHook(deps: SyncHookDeps): SyncHook {
  const now = deps.now ?? Date.now;
  let engine: { config: SyncConfig; engine: EngineLike } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<RunResult | null> | null = null;
  let lastTryAt = 0;
  /** When a nudge may next look at the settings and the last run (memory only: no storage read before). */
  let nextCheckAt = Number.NEGATIVE_INFINITY;
  const periodMs = deps.periodMs ?? 60_000;

  async function current(): Promise<EngineLike | null> {
    const config = await deps.readConfig();
    if (!config) {
      engine = null;
      return null;
    }
    if (!engine || JSON.stringify(engine.config) !== JSON.stringify(config)) engine = { config, engine: deps.makeEngine(config) };
    return engine.engine;
  }

  async function runOnce(reason: string): Promise<RunResult | null> {
    const e = await current();
    if (!e) return null;
    const state = await deps.readState();
    if (reason !== 'manual' && now() < nextTryAt(state, lastTryAt)) return null;
    lastTryAt = now();
    try {
      const result = await e.run();
      await deps.writeState({ ...EMPTY_STATE, lastSyncAt: now() });
      return result;
    } catch (error) {
      const final = (error as { final?: boolean }).final === true;
      await deps.writeState({ ...state, error: (error as Error).message, failures: state.failures + 1, halted: final });
      throw error;
    }
  }

  const hook: SyncHook = {
    afterWrite(event) {
      void (async () => {
        const e = await current();
        if (!e) return;
        await e.record(event);
        const state = await deps.readState();
        await deps.writeState({ ...state, pending: state.pending + 1 });
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          hook.run('write').catch((error: unknown) => console.debug('Pullback: sync after a write failed; it will try again', error));
        }, deps.debounceMs ?? 5_000);
      })().catch((error: unknown) => console.debug('Pullback: could not copy a write to the sync journal; the next run catches up', error));
    },
    nudge() {
      const at = now();
      if (at < nextCheckAt) return;
      nextCheckAt = at + periodMs;
      void (async () => {
        if (!(await deps.readConfig())) return;
        const { lastSyncAt } = await deps.readState();
        // A run a moment ago (a write, Sync now): look again when it is a period old.
        if (lastSyncAt !== null && at - lastSyncAt < periodMs) return void (nextCheckAt = lastSyncAt + periodMs);
        await hook.run('alarm');
      })().catch((error: unknown) => console.debug('Pullback: a sync while you work failed; it backs off and tries again', error));
    },
    async teamStatus(identities) {
      const e = await current();
      return e ? e.teamStatus(identities) : [];
    },
    async teamInfo(identities) {
      const e = await current();
      return e ? e.teamInfo(identities) : null;
    },
    run(reason) {
      // One run at a time: a second request joins the one in flight.
      running ??= runOnce(reason).finally(() => (running = null));
      return running;
    },
    async reset() {
      engine = null;
      const state = await deps.readState();
      await deps.writeState({ ...state, halted: false, failures: 0, error: null });
    },
    async forget() {
      const e = await current();
      await e?.forget();
      engine = null;
      await deps.writeState(EMPTY_STATE);
    },
  };
  return hook;
}
