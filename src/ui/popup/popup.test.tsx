// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContactSummary } from '../../db/types.ts';

const send = vi.fn();
vi.mock('../../messaging/client.ts', () => ({ send: (...args: unknown[]) => send(...args) }));
const { Popup } = await import('./popup.tsx');

const DAY = 86_400_000;
const dana: ContactSummary = {
  id: 'c1',
  name: 'Dana Reyes',
  identities: ['email:dana@x.test'],
  status: null,
  sent: 3,
  unanswered: 2,
  lastTouchAt: Date.now() - 9 * DAY,
  lastReply: { at: Date.now() - 20 * DAY, kind: 'decline', excerpt: 'No thanks' },
  updatedAt: Date.now(),
};

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
  // Timers of unmounted components may still call it: answer nothing, never undefined.
  send.mockImplementation(() => new Promise(() => {}));
});

describe('popup', () => {
  it('shows the people in the open compose first, with their level and facts', async () => {
    answer({
      'compose.current': {
        level: 'pushy',
        channel: 'gmail',
        people: [
          { identity: 'email:dana@x.test', name: 'Dana Reyes', level: 'stop' },
          { identity: 'email:new@x.test', level: 'caution' },
        ],
      },
      'contacts.list': [dana],
      'store.health': { ok: true, error: null },
    });
    render(<Popup tabId={7} />);
    const people = await screen.findByTestId('compose-people');
    await waitFor(() => expect(people.textContent).toContain('Dana Reyes'));
    expect(people.textContent).toContain('They said no');
    expect(people.textContent).toMatch(/3 sent · 2 unanswered in a row · last contact 9 days ago · they said no on [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    expect(people.textContent).toContain('First message to this person');
    expect(send).toHaveBeenCalledWith('compose.current', { tabId: 7 });
  });

  it('says when Pullback cannot read the compose in this tab, instead of showing nothing', async () => {
    answer({
      'compose.current': { level: null, channel: 'gmail', people: [], unreadable: true },
      'contacts.list': [],
      'store.health': { ok: true, error: null },
    });
    render(<Popup tabId={7} />);
    const notice = await screen.findByTestId('unreadable');
    expect(notice.textContent).toContain("Pullback can't read this compose");
    expect(notice.textContent).toContain('not checking what you write here');
    expect(screen.queryByText('No message is being written in this tab.')).toBeNull();
  });

  it('without a compose, lists recent contacts and searches them', async () => {
    answer({ 'compose.current': null, 'contacts.list': [dana], 'store.health': { ok: true, error: null } });
    render(<Popup tabId={7} />);
    await screen.findByText('No message is being written in this tab.');
    expect(screen.queryByTestId('unreadable')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('contacts').textContent).toContain('Dana Reyes'));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'dana' } });
    await waitFor(() => expect(send).toHaveBeenCalledWith('contacts.list', { query: 'dana', limit: 30 }));
  });

  it('shows a storage error without blocking anything', async () => {
    answer({ 'compose.current': null, 'contacts.list': [], 'store.health': { ok: false, error: 'The browser ran out of storage space for Pullback.' } });
    render(<Popup tabId={null} />);
    expect((await screen.findByTestId('health')).textContent).toContain('ran out of storage');
  });

  it('opens a contact with a timeline and sets a status', async () => {
    const detail = {
      contact: { id: 'c1', names: ['Dana Reyes'], identities: ['email:dana@x.test', 'linkedin:dana-reyes'], status: null, createdAt: 0, updatedAt: 0 },
      touches: [
        {
          id: 't1',
          sendId: 't1',
          contactId: 'c1',
          identity: 'email:dana@x.test',
          at: Date.now() - 9 * DAY,
          channel: 'gmail',
          subject: 'Fleet',
          excerpt: 'Hi',
          level: 'pushy',
          score: 60,
          overridden: true,
          source: 'send',
        },
      ],
      inbound: [
        { id: 'm1', contactId: 'c1', identity: 'email:dana@x.test', at: Date.now() - 8 * DAY, channel: 'gmail', kind: 'decline', excerpt: 'No thanks' },
      ],
      summary: dana,
    };
    answer({
      'compose.current': null,
      'contacts.list': [dana],
      'store.health': { ok: true, error: null },
      'contact.get': detail,
      'contact.status': { ok: true },
    });
    render(<Popup tabId={null} />);
    fireEvent.click(await screen.findByTestId('contact-row'));
    await screen.findByTestId('contact-view');
    expect(screen.getByTestId('chart').getAttribute('aria-label')).toMatch(/^1 message sent and 1 reply between /);
    expect(screen.getByTestId('events').textContent).toContain('Fleet · Reads as pressure · sent anyway');
    expect(screen.getByTestId('events').textContent).toContain('they wrote: said no');
    expect(screen.getByText('linkedin.com/in/dana-reyes')).toBeTruthy();
    fireEvent.click(screen.getByText('Said no'));
    await waitFor(() => expect(send).toHaveBeenCalledWith('contact.status', { id: 'c1', status: { status: 'said-no' } }));
  });
});
