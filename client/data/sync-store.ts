/**
 * Sync status for the screens (UI state only, Zustand, in memory): offline / syncing / synced at
 * T / N documents waiting / documents the server refused, with their reasons / how far a long
 * pull is. The sync engine of
 * the tab that holds the sync lock writes it (sync-leader.ts); other tabs receive it by broadcast.
 * What the status is made of is stored by the engine (sync-ledger.ts); "Sinkronkan sekarang" is
 * the runtime's (`useSyncNow()`, user-data.ts).
 */
import { create } from 'zustand';

export type SyncState = 'offline' | 'syncing' | 'synced' | 'error' | 'auth-required' | 'idle';

/**
 * How far a long pull is: documents received of those the server said it would send this run.
 * Only set while a pull has more than a batch to go (a first sync, or after a long time offline).
 */
export type SyncProgress = { done: number; total: number };

/** A document the server refused; it stays on the device until it is fixed and sent again. */
export type DeniedDoc = { id: string; type: string; reason: string; at: string };

export type SyncStatus = {
  state: SyncState;
  /** When both directions last caught up, ISO timestamp. */
  lastSyncedAt: string | null;
  /** Local documents not yet sent to the server. */
  pending: number;
  denied: DeniedDoc[];
  /** A short message for state 'error'. */
  error: string | null;
  /** A long pull's progress, else null (a handful of documents is not worth a bar). */
  progress: SyncProgress | null;
};

export const INITIAL_SYNC_STATUS: SyncStatus = {
  state: 'idle',
  lastSyncedAt: null,
  pending: 0,
  denied: [],
  error: null,
  progress: null,
};

/**
 * The engine's own status: `pending` is null until it has counted. A 0 there before the count
 * would say "nothing waits" while documents do, and the update would apply in that moment.
 */
export type SourceStatus = Omit<SyncStatus, 'pending'> & { pending: number | null };

/** A sync status and its listeners: the engine's, published by sync-leader.ts. */
export class StatusSource {
  protected status: SourceStatus = { ...INITIAL_SYNC_STATUS, pending: null };
  private readonly listeners = new Set<(s: SourceStatus) => void>();

  getStatus(): SourceStatus {
    return this.status;
  }

  /** Calls `listener` on every status change; returns the unsubscribe function. */
  subscribe(listener: (s: SourceStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies a change; listeners hear of it only when something changed. */
  protected set(patch: Partial<SourceStatus>): void {
    const keys = Object.keys(patch) as (keyof SourceStatus)[];
    if (keys.every((k) => this.status[k] === patch[k])) return;
    this.status = { ...this.status, ...patch };
    for (const l of this.listeners) l(this.status);
  }
}

export const useSyncStore = create<SyncStatus>()(() => ({ ...INITIAL_SYNC_STATUS }));

/** Publishes a status (or part of one) to the screens. */
export function publishSyncStatus(status: Partial<SyncStatus>): void {
  useSyncStore.setState(status);
}

/**
 * Publishes an engine's status. Before the engine has counted, the screens keep the count they
 * have (the runtime's own, or the tab that led before): its absence is no news of it.
 */
export function publishSourceStatus({ pending, ...rest }: SourceStatus): void {
  publishSyncStatus(pending === null ? rest : { ...rest, pending });
}
