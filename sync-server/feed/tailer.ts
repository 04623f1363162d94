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

/**
 * Told a batch of changes once it is indexed. `fromFeed`: they were read from the store's changes
 * feed, each with its own store sequence; else a write of this server reported them, numbered as
 * the index's storeSince (not their own).
 */
export type IndexedListener = (changes: readonly StoreChange[], fromFeed: boolean) => void;

export class Tailer {
  private current: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;
  private unwatch: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Set when an indexing run failed, cleared when a run reaches the end of the store again. */
  private behind = false;
  /** Told each batch once it is indexed (the report maintainer, reports/report-maintainer.ts). */
  private readonly listeners = new Set<IndexedListener>();
  /**
   * New documents written through this server and indexed as their writer reported them, ahead
   * of storeSince (which stays until the store's sequence is accounted for): id to revision. Each
   * is one change after storeSince; a read of the changes feed that passes one does not index it
   * again.
   */
  private readonly ahead = new Map<string, string>();
  /** Set when the next run must read the store's changes feed (a catchUp, a write not all new). */
  private mustRead = false;

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

  /**
   * True while an indexing run has failed and none has succeeded since: the index may miss
   * changes until one does (a lag behind a shared store, by contrast, is caught up by the next run).
   */
  get indexBehind(): boolean {
    return this.behind;
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
    this.mustRead = true;
    return this.schedule();
  }

  /**
   * Indexes documents this server has just written, each new to the store (its revision its only
   * leaf; null when the write was not all new: the store's changes feed is read instead). They
   * are indexed at once, as reported, outside the runs' chain, so a small push never waits for a
   * big one's indexing or a read of the feed under way; nothing is read back. With an exclusive
   * store a run then moves storeSince to the store's sequence when it moved by exactly the
   * documents indexed ahead (nothing else changed); while concurrent writes overlap it stays,
   * and a read of the feed (a catchUp, the poll) skips what was indexed ahead.
   */
  indexWritten(docs: readonly StoredDoc[] | null): Promise<void> {
    // After a failed run the index may lack anything: this write waits for a read of the feed.
    if (docs === null || this.behind) return this.catchUp();
    // A read of the feed may have indexed some already: this revision, for its writer holds its
    // key until it is indexed.
    const indexed = this.index.existing(docs.map((doc) => doc._id));
    const fresh = docs.filter((doc) => !indexed.has(doc._id));
    try {
      this.indexBatch(
        fresh.map((doc): StoreChange => ({
          seq: this.index.storeSince,
          id: doc._id,
          leaves: [doc._rev],
          deleted: doc._deleted === true,
          doc,
        })),
        this.index.storeSince,
        false,
      );
    } catch (err) {
      this.failed(err);
      return this.catchUp();
    }
    for (const doc of fresh) this.ahead.set(doc._id, doc._rev);
    if (this.store.exclusive) void this.schedule().catch(() => undefined);
    return Promise.resolve();
  }

  private schedule(): Promise<void> {
    if (this.queued) return this.queued;
    const next = this.current.then(() => {
      this.queued = null;
      return this.indexRun();
    });
    this.queued = next;
    this.current = next.catch((err: unknown) => this.failed(err));
    return next;
  }

  private async indexRun(): Promise<void> {
    if (this.mustRead || !this.store.exclusive) {
      this.mustRead = false;
      await this.drain();
      return;
    }
    if (this.ahead.size === 0) return;
    // Counted before asking the store: a document indexed ahead meanwhile may have been written
    // before or after the sequence read, so it is not counted; then the counts differ (safe) or
    // it was written after (and stays ahead).
    const counted = [...this.ahead.keys()];
    const since = this.index.storeSince;
    const { updateSeq } = await this.store.info();
    if (
      typeof since === 'number' &&
      typeof updateSeq === 'number' &&
      updateSeq - since === counted.length &&
      this.index.storeSince === since
    ) {
      for (const id of counted) this.ahead.delete(id);
      this.index.apply([], updateSeq);
      this.behind = false;
    }
  }

  /**
   * Calls `listener` with each batch of changes right after it is indexed; returns the
   * unsubscribe. A listener must be quick (it runs before a push's locks are released) and must
   * not throw.
   */
  onIndexed(listener: IndexedListener): () => void {
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
    // What a failed run had taken is found again by reading the store.
    this.mustRead = true;
    this.log.error({ err }, 'tailer failed; retrying on the next change');
  }

  /**
   * Reads the store's changes feed into the index up to where the store was when the run began:
   * it does not chase a big write still under way (that write reports its documents when done),
   * which would keep every later run, a small push's too, waiting.
   */
  private async drain(): Promise<void> {
    const { updateSeq: end } = this.store.exclusive ? await this.store.info() : { updateSeq: null };
    while (!this.stopped) {
      const { results, lastSeq } = await this.store.changes(this.index.storeSince, BATCH);
      // What was indexed ahead of storeSince is not indexed twice (a second feed row).
      const fresh = results.filter((c) => {
        const aheadRev = this.ahead.get(c.id);
        this.ahead.delete(c.id);
        return aheadRev === undefined || aheadRev !== c.doc._rev || c.leaves.length !== 1;
      });
      if (results.length > 0) this.indexBatch(fresh, lastSeq, true);
      const reachedEnd = typeof end === 'number' && typeof lastSeq === 'number' && lastSeq >= end;
      if (results.length < BATCH || reachedEnd) {
        this.behind = false;
        return;
      }
    }
  }

  private indexBatch(
    changes: readonly StoreChange[],
    lastSeq: StoreChange['seq'],
    fromFeed: boolean,
  ): void {
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
        listener(changes, fromFeed);
      } catch (err) {
        this.log.warn({ err }, 'a listener of the tailer failed');
      }
    }
  }
}
