/**
 * The projector: follows the local PouchDB changes feed and upserts each document into the Dexie
 * read model. Each batch and its checkpoint are written in one Dexie transaction, so a crash
 * replays the batch and never skips one. What the shared live feed (local-feed.ts) read is
 * projected as it comes, without reading the documents again, when it continues the checkpoint;
 * otherwise the projector reads from the checkpoint itself. A read model whose schema version differs from the
 * checkpoint's is cleared and rebuilt from PouchDB.
 */
import { liveQuery } from 'dexie';
import { activityIdFor, typeOfId, verificationIdFor } from '../core/ids';
import { followLocalChanges, purgeCount, type FeedBatch } from './local-feed';
import type { LocalDb } from './local-db';
import { forgetPhotosOf } from './photo-cache';
import { activityRow, projectRow, withStatus, type FeedDoc } from './projection';
import {
  PROJECTED_TABLES,
  tableOfType,
  type MetaRow,
  type ProjectedTable,
  type ReadModel,
  type RowBase,
  type VerificationRow,
} from './read-model';

const CHECKPOINT_KEY = 'projector';

/** One entry of the changes feed (or a local removal, which has no doc). */
export type FeedChange = { id: string; seq: number | string; deleted?: boolean; doc?: FeedDoc };

export type ProjectorOptions = {
  /** Changes per read of the local changes feed (a catch-up after start, or behind the live feed). */
  batchSize?: number;
  /**
   * Changes per transaction when projecting what the live feed read: a long pull arrives faster
   * than Dexie writes, so the batches that waited meanwhile go in together.
   */
  fedBatchSize?: number;
  /** Called after a batch commits with the ids of documents that have conflicting revisions. */
  onConflicted?: (ids: string[]) => void | Promise<void>;
};

/** Changes per transaction from the live feed (ProjectorOptions.fedBatchSize). */
const FED_BATCH_SIZE = 5000;
/**
 * Transactions' worth of changes the live feed read that are held for projection, at most: past
 * this (Dexie far behind a long pull), they are let go and read again from the checkpoint in
 * batches, so a cheap phone does not hold a whole first sync's documents in memory.
 */
const FED_HELD = 4;

/** How long "synced" waits for a read model whose checkpoint stopped moving. */
export const PROJECTION_STALLED_MS = 10_000;

function seqAfter(a: number | string, b: number | string): boolean {
  return typeof a === 'number' && typeof b === 'number' ? a > b : String(a) !== String(b);
}

/**
 * Writes a batch of changes into the read model, with the checkpoint when given; returns the rows
 * it wrote. Its reads go out together, then its writes (every IndexedDB round trip waits behind
 * whatever else the device does, so their number is what the person waits for); no document is
 * both deleted and written in one batch, so the writes' order does not matter.
 */
