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
import { notePurged } from './local-feed';

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

/** A revision tree as the adapter keeps it: paths of `[hash, opts, children]` nodes. */
type RevNode = [hash: string, opts: unknown, children: RevNode[]];
type RevTree = { pos: number; ids: RevNode }[];

/**
 * The `indexeddb` adapter's own purge, one transaction per document. PouchDB's public `purge(id,
 * rev)` wraps it with two more reads and a write of `_local/purges`, a log only map/reduce views
 * read (this app has none: the read model is Dexie, told by the caller). That log is one document
 * rewritten per purged revision, so purges side by side conflict on it and lose their callback,
 * and one after another they cost four transactions each (pouchdb-core 9.0.0, `appendPurgeSeq`).
 */
type AdapterPurge = {
  _purge?: (id: string, revs: string[], cb: (err: unknown) => void) => void;
  _getRevisionTree?: (id: string, cb: (err: unknown, tree?: RevTree) => void) => void;
};

/** True when the adapter can purge: remove a document locally without a replicated deletion. */
export function canPurge(db: LocalDb): boolean {
  const internals = db as unknown as AdapterPurge;
  return typeof internals._purge === 'function' && typeof internals._getRevisionTree === 'function';
}

/** Every revision of a tree, each after all of its descendants: removing them in this order
 * removes a leaf each time, and the last one empties the tree (the adapter then deletes the
 * document). */
export function revsLeavesFirst(tree: RevTree): string[] {
  const out: string[] = [];
  const visit = (pos: number, [hash, , children]: RevNode) => {
    for (const child of children) visit(pos + 1, child);
    out.push(`${pos}-${hash}`);
  };
  for (const path of tree) visit(path.pos, path.ids);
  return out;
}

/** Purges running side by side; IndexedDB queues their transactions, this bounds what waits. */
const PURGES_AT_ONCE = 16;

/**
 * Removes documents from this device only: every revision is purged, so nothing enters the
 * changes feed and nothing is pushed. PouchDB 9 implements purge in the `indexeddb` adapter only.
 * Returns the ids that were present.
 */
export async function purgeLocally(db: LocalDb, ids: readonly string[]): Promise<string[]> {
  if (!canPurge(db))
    throw new Error(`Adapter ${(db as { adapter?: string }).adapter} cannot purge documents`);
  const internals = db as unknown as Required<AdapterPurge>;
  // The internal calls do not wait for the database to open, as the public ones do.
  await db.info();
  // Changes the live feed read before the purge may hold these documents: followers read again.
  notePurged(db);
  const treeOf = (id: string) =>
    new Promise<RevTree | null>((resolve, reject) =>
      internals._getRevisionTree(id, (err, tree) => {
        if (!err) resolve(tree ?? null);
        else if (isNotFound(err)) resolve(null);
        else reject(err instanceof Error ? err : new Error(String(err)));
      }),
    );
  const purge = (id: string, revs: string[]) =>
    new Promise<void>((resolve, reject) =>
      internals._purge(id, revs, (err) =>
        err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(),
      ),
    );
  const removed: string[] = [];
  const queue = [...ids];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const tree = await treeOf(id);
      if (!tree || tree.length === 0) continue;
      await purge(id, revsLeavesFirst(tree));
      removed.push(id);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PURGES_AT_ONCE, queue.length) }, worker)).finally(
    () => notePurged(db),
  );
  // In the order asked, whichever purge finished first.
  const gone = new Set(removed);
  return ids.filter((id) => gone.has(id));
}
