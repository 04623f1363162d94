/**
 * The sync engine: live two-way replication between the user's local PouchDB and the server's
 * `/couch/kinerja`, with a status people can trust. It keeps no data of its own beyond the
 * ledger (sync-ledger.ts). Refused documents stay on the device and are listed with the server's
 * reason; a 401 stops syncing until the person signs in again, losing nothing queued.
 */
import { Pouch, type LocalDb } from './local-db';
import { reconcileDevice } from './reconcile';
import { countPending, publicDenied, SyncLedger } from './sync-ledger';
import { INITIAL_SYNC_STATUS, type SyncStatus } from './sync-store';

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
  isOnline?: () => boolean;
  backoff?: { initialMs: number; maxMs: number };
  batchSize?: number;
  now?: () => number;
};

type Replication = PouchDB.Replication.Replication<object>;
type Events = { on(event: string, listener: (arg?: unknown) => void): unknown };
type Checkpoint = { checkpoint: number | string };
type ReplicationError = {
  status?: number;
  name?: string;
  error?: unknown;
  message?: string;
  reason?: string;
};

const DEFAULT_BACKOFF = { initialMs: 1_000, maxMs: 5 * 60_000 };
const PUSH_AFTER_MS = 30_000;

/** The part of a `since` value after the sequence: the server's access key (see ARCHITECTURE.md). */
export function accessKeyOf(seq: unknown): string | null {
  if (typeof seq !== 'string') return null;
  const dash = seq.indexOf('-');
  return dash < 0 ? null : seq.slice(dash + 1);
}

function isUnauthorized(err: ReplicationError): boolean {
  return err.status === 401 || err.name === 'unauthorized';
}

