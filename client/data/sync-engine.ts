/**
 * The sync engine: live two-way replication between the user's local PouchDB and the server's
 * `/couch/kinerja`, with a status people can trust. It keeps no data of its own beyond the
 * ledger (sync-ledger.ts). Refused documents stay on the device and are listed with the server's
 * reason; a 401 stops syncing until the person signs in again, losing nothing queued.
 *
 * "Synced" means: the pull has caught up (PouchDB emitted 'paused'), nothing waits to be sent
 * (sync-pending.ts) and, given `untilProjected`, the read model shows what the pull wrote: the bar
 * says "Terakhir disinkron" when the data is on screen. It does not wait for the push to confirm,
 * one by one, the documents the pull has just written: those are on the server already, and the
 * push starts after them.
 *
 * A long pull (a first sync, or after a long time offline) shows its progress: the server's
 * `_changes` says how many changes remain after each page (`pending`, as CouchDB does), so the
 * total is what this pull has handled plus what remains.
 */
import type { LocalDb } from './local-db';
import { followLocalChanges } from './local-feed';
import { reconcileDevice } from './reconcile';
import { publicDenied, SyncLedger } from './sync-ledger';
import { PendingTracker } from './sync-pending';
import {
  accessKeyOf,
  checkpointOf,
  DEFAULT_BATCH_SIZE,
  failure,
  remoteDb,
  startReplication,
  type Replication,
  type ReplicationError,
  type SyncEngineOptions,
} from './sync-remote';
import { StatusSource } from './sync-store';

export { accessKeyOf, type SyncEngineOptions } from './sync-remote';

/** Local writes are counted at most this often (a pull writes hundreds of documents at once). */
const SCAN_AFTER_MS = 100;
/** A pull shows its progress when more than this many batches remain after one: not for a few. */
const PROGRESS_AFTER_BATCHES = 1;

