/**
 * Sync, loaded only when the user turned it on (src/background/sync-hook.ts imports it lazily; with
 * sync off this module and PouchDB are never loaded and no request is made). One-shot push then
 * pull, for the personal database and the team's; then what arrived is applied to the store.
 * `live` replication is not used: it does not keep an MV3 worker alive (shared sync.md).
 */
import PouchDB, { type Database } from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { SyncConfig } from './config.ts';
import { createJournal, type JournalStore, type WriteEvent } from './journal.ts';
import { originLockedFetch, type Fetch } from './request.ts';
import { createTeam, type TeamStatus } from './team.ts';
import { syncWord } from './words.ts';

export interface EngineDeps {
  config: SyncConfig;
  store: JournalStore;
  /** The local database's adapter: `indexeddb` in the browser (registered by the caller), `memory` in tests. */
  adapter: string;
  /** A PouchDB adapter plugin to register (the browser passes pouchdb-adapter-indexeddb). */
  adapterPlugin?: unknown;
  fetch?: Fetch;
  /** Called about every 20 s during a run: an extension API call keeps an MV3 worker alive. */
  keepAlive?: () => Promise<unknown>;
  /** Local database name prefix (two devices in one test process need two). */
  localPrefix?: string;
}

/** The team's view of one person, for the popup. */
export interface TeamInfo {
  /** This device's rep name (its own touches are among `touches`). */
  you: string;
  status: TeamStatus[];
  touches: { rep: string; count: number }[];
}

export interface RunResult {
  pushed: number;
  pulled: number;
  applied: number;
  ms: number;
}

/** Why a server answered no, in plain words. */
export class SyncFailure extends Error {
  constructor(
    message: string,
    /** Retrying cannot help (wrong credentials, not a member): wait for new settings. */
    readonly final: boolean,
  ) {
    super(message);
  }
}

// PouchDB.plugin changes the one constructor: register each plugin once.
const Pouch = PouchDB.plugin(http).plugin(replication);
const registered = new Set<unknown>();

const KEEP_ALIVE_MS = 20_000;
const BATCH = 200;

/** Which database a message is about. */
type Which = 'personal' | 'team';
const dbWords = (what: Which) => (what === 'personal' ? syncWord('syncPersonalDatabase') : syncWord('syncTeamDatabase'));

function explainStatus(status: number, what: Which): SyncFailure {
  if (status === 401) return new SyncFailure(syncWord('syncErrorCredentials'), true);
  if (status === 403) return new SyncFailure(syncWord('syncErrorNotMember', dbWords(what)), true);
  if (status === 404) return new SyncFailure(syncWord('syncErrorNoDatabase', dbWords(what)), true);
  return new SyncFailure(syncWord('syncErrorStatus', String(status)), false);
}

/**
 * A 401 on a database means wrong credentials, or (CouchDB 1.x and pouchdb-server) a user who is
 * not a member: `_session` tells them apart by whether the server knows the user.
 */
async function explainDenied(request: Fetch, config: SyncConfig, status: number, what: Which): Promise<SyncFailure> {
  if (status !== 401) return explainStatus(status, what);
  const session = await request(`${config.server}/_session`, { headers: { Authorization: `Basic ${btoa(`${config.user}:${config.password}`)}` } }).catch(
    () => null,
  );
  const body = (await session?.json().catch(() => null)) as { userCtx?: { name?: unknown } } | null;
  return body?.userCtx?.name === config.user ? explainStatus(403, what) : explainStatus(401, what);
}

/** Test a configuration: reachable, CouchDB, credentials accepted, a member of each database. */
export async function testConnection(config: SyncConfig, fetchImpl?: Fetch): Promise<{ ok: true } | { ok: false; error: string }> {
  const request = originLockedFetch(config.server, fetchImpl);
  const auth = { Authorization: `Basic ${btoa(`${config.user}:${config.password}`)}` };
  let root: Response;
  try {
    root = await request(`${config.server}/`, { headers: auth });
  } catch {
    return { ok: false, error: syncWord('syncErrorUnreachableAt', config.server) };
  }
  // CouchDB and Cloudant greet with `couchdb`; pouchdb-server (the tests' server) with `express-pouchdb`.
  const body = (await root.json().catch(() => null)) as { couchdb?: unknown; 'express-pouchdb'?: unknown } | null;
  if (root.status === 401) return { ok: false, error: explainStatus(401, 'personal').message };
  if (!body || (typeof body.couchdb !== 'string' && typeof body['express-pouchdb'] !== 'string')) return { ok: false, error: syncWord('syncErrorNotCouch') };
  const databases: [string, Which][] = [[config.personalDb, 'personal'], ...(config.teamDb ? [[config.teamDb, 'team'] as [string, Which]] : [])];
  for (const [db, what] of databases) {
    const res = await request(`${config.server}/${encodeURIComponent(db)}`, { headers: auth }).catch(() => null);
    if (!res) return { ok: false, error: syncWord('syncErrorUnreachableAt', config.server) };
    if (!res.ok) return { ok: false, error: (await explainDenied(request, config, res.status, what)).message };
  }
  return { ok: true };
}

