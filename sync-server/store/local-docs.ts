/**
 * `_local` documents (replication checkpoints) in server.sqlite, kept per user: one user's
 * `_local/x` is not another's. Revisions are CouchDB's `0-N`. Each user keeps at most
 * MAX_LOCAL_DOCS of at most MAX_LOCAL_DOC_BYTES each, so no account can fill the server's disk;
 * `written` orders them by their last write, so the stalest checkpoint gives way to a new one.
 */
import { conflict, HttpError, notFound } from '../http/errors';
import { writeTransaction, type ServerDb } from '../server-db';

export type LocalDoc = { _id: string; _rev: string; [field: string]: unknown };

/**
 * The largest `_local` document body (its JSON without `_id`/`_rev`, in UTF-8 bytes). A PouchDB
 * checkpoint (session id, last sequence, a history of at most 5 entries) is under 1 kB.
 */
export const MAX_LOCAL_DOC_BYTES = 64 * 1024;

/**
 * The most `_local` documents one user keeps. PouchDB writes one checkpoint per replication (one
 * per device and direction), so 100 covers 50 devices in use. A new one past that replaces the
 * least recently written: a device whose checkpoint went (one unused for longest: a reinstalled
 * app, a lost phone) replicates from the start again, cheaply through `_revs_diff`, and never
 * finds itself unable to sync.
 */
export const MAX_LOCAL_DOCS = 100;

export class LocalDocs {
  /**
   * Prepared once: a replication reads and writes its checkpoint after every batch, and
   * preparing the statements each time cost more than running them.
   */
  private readonly stmts;

  constructor(private readonly db: ServerDb) {
    this.stmts = {
      get: db.prepare('SELECT rev, body FROM local_docs WHERE nip = ? AND id = ?'),
      rev: db.prepare('SELECT rev FROM local_docs WHERE nip = ? AND id = ?').pluck(),
      count: db.prepare('SELECT count(*) FROM local_docs WHERE nip = ?').pluck(),
      upsert: db.prepare(
        `INSERT INTO local_docs (nip, id, rev, body, written) VALUES (?, ?, ?, ?,
           (SELECT coalesce(max(written), 0) + 1 FROM local_docs WHERE nip = ?))
         ON CONFLICT (nip, id) DO UPDATE SET rev = excluded.rev, body = excluded.body,
           written = excluded.written`,
      ),
    };
  }

  get(nip: string, id: string): LocalDoc {
    const row = this.stmts.get.get(nip, id) as { rev: string; body: string } | undefined;
    if (!row) throw notFound('missing');
    return {
      ...(JSON.parse(row.body) as Record<string, unknown>),
      _id: `_local/${id}`,
      _rev: row.rev,
    };
  }

  /** Writes a local document; `rev` must be the current one (or absent for a new one). */
  put(nip: string, id: string, body: Record<string, unknown>, rev: string | undefined): string {
    // Read, then write: another server process may write the same checkpoint in between.
    return writeTransaction(this.db, () => {
      const current = this.currentRev(nip, id);
      if (current !== null && rev !== undefined && rev !== current) throw conflict();
      if (current !== null && rev === undefined) throw conflict();
      const stored: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(body)) if (k !== '_id' && k !== '_rev') stored[k] = v;
      const json = JSON.stringify(stored);
      if (Buffer.byteLength(json) > MAX_LOCAL_DOC_BYTES) {
        throw new HttpError(
          413,
          'document_too_large',
          `_local/${id} melebihi ${MAX_LOCAL_DOC_BYTES / 1024} kB`,
        );
      }
      if (current === null && this.count(nip) >= MAX_LOCAL_DOCS) {
        this.db
          .prepare(
            `DELETE FROM local_docs WHERE rowid IN
             (SELECT rowid FROM local_docs WHERE nip = ? ORDER BY written, rowid LIMIT ?)`,
          )
          .run(nip, this.count(nip) - MAX_LOCAL_DOCS + 1);
      }
      const next = `0-${current === null ? 1 : Number(current.slice(2)) + 1}`;
      this.stmts.upsert.run(nip, id, next, json, nip);
      return next;
    });
  }

  remove(nip: string, id: string, rev: string | undefined): string {
    const current = this.currentRev(nip, id);
    if (current === null) throw notFound('missing');
    if (rev !== current) throw conflict();
    this.db.prepare('DELETE FROM local_docs WHERE nip = ? AND id = ?').run(nip, id);
    return '0-0';
  }

  private count(nip: string): number {
    return this.stmts.count.get(nip) as number;
  }

  private currentRev(nip: string, id: string): string | null {
    return (this.stmts.rev.get(nip, id) as string | undefined) ?? null;
  }
}
