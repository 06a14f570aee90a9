// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import messages from '../../../_locales/en/messages.json' with { type: 'json' };
import type { SyncView } from '../../messaging/protocol.ts';

const send = vi.fn();
vi.mock('../../messaging/client.ts', () => ({ send: (...args: unknown[]) => send(...args) }));
const { SyncSection } = await import('./sync-section.tsx');

const CATALOGUE = Object.values(messages as Record<string, { message: string }>).map((m) => m.message);
const state = { lastSyncAt: null, pending: 0, error: null, failures: 0, halted: false };
const OFF: SyncView = { config: null, state };

function answer(handlers: Record<string, unknown>) {
  send.mockImplementation(async (type: string, payload: unknown) => {
    if (!(type in handlers)) throw new Error(`unexpected ${type}`);
    const value = handlers[type];
    return typeof value === 'function' ? (value as (p: unknown) => unknown)(payload) : value;
  });
}

/** Every piece of text the section shows is a catalogue message, or a part of one around its `$n`. */
function untranslated(root: HTMLElement): string[] {
  const parts = CATALOGUE.flatMap((m) => m.split(/\$\d/).map((p) => p.trim()));
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    if (text && !parts.includes(text) && !CATALOGUE.includes(text)) out.push(text);
  }
  return out;
}

const fill = (name: string, value: string) => fireEvent.input(document.querySelector(`input[name="${name}"]`)!, { target: { value } });

afterEach(() => {
  cleanup();
  send.mockReset();
  send.mockImplementation(() => new Promise(() => {}));
});

describe('options: Sync', () => {
  it('off: says nothing leaves the device, every word from the catalogue', async () => {
    answer({ 'sync.status': OFF });
    render(<SyncSection />);
    await screen.findByText(/^Off\. Nothing leaves this device/);
    // The form waits behind one button, so the options page stays short.
    expect(screen.queryByLabelText('Server address (CouchDB 3 or Cloudant)')).toBeNull();
    fireEvent.click(screen.getByText('Set up sync…'));
    for (const label of ['Server address (CouchDB 3 or Cloudant)', 'Your personal database', 'User for this device', 'Password or token for this device'])
      expect(screen.getByLabelText(label)).toBeTruthy();
    expect(untranslated(screen.getByTestId('sync-section'))).toEqual([]);
  });

  it('"Test connection" shows the failure in plain words', async () => {
    answer({ 'sync.status': OFF, 'sync.test': { ok: false, error: 'The server did not accept the user name and password (or token) for this device.' } });
    render(<SyncSection />);
    fireEvent.click(await screen.findByText('Set up sync…'));
    fill('server', 'https://couch.example.org');
    fill('personalDb', 'dana-history');
    fill('user', 'dana-laptop');
    fill('password', 'wrong');
    fireEvent.click(screen.getByText('Test connection'));
    expect((await screen.findByRole('status')).textContent).toBe('The server did not accept the user name and password (or token) for this device.');
    expect(send).toHaveBeenCalledWith(
      'sync.test',
      { server: 'https://couch.example.org', personalDb: 'dana-history', user: 'dana-laptop', password: 'wrong' },
      30_000,
    );
  });

  it('"Turn on sync" asks for alarms and the server in the click, then saves', async () => {
    const request = vi.fn(async () => true);
    Object.assign(browser, { permissions: { request, remove: vi.fn(async () => true) } });
    answer({ 'sync.status': OFF, 'sync.save': { ok: true } });
    render(<SyncSection />);
    fireEvent.click(await screen.findByText('Set up sync…'));
    fill('server', 'https://couch.example.org:6984');
    fill('personalDb', 'dana-history');
    fill('user', 'dana-laptop');
    fill('password', 'pw');
    fireEvent.click(screen.getByText('Turn on sync'));
    // Asked synchronously in the click (Firefox grants nothing after an await), without the port.
    expect(request).toHaveBeenCalledWith({ permissions: ['alarms'], origins: ['https://couch.example.org/*'] });
    expect((await screen.findByRole('status')).textContent).toBe('Sync is on. The first sync has started.');
    expect(send).toHaveBeenCalledWith('sync.save', {
      server: 'https://couch.example.org:6984',
      personalDb: 'dana-history',
      user: 'dana-laptop',
      password: 'pw',
    });
  });

  it('on: the server, the last sync and its error; "Sync now" reports the outcome', async () => {
    const at = Date.UTC(2026, 10, 2, 9, 30);
    answer({
      'sync.status': {
        config: { server: 'https://couch.example.org', personalDb: 'dana-history', teamDb: 'sales', user: 'dana-laptop', device: 'dana-laptop' },
        state: { ...state, lastSyncAt: at, pending: 4, error: 'The server could not be reached; Pullback will try again.', failures: 1 },
      },
      'sync.now': { ok: false, error: 'The server could not be reached; Pullback will try again.' },
    });
    render(<SyncSection />);
    expect((await screen.findByText(/^On: /)).textContent).toBe('On: https://couch.example.org, database dana-history, team sales, as dana-laptop.');
    const line = screen.getByTestId('sync-state');
    expect(line.textContent).toContain(`Last sync: ${new Date(at).toLocaleString()}. Changes waiting: 4.`);
    expect(screen.getByRole('alert').textContent).toContain('could not be reached');
    fireEvent.click(screen.getByText('Sync now'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The server could not be reached; Pullback will try again.'));
    expect(screen.getByText('Turn off and forget this device')).toBeTruthy();
  });
});
