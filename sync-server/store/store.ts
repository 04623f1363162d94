/**
 * The document store behind the gatekeeper: every revision of every document. Two backends
 * implement it (embedded PouchDB on LevelDB, Apache CouchDB over HTTP); the server never reads
 * or writes documents any other way.
 */

/** A document revision as the store returns it. */
export type StoredDoc = { _id: string; _rev: string; _deleted?: boolean; [field: string]: unknown };

/** One entry of the store's own changes feed: the winning revision and every leaf. */
export type StoreChange = {
  seq: StoreSeq;
  id: string;
  leaves: string[];
  deleted: boolean;
  doc: StoredDoc;
};

/** The store's sequence: a number for PouchDB, an opaque string for CouchDB. */
export type StoreSeq = number | string;

export type GetOptions = {
  rev?: string;
  revs?: boolean;
  open_revs?: 'all' | string[];
  latest?: boolean;
  conflicts?: boolean;
  attachments?: boolean;
  revs_info?: boolean;
};

/** One `_bulk_docs` result row, CouchDB's shape. */
export type WriteResult = { id: string; ok?: true; rev?: string; error?: string; reason?: string };

export type BulkGetRequest = { id: string; rev?: string; atts_since?: string[] };
export type BulkGetOptions = { revs?: boolean; latest?: boolean; attachments?: boolean };
export type BulkGetResult = {
  id: string;
  docs: ({ ok: unknown } | { error: Record<string, unknown> })[];
};

export type AllDocsOptions = {
  keys: string[];
  include_docs?: boolean;
  conflicts?: boolean;
  attachments?: boolean;
};
export type AllDocsRow = {
  key: string;
  id?: string;
  value?: { rev: string; deleted?: boolean };
  doc?: StoredDoc | null;
  error?: string;
};

export type Store = {
  readonly backend: 'leveldb' | 'couchdb';
  /** True when this server is the store's only writer (embedded LevelDB): its feed index then knows every stored id. */
  readonly exclusive: boolean;
  info(): Promise<{ docCount: number; updateSeq: StoreSeq }>;
  /** A document as CouchDB's GET /{db}/{id} answers it (open_revs gives an array). */
  get(id: string, opts: GetOptions): Promise<unknown>;
  /** Winning revisions by id, deleted ones as tombstones `{_id, _rev, _deleted}`; absent ids are left out. */
  winning(ids: readonly string[]): Promise<Map<string, StoredDoc>>;
  bulkDocs(docs: readonly Record<string, unknown>[], newEdits: boolean): Promise<WriteResult[]>;
  bulkGet(docs: readonly BulkGetRequest[], opts: BulkGetOptions): Promise<BulkGetResult[]>;
  revsDiff(revs: Record<string, string[]>): Promise<Record<string, { missing: string[] }>>;
  /** The store's changes after `since`, oldest first, with the winning doc of each. */
  changes(since: StoreSeq, limit: number): Promise<{ results: StoreChange[]; lastSeq: StoreSeq }>;
  allDocs(opts: AllDocsOptions): Promise<AllDocsRow[]>;
  /** All documents whose id starts with a prefix (reference data: employees, units, periods). */
  byPrefix(prefix: string): Promise<StoredDoc[]>;
  /** The live documents whose id starts with a prefix, as ids and winning revisions only. */
  revsUnder(prefix: string): Promise<{ id: string; rev: string }[]>;
  getAttachment(id: string, name: string, rev?: string): Promise<Buffer>;
  /** Calls back whenever the store may have new changes (including writes by other servers). */
  watch(onChange: () => void): () => void;
  close(): Promise<void>;
};
