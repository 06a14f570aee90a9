/**
 * Set up a CouchDB server for Pullback sync (issue 14): a personal database, an optional team
 * database, a per-device user for each device, members lists, and a validation function that
 * makes every record immutable (a touch, a reply or a status event is written once, never edited).
 *
 *   npm run -s couch-setup -- --server https://couch.example.org --admin admin:secret \
 *     --personal dana-history --team sales-team --device dana-laptop:pass --device dana-desktop:pass
 *
 * A device is revoked by deleting its user (`--revoke dana-laptop`): its password stops working.
 */
import { parseArgs } from 'node:util';

/** Runs inside CouchDB: a record may be created, or deleted by an admin, never changed. */
const VALIDATE = `function (newDoc, oldDoc, userCtx) {
  if (newDoc._id.indexOf('_design/') === 0) return;
  if (oldDoc && !oldDoc._deleted && userCtx.roles.indexOf('_admin') === -1) throw({ forbidden: 'Pullback records are written once and never edited.' });
}`;

interface Setup {
  server: string;
  admin: string;
  personal?: string | undefined;
  team?: string | undefined;
  devices: { name: string; password: string }[];
  revoke: string[];
  fetch?: typeof fetch;
}

export async function couchSetup({ server, admin, personal, team, devices, revoke, fetch: f = fetch }: Setup): Promise<string[]> {
  const log: string[] = [];
  const headers = { 'Content-Type': 'application/json', Authorization: `Basic ${btoa(admin)}` };
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await f(`${server.replace(/\/+$/, '')}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    if (!res.ok && res.status !== 412) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res;
  };
  for (const name of revoke) {
    const res = await call('GET', `/_users/org.couchdb.user:${encodeURIComponent(name)}`);
    const user = (await res.json()) as { _rev: string };
    await call('DELETE', `/_users/org.couchdb.user:${encodeURIComponent(name)}?rev=${user._rev}`);
    log.push(`revoked ${name}`);
  }
  for (const { name, password } of devices) {
    await call('PUT', `/_users/org.couchdb.user:${encodeURIComponent(name)}`, { _id: `org.couchdb.user:${name}`, name, password, roles: [], type: 'user' });
    log.push(`device user ${name}`);
  }
  for (const db of [personal, team].filter((d): d is string => Boolean(d))) {
    await call('PUT', `/${db}`);
    await call('PUT', `/${db}/_security`, { admins: { names: [], roles: [] }, members: { names: devices.map((d) => d.name), roles: [] } });
    const existing = await f(`${server.replace(/\/+$/, '')}/${db}/_design/pullback`, { headers });
    const rev = existing.ok ? ((await existing.json()) as { _rev: string })._rev : undefined;
    await call('PUT', `/${db}/_design/pullback`, { ...(rev ? { _rev: rev } : {}), validate_doc_update: VALIDATE });
    log.push(`database ${db}: members ${devices.map((d) => d.name).join(', ')}, records immutable`);
  }
  return log;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      server: { type: 'string' },
      admin: { type: 'string' },
      personal: { type: 'string' },
      team: { type: 'string' },
      device: { type: 'string', multiple: true, default: [] },
      revoke: { type: 'string', multiple: true, default: [] },
    },
  });
  if (!values.server || !values.admin) {
    console.error('usage: couch-setup --server URL --admin user:password [--personal DB] [--team DB] [--device name:password]... [--revoke name]...');
    process.exit(2);
  }
  couchSetup({
    server: values.server,
    admin: values.admin,
    personal: values.personal,
    team: values.team,
    devices: values.device.map((d) => ({ name: d.slice(0, d.indexOf(':')), password: d.slice(d.indexOf(':') + 1) })),
    revoke: values.revoke,
  })
    .then((log) => console.log(log.join('\n')))
    .catch((error: unknown) => {
      console.error((error as Error).message);
      process.exit(1);
    });
}
