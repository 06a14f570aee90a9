// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';

const send = vi.fn();
vi.mock('../../messaging/client.ts', () => ({ send: (...args: unknown[]) => send(...args) }));
const { Options } = await import('./options.tsx');

const stored = async () => ((await browser.storage.sync.get('settings')) as { settings?: Record<string, unknown> }).settings;

afterEach(async () => {
  cleanup();
  send.mockReset();
  // Timers of unmounted components may still call it: answer nothing, never undefined.
  send.mockImplementation(() => new Promise(() => {}));
  await browser.storage.sync.clear();
});

describe('options page', () => {
  it('shows each limit with its default and the reason behind it', async () => {
    render(<Options />);
    const field = await screen.findByLabelText('Messages in a row without a reply (the draft included)');
    expect((field as HTMLInputElement).value).toBe('3');
    expect(document.body.textContent).toContain('default 3');
    expect(document.body.textContent).toContain('Belkins 2023, 2025');
  });

  it('saves a valid limit and refuses an absurd one with a message', async () => {
    render(<Options />);
    const field = await screen.findByLabelText('Days to wait while your last message is unanswered');
    fireEvent.input(field, { target: { value: '5' } });
    await waitFor(async () => expect((await stored())?.limits).toMatchObject({ minDaysBetween: 5 }));
    fireEvent.input(field, { target: { value: '-1' } });
    expect((await screen.findByRole('alert')).textContent).toBe('Choose between 0 and 90.');
    expect((await stored())?.limits).toMatchObject({ minDaysBetween: 5 });
  });

  it('switches a rule off and on, and adds and removes the user’s own phrases', async () => {
    render(<Options />);
    const box = (await screen.findAllByRole('checkbox')).find((el) => el.getAttribute('data-rule') === 'bump.checking-in')!;
    fireEvent.click(box);
    await waitFor(async () => expect((await stored())?.disabledRules).toEqual(['bump.checking-in']));
    fireEvent.input(screen.getByLabelText('A phrase'), { target: { value: 'synergy' } });
    fireEvent.submit(screen.getByLabelText('A phrase').closest('form')!);
    await waitFor(async () => expect((await stored())?.customPhrases).toEqual([{ phrase: 'synergy', category: 'pressure' }]));
    fireEvent.click(await screen.findByText('Remove'));
    await waitFor(async () => expect((await stored())?.customPhrases).toEqual([]));
  });

  it('needs the words typed before deleting everything', async () => {
    send.mockResolvedValue({ ok: true });
    render(<Options />);
    const button = (await screen.findByText('Delete all history')) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('To delete all history, type: delete everything'), { target: { value: 'delete everything' } });
    fireEvent.click(button);
    await waitFor(() => expect(send).toHaveBeenCalledWith('data.deleteAll', { confirm: 'delete everything' }));
  });
});
