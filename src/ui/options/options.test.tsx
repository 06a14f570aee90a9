// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';

const send = vi.fn();
vi.mock('../../messaging/client.ts', () => ({ send: (...args: unknown[]) => send(...args) }));
const { Options } = await import('./options.tsx');

const T = Date.UTC(2026, 10, 1);
/** A real export: `contacts` people with `touches` messages between them. */
function exportFile(contacts: number, touches: number, extra: Record<string, unknown> = {}): File {
  const people = Array.from({ length: contacts }, (_, i) => ({
    id: `c${i}`,
    names: [`P${i}`],
    identities: [`email:p${i}@x.test`],
    status: null,
    createdAt: T,
    updatedAt: T,
  }));
  const sent = Array.from({ length: touches }, (_, i) => ({
    id: `s${i}:email:p${i % contacts}@x.test`,
    sendId: `s${i}`,
    contactId: `c${i % contacts}`,
    identity: `email:p${i % contacts}@x.test`,
    at: T + i,
    channel: 'gmail',
    subject: 'Hi',
    excerpt: 'Hello',
    level: 'ok',
    score: 5,
    overridden: false,
    source: 'send',
  }));
  const data = { format: 'pullback-history', version: 1, exportedAt: new Date(T).toISOString(), contacts: people, touches: sent, inbound: [], ...extra };
  return new File([JSON.stringify(data)], 'h.json', { type: 'application/json' });
}

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

  it('turns the toolbar count of people due on and off (off by default)', async () => {
    render(<Options />);
    const box = (await screen.findByLabelText('Show how many people are due a follow-up on the toolbar icon')) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(async () => expect((await stored())?.badgeDue).toBe(true));
    fireEvent.click(box);
    await waitFor(async () => expect((await stored())?.badgeDue).toBe(false));
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
    fireEvent.click(await screen.findByText('Show the rules'));
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

  it('groups the rules under human names, languages apart, each source cited once and linked', async () => {
    render(<Options />);
    fireEvent.click(await screen.findByText('Show the rules'));
    const text = document.body.textContent!;
    expect(text).not.toMatch(/pressure\.act-now|de\.guilt\.no-reply/);
    const groups = [...document.querySelectorAll('#rule-list > fieldset legend')].map((l) => l.textContent);
    expect(groups).toEqual(['Pressure', 'Guilt', 'Empty bump', 'Presumptive close', 'Self-serving', 'Shouting and demands', 'What helps']);
    const other = document.querySelector('details.other-languages')!;
    expect(other.querySelector('[data-rule="de.guilt.no-reply"]')).not.toBeNull();
    expect(document.querySelector('#rule-list > fieldset [data-rule="de.guilt.no-reply"]')).toBeNull();
    const sources = [...document.querySelectorAll('.sources li')].map((li) => li.textContent);
    expect(new Set(sources).size).toBe(sources.length);
    expect(text.split('Dark Patterns at Scale').length - 1).toBe(1);
    expect(document.querySelector('.sources a[href^="https://"]')).not.toBeNull();
  });

  it('explains each sensitivity level', async () => {
    render(<Options />);
    const strict = (await screen.findByDisplayValue('strict')).closest('label')!;
    expect(strict.textContent).toMatch(/Strict.*140 %/);
  });

  it('says why a phrase or a retention value is refused', async () => {
    render(<Options />);
    fireEvent.input(await screen.findByLabelText('A phrase'), { target: { value: 'x' } });
    fireEvent.submit(screen.getByLabelText('A phrase').closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe('Type at least 2 characters.');
    expect((await stored())?.customPhrases ?? []).toEqual([]);
    fireEvent.input(screen.getByLabelText('Keep history for (months, 0 = always)'), { target: { value: '-3' } });
    expect((await screen.findAllByRole('alert')).map((a) => a.textContent)).toContain('Choose between 0 and 120.');
  });

  it('resets limits, tone and rules to their defaults after asking, with an undo', async () => {
    await browser.storage.sync.set({
      settings: { sensitivity: 'strict', disabledRules: ['bump.checking-in'], customPhrases: [{ phrase: 'synergy', category: 'pressure' }] },
    });
    render(<Options />);
    fireEvent.click(await screen.findByText('Reset settings to defaults'));
    fireEvent.click(await screen.findByText('Reset'));
    await waitFor(async () => expect(await stored()).toMatchObject({ sensitivity: 'balanced', disabledRules: [] }));
    expect((await stored())?.customPhrases).toEqual([{ phrase: 'synergy', category: 'pressure' }]);
    fireEvent.click(await screen.findByText('Undo'));
    await waitFor(async () => expect(await stored()).toMatchObject({ sensitivity: 'strict', disabledRules: ['bump.checking-in'] }));
  });

  it('shows progress and locks the buttons while an import runs, and reports errors in plain words', async () => {
    let finish!: (v: unknown) => void;
    send.mockImplementation((type: string, payload: { apply?: boolean }) =>
      type === 'data.import' && payload.apply
        ? new Promise((resolve) => (finish = resolve))
        : Promise.resolve({ contacts: { added: 2, updated: 0 }, touches: { added: 3, unchanged: 0 }, inbound: { added: 0, unchanged: 0 } }),
    );
    render(<Options />);
    const input = (await screen.findByText('Import a JSON export:', { exact: false })).querySelector('input')!;
    const file = exportFile(2, 3);
    fireEvent.change(input, { target: { files: [file] } });
    fireEvent.click(await screen.findByText('Import'));
    const busy = await screen.findByTestId('data-busy');
    expect(busy.textContent).toContain('Importing 2 contacts and 3 messages');
    expect((screen.getByText('Export everything (JSON)') as HTMLButtonElement).disabled).toBe(true);
    expect(input.disabled).toBe(true);
    finish({ contacts: { added: 2, updated: 0 }, touches: { added: 3, unchanged: 0 }, inbound: { added: 0, unchanged: 0 } });
    await waitFor(() => expect(screen.queryByTestId('data-busy')).toBeNull());
    expect((screen.getByText('Export everything (JSON)') as HTMLButtonElement).disabled).toBe(false);

    send.mockRejectedValue(new Error('payload.data: unknown field'));
    fireEvent.change(input, { target: { files: [file] } });
    const message = await screen.findByTestId('data-message');
    expect(message.querySelector('p')!.textContent).toBe('That file is not a Pullback export, or it was changed after it was exported. Nothing was imported.');
    fireEvent.change(input, { target: { files: [new File(['{oops'], 'x.json')] } });
    await waitFor(() => expect(screen.getByTestId('data-message').querySelector('p')!.textContent).toMatch(/could not be read/));
  });

  it('a file already imported has nothing to update', async () => {
    send.mockResolvedValue({ contacts: { added: 0, updated: 0 }, touches: { added: 0, unchanged: 3 }, inbound: { added: 0, unchanged: 1 } });
    render(<Options />);
    const input = (await screen.findByText('Import a JSON export:', { exact: false })).querySelector('input')!;
    fireEvent.change(input, { target: { files: [exportFile(1, 1)] } });
    expect((await screen.findByTestId('import-preview')).textContent).toContain('Nothing to update');
    expect(screen.queryByText('Import')).toBeNull();
  });

  it('reports an export that fails', async () => {
    send.mockRejectedValue(new Error('boom'));
    render(<Options />);
    fireEvent.click(await screen.findByText('Export everything (JSON)'));
    expect((await screen.findByTestId('data-message')).textContent).toContain('The export did not finish');
  });

  it('a file that is not an export is said so on the page, before anything is sent', async () => {
    send.mockResolvedValue({ contacts: { added: 0, updated: 0 }, touches: { added: 0, unchanged: 0 }, inbound: { added: 0, unchanged: 0 } });
    render(<Options />);
    const input = (await screen.findByText('Import a JSON export:', { exact: false })).querySelector('input')!;
    fireEvent.change(input, { target: { files: [new File([JSON.stringify({ format: 'pullback', contacts: [{}] })], 'x.json')] } });
    expect((await screen.findByTestId('data-message')).querySelector('p')!.textContent).toBe(
      'That file is not a Pullback export, or it was changed after it was exported. Nothing was imported.',
    );
    expect(send.mock.calls.filter(([type]) => type === 'data.import')).toEqual([]);
  });

  it('"Export everything" and import: the settings in the file come back with the history', async () => {
    send.mockResolvedValue({ contacts: { added: 1, updated: 0 }, touches: { added: 1, unchanged: 0 }, inbound: { added: 0, unchanged: 0 } });
    render(<Options />);
    const input = (await screen.findByText('Import a JSON export:', { exact: false })).querySelector('input')!;
    const settings = {
      sensitivity: 'strict',
      disabledRules: ['bump.checking-in'],
      customPhrases: [{ phrase: 'synergy', category: 'pressure' }],
      limits: { maxUnanswered: 2 },
    };
    fireEvent.change(input, { target: { files: [exportFile(1, 1, { settings })] } });
    fireEvent.click(await screen.findByText('Import'));
    await waitFor(() => expect(screen.getByTestId('data-message').textContent).toContain('with the settings saved in the file'));
    const saved = await stored();
    expect(saved).toMatchObject({ sensitivity: 'strict', disabledRules: ['bump.checking-in'], customPhrases: [{ phrase: 'synergy', category: 'pressure' }] });
    expect((saved as { limits: { maxUnanswered: number } }).limits.maxUnanswered).toBe(2);
    // The history went to the background without the settings in it.
    const applied = send.mock.calls.find(([type, payload]) => type === 'data.import' && (payload as { apply: boolean }).apply)!;
    expect(Object.keys((applied[1] as { data: object }).data)).not.toContain('settings');
  });
});
