/**
 * FEED_DIR/feed.sqlite (FEED_DIR defaults to DATA_DIR; each server process has its own): the feed
 * index, derived from the store and rebuilt from it when deleted.
 * `rows` holds one row per (channel, document) for the document's current winning revision,
 * with the server sequence the tailer gave that revision; `meta` holds the store sequence the
 * tailer has read up to, the last server sequence, the index's own random id and the process that
 * has it open (`owner`: a second process on one index is refused at start); `owned` holds
 * the size of each live personal document by its owner, for the per-person storage quota.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CHANNEL_RULES_VERSION } from '../../client/core/channels';
import { isLiveHolderHere, leaseHolderName } from '../server-db';
import type { StoreSeq } from '../store/store';
import { LiveListings } from './live-listings';
import { OWNED_SCHEMA, OwnedBytes, type OwnedMoves } from './owned-bytes';

/** A document revision as the tailer indexes it. */
export type IndexEntry = {
  docId: string;
  rev: string;
  leaves: string[];
  deleted: boolean;
  channels: string[];
  docDate: string | null;
  /** The NIP the document is about (its id names it), or null for reference data. */
  owner: string | null;
  /** The revision's size as stored: its JSON and its attachments. */
  bytes: number;
};

/** One change as `_changes` serves it. */
export type FeedRow = {
  seq: number;
  docId: string;
  rev: string;
  leaves: string[];
  deleted: boolean;
};

/** The channels a user reads, split by whether the retention window applies to them. */
export type ChannelQuery = {
  full: readonly string[];
  windowed: readonly string[];
  windowStart: string;
};

const NO_CHANNEL = '';

type RawRow = { seq: number; doc_id: string; rev: string; revs: string; deleted: number };

const SCHEMA = `
CREATE TABLE IF NOT EXISTS rows (
  channel TEXT NOT NULL,
  seq INTEGER NOT NULL,
  doc_id TEXT NOT NULL,
  rev TEXT NOT NULL,
  revs TEXT NOT NULL,
  deleted INTEGER NOT NULL,
  doc_date TEXT,
  PRIMARY KEY (channel, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS rows_by_doc ON rows (doc_id);
CREATE INDEX IF NOT EXISTS rows_by_channel_doc ON rows (channel, doc_id);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
${OWNED_SCHEMA}`;

/** Bumped when what the index derives changes (2: sizes of owned documents): it is rebuilt. */
const INDEX_SCHEMA = 2;

export class FeedIndex {
  private readonly db: Database.Database;
  readonly indexId: string;
  /** This process, as named in `meta.owner` while it has the index open. */
  private readonly owner: string;
  private seq: number;
  private since: StoreSeq;
  private readonly stmts;
  /** The live documents under the day prefixes asked lately, kept as `apply` changes the rows. */
  private readonly listings = new LiveListings();
  /** The sizes of personal documents by owner (the storage quota), kept as `apply` commits. */
  private readonly owned: OwnedBytes;

