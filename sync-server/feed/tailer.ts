/**
 * The tailer follows the store's changes feed and writes the feed index: each new winning
 * revision gets the next server sequence and one row per channel. It also keeps the org state
 * current and wakes the longpoll waiters of the channels it touched.
 */
import type { Logger } from 'pino';
import { channelsOf } from '../../client/core/channels';
import { ownerNipOfId } from '../../client/core/ids';
import { docBytes } from '../replication/quotas';
import type { Store, StoreChange, StoredDoc } from '../store/store';
import { docDateOf } from '../../client/core/retention';
import type { FeedIndex, IndexEntry } from './feed-index';
import { OrgState } from './org-state';
import type { Waiters } from './waiters';

const BATCH = 500;
/** Polls the store this often in case a live notification was missed (CouchDB restarts, other servers). */
const POLL_MS = 5_000;

export class Tailer {
  private current: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;
  private unwatch: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Set when an indexing run failed, cleared when a run reaches the end of the store again. */
  private behind = false;
  /** Told each batch once it is indexed (the report maintainer, reports/report-maintainer.ts). */
  private readonly listeners = new Set<(changes: readonly StoreChange[]) => void>();

  constructor(
    private readonly store: Store,
    private readonly index: FeedIndex,
    private readonly org: OrgState,
    private readonly waiters: Waiters,
    private readonly log: Logger,
  ) {}

  /**
   * True when the index holds every id the store holds: the store is this server's alone and no
   * indexing run has failed since the last complete one. Otherwise a lookup asks the store.
   */
  get knowsEveryStoredId(): boolean {
    return this.store.exclusive && !this.behind;
  }

  /** Indexes everything the store has, then follows it. */
  async start(): Promise<void> {
    await this.catchUp();
    // Writes through this server index themselves (see gatekeeper.ts); only a shared store
    // (CouchDB, other servers) needs following.
    if (!this.store.exclusive)
      this.unwatch = this.store.watch(() => void this.catchUp().catch(() => undefined));
    this.timer = setInterval(() => void this.catchUp().catch(() => undefined), POLL_MS);
    this.timer.unref();
  }

  /**
   * Resolves once every change the store had when this was called is indexed. Runs coalesce:
   * at most one runs and one waits, and the waiting one starts after the caller's write.
   */
  catchUp(): Promise<void> {
    if (this.queued) return this.queued;
    const next = this.current.then(() => {
      this.queued = null;
      return this.drain();
    });
    this.queued = next;
    this.current = next.catch((err: unknown) => this.failed(err));
    return next;
  }

  /**
   * Indexes new documents this server has just written without reading them back, when the
   * store is exclusive and its sequence moved by exactly their number (so nothing else changed);
   * otherwise catches up as usual. Each document must be new: its revision is its only leaf.
   */
  indexNewDocs(docs: readonly StoredDoc[]): Promise<void> {
    if (!this.store.exclusive || docs.length === 0) return this.catchUp();
    const run = this.current.then(async () => {
      const since = this.index.storeSince;
      const { updateSeq } = await this.store.info();
      if (
        typeof since !== 'number' ||
        typeof updateSeq !== 'number' ||
        updateSeq - since !== docs.length
      ) {
        return this.drain();
      }
      const changes = docs.map((doc): StoreChange => ({
        seq: updateSeq,
        id: doc._id,
        leaves: [doc._rev],
        deleted: doc._deleted === true,
        doc,
      }));
      this.indexBatch(changes, updateSeq);
      this.behind = false;
    });
    this.current = run.catch((err: unknown) => this.failed(err));
    return run;
  }

  /**
   * Calls `listener` with each batch of changes right after it is indexed; returns the
   * unsubscribe. A listener must be quick (it runs inside a push's write) and must not throw.
   */
  onIndexed(listener: (changes: readonly StoreChange[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unwatch?.();
    if (this.timer) clearInterval(this.timer);
    await this.current;
  }

  private failed(err: unknown): void {
    this.behind = true;
    this.log.error({ err }, 'tailer failed; retrying on the next change');
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      const { results, lastSeq } = await this.store.changes(this.index.storeSince, BATCH);
      if (results.length > 0) this.indexBatch(results, lastSeq);
      if (results.length < BATCH) {
        this.behind = false;
        return;
      }
    }
  }

  private indexBatch(changes: readonly StoreChange[], lastSeq: StoreChange['seq']): void {
    // Org documents first, so a period's dates are known to the documents of that period.
    const orgChanges = changes.filter((c) => OrgState.isOrgDoc(c.id));
    for (const c of orgChanges) this.org.apply(c.doc);
    const entries = changes.map((c): IndexEntry => ({
      docId: c.id,
      rev: c.doc._rev,
      leaves: c.leaves,
      deleted: c.deleted,
      channels: channelsOf(c.doc),
      docDate: docDateOf(c.doc, this.org.periods),
      owner: ownerNipOfId(c.id),
      bytes: docBytes(c.doc),
    }));
    const touched = this.index.apply(entries, lastSeq);
    if (orgChanges.length > 0) this.waiters.wakeAll();
    else this.waiters.wake(touched);
    for (const listener of this.listeners) {
      try {
        listener(changes);
      } catch (err) {
        this.log.warn({ err }, 'a listener of the tailer failed');
      }
    }
  }
}
