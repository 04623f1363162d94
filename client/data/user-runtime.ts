/**
 * The signed-in user's open databases and background work: the local PouchDB, the Dexie read
 * model, the projector (one tab, Web Lock `kinerja-project-{nip}`) with automatic conflict
 * merging, and the sync leader. session-store.ts starts and stops it, one user at a time; what
 * the screens need of it (`data`: the command context, the read model, "Sinkronkan sekarang") is
 * built here once and reaches them through the app's provider (user-data.ts).
 */
import { apiUrl } from './config';
import type { CommandContext } from './commands/context';
import { CommandsInFlight } from './commands/in-flight';
import { destroyLocalDb, openLocalDb, type LocalDb } from './local-db';
import { Projector, removeProjected, untilProjected } from './projector';
import { deleteReadModel, openReadModel, type ReadModel } from './read-model';
import { authHeaders, fetchGoneIds, toCoreUser, type SessionUser } from './session-api';
import { requestPersistence, useStorageStore } from './storage';
import { SyncEngine } from './sync-engine';
import { publishSyncStatus } from './sync-store';
import { SyncLeader } from './sync-leader';
import { countPending, SyncLedger } from './sync-ledger';
import { holdLock } from './tab-lock';
import type { UserData } from './user-data';

export type Runtime = {
  user: SessionUser;
  db: LocalDb;
  readModel: ReadModel;
  sync: SyncLeader;
  /** What the screens work with, the same object for the runtime's whole life. */
  data: UserData;
  stopProjector: () => Promise<void>;
  stopWatch: () => void;
};

let runtime: Runtime | null = null;
/**
 * Starts and stops run one after another: app start (restore), sign-in, sign-out and another
 * tab's sign-in or sign-out can overlap, and each of them awaits before acting.
 */
let transitions: Promise<unknown> = Promise.resolve();

function serially<T>(step: () => Promise<T>): Promise<T> {
  const next = transitions.then(step);
  transitions = next.catch(() => undefined);
  return next;
}

/** The signed-in user's runtime, or null when nobody is signed in. */
export function getRuntime(): Runtime | null {
  return runtime;
}

const STORAGE_WATCH_MS = 5 * 60_000;

/**
 * Opens the user's databases and starts projection and sync. Idempotent: the same user's runtime
 * is returned as it is; another user's is stopped first, keeping its data on the device.
 */
export function startRuntime(user: SessionUser): Promise<Runtime> {
  return serially(async () => {
    if (runtime?.user.nip === user.nip) return runtime;
    if (runtime) await teardown(runtime, false);
    runtime = openRuntime(user);
    return runtime;
  });
}

