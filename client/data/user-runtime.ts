/**
 * The signed-in user's open databases and background work: the local PouchDB, the Dexie read
 * model, the projector (one tab, Web Lock `kinerja-project-{nip}`) with automatic conflict
 * merging, and the sync leader. session-store.ts starts and stops it; commands read it.
 */
import { apiUrl } from './config';
import { destroyLocalDb, openLocalDb, setCurrentLocalDb, type LocalDb } from './local-db';
import { Projector, removeProjected } from './projector';
import { deleteReadModel, openReadModel, setCurrentReadModel, type ReadModel } from './read-model';
import { authHeaders, fetchGoneIds, toCoreUser, type SessionUser } from './session-api';
import { requestPersistence, useStorageStore } from './storage';
import { SyncEngine } from './sync-engine';
import { SyncLeader } from './sync-leader';
import { countPending, SyncLedger } from './sync-ledger';
import { useSyncStore } from './sync-store';
import { holdLock } from './tab-lock';

export type Runtime = {
  user: SessionUser;
  db: LocalDb;
  readModel: ReadModel;
  sync: SyncLeader;
  stopProjector: () => Promise<void>;
  stopWatch: () => void;
};

let runtime: Runtime | null = null;

/** The signed-in user's runtime, or null when nobody is signed in. */
export function getRuntime(): Runtime | null {
  return runtime;
}

const STORAGE_WATCH_MS = 5 * 60_000;

/** Opens the user's databases and starts projection and sync (once per user). */
export function startRuntime(user: SessionUser): Runtime {
  if (runtime?.user.nip === user.nip) return runtime;
  if (runtime) throw new Error('Another user is signed in');
  const db = openLocalDb(user.nip);
  const readModel = openReadModel(user.nip);
  setCurrentLocalDb(db);
  setCurrentReadModel(readModel);
  const stopProjector = holdLock(`kinerja-project-${user.nip}`, async () => {
    const projector = new Projector(db, readModel, {
      // Loaded only when a conflict appears: the merge rules and schemas stay out of start-up.
      onConflicted: (ids) =>
        import('./conflicts')
          .then(({ resolveConflicts }) =>
            resolveConflicts(ids, { db, user: toCoreUser(user) }, readModel),
          )
          .catch(() => undefined),
    });
    await projector.start();
    return () => projector.stop();
  });
  const sync = new SyncLeader(
    user.nip,
    () =>
      new SyncEngine({
        local: db,
        remoteUrl: apiUrl('/couch/kinerja'),
        authHeaders,
        fetchGone: fetchGoneIds,
        onPurged: (ids) => removeProjected(readModel, ids),
        isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
      }),
  );
  sync.start();
  void requestPersistence().catch(() => undefined);
  const watch = setInterval(() => void useStorageStore.getState().refresh(), STORAGE_WATCH_MS);
  runtime = { user, db, readModel, sync, stopProjector, stopWatch: () => clearInterval(watch) };
  return runtime;
}

/** Restarts sync at once, in whichever tab runs it (after signing in again). */
export function resumeSync(): void {
  useSyncStore.getState().syncNow();
}

/** Local documents of the signed-in user not yet sent to the server. */
export async function pendingCount(): Promise<number> {
  if (!runtime) return 0;
  const engine = runtime.sync.getEngine();
  if (engine) return engine.refreshPending();
  const { pushedSeq } = await new SyncLedger(runtime.db).read();
  return countPending(runtime.db, pushedSeq);
}

/** Stops everything; with `destroy`, deletes the user's databases from the device. */
export async function stopRuntime(opts: { destroy: boolean }): Promise<void> {
  const r = runtime;
  if (!r) return;
  runtime = null;
  r.stopWatch();
  await r.sync.stop();
  await r.stopProjector();
  setCurrentLocalDb(null);
  setCurrentReadModel(null);
  r.readModel.close();
  if (opts.destroy) {
    await r.db.destroy();
    await deleteReadModel(r.user.nip);
  } else {
    await r.db.close();
  }
}

/** Deletes a user's databases from the device (a user who did not stay signed in). */
export async function destroyUserData(nip: string): Promise<void> {
  await destroyLocalDb(nip);
  await deleteReadModel(nip);
}