export async function applyChanges(
  rm: ReadModel,
  given: readonly FeedChange[],
  checkpoint?: number | string,
): Promise<RowBase[]> {
  // A document changed twice in the batch (written, then deleted) is projected as its last change:
  // the deletes below go before the puts, and must not leave its earlier revision standing.
  const latest = new Map<string, FeedChange>();
  for (const c of given) {
    latest.delete(c.id);
    latest.set(c.id, c);
  }
  const changes = latest.size === given.length ? given : [...latest.values()];
  // Lock only the tables this batch touches (activities too when a verification changes).
  const touched = new Set<ProjectedTable>();
  for (const c of changes) {
    const type = typeOfId(c.id);
    if (type !== null) touched.add(tableOfType(type));
  }
  if (touched.has('verifications')) touched.add('activities');
  if (touched.has('activities')) touched.add('verifications');
  const tables = [...[...touched].map((t) => rm.table(t)), rm.conflicts, rm.meta];
  return rm.transaction('rw', tables, async () => {
    const puts = new Map<ProjectedTable, RowBase[]>();
    const dels = new Map<ProjectedTable, string[]>();
    const add = <T>(m: Map<ProjectedTable, T[]>, t: ProjectedTable, v: T) => {
      const list = m.get(t);
      if (list) list.push(v);
      else m.set(t, [v]);
    };
    const activities = new Map<string, { doc: FeedDoc; seq: number | string } | null>();
    const verifications = new Map<string, VerificationRow | null>(); // by activity id
    const settled: string[] = [];

    for (const c of changes) {
      const type = typeOfId(c.id);
      if (type === null) continue;
      if (c.deleted || !c.doc) settled.push(c.id);
      else if ((c.doc._conflicts?.length ?? 0) === 0) settled.push(c.id);
      if (type === 'activity') {
        activities.set(c.id, c.deleted || !c.doc ? null : { doc: c.doc, seq: c.seq });
        if (c.deleted || !c.doc) add(dels, 'activities', c.id);
        continue;
      }
      const projected = c.deleted || !c.doc ? null : projectRow(c.doc, c.seq);
      if (type === 'verification') {
        const actId = activityIdFor(c.id);
        if (actId)
          verifications.set(actId, (projected?.row as VerificationRow | undefined) ?? null);
      }
      if (projected) add(puts, projected.table, projected.row as RowBase);
      else add(dels, tableOfType(type), c.id);
    }

    // An activity's status depends on its verification: re-derive every activity touched by either.
    const affected = [...new Set([...activities.keys(), ...verifications.keys()])];
    const needVer = affected.filter((id) => !verifications.has(id));
    const needAct = affected.filter((id) => !activities.has(id));
    const [storedVer, storedAct, conflicts, prev] = await Promise.all([
      needVer.length > 0
        ? rm.verifications.bulkGet(needVer.map((id) => verificationIdFor(id) ?? ''))
        : [],
      needAct.length > 0 ? rm.activities.bulkGet(needAct) : [],
      // The Konflik list is almost always empty: skip the deletes then (they cost as much as puts).
      settled.length > 0 ? rm.conflicts.count() : 0,
      checkpoint === undefined
        ? undefined
        : (rm.meta.get(CHECKPOINT_KEY) as Promise<MetaRow | undefined>),
    ]);
    needVer.forEach((id, i) => verifications.set(id, storedVer[i] ?? null));
    for (const id of affected) {
      const ver = verifications.get(id);
      const fresh = activities.get(id);
      if (fresh) add(puts, 'activities', activityRow(fresh.doc, fresh.seq, ver));
      else if (fresh === undefined) {
        const stored = storedAct[needAct.indexOf(id)];
        if (stored) add(puts, 'activities', withStatus(stored, ver));
      }
    }

    const writes: Promise<unknown>[] = [];
    for (const [t, ids] of dels) writes.push(rm.table(t).bulkDelete(ids));
    for (const [t, list] of puts) writes.push(rm.table(t).bulkPut(list));
    if (conflicts > 0) writes.push(rm.conflicts.bulkDelete(settled));
    if (checkpoint !== undefined && (!prev || seqAfter(checkpoint, prev.seq)))
      writes.push(rm.meta.put({ key: CHECKPOINT_KEY, seq: checkpoint, version: rm.verno }));
    await Promise.all(writes);
    return [...puts.values()].flat();
  });
}

/**
 * Resolves once the read model is projected up to local sequence `seq` (in any tab: the projector
 * runs in the one holding its lock; Dexie tells every tab of the checkpoint's changes), or once
 * the checkpoint has not moved for `stalledMs`.
 */
export function untilProjected(
  rm: ReadModel,
  seq: number | string,
  stalledMs = PROJECTION_STALLED_MS,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (settle: () => void) => {
      clearTimeout(timer);
      settle();
      // The first answer may come before `subscribe` has returned.
      queueMicrotask(() => watch.unsubscribe());
    };
    // A projector that stopped moving (it failed, or no tab runs it) does not keep the device
    // from saying it synced: the pull is done, and the screens catch up when it runs again.
    const stalled = () => {
      clearTimeout(timer);
      timer = setTimeout(() => done(resolve), stalledMs);
    };
    const watch = liveQuery(() => rm.meta.get(CHECKPOINT_KEY)).subscribe({
      next: (row) => {
        const at = (row as MetaRow | undefined)?.seq ?? 0;
        if (seqAfter(seq, at)) stalled();
        else done(resolve);
      },
      error: (err: unknown) => done(() => reject(err)),
    });
  });
}

/**
 * Removes the rows of documents that left the local database without a change (purged), and the
 * photos of purged entries this device had fetched.
 */
export async function removeProjected(rm: ReadModel, ids: readonly string[]): Promise<void> {
  await applyChanges(
    rm,
    ids.map((id) => ({ id, seq: 0, deleted: true })),
  );
  await forgetPhotosOf(rm, ids);
}

/** A document this device just wrote (its new `_rev`), and the revision it was written on. */
export type LocalWrite = { doc: FeedDoc & { _deleted?: boolean }; prevRev: string | null };