  /** Opens (or creates) the index in `dir`; only one process may use a directory's index. */
  constructor(dir: string) {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'feed.sqlite');
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SCHEMA);
    const meta = (key: string) =>
      (
        this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
          { value: string } | undefined
      )?.value;
    // Rows built by older channel rules would misroute documents: start over from the store.
    const version = `${CHANNEL_RULES_VERSION}/${INDEX_SCHEMA}`;
    if (meta('channel_rules') !== version) {
      this.db.exec('DELETE FROM rows; DELETE FROM owned; DELETE FROM meta;');
      this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('channel_rules', version);
    }
    // One process per index: a second tailer would number the same rows again.
    this.owner = leaseHolderName();
    const other = this.db
      .transaction(() => {
        const owner = meta('owner');
        if (owner !== undefined && isLiveHolderHere(owner, this.owner)) return owner;
        this.db
          .prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)')
          .run('owner', this.owner);
        return null;
      })
      .immediate();
    if (other !== null) {
      this.db.close();
      throw new Error(
        `${file} is in use by another server process (${other}): give each process its own FEED_DIR`,
      );
    }
    let id = meta('index_id');
    if (id === undefined) {
      id = randomBytes(6).toString('hex');
      this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('index_id', id);
    }
    this.indexId = id;
    this.seq = Number(meta('last_seq') ?? 0);
    this.since = JSON.parse(meta('store_since') ?? '0') as StoreSeq;
    this.owned = new OwnedBytes(this.db);
    const s = (sql: string) => this.db.prepare(sql);
    this.stmts = {
      setMeta: s(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ),
      channelsOf: s('SELECT channel FROM rows WHERE doc_id = ?'),
      channelsOfMany: s(
        'SELECT doc_id, channel FROM rows WHERE doc_id IN (SELECT value FROM json_each(?))',
      ).raw(),
      has: s('SELECT 1 FROM rows WHERE doc_id = ? LIMIT 1'),
      existing: s(
        'SELECT DISTINCT doc_id FROM rows WHERE doc_id IN (SELECT value FROM json_each(?))',
      ).pluck(),
      deleteDoc: s('DELETE FROM rows WHERE doc_id = ?'),
      insert: s(
        'INSERT INTO rows (channel, seq, doc_id, rev, revs, deleted, doc_date) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      full: s(
        'SELECT seq, doc_id, rev, revs, deleted FROM rows WHERE channel = ? AND seq > ? ORDER BY seq LIMIT ?',
      ),
      windowed: s(
        `SELECT seq, doc_id, rev, revs, deleted FROM rows WHERE channel = ? AND seq > ?
         AND (doc_date IS NULL OR doc_date >= ?) ORDER BY seq LIMIT ?`,
      ),
      docRows: s(
        'SELECT channel, seq, doc_id, rev, revs, deleted, doc_date FROM rows WHERE doc_id = ?',
      ),
      liveUnder: s(
        'SELECT doc_id, rev FROM rows WHERE doc_id >= ? AND doc_id < ? AND deleted = 0',
      ).raw(),
      range: s(
        `SELECT doc_id, rev FROM rows WHERE channel = ? AND doc_id >= ? AND doc_id <= ? AND deleted = 0
         ORDER BY doc_id LIMIT ?`,
      ),
    };
  }

  get lastSeq(): number {
    return this.seq;
  }

  get storeSince(): StoreSeq {
    return this.since;
  }

  /** Indexes a batch of store changes in one transaction; returns the channels it touched. */
  apply(entries: readonly IndexEntry[], storeSince: StoreSeq): Set<string> {
    const touched = new Set<string>();
    const moves: OwnedMoves = new Map();
    const tx = this.db.transaction(() => {
      for (const e of entries) {
        const channels = new Set(e.channels);
        // A tombstone reaches everyone who held the document, wherever it was last.
        if (e.deleted)
          for (const r of this.stmts.channelsOf.all(e.docId) as { channel: string }[])
            channels.add(r.channel);
        this.stmts.deleteDoc.run(e.docId);
        this.owned.record(e, moves);
        const seq = ++this.seq;
        const revs = JSON.stringify(e.leaves);
        // A document in no channel still gets a row (channel '' is granted to nobody), so the
        // index knows every stored id.
        if (channels.size === 0) channels.add(NO_CHANNEL);
        for (const c of channels) {
          this.stmts.insert.run(c, seq, e.docId, e.rev, revs, e.deleted ? 1 : 0, e.docDate);
          touched.add(c);
        }
      }
      this.stmts.setMeta.run('last_seq', String(this.seq));
      this.stmts.setMeta.run('store_since', JSON.stringify(storeSince));
    });
    tx();
    this.since = storeSince;
    this.listings.applied(entries);
    this.owned.committed(moves);
    return touched;
  }

  /** Changes after `since` in the given channels, oldest first, each document once. */
  changes(q: ChannelQuery, since: number, limit: number): FeedRow[] {
    const bySeq = new Map<number, RawRow>();
    const cap = Number.isFinite(limit) ? limit : -1;
    for (const c of q.full)
      for (const r of this.stmts.full.all(c, since, cap) as RawRow[]) bySeq.set(r.seq, r);
    for (const c of q.windowed) {
      for (const r of this.stmts.windowed.all(c, since, q.windowStart, cap) as RawRow[])
        bySeq.set(r.seq, r);
    }
    const sorted = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
    return (cap >= 0 ? sorted.slice(0, cap) : sorted).map(toFeedRow);
  }

  /** How many changes after `since` are fed to these channels (`_changes`' `pending`). */
  countAfter(q: ChannelQuery, since: number): number {
    const marks = (list: readonly string[]) => list.map(() => '?').join(', ');
    const where = [
      ...(q.full.length > 0 ? [`channel IN (${marks(q.full)})`] : []),
      ...(q.windowed.length > 0
        ? [`(channel IN (${marks(q.windowed)}) AND (doc_date IS NULL OR doc_date >= ?))`]
        : []),
    ];
    if (where.length === 0) return 0;
    // A document in two of the channels has one change (one seq), not two.
    const sql = `SELECT count(DISTINCT seq) AS n FROM rows WHERE seq > ? AND (${where.join(' OR ')})`;
    const args = [
      since,
      ...q.full,
      ...(q.windowed.length > 0 ? [...q.windowed, q.windowStart] : []),
    ];
    return (this.db.prepare(sql).get(...args) as { n: number }).n;
  }

  /** The changes of the named documents after `since` that are fed to these channels. */
  changesOfDocs(q: ChannelQuery, docIds: readonly string[], since: number): FeedRow[] {
    const out: FeedRow[] = [];
    for (const id of new Set(docIds)) {
      const rows = this.stmts.docRows.all(id) as (RawRow & {
        channel: string;
        doc_date: string | null;
      })[];
      const fed = rows.find((r) => isFed(q, r.channel, r.doc_date));
      if (fed && fed.seq > since) out.push(toFeedRow(fed));
    }
    return out.sort((a, b) => a.seq - b.seq);
  }

  /** True when the document is in the index (in any channel, or in none). */
  has(docId: string): boolean {
    return this.stmts.has.get(docId) !== undefined;
  }

  /** The ids of these that are in the index (as `has`, in one query for a whole batch). */
  existing(docIds: readonly string[]): Set<string> {
    if (docIds.length === 0) return new Set();
    return new Set(this.stmts.existing.all(JSON.stringify(docIds)) as string[]);
  }

  /** The live (not deleted) documents whose id starts with a prefix, with their winning revision. */
  liveUnder(prefix: string): { id: string; rev: string }[] {
    // One row per channel of a document: each document once (the listing's map).
    return this.listings.under(
      prefix,
      () => this.stmts.liveUnder.all(prefix, `${prefix}\uffff`) as [string, string][],
    );
  }

  /** The bytes of the live documents about one person (their winning revisions). */
  bytesOwnedBy(nip: string): number {
    return this.owned.of(nip);
  }

  /** The channels an indexed document is in (none when it is unknown). */
  channelsOfDoc(docId: string): string[] {
    return (this.stmts.channelsOf.all(docId) as { channel: string }[]).map((r) => r.channel);
  }

  /**
   * The channels of each of these documents, as [id, channel] pairs (a document in no channel
   * has its '' row; an unknown one none): one query for a whole batch, where `channelsOfDoc`
   * for each id would be one query per document.
   */
  channelsOfDocs(docIds: readonly string[]): [string, string][] {
    if (docIds.length === 0) return [];
    return this.stmts.channelsOfMany.all(JSON.stringify(docIds)) as [string, string][];
  }

  /** Live (not deleted) documents of these channels with ids in [start, end], sorted by id. */
  docsInRange(
    channels: readonly string[],
    start: string,
    end: string,
    limit: number,
  ): { id: string; rev: string }[] {
    const byId = new Map<string, string>();
    for (const c of channels) {
      for (const r of this.stmts.range.all(c, start, end, limit) as {
        doc_id: string;
        rev: string;
      }[]) {
        byId.set(r.doc_id, r.rev);
      }
    }
    return [...byId.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, limit < 0 ? undefined : limit)
      .map(([id, rev]) => ({ id, rev }));
  }

  /** How many live documents these channels hold. */
  docCount(channels: readonly string[]): number {
    if (channels.length === 0) return 0;
    const marks = channels.map(() => '?').join(', ');
    const sql = `SELECT count(DISTINCT doc_id) AS n FROM rows WHERE deleted = 0 AND channel IN (${marks})`;
    return (this.db.prepare(sql).get(...channels) as { n: number }).n;
  }

  close(): void {
    this.db.prepare("DELETE FROM meta WHERE key = 'owner' AND value = ?").run(this.owner);
    this.db.close();
  }
}

function isFed(q: ChannelQuery, channel: string, docDate: string | null): boolean {
  if (q.full.includes(channel)) return true;
  return q.windowed.includes(channel) && (docDate === null || docDate >= q.windowStart);
}

function toFeedRow(r: RawRow): FeedRow {
  return {
    seq: r.seq,
    docId: r.doc_id,
    rev: r.rev,
    leaves: JSON.parse(r.revs) as string[],
    deleted: r.deleted === 1,
  };
}
