/**
 * The Store over a PouchDB database object: LevelDB on disk (leveldb-store.ts) or a CouchDB
 * server through PouchDB's HTTP adapter (couch-store.ts). Both speak the same PouchDB API, so
 * one implementation serves both; only how the database object is opened differs.
 */
import type {
  AllDocsOptions,
  AllDocsRow,
  BulkGetOptions,
  BulkGetRequest,
  BulkGetResult,
  GetOptions,
  Store,
  StoreChange,
  StoreSeq,
  StoredDoc,
  WriteResult,
} from './store';

type Db = PouchDB.Database<Record<string, unknown>>;

type RawChange = {
  seq: StoreSeq;
  id: string;
  changes: { rev: string }[];
  deleted?: boolean;
  doc?: StoredDoc;
};

/**
 * The most documents one PouchDB bulkDocs call gets. PouchDB on LevelDB slows down far more than
 * linearly with the batch: 40,000 small documents take about 24 s in one call and 2 s in calls of
 * 500 (an organisation import writes that many at once).
 */
const BULK_CHUNK = 500;

export function pouchStore(db: Db, backend: Store['backend']): Store {
  return {
    backend,
    exclusive: backend === 'leveldb',

    async info() {
      const info = await db.info();
      return { docCount: info.doc_count, updateSeq: info.update_seq };
    },

    get: (id, opts: GetOptions) => db.get(id, opts as PouchDB.Core.GetOptions),

    async winning(ids) {
      const out = new Map<string, StoredDoc>();
      if (ids.length === 0) return out;
      const res = await db.allDocs({ keys: [...new Set(ids)], include_docs: true });
      for (const row of res.rows as AllDocsRow[]) {
        if (!row.value || row.error) continue;
        out.set(row.key, row.doc ?? { _id: row.key, _rev: row.value.rev, _deleted: true });
      }
      return out;
    },

    async bulkDocs(docs, newEdits) {
      const out: WriteResult[] = [];
      for (let i = 0; i < docs.length; i += BULK_CHUNK) {
        const chunk = docs.slice(i, i + BULK_CHUNK);
        const res = await db.bulkDocs(
          chunk as PouchDB.Core.PutDocument<Record<string, unknown>>[],
          { new_edits: newEdits },
        );
        out.push(...(res as unknown as Record<string, unknown>[]).map(toWriteResult));
      }
      return out;
    },

    async bulkGet(docs: readonly BulkGetRequest[], opts: BulkGetOptions) {
      if (docs.length === 0) return [];
      const res = await db.bulkGet({
        docs: docs as BulkGetRequest[],
        ...opts,
      } as PouchDB.Core.BulkGetOptions);
      return res.results as unknown as BulkGetResult[];
    },

    async revsDiff(revs) {
      if (Object.keys(revs).length === 0) return {};
      return (await db.revsDiff(revs)) as Record<string, { missing: string[] }>;
    },

    async changes(since, limit) {
      const res = await db.changes({
        since: since as number,
        limit,
        include_docs: true,
        style: 'all_docs',
        return_docs: true,
      });
      const results = (res.results as unknown as RawChange[]).map((c): StoreChange => ({
        seq: c.seq,
        id: c.id,
        leaves: c.changes.map((x) => x.rev),
        deleted: c.deleted === true,
        doc: c.doc ?? { _id: c.id, _rev: c.changes[0]?.rev ?? '', _deleted: true },
      }));
      return { results, lastSeq: res.last_seq };
    },

    async allDocs(opts: AllDocsOptions) {
      if (opts.keys.length === 0) return [];
      const res = await db.allDocs(opts);
      return res.rows as AllDocsRow[];
    },

    async byPrefix(prefix) {
      const res = await db.allDocs({
        startkey: prefix,
        endkey: `${prefix}\uffff`,
        include_docs: true,
      });
      return res.rows.flatMap((r) => (r.doc ? [r.doc as unknown as StoredDoc] : []));
    },

    async revsUnder(prefix) {
      const res = await db.allDocs({ startkey: prefix, endkey: `${prefix}\uffff` });
      return res.rows.map((r) => ({ id: r.id, rev: r.value.rev }));
    },

    async getAttachment(id, name, rev) {
      const data = await db.getAttachment(id, name, rev ? { rev } : {});
      return data as Buffer;
    },

    watch(onChange) {
      const feed = db.changes({ live: true, since: 'now', return_docs: false });
      feed.on('change', onChange);
      // A lost connection to CouchDB ends the live feed; the tailer's timer polls meanwhile.
      feed.on('error', () => undefined);
      return () => feed.cancel();
    },

    close: () => db.close(),
  };
}

function toWriteResult(r: Record<string, unknown>): WriteResult {
  const id = String(r.id ?? '');
  if (r.ok === true || (r.rev && !r.error)) return { id, ok: true, rev: String(r.rev) };
  const error =
    typeof r.error === 'string' ? r.error : typeof r.name === 'string' ? r.name : 'unknown_error';
  const reason =
    typeof r.reason === 'string' ? r.reason : typeof r.message === 'string' ? r.message : error;
  return { id, error, reason };
}
