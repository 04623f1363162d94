/**
 * What still waits to be sent, kept up to date incrementally by the sync engine. A local change
 * waits when it lies after the push checkpoint and the server does not already hold every leaf
 * revision of its document. Revisions the pull wrote are held by the server, so a first sync of
 * 10,000 documents leaves nothing waiting, and the push can start after them (`knownPrefix`)
 * instead of asking the server about each one again.
 *
 * What people are told is a count of entries, not of documents: an activity and its evidence
 * photos are one entry (`entryOf`), so one entry with a photo waits as "1", not "2".
 *
 * Each scan reads only the local changes since the previous one, and none that the shared live
 * feed (local-feed.ts) has handed over already (`ingest`): a pull's documents are read once.
 * Sequences are numbers with the `indexeddb` and `memory` adapters; with any other kind, every
 * scan starts from the checkpoint.
 */
import { activityIdOfPhoto } from '../core/ids';
import type { LocalDb } from './local-db';
import type { FeedBatch } from './local-feed';

type Seq = number | string;
type Waiting = { seq: Seq; revs: string[] };

/** The entry a document belongs to: an evidence photo to its activity, any other to itself. */
export function entryOf(id: string): string {
  return id.startsWith('photo:') ? (activityIdOfPhoto(id) ?? id) : id;
}

/** How many entries the documents `ids` make. */
export function entryCount(ids: Iterable<string>): number {
  const entries = new Set<string>();
  for (const id of ids) entries.add(entryOf(id));
  return entries.size;
}

function isNum(seq: Seq): seq is number {
  return typeof seq === 'number';
}

export class PendingTracker {
  /** Everything up to this local sequence is on the server (the push checkpoint, or known). */
  private base: Seq = 0;
  /** Local changes up to this sequence have been looked at. */
  private scanned: Seq = 0;
  private readonly waiting = new Map<string, Waiting>();
  /** Revisions the pull wrote (the server holds them), until a scan has used them. */
  private readonly pulled = new Map<string, Set<string>>();
  private scanning: Promise<number> | null = null;
  private again = false;

  constructor(private readonly db: LocalDb) {}

  /** Starts over from a push checkpoint (the engine's start). */
  reset(base: Seq): void {
    this.base = base;
    this.scanned = base;
    this.waiting.clear();
  }

  /** Entries waiting to be sent (an activity and its photos count once), as of the last scan. */
  get count(): number {
    return entryCount(this.waiting.keys());
  }

  /** The ids of the documents waiting to be sent, as of the last scan. */
  waitingIds(): string[] {
    return [...this.waiting.keys()];
  }

  /** The pull wrote these revisions: the server has them. */
  notePulled(docs: readonly { _id: string; _rev: string }[]): void {
    for (const { _id: id, _rev: rev } of docs) {
      let revs = this.pulled.get(id);
      if (!revs) this.pulled.set(id, (revs = new Set()));
      revs.add(rev);
      const w = this.waiting.get(id);
      if (w && w.revs.every((r) => revs.has(r))) this.waiting.delete(id);
    }
  }

  /** The push got past local sequence `seq`. */
  pushedTo(seq: Seq): void {
    if (!isNum(seq) || !isNum(this.base) || !isNum(this.scanned)) {
      // Sequences that do not compare: count again from the checkpoint at the next scan.
      this.reset(seq);
      return;
    }
    if (seq <= this.base) return;
    this.base = seq;
    if (this.scanned < seq) this.scanned = seq;
    for (const [id, w] of this.waiting) if (isNum(w.seq) && w.seq <= seq) this.waiting.delete(id);
  }

  /** The push checkpoint as a sequence the push may start from; null when there is none. */
  checkpoint(): number | null {
    return isNum(this.base) && this.base > 0 ? this.base : null;
  }

  /**
   * A local sequence after which every document the server lacks has its latest change, when it
   * is past the checkpoint: the push may start there (it reads each document's leaves at its
   * latest change). Null when unknown or not past the checkpoint.
   */
  knownPrefix(): number | null {
    if (!isNum(this.scanned) || !isNum(this.base)) return null;
    let prefix = this.scanned;
    for (const w of this.waiting.values()) {
      if (!isNum(w.seq)) return null;
      prefix = Math.min(prefix, w.seq - 1);
    }
    return prefix > this.base ? prefix : null;
  }

  /** Reads the local changes since the last scan; resolves to the count. Calls share one read. */
  scan(): Promise<number> {
    if (this.scanning) {
      this.again = true;
      return this.scanning;
    }
    this.scanning = (async () => {
      try {
        do {
          this.again = false;
          await this.scanOnce();
        } while (this.again);
        return this.count;
      } finally {
        this.scanning = null;
      }
    })();
    return this.scanning;
  }

  /**
   * Takes what the live feed read (every change after `batch.after`) when it continues the last
   * scan, so the next scan starts after it. A batch that leaves a gap is left to the scan.
   */
  ingest(batch: FeedBatch): void {
    const last = batch.changes[batch.changes.length - 1];
    const { scanned } = this;
    if (!last || !isNum(batch.after) || !isNum(scanned) || !isNum(last.seq)) return;
    if (batch.after > scanned || last.seq <= scanned) return;
    this.take(batch.changes.filter((c) => isNum(c.seq) && c.seq > scanned));
    this.scanned = last.seq;
  }

  private async scanOnce(): Promise<void> {
    const since = this.scanned;
    const res = await this.db.changes({ since, style: 'all_docs', return_docs: true });
    // A checkpoint moved meanwhile (reset, a non-numeric push, the feed's batch): this read is stale.
    if (this.scanned !== since) return void (this.again = true);
    if (!Array.isArray(res.results)) return;
    this.take(
      res.results.map((r) => ({ id: r.id, seq: r.seq, revs: r.changes.map((c) => c.rev) })),
    );
    this.scanned = res.last_seq;
  }

  /** Notes which of these local changes (in order) wait to be sent. */
  private take(changes: readonly { id: string; seq: Seq; revs: string[] }[]): void {
    for (const { id, seq, revs } of changes) {
      const pulled = this.pulled.get(id);
      this.pulled.delete(id);
      if (id.startsWith('_design/')) continue;
      if (pulled && revs.every((rev) => pulled.has(rev))) this.waiting.delete(id);
      else if (!isNum(seq) || !isNum(this.base) || seq > this.base)
        this.waiting.set(id, { seq, revs });
    }
  }
}
