/**
 * The live documents under an id prefix (a person's entries of one day, for the overlap rule), as
 * the gatekeeper reads them for every write batch. Held in memory: the latest known revision of up
 * to MAX_CACHED such documents. A revision's body never changes, so a cached one is used only when
 * it is the revision the store holds now: the feed index names those when it knows every stored id
 * (then a new day costs no store read at all), else the store lists them; only bodies the cache
 * lacks are read from the store. The index follows the store a moment behind: what this server
 * wrote and the index does not list yet is counted too (the next push may follow at once).
 */
import type { FeedIndex } from '../feed/feed-index';
import type { Store, StoredDoc } from './store';

/** About two months of entries of a 100-person unit; an activity is well under 1 KB. */
const MAX_CACHED = 10_000;
/** Written, not yet listed by the index: a few pushes' worth (the tailer is milliseconds behind). */
const MAX_UNINDEXED = 5_000;

export class PrefixReader {
  private readonly cache = new Map<string, StoredDoc>();
  /** Live documents this server wrote that the index did not list yet, by id. */
  private readonly unindexed = new Map<string, StoredDoc>();

  constructor(
    private readonly store: Store,
    private readonly index: FeedIndex,
    /** True when the feed index holds every id the store holds (Tailer.knowsEveryStoredId). */
    private readonly indexKnowsAll: () => boolean,
  ) {}

  /** The winning revisions of the live documents whose id starts with `prefix`. */
  async read(prefix: string): Promise<StoredDoc[]> {
    const fromIndex = this.indexKnowsAll();
    const live = fromIndex ? this.index.liveUnder(prefix) : await this.store.revsUnder(prefix);
    // The cached bodies are taken now: remembering the fetched ones (or another write's, while
    // this one waits) may drop the oldest before they are looked up again.
    const cached = new Map<string, StoredDoc>();
    for (const l of live) {
      const doc = this.cache.get(l.id);
      if (doc?._rev === l.rev) cached.set(l.id, doc);
    }
    const missing = live.filter((l) => !cached.has(l.id)).map((l) => l.id);
    const fetched =
      missing.length > 0 ? await this.store.winning(missing) : new Map<string, StoredDoc>();
    this.remember([...fetched.values()]);
    const docs = live.flatMap((l) => {
      const doc = fetched.get(l.id) ?? cached.get(l.id);
      return doc && !doc._deleted ? [doc] : [];
    });
    if (!fromIndex) return docs;
    const listed = new Set(live.map((l) => l.id));
    for (const [id, doc] of this.unindexed) {
      if (!id.startsWith(prefix)) continue;
      if (listed.has(id)) this.unindexed.delete(id);
      else docs.push(doc);
    }
    return docs;
  }

  /** Keeps revisions just read (the oldest known are dropped past MAX_CACHED). */
  remember(docs: readonly StoredDoc[]): void {
    for (const doc of docs) {
      if (doc._deleted) {
        this.cache.delete(doc._id);
        continue;
      }
      const body: StoredDoc = { ...doc };
      delete body._revisions;
      this.cache.delete(doc._id);
      this.cache.set(doc._id, body);
    }
    dropOldest(this.cache, MAX_CACHED);
  }

  /**
   * Keeps revisions this server just wrote: counted until the index lists them (`settled`), so
   * a read under their prefix before then is judged with them.
   */
  written(docs: readonly StoredDoc[]): void {
    this.remember(docs);
    for (const doc of docs) {
      this.unindexed.delete(doc._id);
      const body = this.cache.get(doc._id);
      if (!doc._deleted && body) this.unindexed.set(doc._id, body);
    }
    dropOldest(this.unindexed, MAX_UNINDEXED);
  }

  /**
   * The indexing of these written ids has settled: the index lists them, or it failed and reads
   * ask the store until a complete run, which lists them too. Without this, what waits here grows
   * to MAX_UNINDEXED and every read walks it all.
   */
  settled(ids: readonly string[]): void {
    for (const id of ids) this.unindexed.delete(id);
  }
}

function dropOldest(map: Map<string, unknown>, max: number): void {
  for (const id of map.keys()) {
    if (map.size <= max) break;
    map.delete(id);
  }
}