export class SyncEngine {
  private status: SyncStatus = { ...INITIAL_SYNC_STATUS };
  private readonly listeners = new Set<(s: SyncStatus) => void>();
  private readonly ledger: SyncLedger;
  private readonly remote: LocalDb;
  private push: Replication | null = null;
  private pull: Replication | null = null;
  private generation = 0;
  private wanted = false;
  private paused = false;
  private attempts = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private pushTimer: ReturnType<typeof setTimeout> | null = null;
  private pendingTimer: ReturnType<typeof setTimeout> | null = null;
  private pendingTicket = 0;
  private localFeed: PouchDB.Core.Changes<object> | null = null;
  /** Revisions the pull wrote locally: in the changes feed, but nothing to send. */
  private readonly pulled = new Map<string, string>();
  private idle = { push: false, pull: false };
  private reconciling: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: SyncEngineOptions) {
    this.ledger = new SyncLedger(opts.local);
    const headers: () => Record<string, string> = opts.authHeaders ?? (() => ({}));
    this.remote = new Pouch(opts.remoteUrl, {
      skip_setup: true,
      fetch: (url, init) => {
        const h = init?.headers as Headers | undefined;
        for (const [k, v] of Object.entries(headers())) h?.set(k, v);
        return Pouch.fetch(url, { ...init, credentials: 'include' });
      },
    } as PouchDB.Configuration.RemoteDatabaseConfiguration);
  }

  getStatus(): SyncStatus {
    return this.status;
  }

  /** Calls `listener` on every status change; returns the unsubscribe function. */
  subscribe(listener: (s: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts syncing (sign-in, app start) and watching local writes for the pending count. */
  async start(): Promise<void> {
    const ledger = await this.ledger.read();
    this.set({ lastSyncedAt: ledger.lastSyncedAt, denied: ledger.denied.map(publicDenied) });
    this.wanted = true;
    this.localFeed ??= this.opts.local
      .changes({ since: 'now', live: true, return_docs: false })
      .on('change', () => this.schedulePending());
    await this.refreshPending();
    this.run();
  }

  /** Stops syncing; queued documents stay queued. */
  async stop(): Promise<void> {
    this.wanted = false;
    this.cancelReplications();
    this.localFeed?.cancel();
    this.localFeed = null;
    if (this.pendingTimer) clearTimeout(this.pendingTimer);
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

  /** Counts local documents not yet sent. */
  async refreshPending(): Promise<number> {
    // Counts overlap (a write, a checkpoint); only the latest one started may publish.
    const ticket = ++this.pendingTicket;
    const { pushedSeq } = await this.ledger.read();
    const pending = await countPending(this.opts.local, pushedSeq, this.pulled);
    if (ticket === this.pendingTicket) this.set({ pending });
    return pending;
  }

  /** Asks the server which documents the user lost and purges them from the device. */
  reconcile(): Promise<string[]> {
    const { fetchGone } = this.opts;
    if (!fetchGone) return Promise.resolve([]);
    const run = this.reconciling.then(() =>
      reconcileDevice(this.opts.local, {
        fetchGone,
        ...(this.opts.onPurged ? { onPurged: this.opts.onPurged } : {}),
      }),
    );
    this.reconciling = run.catch(() => undefined);
    return run;
  }

  private isOnline(): boolean {
    return this.opts.isOnline ? this.opts.isOnline() : true;
  }

  private set(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const l of this.listeners) l(this.status);
  }

  private schedulePending(): void {
    if (this.pendingTimer) clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => void this.refreshPending().catch(() => undefined), 100);
  }

  private cancelReplications(): void {
    this.generation += 1;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.pushTimer) clearTimeout(this.pushTimer);
    this.retryTimer = null;
    this.push?.cancel();
    this.pull?.cancel();
    this.push = null;
    this.pull = null;
  }

  /**
   * Pull first, then push: the push starts once the pull has caught up, so a first sync fills
   * the device without competing with the push's check of every pulled document.
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
    this.idle = { push: false, pull: false };
    const pull = this.replicate('pull', gen);
    pull.on('change', (info) => {
      for (const d of (info as { docs: { _id: string; _rev: string }[] }).docs)
        this.pulled.set(d._id, d._rev);
    });
    pull.on('checkpoint', (info) => {
      if (isCheckpoint(info)) void this.checkAccess(info.checkpoint);
    });
    pull.on('paused', (err) => {
      if (!err) this.startPush(gen);
    });
    // A pull that never rests (a very busy server) must not hold local writes back for long.
    this.pushTimer = setTimeout(() => this.startPush(gen), PUSH_AFTER_MS);
  }

  private startPush(gen: number): void {
    if (gen !== this.generation || this.push) return;
    if (this.pushTimer) clearTimeout(this.pushTimer);
    const push = this.replicate('push', gen);
    push.on(
      'denied',
      (e) => void this.denied(e as ReplicationError & { id?: string; rev?: string }),
    );
    // 'checkpoint' also reports replication steps; only `{checkpoint}` means one was written.
    push.on('checkpoint', (info) => {
      if (isCheckpoint(info)) void this.pushed(info.checkpoint);
    });
  }

  /** Starts one live direction and follows its activity; returns its events. */
  private replicate(side: 'push' | 'pull', gen: number): Events {
    const opts = { live: true, retry: false, batch_size: this.opts.batchSize ?? 200 };
    const rep =
      side === 'push'
        ? Pouch.replicate(this.opts.local, this.remote, opts)
        : Pouch.replicate(this.remote, this.opts.local, opts);
    this[side] = rep;
    const events = rep as unknown as Events;
    const current = () => gen === this.generation;
    events.on('active', () => {
      if (!current()) return;
      this.idle[side] = false;
      this.set({ state: 'syncing' });
    });
    events.on('paused', (err?: unknown) => {
      if (!current() || err) return;
      this.idle[side] = true;
      if (this.idle.push && this.idle.pull) void this.caughtUp(gen);
    });
    events.on('error', (err: unknown) => this.failed(err as ReplicationError, gen));
    return events;
  }

  private async caughtUp(gen: number): Promise<void> {
    const now = (this.opts.now ?? Date.now)();
    const lastSyncedAt = new Date(now).toISOString();
    // Every quiet longpoll ends here; the ledger keeps the time to the minute.
    const stored = (await this.ledger.read()).lastSyncedAt;
    if (stored === null || now - Date.parse(stored) > 60_000) {
      await this.ledger.update((l) => ({ ...l, lastSyncedAt }));
    }
    await this.refreshPending();
    if (gen !== this.generation) return;
    this.attempts = 0;
    this.set({ state: 'synced', lastSyncedAt, error: null });
  }

  private failed(err: ReplicationError, gen: number): void {
    if (gen !== this.generation) return;
    this.cancelReplications();
    if (isUnauthorized(err)) {
      this.set({
        state: 'auth-required',
        error: 'Sesi berakhir. Masuk lagi untuk melanjutkan sinkronisasi.',
      });
      return;
    }
    if (!this.isOnline()) {
      this.set({ state: 'offline', error: null });
      return;
    }
    const { initialMs, maxMs } = this.opts.backoff ?? DEFAULT_BACKOFF;
    const delay = Math.min(maxMs, initialMs * 2 ** this.attempts);
    this.attempts += 1;
    this.set({ state: 'error', error: err.reason ?? err.message ?? 'Sinkronisasi gagal' });
    this.retryTimer = setTimeout(() => this.run(), delay);
  }

  private async denied(err: ReplicationError & { id?: string; rev?: string }): Promise<void> {
    if (!err.id) return;
    // Enqueued at once, so the refusal is recorded before the checkpoint of its batch.
    const ledger = await this.ledger.recordDenied(
      {
        id: err.id,
        ...(err.rev ? { rev: err.rev } : {}),
        reason: err.reason ?? err.message ?? 'Ditolak server',
      },
      new Date((this.opts.now ?? Date.now)()).toISOString(),
    );
    this.set({ denied: ledger.denied.map(publicDenied) });
  }

  private async pushed(seq: number | string): Promise<void> {
    const ledger = await this.ledger.advancePush(seq);
    this.set({ denied: ledger.denied.map(publicDenied) });
    await this.refreshPending();
  }

  /** A new access key from the server means the user's channels changed: reconcile. */
  private async checkAccess(lastSeq: unknown): Promise<void> {
    const key = accessKeyOf(lastSeq);
    if (key === null) return;
    const before = await this.ledger.swapAccessKey(key);
    if (before !== null && before !== key) await this.reconcile().catch(() => undefined);
  }
}

function isCheckpoint(info: unknown): info is Checkpoint {
  return typeof info === 'object' && info !== null && 'checkpoint' in info;
}
