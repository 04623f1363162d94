/**
 * The feed index's `owned` table: the size of each live personal document by its owner, for the
 * per-person storage quota (replication/quotas.ts). Every write batch asks for its owners' sums,
 * so the sum of each person asked lately is kept in memory and moved by what the index commits,
 * instead of summing a person's documents on every batch.
 */
import type Database from 'better-sqlite3';
import type { IndexEntry } from './feed-index';

export const OWNED_SCHEMA = `
CREATE TABLE IF NOT EXISTS owned (
  doc_id TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  bytes INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS owned_by_owner ON owned (owner);
`;

/** How the sums of owners move with one write transaction of the index. */
export type OwnedMoves = Map<string, number>;

export class OwnedBytes {
  private readonly stmts;
  private readonly sums = new Map<string, number>();

  constructor(db: Database.Database) {
    this.stmts = {
      forget: db.prepare('DELETE FROM owned WHERE doc_id = ? RETURNING owner, bytes'),
      own: db.prepare('INSERT INTO owned (doc_id, owner, bytes) VALUES (?, ?, ?)'),
      sum: db.prepare('SELECT coalesce(sum(bytes), 0) AS n FROM owned WHERE owner = ?'),
    };
  }

  /**
   * Inside the index's write transaction: the entry's size replaces its document's last one
   * (a tombstone or reference data owns nothing); the owners' sums move in `moves`.
   */
  record(e: IndexEntry, moves: OwnedMoves): void {
    const move = (owner: string, bytes: number) =>
      moves.set(owner, (moves.get(owner) ?? 0) + bytes);
    const gone = this.stmts.forget.get(e.docId) as { owner: string; bytes: number } | undefined;
    if (gone) move(gone.owner, -gone.bytes);
    if (!e.deleted && e.owner !== null) {
      this.stmts.own.run(e.docId, e.owner, e.bytes);
      move(e.owner, e.bytes);
    }
  }

  /** Once the transaction committed: the kept sums follow its moves. */
  committed(moves: OwnedMoves): void {
    for (const [owner, bytes] of moves) {
      const sum = this.sums.get(owner);
      if (sum !== undefined) this.sums.set(owner, sum + bytes);
    }
  }

  /** The bytes of the live documents about one person (their winning revisions). */
  of(nip: string): number {
    let sum = this.sums.get(nip);
    if (sum === undefined) {
      sum = (this.stmts.sum.get(nip) as { n: number }).n;
      this.sums.set(nip, sum);
    }
    return sum;
  }
}
