// `npm run bench:sync`: the first sync of a big history (issue 14). Starts the tests' CouchDB-compatible
// server (pouchdb-server in memory on loopback), fills a store with 100,000 touches to 10,000
// contacts (fake IndexedDB, filled through the import), runs the first sync (journal backfill, push,
// pull, apply) and prints its time and what the server holds; then a second device pulls it all.
// Sizes: `npm run bench:sync -- --touches 20000 --contacts 2000`.
// By default in Node: the local journal is PouchDB's memory adapter (the extension uses its
// IndexedDB adapter), so the figures are of the protocol, the batches and the apply, not of IndexedDB.
// `--browser` (after `npm run build`): the same history imported into Chromium with the built
// extension, sync turned on, timed until the server holds every touch: the MV3 worker, PouchDB's
// IndexedDB adapter and the keep-alive as they ship.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import memory from 'pouchdb-adapter-memory';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createStore } from '../src/db/store.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportData } from '../src/db/types.ts';
import { createEngine } from '../src/sync/engine.ts';
import { askFrom, launchWithExtension } from '../test/harness/browser.ts';
import { addUserAndDb, startCouchServer, syncGrantedBuild, type CouchServer } from '../test/harness/couch-server.ts';
import { startFixtureServer } from '../test/harness/server.ts';

const { values } = parseArgs({
  options: { touches: { type: 'string', default: '100000' }, contacts: { type: 'string', default: '10000' }, browser: { type: 'boolean', default: false } },
});
const TOUCHES = Number(values.touches);
const CONTACTS = Number(values.contacts);
const T0 = Date.UTC(2024, 0, 1);

function history(): ExportData {
  const contacts = Array.from({ length: CONTACTS }, (_, i) => ({
    id: `c${i}`,
    names: [`Person ${i}`],
    identities: [`email:p${i}@bench.test`],
    status: null,
    createdAt: T0,
    updatedAt: T0 + TOUCHES * 60_000,
  }));
  const touches = Array.from({ length: TOUCHES }, (_, i) => ({
    id: `s${i}:email:p${i % CONTACTS}@bench.test`,
    sendId: `s${i}`,
    contactId: `c${i % CONTACTS}`,
    identity: `email:p${i % CONTACTS}@bench.test`,
    at: T0 + i * 60_000,
    channel: 'gmail' as const,
    subject: `Proposal ${i % 97}`,
    excerpt: 'Following up on the proposal I sent last week, happy to answer any question.',
    level: 'ok' as const,
    score: 12,
    overridden: false,
    source: 'send' as const,
  }));
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(T0).toISOString(), contacts, touches, inbound: [] } as ExportData;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The first sync in Chromium, as it ships. */
async function inBrowser(server: CouchServer): Promise<void> {
  const dist = syncGrantedBuild();
  const fixtures = await startFixtureServer();
  const browser = await launchWithExtension({ port: fixtures.port, dist });
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/ui/options/options.html`);
    const ask = <T>(type: string, payload: unknown): Promise<T> => askFrom<T>(page, type, payload);
    let started = performance.now();
    await ask('data.import', { apply: true, data: history() });
    console.log(
      `Chromium: imported ${TOUCHES.toLocaleString('en')} touches, ${CONTACTS.toLocaleString('en')} contacts in ${seconds(performance.now() - started)}`,
    );
    started = performance.now();
    await ask('sync.save', {
      server: server.url.replace('127.0.0.1', 'localhost'),
      personalDb: 'bench-history',
      user: 'bench-laptop',
      password: 'device-pass',
    });
    const docs = async () => ((await (await server.request('/bench-history')).json()) as { doc_count: number }).doc_count;
    let last = -1;
    for (;;) {
      const now = await docs();
      if (now >= TOUCHES) break;
      const state = (await ask<{ state: { error: string | null; lastSyncAt: number | null } }>('sync.status', {})).state;
      if (state.error) throw new Error(`sync failed: ${state.error}`);
      // The first run ended short (the worker stopped): the next one resumes from its checkpoint.
      if (state.lastSyncAt !== null || now === last) await ask('sync.now', {}).catch((error: unknown) => console.debug('bench: Sync now', error));
      last = now;
      await new Promise((r) => setTimeout(r, 5_000));
    }
    console.log(
      `Chromium: first sync of ${TOUCHES.toLocaleString('en')} touches: ${seconds(performance.now() - started)}; server: ${(await docs()).toLocaleString('en')} docs`,
    );
  } finally {
    await browser.close();
    await fixtures.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

const server = await startCouchServer();
try {
  await addUserAndDb(server, 'bench-history', ['bench-laptop', 'bench-desktop']);
  if (values.browser) await inBrowser(server);
  else await inNode(server);
} finally {
  await server.close();
}

/** The first sync in Node, then a second device pulling it all. */
async function inNode(server: CouchServer): Promise<void> {
  const device = async (user: string) => {
    const store = await createStore({ factory: new IDBFactory(), now: () => T0 + TOUCHES * 60_000 });
    const config = { server: server.url, personalDb: 'bench-history', user, password: 'device-pass', device: user };
    return { store, engine: createEngine({ config, store, adapter: 'memory', adapterPlugin: memory, localPrefix: `bench-${user}` }) };
  };
  const laptop = await device('bench-laptop');
  let started = performance.now();
  await laptop.store.importAll(history(), true);
  console.log(
    `filled the store: ${TOUCHES.toLocaleString('en')} touches, ${CONTACTS.toLocaleString('en')} contacts in ${seconds(performance.now() - started)}`,
  );

  started = performance.now();
  const first = await laptop.engine.run();
  const firstMs = performance.now() - started;
  const onServer = (await (await server.request('/bench-history')).json()) as { doc_count: number };
  console.log(`first sync (backfill + push + pull): ${seconds(firstMs)}; pushed ${first.pushed.toLocaleString('en')} docs`);
  console.log(`server: ${onServer.doc_count.toLocaleString('en')} docs`);

  const desktop = await device('bench-desktop');
  started = performance.now();
  const pulled = await desktop.engine.run();
  const counts = await desktop.store.counts();
  console.log(
    `second device, first sync (pull + apply): ${seconds(performance.now() - started)}; pulled ${pulled.pulled.toLocaleString('en')}, applied ${pulled.applied.toLocaleString('en')}; its store: ${counts.touches.toLocaleString('en')} touches, ${counts.contacts.toLocaleString('en')} contacts`,
  );
  if (onServer.doc_count < TOUCHES || counts.touches !== TOUCHES || counts.contacts !== CONTACTS) {
    console.error('INCOMPLETE: the server or the second device does not hold every record');
    process.exitCode = 1;
  }
}
