/**
 * Runs the sync engine in one tab per user (Web Lock `kinerja-sync-{nip}`); the other tabs get
 * its status over a BroadcastChannel and forward "Sinkronkan sekarang" to it. The leading tab
 * pauses replication while hidden and restarts it on `online` and when visible again.
 */
import type { SyncEngine } from './sync-engine';
import {
  INITIAL_SYNC_STATUS,
  publishSourceStatus,
  publishSyncStatus,
  type SourceStatus,
} from './sync-store';
import { holdLock } from './tab-lock';

type Message = { type: 'status'; status: SourceStatus } | { type: 'sync-now' } | { type: 'hello' };

export class SyncLeader {
  private engine: SyncEngine | null = null;
  private channel: BroadcastChannel | null = null;
  private release: (() => Promise<void>) | null = null;
  /** An engine counted what waits, here or in the leading tab, and the screens have it. */
  private heardCount = false;

  constructor(
    private readonly nip: string,
    private readonly createEngine: () => SyncEngine,
  ) {}

  /** True in the tab that runs the engine. */
  get leading(): boolean {
    return this.engine !== null;
  }

  start(): void {
    if (typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(`kinerja-sync-${this.nip}`);
      this.channel.onmessage = (e: MessageEvent<Message>) => this.onMessage(e.data);
      this.channel.postMessage({ type: 'hello' } satisfies Message);
    }
    this.release = holdLock(`kinerja-sync-${this.nip}`, () => this.lead());
  }

  async stop(): Promise<void> {
    await this.release?.();
    this.release = null;
    this.channel?.close();
    this.channel = null;
    publishSyncStatus(INITIAL_SYNC_STATUS);
  }

  /** "Sinkronkan sekarang": syncs at once here when leading, else asks the leading tab to. */
  syncNow(): void {
    if (this.engine) this.engine.syncNow();
    else this.channel?.postMessage({ type: 'sync-now' } satisfies Message);
  }

  /**
   * True once the screens have a count of what waits from an engine (this tab's, or the leading
   * tab's over the channel): a count of this tab's own is then no longer needed, and would only
   * be worse (from the ledger, with pulled revisions in it).
   */
  hasCounted(): boolean {
    return this.heardCount;
  }

  private publish(status: SourceStatus): void {
    if (status.pending !== null) this.heardCount = true;
    publishSourceStatus(status);
  }

  /** The engine of the leading tab (null in other tabs). */
  getEngine(): SyncEngine | null {
    return this.engine;
  }

  private onMessage(msg: Message): void {
    if (msg.type === 'status' && !this.engine) this.publish(msg.status);
    if (msg.type === 'sync-now') this.engine?.syncNow();
    if (msg.type === 'hello' && this.engine) this.broadcast(this.engine.getStatus());
  }

  private broadcast(status: SourceStatus): void {
    this.channel?.postMessage({ type: 'status', status } satisfies Message);
  }

  private async lead(): Promise<() => Promise<void>> {
    const engine = this.createEngine();
    this.engine = engine;
    // An engine starting here (this tab took the lock late, or over from a closed one) has not
    // counted yet: what the screens have of `pending` stays until it has.
    const unsubscribe = engine.subscribe((s) => {
      this.publish(s);
      this.broadcast(s);
    });
    const onConnectivity = () => engine.connectivityChanged();
    const onVisibility = () =>
      document.visibilityState === 'hidden' ? engine.pause() : engine.resume();
    if (typeof window !== 'undefined') {
      window.addEventListener('online', onConnectivity);
      window.addEventListener('offline', onConnectivity);
      document.addEventListener('visibilitychange', onVisibility);
    }
    await engine.start();
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') engine.pause();
    return async () => {
      if (typeof window !== 'undefined') {
        window.removeEventListener('online', onConnectivity);
        window.removeEventListener('offline', onConnectivity);
        document.removeEventListener('visibilitychange', onVisibility);
      }
      unsubscribe();
      await engine.stop();
      this.engine = null;
    };
  }
}