/** Turn a replication error into a SyncFailure (status when the server answered, else unreachable). */
function failureOf(error: unknown, what: Which): SyncFailure {
  if (error instanceof SyncFailure) return error;
  const status = (error as { status?: number }).status;
  if (typeof status === 'number' && status >= 400) return explainStatus(status, what);
  return new SyncFailure(syncWord('syncErrorUnreachable'), false);
}

export function createEngine(deps: EngineDeps) {
  const { config } = deps;
  if (deps.adapterPlugin && !registered.has(deps.adapterPlugin)) {
    registered.add(deps.adapterPlugin);
    Pouch.plugin(deps.adapterPlugin);
  }
  const prefix = deps.localPrefix ?? 'pullback-sync';
  const request = originLockedFetch(config.server, deps.fetch);
  const remote = (db: string): Database =>
    new Pouch(`${config.server}/${encodeURIComponent(db)}`, { fetch: request, skip_setup: true, auth: { username: config.user, password: config.password } });
  const journal = createJournal(new Pouch(`${prefix}-personal`, { adapter: deps.adapter }), deps.store, config.device);
  const team = config.teamDb && config.teamKey ? createTeam(new Pouch(`${prefix}-team`, { adapter: deps.adapter }), config.teamKey, config.device) : null;

  async function pushPull(local: Database, db: string, what: Which): Promise<{ pushed: number; pulled: number }> {
    const target = remote(db);
    try {
      // Checkpoints are kept on both sides, so a run cut short resumes where it stopped.
      const pushed = await local.replicate.to(target, { batch_size: BATCH, batches_limit: 2 });
      if (pushed.doc_write_failures) throw new SyncFailure(syncWord('syncErrorRefused', String(pushed.doc_write_failures), dbWords(what)), false);
      const pulled = await local.replicate.from(target, { batch_size: BATCH, batches_limit: 2 });
      return { pushed: pushed.docs_written, pulled: pulled.docs_written };
    } catch (error) {
      const failure = failureOf(error, what);
      const status = (error as { status?: number }).status;
      throw status === 401 ? await explainDenied(request, config, 401, what) : failure;
    }
  }

  return {
    journal,
    team,
    /** Journal a store write (and its team counterpart). */
    async record(event: WriteEvent & { channel?: string; at?: number }): Promise<void> {
      await journal.record(event);
      if (!team) return;
      if (event.kind === 'send') await team.touch(event.sendId, event.identities, event.channel ?? 'email', event.at ?? Date.now());
      else if (event.kind === 'status') await team.status(await deps.store.identitiesOf(event.contactId), event.event);
    },
    async teamStatus(identities: string[]): Promise<TeamStatus[]> {
      return team ? team.statusFor(identities) : [];
    },
    /** What the team knows of one person: its status (who recorded it, when) and touches per rep; null without a team. */
    async teamInfo(identities: string[]): Promise<TeamInfo | null> {
      if (!team) return null;
      const [status, touches] = await Promise.all([team.statusFor(identities), team.touchesBy(identities)]);
      return { you: config.device, status, touches };
    },
    /** One run: journal what is not yet journaled, push, pull, apply. */
    async run(): Promise<RunResult> {
      const started = Date.now();
      const timer = deps.keepAlive
        ? setInterval(
            () => void deps.keepAlive!().catch((error: unknown) => console.debug('Pullback: the keep-alive call failed; the run goes on', error)),
            KEEP_ALIVE_MS,
          )
        : null;
      try {
        await journal.backfill();
        const personal = await pushPull(journal.pouch, config.personalDb, 'personal');
        const shared = team && config.teamDb ? await pushPull(team.pouch, config.teamDb, 'team') : { pushed: 0, pulled: 0 };
        const { applied } = await journal.applyPulled();
        return { pushed: personal.pushed + shared.pushed, pulled: personal.pulled + shared.pulled, applied, ms: Date.now() - started };
      } finally {
        if (timer) clearInterval(timer);
      }
    },
    /** "Turn off and forget this device": the local journals go; the history store stays. */
    async forget(): Promise<void> {
      await journal.pouch.destroy();
      await team?.pouch.destroy();
    },
  };
}

export type Engine = ReturnType<typeof createEngine>;
