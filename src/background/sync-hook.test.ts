import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_STATE, type SyncConfig, type SyncState } from '../sync/config.ts';
import { SyncFailure } from '../sync/engine.ts';
import { createSyncHook, type SyncHookDeps } from './sync-hook.ts';

const CONFIG: SyncConfig = { server: 'https://couch.example.test', personalDb: 'dana', user: 'dana-laptop', password: 'p', device: 'dana-laptop' };

function setup(config: SyncConfig | null, run = vi.fn(async () => ({ pushed: 0, pulled: 0, applied: 0, ms: 1 }))) {
  let state: SyncState = EMPTY_STATE;
  let clock = 1_000_000;
  const engine = { record: vi.fn(async () => {}), run, teamStatus: vi.fn(async () => []), teamInfo: vi.fn(async () => null), forget: vi.fn(async () => {}) };
  const deps: SyncHookDeps = {
    readConfig: vi.fn(async () => config),
    makeEngine: vi.fn(() => engine),
    readState: async () => state,
    writeState: async (s) => void (state = s),
    now: () => clock,
    debounceMs: 10,
  };
  return { hook: createSyncHook(deps), deps, engine, state: () => state, tick: (ms: number) => (clock += ms) };
}

afterEach(() => vi.restoreAllMocks());

describe('sync off (the default)', () => {
  it('makes no engine and no request, whatever the background asks', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { hook, deps } = setup(null);
    hook.afterWrite({ kind: 'send', sendId: 's1', identities: ['email:a@x.test'] });
    expect(await hook.teamStatus(['email:a@x.test'])).toEqual([]);
    expect(await hook.run('alarm')).toBeNull();
    expect(await hook.run('manual')).toBeNull();
    hook.nudge();
    await new Promise((r) => setTimeout(r, 30));
    expect(deps.makeEngine).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('sync on', () => {
  it('copies a write to the journal and runs once after a burst of writes', async () => {
    const { hook, engine } = setup(CONFIG);
    for (let i = 0; i < 5; i++) hook.afterWrite({ kind: 'send', sendId: `s${i}`, identities: ['email:a@x.test'] });
    await new Promise((r) => setTimeout(r, 60));
    expect(engine.record).toHaveBeenCalledTimes(5);
    expect(engine.run).toHaveBeenCalledTimes(1);
  });

  it('wrong credentials halt it: no retry storm from alarms until the settings change', async () => {
    const run = vi.fn(async () => {
      throw new SyncFailure('The server did not accept the user name and password (or token) for this device.', true);
    });
    const { hook, state, tick } = setup(CONFIG, run);
    await expect(hook.run('alarm')).rejects.toThrow(/did not accept/);
    for (let i = 0; i < 20; i++) {
      tick(3_600_000);
      expect(await hook.run('alarm')).toBeNull();
    }
    expect(run).toHaveBeenCalledTimes(1);
    expect(state()).toMatchObject({ halted: true, error: expect.stringMatching(/did not accept/) });
    await hook.reset();
    await expect(hook.run('alarm')).rejects.toThrow();
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('an unreachable server is retried with a growing wait', async () => {
    const run = vi.fn(async () => {
      throw new SyncFailure('The server could not be reached; Pullback will try again.', false);
    });
    const { hook, tick } = setup(CONFIG, run);
    await expect(hook.run('alarm')).rejects.toThrow();
    tick(10_000);
    expect(await hook.run('alarm')).toBeNull(); // within 30 s: waits
    tick(25_000);
    await expect(hook.run('alarm')).rejects.toThrow(); // second try
    tick(35_000);
    expect(await hook.run('alarm')).toBeNull(); // now 60 s apart
    expect(run).toHaveBeenCalledTimes(2);
  });
});

describe('sync while the user works (Firefox has no optional alarms)', () => {
  const later = () => new Promise((r) => setTimeout(r, 20));

  it('a nudge runs when the last run is a minute old, and at most once a minute', async () => {
    const { hook, engine, tick, deps } = setup(CONFIG);
    hook.nudge();
    await later();
    expect(engine.run).toHaveBeenCalledTimes(1);
    // Every message nudges; within the minute none reads storage or runs.
    for (let i = 0; i < 50; i++) {
      tick(1_000);
      hook.nudge();
    }
    await later();
    expect(engine.run).toHaveBeenCalledTimes(1);
    expect(deps.readConfig).toHaveBeenCalledTimes(2); // the nudge's own read, and the run's
    tick(11_000);
    hook.nudge();
    await later();
    expect(engine.run).toHaveBeenCalledTimes(2);
  });

  it('a recent run from elsewhere (the alarm, a write) makes a nudge wait until that run is a minute old', async () => {
    const { hook, engine, tick } = setup(CONFIG);
    await hook.run('alarm');
    tick(30_000);
    hook.nudge();
    await later();
    expect(engine.run).toHaveBeenCalledTimes(1);
    // Looked at again when that run is a minute old, not a minute after the nudge.
    tick(31_000);
    hook.nudge();
    await later();
    expect(engine.run).toHaveBeenCalledTimes(2);
  });

  it('halted (wrong password): nudges do not retry', async () => {
    const run = vi.fn(async () => {
      throw new SyncFailure('The server did not accept the user name and password (or token) for this device.', true);
    });
    const { hook, tick } = setup(CONFIG, run);
    await expect(hook.run('alarm')).rejects.toThrow();
    for (let i = 0; i < 10; i++) {
      tick(3_600_000);
      hook.nudge();
      await later();
    }
    expect(run).toHaveBeenCalledTimes(1);
  });
});
