/**
 * The local PouchDB of one signed-in user, `kinerja-{nip}`, on IndexedDB in the browser. It holds
 * every replicated document plus, as `_local` documents (never replicated), the sync engine's own
 * bookkeeping (see sync-ledger.ts). user-runtime.ts opens it once per signed-in user and hands it
 * to the projector, the sync engine and the command context; screens never read it, they read the
 * Dexie read model and write through commands.
 */
import PouchDB from 'pouchdb-core';
import HttpAdapter from 'pouchdb-adapter-http';
import IndexedDbAdapter from 'pouchdb-adapter-indexeddb';
import Replication from 'pouchdb-replication';
import { dataConfig } from './config';

PouchDB.plugin(IndexedDbAdapter).plugin(HttpAdapter).plugin(Replication);

/** The PouchDB constructor with the browser plugins (tests add the memory adapter to it). */
export const Pouch = PouchDB;

export type LocalDb = PouchDB.Database;
/** A stored document as PouchDB returns it. */
export type StoredDoc = PouchDB.Core.ExistingDocument<Record<string, unknown>>;

export function localDbName(nip: string): string {
  return `kinerja-${nip}`;
}

/**
 * Room for the listeners the app's live feeds add. Every live `changes()` feed (the projector's,
 * the sync engine's, replication's) answers each write by reading the new changes with a one-off
 * `changes()`, which listens for 'destroyed' until it is done; a burst of writes on a head's
 * device keeps more than Node's default of 10 of them in flight at once. They end, so this is no
 * leak; the warning (#17 "MaxListenersExceededWarning") only counted past the default.
 */
export const LOCAL_DB_MAX_LISTENERS = 100;

/** A local database with that room (the app's, and the tests' in client/data/testing). */
export function withListenerRoom(db: LocalDb): LocalDb {
  (db as unknown as { setMaxListeners(n: number): void }).setMaxListeners(LOCAL_DB_MAX_LISTENERS);
  return db;
}

/** Opens (creating if needed) the local database of a user. */
export function openLocalDb(nip: string): LocalDb {
  return withListenerRoom(
    new Pouch(localDbName(nip), {
      adapter: dataConfig().localAdapter,
      auto_compaction: false,
    }),
  );
}

/** Deletes a user's local database from the device. */
export async function destroyLocalDb(nip: string): Promise<void> {
  await openLocalDb(nip).destroy();
}

/** True for PouchDB's "missing" error (no such document, or deleted). */
export function isNotFound(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { status?: number }).status === 404;
}

/** The winning revision of a document, or null when absent or deleted. */
export async function getOrNull(
  db: LocalDb,
  id: string,
  opts: PouchDB.Core.GetOptions = {},
): Promise<StoredDoc | null> {
  try {
    return (await db.get(id, opts)) as StoredDoc;
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

/** The winning revisions of those of `ids` that this device holds alive (not deleted). */
export async function liveRevs(db: LocalDb, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const res = await db.allDocs({ keys: [...ids] });
  return new Map(
    res.rows.flatMap((r) =>
      'value' in r && r.value && !r.value.deleted ? [[r.id, r.value.rev] as const] : [],
    ),
  );
}

type Purgeable = { _purge?: unknown; purge(id: string, rev: string): Promise<unknown> };

/** True when the adapter can purge: remove a document locally without a replicated deletion. */
export function canPurge(db: LocalDb): boolean {
  return typeof (db as unknown as Purgeable)._purge === 'function';
}

/**
 * Removes documents from this device only: every leaf revision is purged, so nothing enters the
 * changes feed and nothing is pushed. PouchDB 9 implements purge in the `indexeddb` adapter only.
 * Returns the ids that were present.
 */
export async function purgeLocally(db: LocalDb, ids: readonly string[]): Promise<string[]> {
  if (!canPurge(db))
    throw new Error(`Adapter ${(db as { adapter?: string }).adapter} cannot purge documents`);
  const purgeable = db as unknown as Purgeable;
  const removed: string[] = [];
  for (const id of ids) {
    let leaves: PouchDB.Core.GetMeta[] = [];
    try {
      const res = (await db.get(id, { open_revs: 'all' })) as unknown as { ok?: StoredDoc }[];
      leaves = res.flatMap((r) => (r.ok ? [r.ok] : []));
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
    for (const leaf of leaves) await purgeable.purge(id, (leaf as { _rev: string })._rev);
    if (leaves.length > 0) removed.push(id);
  }
  return removed;
}