export class SyncEngine extends StatusSource {
  private readonly ledger: SyncLedger;
  private readonly tracker: PendingTracker;
  private readonly remote: LocalDb;
  private push: Replication | null = null;
  private pull: Replication | null = null;
  private generation = 0;
  private wanted = false;
  private paused = false;
  /** The pull of the current generation has caught up and is waiting for server changes. */
  private pullIdle = false;
  private attempts = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private scanTimer: ReturnType<typeof setTimeout> | null = null;
  private unfollow: (() => void) | null = null;
  /** Changes the pull of the current generation has handled (announced, then written or skipped). */
  private pullHandled = 0;
  private reconciling: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: SyncEngineOptions) {
    super();
    this.ledger = new SyncLedger(opts.local);
    this.tracker = new PendingTracker(opts.local);
    this.remote = remoteDb(opts.remoteUrl, opts.authHeaders ?? (() => ({})));
  }

  /** Starts syncing (sign-in, app start) and watching local writes for the pending count. */
  async start(): Promise<void> {
    const ledger = await this.ledger.read();
    this.tracker.reset(ledger.pushedSeq);
    this.set({ lastSyncedAt: ledger.lastSyncedAt, denied: ledger.denied.map(publicDenied) });
    this.wanted = true;
    // The count takes the changes the feed read; the scan after it reads only what came since.
    this.unfollow ??= followLocalChanges(this.opts.local, (batch) => {
      this.tracker.ingest(batch);
      this.scheduleScan();
    });
    await this.refreshPending();
    this.run();
  }

  /** Stops syncing; queued documents stay queued. */
  async stop(): Promise<void> {
    this.wanted = false;
    this.cancelReplications();
    this.unfollow?.();
    this.unfollow = null;
    if (this.scanTimer) clearTimeout(this.scanTimer);
    this.scanTimer = null;
    await this.reconciling;
    this.set({ state: 'idle' });
  }

  /** "Sinkronkan sekarang", a reconnect, or a new sign-in: sync at once, backoff reset. */
  syncNow(): void {
    this.attempts = 0;
    this.run();
  }

  /** Page hidden: replication stops until `resume`. */
  pause(): void {
    this.paused = true;
    this.cancelReplications();
  }

  resume(): void {
    this.paused = false;
    this.run();
  }

  /** The browser went offline or online. */
  connectivityChanged(): void {
    this.attempts = 0;
    this.run();
  }

  /**
   * Counts local documents not yet sent (reading only the changes since the last count). What the
   * count no longer includes because the pull has announced it back is known only in memory until
   * the ledger holds it: it is stored first, so a count shown is one a restart shows too.
   */
  async refreshPending(): Promise<number> {
    const pending = await this.tracker.scan();
    await this.savePrefix();
    this.pendingChanged(pending);
    return pending;
  }

  /** Asks the server which documents the user lost and purges them from the device. */
  reconcile(): Promise<string[]> {
    const { fetchGone } = this.opts;
    if (!fetchGone) return Promise.resolve([]);
    const run = this.reconciling.then(async () => {
      // Work the server has not taken (waiting, or refused) is this person's: never purged.
      await this.tracker.scan();
      const { denied } = await this.ledger.read();
      return reconcileDevice(this.opts.local, {
        fetchGone,
        unsent: new Set([...this.tracker.waitingIds(), ...denied.map((d) => d.id)]),
        ...(this.opts.onPurged ? { onPurged: this.opts.onPurged } : {}),
      });
    });
    this.reconciling = run.catch(() => undefined);
    return run;
  }

  private isOnline(): boolean {
    return this.opts.isOnline ? this.opts.isOnline() : true;
  }

  private scheduleScan(): void {
    this.scanTimer ??= setTimeout(() => {
      this.scanTimer = null;
      void this.refreshPending().catch(() => undefined);
    }, SCAN_AFTER_MS);
  }

  /** A new count: a local write waits (send it, even while a long pull runs) or the last went out. */
  private pendingChanged(pending: number): void {
    const running = this.pull !== null;
    if (pending > 0 && running && this.status.state === 'synced') this.set({ state: 'syncing' });
    this.set({ pending });
    if (pending > 0) this.startPush(this.generation);
    else if (running && this.pullIdle) this.keep(this.generation, this.caughtUp(this.generation));
  }

  private cancelReplications(): void {
    this.generation += 1;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.pullIdle = false;
    this.pullHandled = 0;
    this.set({ progress: null });
    this.push?.cancel();
    this.pull?.cancel();
    this.push = null;
    this.pull = null;
  }

  /**
   * Pull first, then push: the push starts once the pull has caught up (or as soon as a local
   * write waits), after what the server already holds, so it never re-checks pulled documents.
   */
  private run(): void {
    this.cancelReplications();
    if (!this.wanted || this.paused) return;
    if (!this.isOnline()) {
      this.set({ state: 'offline', error: null });
      return;
    }
    this.set({ state: 'syncing', error: null });
    const gen = this.generation;
    // A refused document the person discarded meanwhile (purged) is no longer listed.
    this.keep(gen, this.forgetGone());
    const pull = this.replicate('pull', gen);
    this.pull = pull;
    // Revisions the server announced or sent are on the server: not waiting, not to be pushed.
    pull.on('change', (info) => {
      const { docs, pending } = info as { docs: Pulled[]; pending?: unknown };
      this.noteServer(gen, docs);
      if (typeof pending === 'number') this.pullRemains(gen, pending);
    });
    pull.on('checkpoint', (info) => {
      const diffed = (info as { revs_diff?: Announced }).revs_diff;
      if (diffed) {
        if (gen === this.generation) this.pullHandled += 1;
        this.noteServer(
          gen,
          diffed.changes.map((c) => ({ _id: diffed.id, _rev: c.rev })),
        );
      }
      const seq = checkpointOf(info);
      if (seq !== null) this.keep(gen, this.pulled(seq));
    });
    pull.on('active', () => {
      if (gen !== this.generation) return;
      this.pullIdle = false;
      this.set({ state: 'syncing' });
    });
    pull.on('paused', (err) => {
      if (gen !== this.generation || err) return;
      this.pullIdle = true;
      this.keep(gen, this.caughtUp(gen));
    });
    if (this.tracker.count > 0) this.startPush(gen);
  }

  /**
   * A pull batch is written and the server says `pending` changes remain after it: a long pull
   * shows how far it is (every batch then moves the bar, the last one to its end).
   */
  private pullRemains(gen: number, pending: number): void {
    if (gen !== this.generation) return;
    const batch = this.opts.batchSize ?? DEFAULT_BATCH_SIZE;
    if (this.status.progress === null && pending <= batch * PROGRESS_AFTER_BATCHES) return;
    this.set({ progress: { done: this.pullHandled, total: this.pullHandled + pending } });
  }

  private noteServer(gen: number, revs: Pulled[]): void {
    if (gen === this.generation) this.tracker.notePulled(revs);
  }

  private startPush(gen: number): void {
    if (gen !== this.generation || this.push || !this.pull) return;
    const since = this.tracker.knownPrefix() ?? this.tracker.checkpoint();
    const push = this.replicate('push', gen, since ?? undefined);
    this.push = push;
    push.on('denied', (e) => this.keep(gen, this.denied(e as ReplicationError)));
    push.on('checkpoint', (info) => {
      const seq = checkpointOf(info);
      if (seq !== null && gen === this.generation) this.keep(gen, this.pushed(seq));
    });
    push.on('paused', (err) => {
      if (gen === this.generation && !err && this.pullIdle) this.keep(gen, this.caughtUp(gen));
    });
  }

  private replicate(side: 'push' | 'pull', gen: number, since?: number): Replication {
    const rep = startReplication(side, this.opts.local, this.remote, {
      batchSize: this.opts.batchSize ?? DEFAULT_BATCH_SIZE,
      ...(since !== undefined ? { since } : {}),
    });
    rep.on('error', (err: unknown) => this.failed(err as ReplicationError, gen));
    return rep;
  }

  /**
   * Bookkeeping after a replication event (the ledger, the pending count). Once the engine has
   * stopped, the local database is closed (sign-out, switching user) and a failure concerns nobody;
   * while it runs, a failure is a sync failure: shown, and retried with backoff.
   */
  private keep(gen: number, work: Promise<unknown>): void {
    work.catch((err: unknown) => {
      if (gen === this.generation) this.failed(err as ReplicationError, gen);
    });
  }

  /** The pull rests: the push starts after what it wrote; synced once nothing waits to be sent. */
  private async caughtUp(gen: number): Promise<void> {
    // The local database closes when the engine stops (sign-out, switching user): a count that
    // fails then concerns nobody; it is read again on the next start.
    const pending = await this.tracker.scan().catch(() => null);
    if (pending === null) return;
    if (gen !== this.generation || !this.pullIdle) return;
    this.startPush(gen);
    if (pending > 0) return this.pendingChanged(pending);
    await this.savePrefix();
    if (this.opts.untilProjected) {
      // The data is there when the screens show it: the read model up to what the pull wrote.
      const { update_seq: written } = await this.opts.local.info();
      await this.opts.untilProjected(written);
      if (gen !== this.generation || !this.pullIdle) return;
    }
    const lastSyncedAt = new Date((this.opts.now ?? Date.now)()).toISOString();
    await this.ledger.noteSynced(lastSyncedAt);
    if (gen !== this.generation || !this.pullIdle || this.tracker.count > 0) return;
    this.attempts = 0;
    this.set({ state: 'synced', lastSyncedAt, pending: 0, error: null, progress: null });
  }

  /**
   * Stores how far the server holds everything, so a reload does not count pulled docs again. The
   * ledger first: until it holds the prefix, another caller must still find it unsaved and wait
   * for the write (the ledger's updates run in order) before it shows a count that relies on it.
   */
  private async savePrefix(): Promise<void> {
    const prefix = this.tracker.knownPrefix();
    if (prefix === null) return;
    const ledger = await this.ledger.advancePush(prefix);
    this.tracker.pushedTo(prefix);
    this.set({ denied: ledger.denied.map(publicDenied) });
  }

  private failed(err: ReplicationError, gen: number): void {
    if (gen !== this.generation) return;
    this.cancelReplications();
    const { status, retryMs } = failure(err, this.isOnline(), this.attempts, this.opts.backoff);
    this.set(status);
    if (retryMs === null) return;
    this.attempts += 1;
    this.retryTimer = setTimeout(() => this.run(), retryMs);
  }

  private async denied(err: ReplicationError): Promise<void> {
    if (!err.id) return;
    // Enqueued at once, so the refusal is recorded before the checkpoint of its batch.
    const reason = err.reason ?? err.message ?? 'Ditolak server';
    const refusal = { id: err.id, reason, ...(err.rev ? { rev: err.rev } : {}) };
    const at = new Date((this.opts.now ?? Date.now)()).toISOString();
    const ledger = await this.ledger.recordDenied(refusal, at);
    this.set({ denied: ledger.denied.map(publicDenied) });
  }

  private async forgetGone(): Promise<void> {
    const before = (await this.ledger.read()).denied;
    const ledger = await this.ledger.forgetGone();
    if (ledger.denied !== before) this.set({ denied: ledger.denied.map(publicDenied) });
  }

  private async pushed(seq: number | string): Promise<void> {
    const ledger = await this.ledger.advancePush(seq);
    this.tracker.pushedTo(seq);
    this.set({ denied: ledger.denied.map(publicDenied) });
    await this.refreshPending();
  }

  /** A pull batch is stored: so is how far the server holds everything (a reload resumes there). */
  private async pulled(seq: number | string): Promise<void> {
    await this.refreshPending();
    await this.checkAccess(seq);
  }

  /** A new access key from the server means the user's channels changed: reconcile. */
  private async checkAccess(lastSeq: unknown): Promise<void> {
    const key = accessKeyOf(lastSeq);
    if (key === null) return;
    const before = await this.ledger.swapAccessKey(key);
    if (before !== null && before !== key) await this.reconcile().catch(() => undefined);
  }
}

type Pulled = { _id: string; _rev: string };
type Announced = { id: string; changes: { rev: string }[] };
