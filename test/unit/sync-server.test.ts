/**
 * Sync end to end against a CouchDB-compatible server (pouchdb-server in memory on loopback): two
 * devices, each a history store (fake IndexedDB) with its own journal, as two browsers would be.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import memory from 'pouchdb-adapter-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../src/db/store.ts';
import type { SyncConfig } from '../../src/sync/config.ts';
import { createEngine, SyncFailure, testConnection, type Engine } from '../../src/sync/engine.ts';
import { addUserAndDb, startCouchServer, type CouchServer } from '../harness/couch-server.ts';

const T0 = Date.UTC(2026, 0, 5);
let server: CouchServer;
let n = 0;

beforeAll(async () => {
  server = await startCouchServer();
  await addUserAndDb(server, 'dana-history', ['dana-laptop', 'dana-desktop']);
  await addUserAndDb(server, 'sales-team', ['dana-laptop', 'dana-desktop', 'sam-laptop']);
}, 30_000);
afterAll(() => server.close());

interface Device {
  store: Store;
  engine: Engine;
}

async function device(user: string, overrides: Partial<SyncConfig> = {}): Promise<Device> {
  const store = await createStore({ factory: new IDBFactory(), now: () => T0 });
  const config: SyncConfig = { server: server.url, personalDb: 'dana-history', user, password: 'device-pass', device: user, ...overrides };
  const engine = createEngine({ config, store, adapter: 'memory', adapterPlugin: memory, localPrefix: `dev-${user}-${n++}` });
  return { store, engine };
}

async function send({ store, engine }: Device, sendId: string, identity: string, at: number) {
  await store.logSend({
    sendId,
    at,
    channel: 'email',
    subject: 'Proposal for Acme',
    excerpt: 'Just checking in on the proposal',
    level: 'ok',
    score: 10,
    overridden: false,
    recipients: [{ identity }],
  });
  await engine.record({ kind: 'send', sendId, identities: [identity], channel: 'email', at });
}

describe('two devices through one server', () => {
  it('300 sends on one and 200 on the other converge to 500 on both; a second run changes nothing', async () => {
    const laptop = await device('dana-laptop');
    const desktop = await device('dana-desktop');
    for (let i = 0; i < 300; i++) await send(laptop, `l${i}`, `email:p${i % 9}@x.test`, T0 + i * 60_000);
    for (let i = 0; i < 200; i++) await send(desktop, `d${i}`, `email:p${i % 4}@x.test`, T0 + i * 60_000);
    await laptop.engine.run();
    await desktop.engine.run();
    await laptop.engine.run();
    expect((await laptop.store.counts()).touches).toBe(500);
    expect((await desktop.store.counts()).touches).toBe(500);
    const again = await desktop.engine.run();
    expect(again.applied).toBe(0);
    expect((await desktop.store.counts()).touches).toBe(500);
    const onServer = (await (await server.request('/dana-history/_all_docs?startkey="t:"&endkey="t:\uffff"')).json()) as { rows: unknown[] };
    expect(onServer.rows).toHaveLength(500);
  }, 60_000);

  it('"not now" on one and "do not contact" on the other end as "do not contact" on both', async () => {
    const laptop = await device('dana-laptop', { personalDb: 'dana-history' });
    const desktop = await device('dana-desktop', { personalDb: 'dana-history' });
    await send(laptop, 'status-1', 'email:lee@x.test', T0);
    await laptop.engine.run();
    await desktop.engine.run();
    const onLaptop = (await laptop.store.contactByIdentity('email:lee@x.test'))!;
    const onDesktop = (await desktop.store.contactByIdentity('email:lee@x.test'))!;
    await desktop.store.setStatus(onDesktop.id, { status: 'do-not-contact', at: T0 + 1_000 });
    await desktop.engine.record({ kind: 'status', contactId: onDesktop.id, event: { status: 'do-not-contact', at: T0 + 1_000 } });
    await laptop.store.setStatus(onLaptop.id, { status: 'not-now', at: T0 + 2_000, until: T0 + 9e8 });
    await laptop.engine.record({ kind: 'status', contactId: onLaptop.id, event: { status: 'not-now', at: T0 + 2_000, until: T0 + 9e8 } });
    await laptop.engine.run();
    await desktop.engine.run();
    await laptop.engine.run();
    expect((await laptop.store.contactByIdentity('email:lee@x.test'))!.status?.status).toBe('do-not-contact');
    expect((await desktop.store.contactByIdentity('email:lee@x.test'))!.status?.status).toBe('do-not-contact');
  }, 60_000);
});

describe('failures in plain words, and no retry storm', () => {
  it('wrong credentials: a clear message, final (no retry)', async () => {
    const wrong = await device('dana-laptop', { password: 'not-it' });
    await send(wrong, 'w1', 'email:a@x.test', T0);
    const error = await wrong.engine.run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncFailure);
    expect((error as SyncFailure).final).toBe(true);
    expect((error as SyncFailure).message).toMatch(/did not accept the user name and password/);
    const tested = await testConnection({ server: server.url, personalDb: 'dana-history', user: 'dana-laptop', password: 'not-it', device: 'x' });
    expect(tested).toEqual({ ok: false, error: expect.stringMatching(/did not accept/) });
  });

  it('a user who is not a member of the database: told so, final', async () => {
    const tested = await testConnection({ server: server.url, personalDb: 'dana-history', user: 'sam-laptop', password: 'device-pass', device: 'x' });
    expect(tested).toEqual({ ok: false, error: expect.stringMatching(/not a member of the personal database/) });
    const sam = await device('sam-laptop');
    const error = await sam.engine.run().catch((e: unknown) => e);
    expect((error as SyncFailure).final).toBe(true);
  });

  it('an unreachable server and a server that is not CouchDB are told apart', async () => {
    expect(await testConnection({ server: 'http://127.0.0.1:9', personalDb: 'x', user: 'u', password: 'p', device: 'd' })).toEqual({
      ok: false,
      error: expect.stringMatching(/could not reach/),
    });
    const notCouch = async () => new Response('<html>hello</html>', { status: 200 });
    expect(await testConnection({ server: 'https://example.test', personalDb: 'x', user: 'u', password: 'p', device: 'd' }, notCouch)).toEqual({
      ok: false,
      error: 'That address answers, but it is not a CouchDB server.',
    });
    expect(await testConnection({ server: server.url, personalDb: 'dana-history', user: 'dana-laptop', password: 'device-pass', device: 'x' })).toEqual({
      ok: true,
    });
  });

  it('the server stopped during sends: nothing is lost, all synced once it is back', async () => {
    const laptop = await device('dana-laptop', { personalDb: 'outage-history' });
    await addUserAndDb(server, 'outage-history', ['dana-laptop']);
    await server.stop();
    try {
      for (let i = 0; i < 50; i++) await send(laptop, `o${i}`, 'email:out@x.test', T0 + i * 60_000);
      const error = await laptop.engine.run().catch((e: unknown) => e);
      expect((error as SyncFailure).final).toBe(false);
      expect((error as SyncFailure).message).toMatch(/could not be reached/);
      expect((await laptop.store.counts()).touches).toBe(50);
    } finally {
      await server.start();
    }
    // The in-memory server comes back empty: set it up again, as an admin restoring a server would.
    await addUserAndDb(server, 'dana-history', ['dana-laptop', 'dana-desktop']);
    await addUserAndDb(server, 'sales-team', ['dana-laptop', 'dana-desktop', 'sam-laptop']);
    await addUserAndDb(server, 'outage-history', ['dana-laptop']);
    const result = await laptop.engine.run();
    expect(result.pushed).toBe(50);
    const onServer = (await (await server.request('/outage-history/_all_docs?startkey="t:"&endkey="t:\uffff"')).json()) as { rows: unknown[] };
    expect(onServer.rows).toHaveLength(50);
  }, 60_000);
});

describe('the team database', () => {
  it("a teammate's do-not-contact reaches the other rep, and the team database holds no text", async () => {
    const team = { teamDb: 'sales-team', teamKey: 'shared team secret' };
    const dana = await device('dana-laptop', { personalDb: 'dana-history', ...team });
    const sam = await device('sam-laptop', { personalDb: 'sam-history', ...team });
    await addUserAndDb(server, 'sam-history', ['sam-laptop']);
    await send(dana, 'team-1', 'email:prospect@acme.test', T0);
    const contact = (await dana.store.contactByIdentity('email:prospect@acme.test'))!;
    await dana.store.setStatus(contact.id, { status: 'do-not-contact', at: T0 + 5_000 });
    await dana.engine.record({ kind: 'status', contactId: contact.id, event: { status: 'do-not-contact', at: T0 + 5_000 } });
    await dana.engine.run();
    await sam.engine.run();
    expect(await sam.engine.teamStatus(['email:prospect@acme.test'])).toEqual([
      { recipient: 'prospect@acme.test', status: 'do-not-contact', at: new Date(T0 + 5_000).toISOString(), rep: 'dana-laptop' },
    ]);
    // Sam's own history is not Dana's: the personal databases stay apart.
    expect((await sam.store.counts()).touches).toBe(0);
    // The popup's team facts: who recorded the status, and each rep's touches.
    expect(await sam.engine.teamInfo(['email:prospect@acme.test'])).toEqual({
      you: 'sam-laptop',
      status: [{ recipient: 'prospect@acme.test', status: 'do-not-contact', at: new Date(T0 + 5_000).toISOString(), rep: 'dana-laptop' }],
      touches: [{ rep: 'dana-laptop', count: 1 }],
    });
    await send(sam, 'team-2', 'email:prospect@acme.test', T0 + 9_000);
    await send(sam, 'team-3', 'email:prospect@acme.test', T0 + 99_000);
    await sam.engine.run();
    await dana.engine.run();
    expect((await dana.engine.teamInfo(['email:prospect@acme.test']))!.touches).toEqual([
      { rep: 'sam-laptop', count: 2 },
      { rep: 'dana-laptop', count: 1 },
    ]);

    const all = (await (await server.request('/sales-team/_all_docs?include_docs=true')).json()) as { rows: { doc: Record<string, unknown> }[] };
    expect(all.rows.length).toBeGreaterThanOrEqual(2);
    const text = JSON.stringify(all.rows.map((r) => r.doc));
    for (const secret of ['prospect', 'acme', 'Proposal', 'checking in', 'team-1']) expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    for (const { doc } of all.rows) {
      if (String(doc._id).startsWith('_design/')) continue;
      expect(Object.keys(doc).sort()).toEqual(expect.arrayContaining(['_id', '_rev', 'at', 'contact', 'rep', 'type']));
      expect(Object.keys(doc).every((k) => ['_id', '_rev', 'at', 'contact', 'rep', 'type', 'channel', 'status', 'until'].includes(k))).toBe(true);
    }
  }, 60_000);
});

describe('scripts/couch-setup.ts', () => {
  it('makes device users and members, records immutable, and revokes a device', async () => {
    const { couchSetup } = await import('../../scripts/couch-setup.ts');
    await couchSetup({
      server: server.url,
      admin: 'admin:admin-pass',
      personal: 'setup-history',
      devices: [{ name: 'lee-laptop', password: 'pw' }],
      revoke: [],
    });
    const lee = { Authorization: `Basic ${btoa('lee-laptop:pw')}`, 'Content-Type': 'application/json' };
    const put = await fetch(`${server.url}/setup-history/t:s1`, { method: 'PUT', headers: lee, body: JSON.stringify({ type: 'touch', at: 1 }) });
    expect(put.status).toBe(201);
    const { rev } = (await put.json()) as { rev: string };
    const edit = await fetch(`${server.url}/setup-history/t:s1`, { method: 'PUT', headers: lee, body: JSON.stringify({ _rev: rev, type: 'touch', at: 2 }) });
    expect(edit.status).toBe(403);
    await couchSetup({ server: server.url, admin: 'admin:admin-pass', devices: [], revoke: ['lee-laptop'] });
    expect((await fetch(`${server.url}/setup-history`, { headers: lee })).status).toBe(401);
  });
});

describe('a push cut short', () => {
  it('resumes from its checkpoint: the next run sends only the rest, and the server holds exact counts', async () => {
    await addUserAndDb(server, 'resume-history', ['dana-laptop']);
    const laptop = await device('dana-laptop', { personalDb: 'resume-history' });
    const docs = Array.from({ length: 1_000 }, (_, i) => ({
      _id: `t:r${i}:email:r@x.test`,
      type: 'touch',
      id: `r${i}:email:r@x.test`,
      sendId: `r${i}`,
      identity: 'email:r@x.test',
      at: T0 + i,
      channel: 'email',
      subject: '',
      excerpt: '',
      level: null,
      score: null,
      overridden: false,
      source: 'send',
    }));
    await laptop.engine.journal.pouch.bulkDocs(docs);
    const PouchRemote = (await import('pouchdb-core')).default;
    const remote = new PouchRemote(`${server.url}/resume-history`, { auth: { username: 'dana-laptop', password: 'device-pass' }, skip_setup: true });
    // Like a worker killed mid-sync: the run stops after its first batches.
    const cut = laptop.engine.journal.pouch.replicate.to(remote, { batch_size: 100, batches_limit: 1 });
    let first = 0;
    cut.on('change', (info) => {
      first = info.docs_written;
      if (first >= 200) cut.cancel();
    });
    await cut;
    expect(first).toBeGreaterThanOrEqual(200);
    expect(first).toBeLessThan(1_000);
    const rest = await laptop.engine.run();
    expect(rest.pushed).toBe(1_000 - first);
    const onServer = (await (await server.request('/resume-history/_all_docs?startkey="t:"&endkey="t:\uffff"')).json()) as { rows: unknown[] };
    expect(onServer.rows).toHaveLength(1_000);
    expect((await laptop.store.counts()).touches).toBe(1_000);
  }, 120_000);
});

describe('linked identities', () => {
  it('two identities linked on one device are one person on the other, with both histories', async () => {
    await addUserAndDb(server, 'link-history', ['dana-laptop', 'dana-desktop']);
    const laptop = await device('dana-laptop', { personalDb: 'link-history' });
    const desktop = await device('dana-desktop', { personalDb: 'link-history' });
    await send(laptop, 'k1', 'email:dana@acme.test', T0);
    await send(desktop, 'k2', 'linkedin:dana-reyes', T0 + 86_400_000);
    await laptop.engine.run();
    await desktop.engine.run();
    await laptop.engine.run();
    // Two people on each device until someone links them.
    expect((await desktop.store.counts()).contacts).toBe(2);
    const email = (await laptop.store.contactByIdentity('email:dana@acme.test'))!;
    const profile = (await laptop.store.contactByIdentity('linkedin:dana-reyes'))!;
    expect(email.id).not.toBe(profile.id);
    await laptop.store.link(email.id, profile.id);
    await laptop.engine.record({ kind: 'link', contactId: email.id, joined: ['linkedin:dana-reyes'], at: T0 + 2 * 86_400_000 });
    // A retry of the same write is the same record.
    expect(await laptop.engine.journal.record({ kind: 'link', contactId: email.id, joined: ['linkedin:dana-reyes'], at: T0 + 2 * 86_400_000 })).toBe(0);
    await laptop.engine.run();
    await desktop.engine.run();
    const onDesktop = (await desktop.store.contactByIdentity('email:dana@acme.test'))!;
    expect(onDesktop.identities.sort()).toEqual(['email:dana@acme.test', 'linkedin:dana-reyes']);
    expect((await desktop.store.contactByIdentity('linkedin:dana-reyes'))!.id).toBe(onDesktop.id);
    expect((await desktop.store.counts()).contacts).toBe(1);
    expect((await desktop.store.getContact(onDesktop.id))!.touches.map((t) => t.sendId).sort()).toEqual(['k1', 'k2']);
    // A record for either identity that arrives later lands on the same person.
    await send(laptop, 'k3', 'linkedin:dana-reyes', T0 + 4 * 86_400_000);
    await laptop.engine.run();
    await desktop.engine.run();
    expect((await desktop.store.getContact(onDesktop.id))!.touches).toHaveLength(3);
    const links = (await (await server.request('/link-history/_all_docs?startkey="l:"&endkey="l:\uffff"')).json()) as { rows: unknown[] };
    expect(links.rows).toHaveLength(1);

    // Unlinked on the desktop: two people again on the laptop, each with its own messages.
    const splitId = await desktop.store.unlink(onDesktop.id, 'linkedin:dana-reyes');
    await desktop.engine.record({ kind: 'unlink', contactId: onDesktop.id, identity: 'linkedin:dana-reyes', at: T0 + 5 * 86_400_000 });
    expect((await desktop.store.getContact(splitId))!.touches).toHaveLength(2);
    await desktop.engine.run();
    await laptop.engine.run();
    const emailOnLaptop = (await laptop.store.contactByIdentity('email:dana@acme.test'))!;
    const profileOnLaptop = (await laptop.store.contactByIdentity('linkedin:dana-reyes'))!;
    expect(emailOnLaptop.id).not.toBe(profileOnLaptop.id);
    expect(emailOnLaptop.identities).toEqual(['email:dana@acme.test']);
    expect((await laptop.store.getContact(emailOnLaptop.id))!.touches.map((t) => t.sendId)).toEqual(['k1']);
    expect((await laptop.store.getContact(profileOnLaptop.id))!.touches.map((t) => t.sendId).sort()).toEqual(['k2', 'k3']);
    // Linked again later on the laptop: one person on both once more.
    await laptop.store.link(emailOnLaptop.id, profileOnLaptop.id);
    await laptop.engine.record({ kind: 'link', contactId: emailOnLaptop.id, joined: ['linkedin:dana-reyes'], at: T0 + 6 * 86_400_000 });
    await laptop.engine.run();
    await desktop.engine.run();
    expect((await desktop.store.contactByIdentity('email:dana@acme.test'))!.id).toBe((await desktop.store.contactByIdentity('linkedin:dana-reyes'))!.id);
    expect((await desktop.store.counts()).contacts).toBe(1);
  }, 60_000);

  it('a link that arrives before the records: one person made for both, the records land on it', async () => {
    await addUserAndDb(server, 'link-first-history', ['dana-laptop', 'dana-desktop']);
    const laptop = await device('dana-laptop', { personalDb: 'link-first-history' });
    const desktop = await device('dana-desktop', { personalDb: 'link-first-history' });
    await send(laptop, 'f1', 'email:lee@acme.test', T0);
    await laptop.store.addIdentity((await laptop.store.contactByIdentity('email:lee@acme.test'))!.id, 'linkedin:lee');
    await laptop.engine.record({ kind: 'link', contactId: (await laptop.store.contactByIdentity('linkedin:lee'))!.id, joined: ['linkedin:lee'], at: T0 + 1 });
    await send(laptop, 'f2', 'linkedin:lee', T0 + 86_400_000);
    await laptop.engine.run();
    await desktop.engine.run();
    expect((await desktop.store.counts()).contacts).toBe(1);
    const lee = (await desktop.store.contactByIdentity('linkedin:lee'))!;
    expect(lee.identities.sort()).toEqual(['email:lee@acme.test', 'linkedin:lee']);
    expect((await desktop.store.getContact(lee.id))!.touches).toHaveLength(2);
  }, 60_000);
});

describe('one message learned twice', () => {
  const thread = (id: string, identity: string, at: number) => ({
    id,
    direction: 'out' as const,
    person: { identity },
    at,
    channel: 'email' as const,
    text: 'Just checking in on the proposal',
  });

  it('logged at send on one device and read from its conversation on the other: one touch on both, the send kept', async () => {
    await addUserAndDb(server, 'twice-history', ['dana-laptop', 'dana-desktop']);
    const laptop = await device('dana-laptop', { personalDb: 'twice-history' });
    const desktop = await device('dana-desktop', { personalDb: 'twice-history' });
    // Sent from the laptop; the desktop opens the conversation 30 s later and reads the same message.
    await send(laptop, 'send-1', 'email:kim@acme.test', T0);
    await desktop.store.recordThread([thread('msg-1', 'email:kim@acme.test', T0 + 30_000)]);
    await desktop.engine.record({ kind: 'thread', items: [{ id: 'msg-1', direction: 'out', identity: 'email:kim@acme.test' }] });
    // A genuinely different message learned from the conversation (days before) still counts.
    await desktop.store.recordThread([thread('msg-2', 'email:kim@acme.test', T0 - 3 * 86_400_000)]);
    await desktop.engine.record({ kind: 'thread', items: [{ id: 'msg-2', direction: 'out', identity: 'email:kim@acme.test' }] });
    expect((await desktop.store.counts()).touches).toBe(2);
    for (let round = 0; round < 2; round++) {
      await desktop.engine.run();
      await laptop.engine.run();
    }
    for (const { store } of [laptop, desktop]) {
      const kim = (await store.contactByIdentity('email:kim@acme.test'))!;
      const { touches, summary } = (await store.getContact(kim.id))!;
      expect(touches.map((t) => `${t.source}:${t.sendId}`)).toEqual(['thread:thread:msg-2', 'send:send-1']);
      expect(summary.sent).toBe(2);
    }
    // A third device pulling all of it at once keeps the same two.
    const third = await device('dana-desktop', { personalDb: 'twice-history' });
    await third.engine.run();
    const kim = (await third.store.contactByIdentity('email:kim@acme.test'))!;
    expect((await third.store.getContact(kim.id))!.touches.map((t) => t.source)).toEqual(['thread', 'send']);
  }, 60_000);
});
