/**
 * What the report rows are computed from, read from the store for a batch of people at once: each
 * person's entries, verifications and applied attendance corrections of the months asked (by id
 * prefix `activity:{nip}:{yyyy-mm}-`...), their feedback and development records (all: small, and
 * JP counts the whole year), and the documents of the months' periods and attendance months by id.
 * The ids under a prefix come from the feed index, one SQLite range each, also over a shared
 * store: every change the index takes in marks what it touches, so a listing that lags behind the
 * store (another process's write) is put right by the flush that change causes (listing from
 * CouchDB, a range query per person and month, took minutes for 5,000 people). While an indexing
 * run has failed, the index may miss changes until one succeeds: then the store is asked. The
 * bodies come from the store in one `winning` call per batch, but
 * for the revisions kept in memory: the latest MAX_KEPT that the tailer indexed or the store gave.
 * A revision's body never changes, so a kept one is used only when the index names that revision.
 * A push touches its people's months over and over; each flush then reads only what is new.
 */
import { ids } from '../../client/core/ids';
import { planPeriodOfMonth } from '../../client/core/report';
import type { FeedIndex } from '../feed/feed-index';
import type { Store, StoredDoc } from '../store/store';

/** One person's documents, as read for some months. */
export type PersonDocs = {
  /** Live documents under the person's prefixes (entries, verifications, feedback, ...). */
  under: StoredDoc[];
  /** Live documents read by id (period documents, attendance months), by id. */
  byId: Map<string, StoredDoc>;
};

/** Ids per `winning` call: a few hundred KB of documents. */
const READ_CHUNK = 2_000;
/** Bodies kept: a month of entries of a few hundred people (an entry is well under 1 KB). */
const MAX_KEPT = 10_000;
/** Prefix listings in flight at once when the store is asked. */
const PARALLEL = 8;

export class ReportSources {
  /** Recent live revisions by id, oldest first. */
  private readonly kept = new Map<string, StoredDoc>();

  constructor(
    private readonly store: Store,
    private readonly index: FeedIndex,
    /** False while the feed index may miss changes for good (an indexing run failed): ask the store. */
    private readonly indexListed: () => boolean,
  ) {}

  /**
   * The documents of each person for these months: the SKP of each month's year, the appraisal
   * documents of `periodIds`.
   */
  async read(
    nips: readonly string[],
    months: readonly string[],
    periodIds: readonly string[],
  ): Promise<Map<string, PersonDocs>> {
    const prefixes: string[] = [];
    const exact: string[] = [];
    for (const nip of nips) {
      for (const m of months) prefixes.push(`activity:${nip}:${m}-`, `verification:${nip}:${m}-`);
      for (const m of months) prefixes.push(`attendance-applied:${nip}:${m}-`);
      prefixes.push(`feedback:${nip}:`, `enrolment:${nip}:`, `enrolment-admin:${nip}:`);
      for (const m of months) exact.push(ids.attendance(nip, m));
      for (const y of new Set(months.map(planPeriodOfMonth)))
        exact.push(ids.skp(nip, y), ids.skpApproval(nip, y));
      for (const p of periodIds)
        exact.push(
          ids.appraisal(nip, p),
          ids.acknowledgement(nip, p),
          ids.objectionDecision(nip, p),
        );
    }
    // Most people have no document of most of these ids: the index says which exist.
    const existing = this.indexListed() ? exact.filter((id) => this.index.has(id)) : exact;
    const [under, byId] = await Promise.all([this.under(prefixes), this.winning(existing)]);
    const out = new Map<string, PersonDocs>(nips.map((n) => [n, { under: [], byId: new Map() }]));
    for (const doc of under) out.get(nipOf(doc._id))?.under.push(doc);
    for (const doc of byId.values()) out.get(nipOf(doc._id))?.byId.set(doc._id, doc);
    return out;
  }

  /**
   * Keeps revisions just indexed or read, as the store gives them (without `_revisions`); those
   * with attachments are not kept (the store gives their stubs, not their data).
   */
  keep(docs: readonly StoredDoc[]): void {
    for (const doc of docs) {
      this.kept.delete(doc._id);
      if (doc._deleted || doc._attachments !== undefined) continue;
      const body: StoredDoc = { ...doc };
      delete body._revisions;
      this.kept.set(doc._id, body);
    }
    for (const id of this.kept.keys()) {
      if (this.kept.size <= MAX_KEPT) break;
      this.kept.delete(id);
    }
  }

  /** The live documents under these prefixes, as the feed index lists them (else the store). */
  async under(prefixes: readonly string[]): Promise<StoredDoc[]> {
    if (this.indexListed()) {
      const listed = prefixes.flatMap((p) => this.index.liveUnder(p));
      // The kept bodies are taken now: the fetch's own keeping (or a push's, while it waits) may
      // let the oldest go before they are looked up again.
      const fromMemory = new Map<string, StoredDoc>();
      for (const l of listed) {
        const kept = this.kept.get(l.id);
        if (kept?._rev === l.rev) fromMemory.set(l.id, kept);
      }
      const fetched = await this.winning(
        listed.filter((l) => !fromMemory.has(l.id)).map((l) => l.id),
      );
      this.keep([...fetched.values()]);
      return listed.flatMap((l) => {
        const doc = fromMemory.get(l.id) ?? fetched.get(l.id);
        return doc ? [doc] : [];
      });
    }
    const out: StoredDoc[] = [];
    for (let i = 0; i < prefixes.length; i += PARALLEL) {
      const lists = await Promise.all(
        prefixes.slice(i, i + PARALLEL).map((p) => this.store.byPrefix(p)),
      );
      for (const list of lists) out.push(...list.filter((d) => !d._deleted));
    }
    return out;
  }

  /** The live winning revisions of these ids (absent ones left out; deleted ones unless asked). */
  async winning(
    wanted: readonly string[],
    opts: { tombstones?: boolean } = {},
  ): Promise<Map<string, StoredDoc>> {
    const out = new Map<string, StoredDoc>();
    for (let i = 0; i < wanted.length; i += READ_CHUNK) {
      const found = await this.store.winning(wanted.slice(i, i + READ_CHUNK));
      for (const [id, doc] of found) if (opts.tombstones || !doc._deleted) out.set(id, doc);
    }
    return out;
  }
}

/** The NIP a personal document's id names (its second part). */
function nipOf(id: string): string {
  return id.split(':')[1] ?? '';
}
