/** A fuzz run of 10,000 generated messages: the background refuses them without crashing or writing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemas } from '../../src/messaging/protocol.ts';
import { senders, setup } from './trust-background.ts';

const TYPES = Object.keys(schemas);

/** Anything: random JSON, real request types with random payloads, and near-misses of valid ones. */
const message = fc.oneof(
  fc.anything(),
  fc.record({ type: fc.constantFrom(...TYPES), payload: fc.anything() }),
  fc.record({ type: fc.constantFrom(...TYPES), payload: fc.dictionary(fc.string(), fc.jsonValue()) }),
  fc.record({ type: fc.string(), payload: fc.object() }),
  fc.record({
    type: fc.constant('send.log'),
    payload: fc.record(
      {
        sendId: fc.string(),
        at: fc.oneof(fc.double(), fc.integer()),
        channel: fc.string(),
        subject: fc.string(),
        excerpt: fc.string(),
        level: fc.anything(),
        score: fc.anything(),
        overridden: fc.anything(),
        recipients: fc.anything(),
      },
      { requiredKeys: [] },
    ),
  }),
);

describe('background message validation, fuzzed', () => {
  it('refuses 10,000 generated messages without crashing or writing', async () => {
    const { store, route } = await setup();
    let refused = 0;
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(message, fc.constantFrom(...Object.values(senders)), async (msg, sender) => {
        const before = await store.counts();
        const reply = await route(msg, sender);
        expect(typeof reply).toBe('object');
        if (reply.ok) answered++;
        else {
          refused++;
          expect(reply.error).toMatch(/^Pullback: /);
          expect(await store.counts()).toEqual(before);
        }
      }),
      { numRuns: 10_000 },
    );
    // Almost everything random is refused; the few valid reads (ping, lists) are answered.
    expect(refused).toBeGreaterThan(9_000);
    expect(refused + answered).toBe(10_000);
    // About a minute on an idle 2-core machine; the limit only catches a hang.
  }, 600_000);
});
