import { syncWord } from './words.ts';

/** Sync settings (off by default) and what the last run left, as kept in storage.local. */
export interface SyncConfig {
  /** CouchDB 3 or Cloudant, e.g. https://couch.example.org */
  server: string;
  personalDb: string;
  /** Shared with a team: hashed contacts, status events, no text. */
  teamDb?: string;
  /** A per-device CouchDB user (never an admin login): revocable on the server. */
  user: string;
  password: string;
  /** The team's shared secret for the keyed hash of contacts (everyone in the team enters the same). */
  teamKey?: string;
  /** Names this device's status events and the rep in the team database. */
  device: string;
}

export interface SyncState {
  lastSyncAt: number | null;
  pending: number;
  error: string | null;
  /** Consecutive failures, for the back-off. */
  failures: number;
  /** Wrong credentials or not a member: no retry until the settings change. */
  halted: boolean;
}

export const SYNC_CONFIG_KEY = 'syncConfig';
export const SYNC_STATE_KEY = 'syncState';
export const EMPTY_STATE: SyncState = { lastSyncAt: null, pending: 0, error: null, failures: 0, halted: false };

const RETRY_BASE_MS = 30_000;
const RETRY_MAX_MS = 3_600_000;

/** When a failed sync may try again: doubling from 30 s up to an hour. */
export function nextTryAt(state: SyncState, lastTryAt: number): number {
  if (state.halted) return Number.POSITIVE_INFINITY;
  if (!state.failures) return lastTryAt;
  return lastTryAt + Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (state.failures - 1));
}

const DB_NAME = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

/** A config from the options page, checked; an error names the field in plain words. */
export function checkConfig(raw: Partial<SyncConfig>): SyncConfig {
  const need = (value: string | undefined, missing: () => string) => {
    if (!value?.trim()) throw new Error(missing());
    return value.trim();
  };
  const server = need(raw.server, () => syncWord('syncNeedServer')).replace(/\/+$/, '');
  const personalDb = need(raw.personalDb, () => syncWord('syncNeedPersonalDb'));
  if (!DB_NAME.test(personalDb)) throw new Error(syncWord('syncBadDatabaseName'));
  const teamDb = raw.teamDb?.trim();
  if (teamDb && !DB_NAME.test(teamDb)) throw new Error(syncWord('syncBadDatabaseName'));
  if (teamDb && !raw.teamKey?.trim()) throw new Error(syncWord('syncNeedTeamKey'));
  return {
    server,
    personalDb,
    ...(teamDb ? { teamDb, teamKey: raw.teamKey!.trim() } : {}),
    user: need(raw.user, () => syncWord('syncNeedUser')),
    password: need(raw.password, () => syncWord('syncNeedPassword')),
    device: raw.device?.trim() || need(raw.user, () => syncWord('syncNeedUser')),
  };
}
