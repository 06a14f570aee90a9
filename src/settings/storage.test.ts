import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from '../platform/browser.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import { loadSettings, saveSettings, watchSettings } from './storage.ts';

/** Lets storage.onChanged, which browsers fire as a separate task after the write, reach its listeners. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

afterEach(async () => {
  await browser.storage.sync.clear();
  await settle();
});

describe('settings in storage.sync', () => {
  it('reads back what was saved, repaired', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ sensitivity: 'strict' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'strict' });
  });

  it('calls the watcher with the new settings when any context saves them, and stops after unsubscribe', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await saveSettings({ sensitivity: 'gentle' });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, sensitivity: 'gentle' }));
    stop();
    await saveSettings({ sensitivity: 'strict' });
    await settle();
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('ignores other areas and writes that change nothing', async () => {
    await saveSettings({ sensitivity: 'gentle' });
    await settle();
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await browser.storage.local.set({ settings: { sensitivity: 'strict' } });
    await saveSettings({ sensitivity: 'gentle' });
    await settle();
    stop();
    expect(seen).not.toHaveBeenCalled();
  });
});