/**
 * Projects documents this device just wrote, without waiting for the changes feed: a command
 * calls it after its PouchDB write, so the list the person goes to next already shows the entry
 * (the feed's round trip, a second read of the written documents, is most of "Simpan" to
 * visible). A write is projected only over the row of the revision it was written on (or no row,
 * for a new document), and not over a row with conflicting revisions: anything else (the row
 * behind PouchDB, a conflict resolved) is left to the feed. The feed projects every write again
 * with its sequence, so a row written here keeps the sequence of the row it replaced meanwhile.
 * Returns the rows it wrote: the screen that opens next may show them before its own query answers.
 */
export async function projectLocalWrites(
  rm: ReadModel,
  writes: readonly LocalWrite[],
): Promise<RowBase[]> {
  const typed = writes.flatMap((w) => {
    const type = typeOfId(w.doc._id);
    return type === null ? [] : [{ ...w, table: tableOfType(type) }];
  });
  if (typed.length === 0) return [];
  const touched = new Set<ProjectedTable>(typed.map((w) => w.table));
  // What applyChanges locks for these writes, so that it joins this transaction.
  if (touched.has('activities') || touched.has('verifications'))
    touched.add('activities').add('verifications');
  const tables = [...[...touched].map((t) => rm.table(t)), rm.conflicts, rm.meta];
  return rm.transaction('rw', tables, async () => {
    const rows = await Promise.all(
      typed.map((w) => rm.table(w.table).get(w.doc._id) as Promise<RowBase | undefined>),
    );
    const changes: FeedChange[] = [];
    typed.forEach((w, i) => {
      const row = rows[i];
      const current = row ? row.rev === w.prevRev && !row.conflicted : w.prevRev === null;
      if (!current) return;
      const deleted = w.doc._deleted === true;
      changes.push({
        id: w.doc._id,
        seq: row?.seq ?? 0,
        deleted,
        ...(deleted ? {} : { doc: w.doc }),
      });
    });
    return changes.length > 0 ? applyChanges(rm, changes) : [];
  });
}

/** What the live feed read and is not projected yet: every change in (`after`, `upTo`], in order. */
type FedRun = {
  after: number | string;
  upTo: number | string;
  changes: FeedChange[];
  /** The tab's purge count when they were read (local-feed.ts purgeCount). */
  purges: number;
};
type FedTake = { changes: FeedChange[]; upTo: number | string };

export class Projector {
  private unfollow: (() => void) | null = null;
  private fed: FedRun | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private fullWanted = false;
  private stopped = false;
  /** The last error of a catch-up; the next local change retries. */
  lastError: unknown = null;

  constructor(
    private readonly db: LocalDb,
    private readonly rm: ReadModel,
    private readonly opts: ProjectorOptions = {},
  ) {}

  /** Rebuilds when the schema changed, catches up, then follows the live changes feed. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.ensureVersion();
    this.unfollow = followLocalChanges(this.db, (batch) => {
      this.noteFed(batch);
      void this.run(false).catch(() => undefined);
    });
    await this.catchUp();
  }

  stop(): void {
    this.stopped = true;
    this.unfollow?.();
    this.unfollow = null;
    this.fed = null;
  }

  /** The sequence projected so far (0 before the first batch). */
  async checkpoint(): Promise<number | string> {
    return ((await this.rm.meta.get(CHECKPOINT_KEY)) as MetaRow | undefined)?.seq ?? 0;
  }

  /** Projects every change since the checkpoint; concurrent calls share one run. */
  catchUp(): Promise<void> {
    return this.run(true);
  }

