/**
 * One live changes feed per local database, shared by whoever follows it in this tab (the
 * projector, the sync engine's pending count). Stores nothing. Every live PouchDB feed answers each
 * write by reading the new changes back out of IndexedDB: on a head's first sync each pulled
 * document was read once per feed, and again by the projector's and the pending count's own reads.
 * This feed reads each change once, with what both need (the document with its conflicts, every
 * leaf revision), and hands it on in batches.
 *
 * A batch says the sequence it follows (`after`): the feed is gapless, so a follower whose own
 * checkpoint is at or past `after` may take the batch's later changes instead of reading them
 * again; one whose checkpoint is behind reads for itself (a change before the batch is missing).
 */
import type { LocalDb } from './local-db';
import type { FeedDoc } from './projection';

export type Seq = number | string;

/** One change as the feed read it: the document's winning revision and every leaf revision. */
export type LocalChange = {
  id: string;
  seq: Seq;
  deleted: boolean;
  doc?: FeedDoc;
  /** Every leaf revision of the document (`style: all_docs`). */
  revs: string[];
};

/**
 * Every change after sequence `after` up to the last of `changes`, in order; `purges`: how many
 * purges of the database this tab had seen when the first of them was read (purgeCount).
 */
export type FeedBatch = { after: Seq; changes: LocalChange[]; purges: number };

const purges = new WeakMap<LocalDb, number>();

/**
 * Documents of `db` are being (or were) purged: a change read before now may hold a document that
 * is gone. Called before and after a purge; a follower holding changes read earlier reads again.
 */
export function notePurged(db: LocalDb): void {
  purges.set(db, purgeCount(db) + 1);
}

/** How many purges of `db` this tab has seen (notePurged). */
export function purgeCount(db: LocalDb): number {
  return purges.get(db) ?? 0;
}

type Listener = (batch: FeedBatch) => void;

/**
 * PouchDB hands a read's changes over one by one, each in an IndexedDB callback of its own, and
 * says nothing when the read ends: a batch ends when no change came for this long. A written batch
 * of hundreds of documents then comes as one (one projection transaction, not one per few dozen).
 */
const QUIET_MS = 15;
/** A batch also ends at this many changes: a pull that never pauses 15 ms is not held in memory. */
const MAX_BATCH = 1000;
/** A feed that failed starts again after this long, while anyone follows it. */
const RESTART_MS = 1000;

type Shared = {
  listeners: Set<Listener>;
  feed: PouchDB.Core.Changes<object> | null;
  stopped: boolean;
  /** The sequence before the first buffered change. */
  after: Seq | null;
  buffer: LocalChange[];
  /** purgeCount when the buffer's first change was read. */
  bufferPurges: number;
  timer: ReturnType<typeof setTimeout> | null;
};

const shared = new WeakMap<LocalDb, Shared>();

/**
 * Follows every change of `db` from now on, in batches; returns the function that stops. Changes
 * read in one go (the feed reads a whole written batch at once) come as one batch.
 */
export function followLocalChanges(db: LocalDb, listener: Listener): () => void {
  let s = shared.get(db);
  if (!s) {
    s = {
      listeners: new Set(),
      feed: null,
      stopped: false,
      after: null,
      buffer: [],
      bufferPurges: 0,
      timer: null,
    };
    shared.set(db, s);
    void start(db, s);
  }
  s.listeners.add(listener);
  const own = s;
  return () => {
    own.listeners.delete(listener);
    if (own.listeners.size > 0) return;
    own.stopped = true;
    own.feed?.cancel();
    if (own.timer) clearTimeout(own.timer);
    if (shared.get(db) === own) shared.delete(db);
  };
}

async function start(db: LocalDb, s: Shared): Promise<void> {
  // A numeric start (not 'now') is the `after` of the first batch.
  const info = await db.info().catch(() => null);
  if (s.stopped || info === null) return void (shared.get(db) === s && shared.delete(db));
  s.after = info.update_seq;
  s.feed = db
    .changes({
      since: info.update_seq,
      live: true,
      include_docs: true,
      conflicts: true,
      style: 'all_docs',
      return_docs: false,
    })
    .on('change', (c) => {
      if (s.buffer.length === 0) s.bufferPurges = purgeCount(db);
      s.buffer.push({
        id: c.id,
        seq: c.seq,
        deleted: c.deleted === true,
        revs: c.changes.map((x) => x.rev),
        ...(c.doc ? { doc: c.doc as unknown as FeedDoc } : {}),
      });
      if (s.timer) clearTimeout(s.timer);
      if (s.buffer.length >= MAX_BATCH) flush(s);
      else s.timer = setTimeout(() => flush(s), QUIET_MS);
    })
    // A failed feed starts again from where the database is then: its first batch leaves a gap,
    // which each follower reads for itself. A database that no longer opens ends it (start).
    .on('error', () => {
      if (s.timer) clearTimeout(s.timer);
      s.timer = null;
      s.buffer = [];
      s.feed = null;
      if (s.stopped) return;
      setTimeout(() => {
        if (!s.stopped) void start(db, s);
      }, RESTART_MS);
    });
}

function flush(s: Shared): void {
  s.timer = null;
  const changes = s.buffer;
  const after = s.after;
  const last = changes[changes.length - 1];
  if (!last || after === null) return;
  s.buffer = [];
  s.after = last.seq;
  for (const l of s.listeners) l({ after, changes, purges: s.bufferPurges });
}
