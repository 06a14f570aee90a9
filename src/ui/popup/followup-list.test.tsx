// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FollowupEntry, FollowupPlan } from '../../db/types.ts';
import { browser } from '../../platform/browser.ts';

const send = vi.fn();
vi.mock('../../messaging/client.ts', () => ({ send: (...args: unknown[]) => send(...args) }));
const { Popup } = await import('./popup.tsx');
const { openableUrl } = await import('./followup-list.tsx');

const DAY = 86_400_000;
const NOW = Date.now();
const out = (at: number, excerpt: string, url?: string) => ({ at, subject: '', excerpt, channel: 'gmail' as const, ...(url ? { url } : {}) });
const entry = (patch: Partial<FollowupEntry> & Pick<FollowupEntry, 'contactId' | 'name' | 'group'>): FollowupEntry => ({
  identities: [`email:${patch.contactId}@x.test`],
  lastOut: null,
  lastReply: null,
  unanswered: 1,
  at: null,
  why: '',
  rule: null,
  idea: null,
  remindAt: null,
  ...patch,
});

// As the background sends it (the grouping itself is tested in src/db/followup.test.ts).
const PLAN: FollowupPlan = {
  due: [
    entry({
      contactId: 'eli',
      name: 'Eli Sato',
      group: 'due',
      unanswered: 0,
      lastOut: out(NOW - 60 * DAY, 'Hello Eli'),
      lastReply: { at: NOW - 55 * DAY, kind: 'defer', excerpt: 'Try me again next month.' },
      at: NOW - DAY,
      idea: 'long-game',
    }),
    entry({
      contactId: 'ana',
      name: 'Ana Lima',
      group: 'due',
      lastOut: out(NOW - 6 * DAY, 'Hi Ana, the route sheet for the winter checks.', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzAna'),
      idea: 'first',
    }),
  ],
  wait: [
    entry({
      contactId: 'ben',
      name: 'Ben Ode',
      group: 'wait',
      unanswered: 2,
      at: NOW + DAY,
      rule: 'cadence.too-soon',
      why: 'Your last message to Ben Ode was yesterday.',
    }),
    entry({ contactId: 'cy', name: 'Cy Park', group: 'wait', at: NOW + 3 * DAY, rule: 'remind' }),
  ],
  leave: [
    entry({
      contactId: 'dee',
      name: 'Dee Hart',
      group: 'leave',
      at: NOW - 19 * DAY,
      rule: 'reply.declined',
      why: 'Dee Hart said no on 10 Nov: “No thanks, we are all set.”',
    }),
  ],
  counts: { due: 2, wait: 2, leave: 1 },
};

function answer(handlers: Record<string, unknown>) {
  send.mockImplementation(async (type: string) => {
    if (!(type in handlers)) throw new Error(`unexpected ${type}`);
    return handlers[type];
  });
}

afterEach(() => {
  cleanup();
  send.mockReset();
  send.mockImplementation(() => new Promise(() => {}));
  vi.restoreAllMocks();
});

const names = (group: HTMLElement) =>
  within(group)
    .queryAllByTestId('followup-person')
    .map((li) => li.querySelector('.who')!.textContent);

describe('popup follow-up list', () => {
  it('with no compose open, shows Due, Wait and Leave alone with their counts, each person where the rules put them', async () => {
    answer({ 'compose.current': null, 'contacts.list': [], 'store.health': { ok: true, error: null }, 'followup.list': PLAN });
    render(<Popup tabId={7} followups={Promise.resolve(PLAN)} />);
    const due = await screen.findByTestId('group-due');
    // Due: longest since your last note first; the long-game check-in after a not-now whose date passed.
    expect(names(due)).toEqual(['Eli Sato', 'Ana Lima']);
    expect(due.querySelector('h3')!.textContent).toBe('Due 2');
    const ana = within(due).getAllByTestId('followup-person')[1]!;
    expect(ana.textContent).toContain('You wrote 6 days ago: “Hi Ana, the route sheet for the winter checks.”');
    expect(ana.textContent).toContain('No reply yet · 1 unanswered');
    expect(ana.textContent).toContain('Idea: Add one thing they can use');
    const eli = within(due).getAllByTestId('followup-person')[0]!;
    expect(eli.textContent).toContain('They said');
    expect(eli.textContent).toContain('Try me again next month.');
    expect(eli.textContent).toContain('something useful and no ask');

    // Wait: each with the date it becomes OK, soonest first.
    const wait = screen.getByTestId('group-wait');
    expect(wait.querySelector('h3')!.textContent).toBe('Wait 2');
    expect(names(wait)).toEqual(['Ben Ode', 'Cy Park']);
    const okOn = new Date(NOW + DAY).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
    expect(within(wait).getAllByTestId('followup-person')[0]!.textContent).toContain(`OK to write again on ${okOn}`);
    expect(within(wait).getAllByTestId('followup-person')[0]!.textContent).toContain('Your last message to Ben Ode was yesterday.');
    expect(within(wait).getAllByTestId('followup-person')[1]!.textContent).toContain('Reminder on');

    // Leave alone: collapsed (its people drawn only when opened), with when and why.
    const leave = screen.getByTestId('group-leave') as HTMLDetailsElement;
    expect(leave.open).toBe(false);
    expect(leave.querySelector('summary')!.textContent).toBe('Leave alone 1');
    expect(leave.textContent).not.toContain('Dee Hart');
    leave.open = true;
    fireEvent(leave, new Event('toggle'));
    await waitFor(() => expect(leave.textContent).toContain('Dee Hart'));
    expect(leave.textContent).toContain('No thanks, we are all set.');
    expect(leave.textContent).toContain('Since ');
  });

  it('draws the first 5 of a group, "Show N more" the rest the background sent, then says how many the list leaves out', async () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      entry({ contactId: `p${i}`, name: `Person ${i}`, group: 'due', lastOut: out(NOW - (20 - i) * DAY, 'Hello') }),
    );
    const plan: FollowupPlan = { due: many, wait: [], leave: [], counts: { due: 30, wait: 0, leave: 0 } };
    answer({ 'compose.current': null, 'contacts.list': [], 'store.health': { ok: true, error: null }, 'followup.list': plan });
    render(<Popup tabId={7} followups={Promise.resolve(plan)} />);
    const due = await screen.findByTestId('group-due');
    expect(names(due)).toEqual(many.slice(0, 5).map((e) => e.name));
    expect(due.textContent).not.toContain('others');
    fireEvent.click(within(due).getByText('Show 7 more'));
    await waitFor(() => expect(names(due)).toHaveLength(12));
    expect(within(due).queryByText(/Show \d+ more/)).toBeNull();
    expect(due.textContent).toContain('And 18 others, after these.');
  });

  it('"Open conversation" opens the stored address in a tab; "Remind me" snoozes to the chosen date', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    answer({ 'compose.current': null, 'contacts.list': [], 'store.health': { ok: true, error: null }, 'followup.list': PLAN, 'followup.remind': { ok: true } });
    render(<Popup tabId={7} followups={Promise.resolve(PLAN)} />);
    const due = await screen.findByTestId('group-due');
    const ana = within(due).getAllByTestId('followup-person')[1]!;
    fireEvent.click(within(ana).getByText('Open conversation'));
    expect(create).toHaveBeenCalledWith({ url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzAna' });
    // Eli's last message carried no address: no button rather than a dead one.
    expect(within(within(due).getAllByTestId('followup-person')[0]!).queryByText('Open conversation')).toBeNull();

    fireEvent.click(within(ana).getByText('Remind me'));
    fireEvent.input(within(ana).getByLabelText('Remind me on'), { target: { value: '2030-01-15' } });
    fireEvent.click(within(ana).getByText('Set reminder'));
    await waitFor(() => expect(send).toHaveBeenCalledWith('followup.remind', { id: 'ana', until: Date.parse('2030-01-15T09:00:00') }));
    // The list is asked for again after the change.
    await waitFor(() => expect(send).toHaveBeenCalledWith('followup.list', {}));
  });

  it('opens only the sites’ own HTTPS pages', () => {
    expect(openableUrl('https://www.linkedin.com/messaging/thread/2-abc/')).toBe('https://www.linkedin.com/messaging/thread/2-abc/');
    for (const bad of ['javascript:alert(1)', 'https://evil.example/', 'http://mail.google.com/', 'chrome://settings', undefined])
      expect(openableUrl(bad)).toBeNull();
  });

  it('the list is not shown while a compose is open in the tab', async () => {
    answer({
      'compose.current': { level: 'ok', channel: 'gmail', people: [{ identity: 'email:ana@x.test', level: 'ok' }] },
      'contacts.list': [],
      'store.health': { ok: true, error: null },
      'followup.list': PLAN,
    });
    render(<Popup tabId={7} followups={Promise.resolve(PLAN)} />);
    await screen.findByTestId('compose-people');
    expect(screen.queryByTestId('followups')).toBeNull();
  });

  it('recent contacts carry where each person stands; the person page says when it is OK to write again', async () => {
    const summary = (id: string, name: string) => ({
      id,
      name,
      identities: [`email:${id}@x.test`],
      status: id === 'ben' ? { status: 'not-now' as const, at: NOW - DAY, until: NOW + 20 * DAY } : null,
      sent: 2,
      unanswered: 1,
      lastTouchAt: NOW - DAY,
      lastReply: null,
      updatedAt: NOW,
    });
    const detail = {
      contact: { id: 'ben', names: ['Ben Ode'], identities: ['email:ben@x.test'], status: summary('ben', 'Ben Ode').status, createdAt: 0, updatedAt: 0 },
      touches: [],
      inbound: [],
      summary: summary('ben', 'Ben Ode'),
    };
    answer({
      'compose.current': null,
      'contacts.list': [summary('ben', 'Ben Ode'), summary('dee', 'Dee Hart'), summary('ana', 'Ana Lima'), summary('zed', 'Zed Quiet')],
      'store.health': { ok: true, error: null },
      'followup.list': PLAN,
      'contact.get': detail,
      'contact.status': { ok: true },
    });
    render(<Popup tabId={7} followups={Promise.resolve(PLAN)} />);
    const contacts = await screen.findByTestId('contacts');
    await waitFor(() => expect(within(contacts).getAllByTestId('standing')).toHaveLength(3));
    const words = within(contacts)
      .getAllByTestId('contact-row')
      .map((row) => row.querySelector('[data-testid=standing]')?.textContent ?? null);
    const okOn = new Date(NOW + DAY).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
    expect(words).toEqual([`OK to write again on ${okOn}`, 'Said no: leave alone', 'Due', null]);

    fireEvent.click(within(contacts).getAllByTestId('contact-row')[0]!);
    expect((await screen.findByTestId('ok-to-write')).textContent).toBe(`OK to write again on ${okOn}`);
    expect(screen.getByTestId('active-status').textContent).toMatch(/^Now: not now until /i);
    // Two dates, one for each status.
    fireEvent.input(screen.getByLabelText('Not now until'), { target: { value: '2031-02-01' } });
    fireEvent.input(screen.getByLabelText('OK again after'), { target: { value: '2030-06-01' } });
    fireEvent.click(screen.getByText('OK again after', { selector: 'button' }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('contact.status', { id: 'ben', status: { status: 'ok-again', until: Date.parse('2030-06-01T00:00:00') } }),
    );
    fireEvent.click(screen.getByText('Not now until', { selector: 'button' }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('contact.status', { id: 'ben', status: { status: 'not-now', until: Date.parse('2031-02-01T00:00:00') } }),
    );
  });
});
