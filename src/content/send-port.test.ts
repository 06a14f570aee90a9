import { describe, expect, it } from 'vitest';
import type { Runtime } from '../platform/browser.ts';
import { createSendPort } from './send-port.ts';
import type { SendLogEntry } from './send-log.ts';

const entry = (sendId: string): SendLogEntry => ({
  sendId,
  at: 1,
  channel: 'outlook',
  subject: '',
  excerpt: '',
  level: 'ok',
  score: 1,
  overridden: false,
  recipients: [{ identity: 'email:dana@fabrikam.test' }],
});

/** Ports as the content script sees them: what was posted on each, and the background going away. */
function ports() {
  const made: { posted: unknown[]; drop(): void }[] = [];
  const connect = () => {
    const gone: (() => void)[] = [];
    const record = { posted: [] as unknown[], drop: () => gone.forEach((fn) => fn()) };
    made.push(record);
    return {
      postMessage: (m: unknown) => void record.posted.push(m),
      onDisconnect: { addListener: (fn: () => void) => void gone.push(fn) },
    } as unknown as Runtime.Port;
  };
  return { made, connect };
}

describe('createSendPort', () => {
  it('arms a send once, settles only what it armed, and connects only when there is something to say', () => {
    const { made, connect } = ports();
    const port = createSendPort(connect);
    port.settle('never-armed', true);
    expect(made).toHaveLength(0);
    port.arm(entry('a'));
    port.arm(entry('a'));
    port.settle('a', true);
    port.settle('a', false);
    expect(made).toHaveLength(1);
    expect(made[0]!.posted).toEqual([{ arm: entry('a') }, { settle: { sendId: 'a', sent: true } }]);
  });

  it('arms again with a new background what the stopped one held, a few times at most', () => {
    const { made, connect } = ports();
    const port = createSendPort(connect);
    port.arm(entry('b'));
    port.arm(entry('c'));
    port.settle('c', false);
    made[0]!.drop();
    expect(made).toHaveLength(2);
    expect(made[1]!.posted).toEqual([{ arm: entry('b') }]);
    for (let i = 1; i < 10; i++) made[i]?.drop();
    expect(made.length).toBeLessThanOrEqual(5);
  });
});
