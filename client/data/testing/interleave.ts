/**
 * A write of someone else (the pull storing the other device's revision, another save of this
 * device) landing at a chosen moment of a command: just before the command's own write reaches
 * the database. Deterministic, on the real database.
 */
import type { LocalDb } from '../local-db';

/** The database's own bulk write, which `land` uses to write without being intercepted. */
export type BulkWrite = (docs: object[], opts?: { new_edits?: boolean }) => Promise<unknown>;

/**
 * Runs `land` once, just before the next bulk write of `db` (every command writes through one);
 * answers a check that it has run, so a test cannot pass without the interleaving.
 */
export function landBeforeNextWrite(
  db: LocalDb,
  land: (write: BulkWrite) => Promise<unknown>,
): () => boolean {
  const write = db.bulkDocs.bind(db) as BulkWrite;
  let landed = false;
  Object.assign(db, {
    bulkDocs: async (docs: object[], opts?: { new_edits?: boolean }) => {
      if (!landed) {
        landed = true;
        await land(write);
      }
      return write(docs, opts);
    },
  });
  return () => landed;
}
