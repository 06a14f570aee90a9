/**
 * A CouchDB-compatible server for the sync tests: pouchdb-server, in memory, on loopback, in a
 * child process of its own (so a test can stop it mid-sync and start it again). It is modelled on
 * CouchDB 1.x: users, `_security`, `validate_doc_update`, replication and checkpoints behave as in
 * CouchDB 3; JWT and `/_node/_local/_config` do not exist (shared sync.md).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../node_modules/pouchdb-server/bin/pouchdb-server');

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

export interface CouchServer {
  url: string;
  /** Basic auth header for the admin made at start. */
  admin: Record<string, string>;
  stop(): Promise<void>;
  /** Start again on the same port (an in-memory server comes back empty: use `stop` only to simulate an outage before data matters). */
  start(): Promise<void>;
  request(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export async function startCouchServer(): Promise<CouchServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'pullback-couch-'));
  const url = `http://127.0.0.1:${port}`;
  const admin = { Authorization: `Basic ${btoa('admin:admin-pass')}` };
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(
      process.execPath,
      [BIN, '--in-memory', '--port', String(port), '--host', '127.0.0.1', '--config', join(dir, 'config.json'), '--no-stdout-logs'],
      {
        cwd: dir,
        stdio: 'ignore',
      },
    );
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        if ((await fetch(`${url}/`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error('pouchdb-server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((done) => {
      running.once('exit', () => done());
      running.kill('SIGKILL');
    });
  };
  await start();
  // Leave the admin party: the tests authenticate like a real deployment does.
  await fetch(`${url}/_config/admins/admin`, { method: 'PUT', body: JSON.stringify('admin-pass') });
  return {
    url,
    admin,
    stop,
    start,
    request: (path, init = {}) =>
      fetch(`${url}${path}`, { ...init, headers: { 'Content-Type': 'application/json', ...admin, ...(init.headers as Record<string, string> | undefined) } }),
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A per-device user and a database only its members may use (what scripts/couch-setup does on a real server). */
export async function addUserAndDb(server: CouchServer, db: string, users: string[], password = 'device-pass'): Promise<void> {
  for (const name of users) {
    await server.request(`/_users/org.couchdb.user:${name}`, {
      method: 'PUT',
      body: JSON.stringify({ _id: `org.couchdb.user:${name}`, name, password, roles: [], type: 'user' }),
    });
  }
  await server.request(`/${db}`, { method: 'PUT' });
  await server.request(`/${db}/_security`, { method: 'PUT', body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: users, roles: [] } }) });
}

/**
 * A copy of the Chrome build with sync's optional permissions already granted: `http://localhost`
 * (the browsers under test resolve no other host but the fixtures) and, unless `alarms` is false
 * (as on Firefox, which has no optional alarms), `alarms`. A headless browser's permission prompt
 * cannot be clicked; this is what the browser holds once the user has said yes.
 */
export function syncGrantedBuild(alarms = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'pullback-sync-build-'));
  cpSync(resolve(import.meta.dirname, '../../dist/chrome'), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { permissions: string[]; host_permissions: string[] };
  if (alarms) manifest.permissions = [...manifest.permissions, 'alarms'];
  manifest.host_permissions = [...manifest.host_permissions, 'http://localhost/*'];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}
