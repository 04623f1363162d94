/**
 * The sync engine's options and its server side: the remote database `/couch/kinerja` with the
 * session's headers, the options of our live replications, and how to read their events and
 * errors (a 401 waits for a new sign-in; other failures retry with backoff).
 */
import { Pouch, type LocalDb } from './local-db';
import type { SyncStatus } from './sync-store';

export type SyncEngineOptions = {
  local: LocalDb;
  /** The server's database, e.g. `http://127.0.0.1:8081/couch/kinerja`. */
  remoteUrl: string;
  /** Headers for every request to the server (read per request, so a new token applies at once). */
  authHeaders?: () => Record<string, string>;
  /** POST /api/sync/reconcile; without it, access changes are not reconciled. */
  fetchGone?: (ids: string[]) => Promise<string[]>;
  /** Removes purged documents from the read model. */
  onPurged?: (ids: string[]) => Promise<void>;
  /**
   * Resolves once the read model shows the local database up to sequence `seq` (the projector's
   * checkpoint): "synced" waits for it. Without it, synced means the local database has the data.
   */
  untilProjected?: (seq: number | string) => Promise<void>;
  isOnline?: () => boolean;
  backoff?: { initialMs: number; maxMs: number };
  batchSize?: number;
  now?: () => number;
};

const DEFAULT_BACKOFF = { initialMs: 1_000, maxMs: 5 * 60_000 };

/** A live replication: its events ('active', 'paused', 'change', 'checkpoint', 'denied', 'error'). */
export type Replication = {
  on(event: string, listener: (arg?: unknown) => void): unknown;
  cancel(): void;
};
export type ReplicationError = {
  status?: number;
  name?: string;
  error?: unknown;
  message?: string;
  reason?: string;
  id?: string;
  rev?: string;
};

/**
 * Documents per replication batch. The server answers `_changes` and `_bulk_get` in tens of ms;
 * the time goes into local writes and checkpoints, so fewer, larger batches sync faster
 * (TOOLCHAIN.md: 1,150-1,570 docs/s at 100, 2,345 at 500, 3,552 at 1000).
 */
export const DEFAULT_BATCH_SIZE = 1000;
/** The part of a `since` value after the sequence: the server's access key (see ARCHITECTURE.md). */
export function accessKeyOf(seq: unknown): string | null {
  if (typeof seq !== 'string') return null;
  const dash = seq.indexOf('-');
  return dash < 0 ? null : seq.slice(dash + 1);
}

/** The status after a replication failed, and when to retry (null: not until asked). */
export function failure(
  err: ReplicationError,
  online: boolean,
  attempts: number,
  backoff = DEFAULT_BACKOFF,
): { status: Partial<SyncStatus>; retryMs: number | null } {
  if (err.status === 401 || err.name === 'unauthorized') {
    const error = 'Sesi berakhir. Masuk lagi untuk melanjutkan sinkronisasi.';
    return { status: { state: 'auth-required', error }, retryMs: null };
  }
  if (!online) return { status: { state: 'offline', error: null }, retryMs: null };
  const retryMs = Math.min(backoff.maxMs, backoff.initialMs * 2 ** attempts);
  // No answer came back at all: the network is down whatever navigator.onLine says (it stays
  // true behind a dead Wi-Fi, and in a page reloaded without signal). That is being offline, not
  // a failed sync; as no 'online' event may come, keep trying on the backoff.
  if (isNetworkFailure(err)) return { status: { state: 'offline', error: null }, retryMs };
  const error = err.reason ?? err.message ?? 'Sinkronisasi gagal';
  return { status: { state: 'error', error }, retryMs };
}

/**
 * True when a request got no HTTP answer, as opposed to a server's refusal: no status, and the
 * fetch failure of a browser ("Failed to fetch", a TypeError) or of Node ("request to … failed").
 */
export function isNetworkFailure(err: ReplicationError): boolean {
  if (typeof err.status === 'number' && err.status > 0) return false;
  const message = err.message ?? '';
  return (
    err.name === 'TypeError' ||
    /failed to fetch|networkerror|fetch failed|load failed/i.test(message) ||
    /^request to \S+ failed/.test(message)
  );
}

/** 'checkpoint' also reports replication steps; only `{checkpoint}` means one was written. */
export function checkpointOf(info: unknown): number | string | null {
  if (typeof info !== 'object' || info === null || !('checkpoint' in info)) return null;
  const seq = (info as { checkpoint: unknown }).checkpoint;
  return typeof seq === 'number' || typeof seq === 'string' ? seq : null;
}

/** The server's database, sending `headers()` (read per request) and the session cookie. */
export function remoteDb(url: string, headers: () => Record<string, string>): LocalDb {
  return new Pouch(url, {
    skip_setup: true,
    fetch: (target, init) => {
      const h = init?.headers as Headers | undefined;
      for (const [k, v] of Object.entries(headers())) h?.set(k, v);
      return Pouch.fetch(target, { ...init, credentials: 'include' });
    },
  } as PouchDB.Configuration.RemoteDatabaseConfiguration);
}

/** Starts one live direction; `since` (push only) skips local changes the server already holds. */
export function startReplication(
  side: 'push' | 'pull',
  local: LocalDb,
  remote: LocalDb,
  opts: { batchSize: number; since?: number },
): Replication {
  const options = {
    live: true,
    retry: false,
    batch_size: opts.batchSize,
    ...(opts.since !== undefined ? { since: opts.since } : {}),
  };
  const rep =
    side === 'push'
      ? Pouch.replicate(local, remote, options)
      : Pouch.replicate(remote, local, options);
  return rep as unknown as Replication;
}