function openRuntime(user: SessionUser): Runtime {
  const db = openLocalDb(user.nip);
  const readModel = openReadModel(user.nip);
  const ctx: CommandContext = {
    db,
    user: toCoreUser(user),
    readModel,
    inFlight: new CommandsInFlight(),
  };
  const stopProjector = holdLock(`kinerja-project-${user.nip}`, async () => {
    const projector = new Projector(db, readModel, {
      // Loaded only when a conflict appears: the merge rules and schemas stay out of start-up.
      onConflicted: (ids) =>
        import('./auto-merge')
          .then(({ autoMergeConflicts }) => autoMergeConflicts(ids, ctx, readModel))
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
        untilProjected: (seq) => untilProjected(readModel, seq),
        isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
      }),
  );
  sync.start();
  void requestPersistence().catch(() => undefined);
  const watch = setInterval(() => void useStorageStore.getState().refresh(), STORAGE_WATCH_MS);
  const data: UserData = { ctx, readModel, syncNow: () => sync.syncNow() };
  const r: Runtime = {
    user,
    db,
    readModel,
    sync,
    data,
    stopProjector,
    stopWatch: () => clearInterval(watch),
  };
  // The store's `pending` is 0 until something counts; an engine publishes its own only once it
  // has counted (in the tab that leads sync, once the lock is granted). This tab's own count is
  // published only while no engine's has been: in a tab that does not lead sync it comes from the
  // ledger, which also holds what sync pulled.
  data.pendingCounted = async () => {
    if (sync.hasCounted()) return;
    const pending = await pendingOf(r);
    if (!sync.hasCounted() && runtime === r) publishSyncStatus({ pending });
  };
  return r;
}

/** Restarts sync at once, in whichever tab runs it (after signing in again). */
export function resumeSync(): void {
  runtime?.sync.syncNow();
}

/**
 * What waits to be sent, as a sign-out decides on it: `countedAt` marks the commands ended by
 * then (`CommandsInFlight.mark`), so teardown can tell whether one wrote after this count.
 */
export type UnsentCount = { pending: number; countedAt: number };

/**
 * Local documents of the signed-in user not yet sent to the server, counted once the commands
 * running have written (a save between its read and its write is not in the database yet); null
 * when no runtime runs, or when it stopped meanwhile (another tab signed in or out: that teardown
 * decided about the data).
 */
export async function countUnsent(): Promise<UnsentCount | null> {
  const r = runtime;
  if (!r) return null;
  const inFlight = r.data.ctx.inFlight;
  await inFlight?.settled();
  if (runtime !== r) return null;
  const countedAt = inFlight?.mark() ?? 0;
  return { pending: await pendingOf(r), countedAt };
}

/** The count as the sync engine keeps it (pulled revisions left out), else from the ledger. */
async function pendingOf(r: Runtime): Promise<number> {
  const engine = r.sync.getEngine();
  if (engine) return engine.refreshPending();
  const { pushedSeq } = await new SyncLedger(r.db).read();
  return countPending(r.db, pushedSeq);
}

/**
 * Stops the runtime (only `nip`'s, when given); with `destroy`, deletes that user's databases
 * from the device, also when their runtime was already stopped. What a command wrote after the
 * count (a save started as the person tapped Keluar) is not deleted: the databases stay, unless
 * `discardUnsent` (the person saw what waits and chose to delete it).
 */
export function stopRuntime(opts: {
  destroy: boolean;
  nip?: string;
  discardUnsent?: boolean;
  /**
   * The sign-out's count (`UnsentCount.countedAt`), null when it could not count; given either
   * way by a sign-out, whose runtime, once stopped by another path, is not deleted here.
   */
  countedAt?: number | null;
}): Promise<void> {
  return serially(async () => {
    const r = runtime;
    // Without a sign-out's count, teardown counts for itself (-1 is no mark).
    if (r && (opts.nip === undefined || r.user.nip === opts.nip))
      await teardown(r, opts.destroy, opts.discardUnsent === true, opts.countedAt ?? -1);
    // The runtime a sign-out counted has stopped meanwhile (another tab signed in or out): that
    // teardown decided about the data, and this sign-out deletes nothing.
    else if (opts.destroy && opts.nip !== undefined && opts.countedAt === undefined)
      await destroyData(opts.nip);
  });
}

const SIGNED_OUT_REASON = 'Sesi di perangkat ini sudah berakhir; perubahan ini tidak tersimpan';

async function teardown(
  r: Runtime,
  destroy: boolean,
  discardUnsent = false,
  countedAt = 0,
): Promise<void> {
  if (runtime === r) runtime = null;
  r.stopWatch();
  // The commands running land first (their projection needs the read model open); then none
  // starts on databases about to close.
  const inFlight = r.data.ctx.inFlight;
  await inFlight?.drain(new Error(SIGNED_OUT_REASON));
  let keep: boolean;
  try {
    keep = destroy && !discardUnsent && (await wroteSince(r, countedAt));
  } catch {
    // Not countable (the device's storage failing): nothing is deleted that may wait.
    keep = destroy;
  } finally {
    await r.sync.stop();
    await r.stopProjector();
    r.readModel.close();
  }
  if (destroy && !keep) {
    await r.db.destroy();
    await deleteReadModel(r.user.nip);
  } else {
    await r.db.close();
  }
}

/**
 * Whether a command wrote after sign-out counted nothing waiting (it began in that moment), and
 * what it wrote still waits: then the data stays for the person's next sign-in. Only commands
 * count here, not what sync pulled meanwhile (a tab that does not lead sync counts pulled
 * revisions too), so a device with nothing of the person's waiting is still emptied.
 */
async function wroteSince(r: Runtime, countedAt: number): Promise<boolean> {
  if ((r.data.ctx.inFlight?.mark() ?? 0) === countedAt) return false;
  return (await pendingOf(r)) > 0;
}

async function destroyData(nip: string): Promise<void> {
  await destroyLocalDb(nip);
  await deleteReadModel(nip);
}

/** Deletes a user's databases from the device (a user who did not stay signed in). */
export function destroyUserData(nip: string): Promise<void> {
  return stopRuntime({ destroy: true, nip });
}