  /**
   * One run at a time. `full` reads the local feed up to what is stored; otherwise the run projects
   * what the live feed brought, and reads only when that does not continue the checkpoint.
   */
  private run(full: boolean): Promise<void> {
    if (full) this.fullWanted = true;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          const full = this.fullWanted;
          this.fullWanted = false;
          await this.runBatches(full);
        } while (this.again && !this.stopped);
        this.lastError = null;
      } catch (err) {
        this.lastError = err;
        throw err;
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Removes rows of documents that left the local database without a change (purged). */
  remove(ids: readonly string[]): Promise<void> {
    return removeProjected(this.rm, ids);
  }

  /** Clears the derived tables and the checkpoint; drafts stay. */
  async clear(): Promise<void> {
    const tables = [
      ...PROJECTED_TABLES.map((t) => this.rm.table(t)),
      this.rm.conflicts,
      this.rm.meta,
    ];
    await this.rm.transaction('rw', tables, async () => {
      for (const t of tables) await t.clear();
      await this.rm.meta.put({ key: CHECKPOINT_KEY, seq: 0, version: this.rm.verno });
    });
  }

  private async ensureVersion(): Promise<void> {
    const meta = (await this.rm.meta.get(CHECKPOINT_KEY)) as MetaRow | undefined;
    if (meta?.version !== this.rm.verno) await this.clear();
  }

  /** Keeps what the live feed read, to project it without reading it again. */
  private noteFed(batch: FeedBatch): void {
    const last = batch.changes[batch.changes.length - 1];
    if (!last) return;
    const changes: FeedChange[] = batch.changes
      .filter((c) => !c.id.startsWith('_'))
      .map((c) => ({ id: c.id, seq: c.seq, deleted: c.deleted, ...(c.doc ? { doc: c.doc } : {}) }));
    const run = this.fed;
    if (run && String(batch.after) === String(run.upTo) && run.purges === batch.purges) {
      run.changes.push(...changes);
      run.upTo = last.seq;
    } else this.fed = { after: batch.after, upTo: last.seq, changes, purges: batch.purges };
    if ((this.fed?.changes.length ?? 0) > FED_HELD * (this.opts.fedBatchSize ?? FED_BATCH_SIZE)) {
      this.fed = null;
      this.fullWanted = true;
    }
  }

  /**
   * What the live feed read after local sequence `since`, up to `max` changes, and the sequence
   * they reach; null when the feed's run does not continue `since` (a change before it is not
   * projected yet: the catch-up reads from the checkpoint instead).
   */
  private takeFed(since: number | string, max: number): FedTake | null {
    const run = this.fed;
    if (!run) return null;
    // Read before a purge: a document in it may be gone. Read again from the checkpoint.
    if (typeof since !== 'number' || run.purges !== purgeCount(this.db)) {
      this.fed = null;
      this.fullWanted = true;
      this.again = true;
      return null;
    }
    const { after, upTo } = run;
    if (typeof after !== 'number' || typeof upTo !== 'number' || after > since) return null;
    if (upTo <= since) {
      this.fed = null;
      return null;
    }
    // Everything after `after` is in the run: what is not after `since` is projected already.
    const from = run.changes.findIndex((c) => typeof c.seq === 'number' && c.seq > since);
    const rest = from < 0 ? [] : run.changes.slice(from);
    const taken = rest.slice(0, max);
    const left = rest.slice(taken.length);
    const reach = left.length > 0 ? (taken[taken.length - 1]?.seq ?? upTo) : upTo;
    this.fed = left.length > 0 ? { ...run, after: reach, changes: left } : null;
    return { changes: taken, upTo: reach };
  }

  /** True when the live feed's run starts after `since`: the changes between are to be read. */
  private fedLeavesGap(since: number | string): boolean {
    const run = this.fed;
    if (!run) return false;
    return typeof run.after !== 'number' || typeof since !== 'number' || run.after > since;
  }

  /** Writes changes and the checkpoint they reach; then hands on the conflicted documents. */
  private async project(changes: FeedChange[], checkpoint: number | string): Promise<void> {
    await applyChanges(this.rm, changes, checkpoint);
    const conflicted = changes
      .filter((c) => !c.deleted && (c.doc?._conflicts?.length ?? 0) > 0)
      .map((c) => c.id);
    if (conflicted.length > 0) await this.opts.onConflicted?.(conflicted);
  }

  private async runBatches(full: boolean): Promise<void> {
    const limit = this.opts.batchSize ?? 1000;
    const fedLimit = this.opts.fedBatchSize ?? FED_BATCH_SIZE;
    for (;;) {
      if (this.stopped) return;
      const since = await this.checkpoint();
      const fed = this.takeFed(since, fedLimit);
      if (fed) {
        await this.project(fed.changes, fed.upTo);
        continue;
      }
      // The live feed brings every later change: nothing to read unless a change came before it.
      if (!full && !this.fedLeavesGap(since)) return;
      // Read before the feed: every change up to it is in the answer below, or was purged.
      const { update_seq: stored } = await this.db.info();
      if (!seqAfter(stored, since)) return;
      const res = await this.db.changes({
        since,
        limit,
        include_docs: true,
        conflicts: true,
        return_docs: true,
      });
      const changes: FeedChange[] = res.results
        .filter((r) => !r.id.startsWith('_'))
        .map((r) => ({
          id: r.id,
          seq: r.seq,
          deleted: r.deleted === true,
          doc: r.doc as FeedDoc | undefined,
        }));
      if (res.results.length === 0) {
        // The last documents may have been purged before they were projected (a moved report):
        // they leave no change, so the checkpoint moves over them, and "synced" (untilProjected)
        // does not wait for them.
        if (seqAfter(stored, since)) await applyChanges(this.rm, [], stored);
        return;
      }
      await this.project(changes, res.last_seq);
      if (res.results.length < limit) return;
    }
  }
}
