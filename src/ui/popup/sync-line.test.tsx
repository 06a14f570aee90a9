// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import type { SyncView } from '../../messaging/protocol.ts';

const send = vi.fn();
vi.mock('../../messaging/client.ts', () => ({ send: (...args: unknown[]) => send(...args) }));
const { SyncLine, syncedAgo } = await import('./sync-line.tsx');
const { Popup } = await import('./popup.tsx');
const { ContactView } = await import('./contact-view.tsx');

const MINUTE = 60_000;
const DAY = 86_400_000;
const config = { server: 'https://couch.example.org', personalDb: 'dana-history', teamDb: 'sales', user: 'dana-laptop', device: 'dana-laptop' };
const on = (state: Partial<SyncView['state']>): SyncView => ({
  config,
  state: { lastSyncAt: null, pending: 0, error: null, failures: 0, halted: false, ...state },
});

function answer(handlers: Record<string, unknown>) {
  send.mockImplementation(async (type: string) => {
    if (!(type in handlers)) throw new Error(`unexpected ${type}`);
    const value = handlers[type];
    return typeof value === 'function' ? (value as () => unknown)() : value;
  });
}

afterEach(() => {
  cleanup();
  send.mockReset();
  send.mockImplementation(() => new Promise(() => {}));
});

describe('sync in the popup', () => {
  it('says nothing while sync is off, and asks only after the first render', async () => {
    answer({ 'sync.status': { config: null, state: on({}).state } });
    const { container } = render(<SyncLine />);
    // Not during the first render: the popup's own content comes first.
    expect(send).not.toHaveBeenCalled();
    await waitFor(() => expect(send).toHaveBeenCalledWith('sync.status', {}));
    expect(container.textContent).toBe('');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('a failure in plain words, with the way to the sync settings', async () => {
    const open = vi.spyOn(browser.runtime, 'openOptionsPage');
    answer({ 'sync.status': on({ error: 'The server did not accept the user name and password (or token) for this device.', halted: true }) });
    render(<SyncLine />);
    const line = await screen.findByTestId('sync-line');
    expect(line.getAttribute('role')).toBe('alert');
    expect(line.textContent).toContain('Sync failed: The server did not accept the user name and password');
    fireEvent.click(screen.getByText('Sync settings'));
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('when it last synced, and the changes waiting', async () => {
    answer({ 'sync.status': on({ lastSyncAt: Date.now() - 5 * MINUTE, pending: 3 }) });
    render(<SyncLine />);
    expect((await screen.findByTestId('sync-line')).textContent).toBe('Synced 5 min ago · 3 changes waiting');
    const now = Date.UTC(2026, 10, 2, 12);
    expect(syncedAgo(now - 20_000, now)).toBe('just now');
    expect(syncedAgo(now - 3 * 3_600_000, now)).toBe('3 h ago');
    expect(syncedAgo(now - 3 * DAY, now)).toMatch(/2026/);
  });

  it('in the popup: the recent list shows without waiting for sync, the error below it', async () => {
    let answerSync: (v: SyncView) => void = () => {};
    answer({
      'compose.current': null,
      'contacts.list': [],
      'store.health': { ok: true, error: null },
      'followup.list': { due: [], wait: [], leave: [], counts: { due: 0, wait: 0, leave: 0 } },
      'sync.status': () => new Promise<SyncView>((done) => (answerSync = done)),
    });
    render(<Popup tabId={null} />);
    await screen.findByText(/^No history yet/);
    expect(screen.queryByTestId('sync-line')).toBeNull();
    answerSync(on({ error: 'The server could not be reached; Pullback will try again.' }));
    expect((await screen.findByTestId('sync-line')).textContent).toContain('Sync failed: The server could not be reached');
  });
});

describe('the team in a contact view', () => {
  const detail = {
    contact: { id: 'c1', names: ['Dana Reyes'], identities: ['email:dana@acme.test'], status: null, createdAt: 0, updatedAt: 0 },
    touches: [1, 2, 3].map((i) => ({
      id: `t${i}`,
      sendId: `t${i}`,
      contactId: 'c1',
      identity: 'email:dana@acme.test',
      at: Date.now() - i * DAY,
      channel: 'gmail',
      subject: `Note ${i}`,
      excerpt: 'Hi',
      level: 'ok',
      score: 5,
      overridden: false,
      source: 'send',
    })),
    inbound: [],
    summary: {
      id: 'c1',
      name: 'Dana Reyes',
      identities: ['email:dana@acme.test'],
      status: null,
      sent: 3,
      unanswered: 3,
      lastTouchAt: Date.now() - DAY,
      lastReply: null,
      updatedAt: Date.now(),
    },
  };
  const recorded = Date.UTC(2026, 10, 20, 15);

  it("names who recorded the team's status and when, and counts the team's messages next to yours", async () => {
    answer({
      'contact.get': detail,
      'contact.team': {
        you: 'dana-laptop',
        status: [{ recipient: 'dana@acme.test', status: 'do-not-contact', at: new Date(recorded).toISOString(), rep: 'sam-laptop' }],
        touches: [
          { rep: 'sam-laptop', count: 7 },
          { rep: 'dana-laptop', count: 3 },
          { rep: 'lee-desktop', count: 1 },
        ],
      },
    });
    render(<ContactView id="c1" onBack={() => {}} />);
    const status = await screen.findByTestId('team-status');
    const day = new Date(recorded).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
    expect(status.textContent).toBe(`Team: do not contact, recorded by sam-laptop on ${day}`);
    expect(screen.getByTestId('team-touches').textContent).toBe('Messages: 3 by you · 11 by the team (sam-laptop 7, lee-desktop 1)');
    expect(send).toHaveBeenCalledWith('contact.team', { id: 'c1' });
  });

  it('"OK to write again" from your own history gives way to a teammate\'s do-not-contact', async () => {
    const standing = { contactId: 'c1', group: 'wait', rule: 'cadence.minDaysBetween', at: Date.now() + 2 * DAY, why: '' } as never;
    answer({ 'contact.get': detail, 'contact.team': { you: 'dana-laptop', status: [], touches: [] } });
    render(<ContactView id="c1" standing={standing} onBack={() => {}} />);
    await screen.findByTestId('team-facts');
    expect(screen.getByTestId('ok-to-write')).toBeTruthy();
    cleanup();
    answer({
      'contact.get': detail,
      'contact.team': {
        you: 'dana-laptop',
        status: [{ recipient: 'dana@acme.test', status: 'do-not-contact', at: new Date(recorded).toISOString(), rep: 'sam-laptop' }],
        touches: [],
      },
    });
    render(<ContactView id="c1" standing={standing} onBack={() => {}} />);
    await screen.findByTestId('team-status');
    expect(screen.queryByTestId('ok-to-write')).toBeNull();
  });

  it('with sync off (or no team) the view has no team part', async () => {
    answer({ 'contact.get': detail, 'contact.team': null });
    render(<ContactView id="c1" onBack={() => {}} />);
    await screen.findByTestId('contact-view');
    await waitFor(() => expect(send).toHaveBeenCalledWith('contact.team', { id: 'c1' }));
    expect(screen.queryByTestId('team-facts')).toBeNull();
  });
});
