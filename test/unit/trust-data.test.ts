/**
 * Data: export -> import round-trips 1,000 random histories exactly; delete-contact and delete-all
 * leave nothing behind in any store.
 */
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../src/db/store.ts';

const identity = fc.oneof(
  fc.emailAddress().map((e) => `email:${e.toLowerCase()}`),
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{2,20}$/).map((s) => `linkedin:${s}`),
);
const time = fc.integer({ min: Date.parse('2020-01-01'), max: Date.parse('2030-01-01') });
const text = fc.string({ maxLength: 60, unit: 'grapheme' });

/** A random history: contacts with unique identities, touches and replies that point at them. */
const history = fc.uniqueArray(identity, { minLength: 1, maxLength: 6 }).chain((ids) =>
  fc
    .record({
      contacts: fc.constant(ids.map((id, i) => ({ id: `c${i}`, names: [`Person ${i}`], identities: [id], status: null, createdAt: 0, updatedAt: i }))),
      touches: fc.uniqueArray(
        fc.record({
          n: fc.nat(ids.length - 1),
          at: time,
          subject: text,
          excerpt: text,
          level: fc.constantFrom('ok', 'caution', 'pushy', 'stop', null),
          overridden: fc.boolean(),
          source: fc.constantFrom('send', 'thread'),
        }),
        { maxLength: 12, selector: (t) => `${t.n}-${t.at}` },
      ),
      inbound: fc.uniqueArray(
        fc.record({
          n: fc.nat(ids.length - 1),
          at: time,
          excerpt: text,
          kind: fc.constantFrom('decline', 'defer', 'auto-reply', 'welcome', 'reply'),
          until: fc.option(time, { nil: undefined }),
        }),
        { maxLength: 6, selector: (m) => `${m.n}-${m.at}` },
      ),
    })
    .map(({ contacts, touches, inbound }) => ({
      format: 'pullback-history' as const,
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      contacts,
      touches: touches.map((t) => ({
        id: `s${t.n}-${t.at}:${ids[t.n]}`,
        sendId: `s${t.n}-${t.at}`,
        contactId: `c${t.n}`,
        identity: ids[t.n]!,
        at: t.at,
        channel: 'gmail' as const,
        subject: t.subject,
        excerpt: t.excerpt,
        level: t.level,
        score: t.level ? 42 : null,
        overridden: t.overridden,
        source: t.source,
      })),
      inbound: inbound.map((m) => ({
        id: `m${m.n}-${m.at}`,
        contactId: `c${m.n}`,
        identity: ids[m.n]!,
        at: m.at,
        channel: 'linkedin' as const,
        kind: m.kind,
        excerpt: m.excerpt,
        ...(m.until ? { until: m.until } : {}),
      })),
    })),
);

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

describe('history data', () => {
  it('export -> import round-trips 1,000 random histories exactly', async () => {
    await fc.assert(
      fc.asyncProperty(history, async (data) => {
        const a = await createStore({ factory: new IDBFactory() });
        await a.importAll(data as never, true);
        const exported = await a.exportAll();
        const b = await createStore({ factory: new IDBFactory() });
        await b.importAll(JSON.parse(JSON.stringify(exported)), true);
        const again = await b.exportAll();
        for (const store of ['contacts', 'touches', 'inbound'] as const) {
          expect(byId(again[store] as { id: string }[])).toEqual(byId(data[store] as { id: string }[]));
        }
      }),
      { numRuns: 1_000 },
    );
  }, 300_000);

  it('delete-contact and delete-all leave nothing behind in any store', async () => {
    await fc.assert(
      fc.asyncProperty(history, async (data) => {
        const factory = new IDBFactory();
        const store = await createStore({ factory });
        await store.importAll(data as never, true);
        const victim = data.contacts[0]!;
        await store.deleteContact(victim.id);
        const left = await store.exportAll();
        expect(left.contacts.find((c) => c.id === victim.id)).toBeUndefined();
        expect([...left.touches, ...left.inbound].filter((r) => r.contactId === victim.id)).toEqual([]);
        expect(await store.contactByIdentity(victim.identities[0]!)).toBeUndefined();
        await store.deleteAll();
        const db = await store.open();
        for (const name of db.objectStoreNames) expect(await db.count(name)).toBe(0);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
