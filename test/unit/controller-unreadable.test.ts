// @vitest-environment happy-dom
/**
 * The content script tells the background when a compose on the page cannot be read (the site's
 * markup drifted, or reading the draft keeps failing), so the badge and popup can say so.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createController, READ_FAULTS } from '../../src/content/controller.ts';
import type { ComposeState } from '../../src/messaging/protocol.ts';
import { gmailAdapter } from '../../src/sites/gmail/adapter.ts';
import type { SiteAdapter } from '../../src/sites/types.ts';
import { loadFixture } from './fixture-dom.ts';

const BODY = encodeURIComponent('Hi Dana, here is the guide you asked for.');
let stop: (() => void) | undefined;
afterEach(() => stop?.());

function run(page: string, scripts: string[], adapter: SiteAdapter = gmailAdapter) {
  const window = loadFixture('gmail', `https://mail.google.com/mail/u/0/?open=new&to=dana@x.test&body=${BODY}`, scripts, page);
  const states: ComposeState[] = [];
  const send = vi.fn(async (type: string, payload: unknown) => {
    if (type === 'compose.state') states.push(payload as ComposeState);
    if (type === 'context.get') return { history: [], status: [] };
    if (type === 'draft.score') return { level: 'ok', score: 10, reasons: [], suggestions: [] };
    return { ok: true, written: 0 };
  });
  const controller = createController(window as unknown as Window, { adapter, send: send as never, log: () => {} });
  controller.start();
  stop = () => controller.stop();
  return { window, states, controller, last: () => states.at(-1) };
}

describe('reporting a compose Pullback cannot read', () => {
  it('markup even the fallback cannot read: compose.state says unreadable', async () => {
    const { last, controller } = run('unreadable.html', ['renamed.js']);
    expect(controller.sessions.size).toBe(0);
    await vi.waitFor(() => expect(last()).toMatchObject({ level: null, unreadable: true }), { timeout: 2_000 });
  });

  it('renamed class names, read through the fallback: a level, and no unreadable flag', async () => {
    const { last, controller } = run('renamed.html', ['renamed.js']);
    expect(controller.sessions.size).toBe(1);
    await vi.waitFor(() => expect(last()?.level).toBe('ok'), { timeout: 2_000 });
    expect(last()).not.toHaveProperty('unreadable');
  });

  it(`a draft that fails to read ${READ_FAULTS} times in a row makes the compose unreadable; a good read clears it`, async () => {
    let failing = true;
    const flaky: SiteAdapter = {
      ...gmailAdapter,
      surface(root) {
        const surface = gmailAdapter.surface(root)!;
        return {
          ...surface,
          readDraft: () =>
            failing
              ? (() => {
                  throw new Error('markup changed');
                })()
              : surface.readDraft(),
        };
      },
    };
    const { states, controller, last } = run('index.html', ['gmail.js', 'gmail-setup.js'], flaky);
    expect(controller.sessions.size).toBe(1);
    const [session] = controller.sessions.values();
    // One fault is not yet "repeatedly".
    await new Promise((r) => setTimeout(r, 400));
    expect(states.some((s) => s.unreadable)).toBe(false);
    for (let i = 1; i < READ_FAULTS; i++) await session!.score();
    await vi.waitFor(() => expect(last()).toMatchObject({ unreadable: true }), { timeout: 2_000 });
    failing = false;
    await session!.score();
    await vi.waitFor(() => expect(last()?.unreadable).toBeUndefined(), { timeout: 2_000 });
    expect(last()?.level).toBe('ok');
  });
});
