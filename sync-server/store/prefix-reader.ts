/**
 * The live documents under an id prefix (a person's entries of one day, for the overlap rule), as
 * the gatekeeper reads them for every write batch. Held in memory: the latest known revision of up
 * to MAX_CACHED such documents, and the days read lately as the maps the overlap rule reads (with
 * their schedules, client/core/day-schedule.ts), so a push that brings a day again and again
 * neither rebuilds the day nor its schedule. A revision's body never changes, so a kept one is
 * used only when it is the revision the store holds now: every read lists those first (the feed
 * index when it knows every stored id, then a new day costs no store read at all; else the store,
 * which other servers write too), brings the kept day to that listing, and reads from the store
 * only the bodies it lacks. The index follows the store a moment behind: what this server wrote
 * and the index does not list yet is counted too (the next push may follow at once).
 */
import { copyDay, noteScheduled } from '../../client/core/day-schedule';
import { colonPrefixes } from '../../client/core/ids';
import type { FeedIndex } from '../feed/feed-index';
import type { Store, StoredDoc } from './store';

/** About two months of entries of a 100-person unit; an activity is well under 1 KB. */
const MAX_CACHED = 10_000;
/** Written, not yet listed by the index: a few pushes' worth (the tailer is milliseconds behind). */
const MAX_UNINDEXED = 5_000;
/** Days kept: a few months of a unit's working days; their bodies are mostly MAX_CACHED's. */
const MAX_DAYS = 2_000;

export class PrefixReader {
  private readonly cache = new Map<string, StoredDoc>();
  /** Live documents this server wrote that the index did not list yet, by id. */
  private readonly unindexed = new Map<string, StoredDoc>();
  /** By prefix: its live documents as last listed, by id; changed only through `put`. */
  private readonly days = new Map<string, Map<string, StoredDoc>>();

  constructor(
    private readonly store: Store,
    private readonly index: FeedIndex,
    /** True when the feed index holds every id the store holds (Tailer.knowsEveryStoredId). */
    private readonly indexKnowsAll: () => boolean,
  ) {}

  /**
   * The winning revisions of the live documents whose id starts with `prefix`, by id: a map of
   * the caller's own, which it may change (a batch notes what it accepts there).
   */
  async read(prefix: string): Promise<Map<string, StoredDoc>> {
    const fromIndex = this.indexKnowsAll();
    const live = fromIndex ? this.index.liveUnder(prefix) : await this.store.revsUnder(prefix);
    const day = this.days.get(prefix) ?? new Map<string, StoredDoc>();
    this.days.delete(prefix);
    this.days.set(prefix, day);
    dropOldest(this.days, MAX_DAYS);
    // The cached bodies are taken now: remembering the fetched ones (or another write's, while
    // this one waits) may drop the oldest before they are looked up again.
    const missing: string[] = [];
    let listedInDay = 0;
    for (const l of live) {
      if (day.get(l.id)?._rev === l.rev) listedInDay++;
      else {
        const doc = this.cache.get(l.id);
        if (doc?._rev === l.rev) {
          put(day, l.id, doc);
          listedInDay++;
        } else missing.push(l.id);
      }
    }
    // No other read of this day runs meanwhile: every write that reads a day holds its lock key
    // (gatekeeper.ts lockKeysOf, ADR 0022), so the counts below are this read's alone.
    const fetched = missing.length > 0 ? await this.store.winning(missing) : null;
    for (const id of missing) {
      const doc = fetched?.get(id);
      if (doc && !doc._deleted) {
        put(day, id, doc);
        listedInDay++;
      } else if (day.has(id)) put(day, id, null);
    }
    this.remember([...(fetched?.values() ?? [])]);
    // What the day holds beyond the listing was deleted since it was kept.
    if (day.size > listedInDay) {
      const listed = new Set(live.map((l) => l.id));
      for (const id of day.keys()) if (!listed.has(id)) put(day, id, null);
    }
    const docs = copyDay(day);
    if (!fromIndex) return docs;
    for (const [id, doc] of this.unindexed) {
      if (!id.startsWith(prefix)) continue;
      if (day.has(id) || live.some((l) => l.id === id)) this.unindexed.delete(id);
      else put(docs, id, doc);
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
      // A kept day holding it follows at once: until the index lists the new revision, a read
      // finds the day at another revision than listed and asks the store, as for a new day.
      for (const prefix of colonPrefixes(doc._id)) {
        const day = this.days.get(prefix);
        if (day) put(day, doc._id, doc._deleted ? null : (body ?? null));
      }
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

/** Changes a day and its schedule together (a null document takes the id out). */
function put(day: Map<string, StoredDoc>, id: string, doc: StoredDoc | null): void {
  if (doc === null) day.delete(id);
  else day.set(id, doc);
  noteScheduled(day, id, doc);
}

function dropOldest(map: Map<string, unknown>, max: number): void {
  for (const id of map.keys()) {
    if (map.size <= max) break;
    map.delete(id);
  }
}
