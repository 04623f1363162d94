/**
 * In memory, beside the feed index: the live documents under an id prefix (a person's entries of
 * one day) with their winning revisions, as the index's rows list them, for the prefixes asked
 * lately. The gatekeeper asks for every day a push batch touches (store/prefix-reader.ts); a push
 * brings the same days again and again. Every change of the rows goes through FeedIndex.apply,
 * which passes its entries here once committed, so a kept listing is the rows' answer at any time.
 * Only prefixes ending in `:` are kept: an indexed id then finds its listings by its own colons.
 */
import { colonPrefixes } from '../../client/core/ids';
import type { IndexEntry } from './feed-index';

/** About two months of days of a 100-person unit. */
const MAX_PREFIXES = 5_000;

export class LiveListings {
  /** By prefix: live document id → winning revision. */
  private readonly byPrefix = new Map<string, Map<string, string>>();

  /** The listing under `prefix`, kept or read with `read` (the index's rows) and kept. */
  under(prefix: string, read: () => [string, string][]): { id: string; rev: string }[] {
    let listing = this.byPrefix.get(prefix);
    if (!listing) {
      listing = new Map(read());
      if (!prefix.endsWith(':')) return toList(listing);
      if (this.byPrefix.size >= MAX_PREFIXES)
        this.byPrefix.delete(this.byPrefix.keys().next().value as string);
      this.byPrefix.set(prefix, listing);
    }
    return toList(listing);
  }

  /** Indexed entries (committed): each kept listing its id lies under follows its revision. */
  applied(entries: readonly IndexEntry[]): void {
    if (this.byPrefix.size === 0) return;
    for (const e of entries) {
      for (const prefix of colonPrefixes(e.docId)) {
        const listing = this.byPrefix.get(prefix);
        if (!listing) continue;
        if (e.deleted) listing.delete(e.docId);
        else listing.set(e.docId, e.rev);
      }
    }
  }
}

function toList(listing: ReadonlyMap<string, string>): { id: string; rev: string }[] {
  return Array.from(listing, ([id, rev]) => ({ id, rev }));
}
