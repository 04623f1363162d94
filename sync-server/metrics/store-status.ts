/**
 * The store as the health check and the metrics report it: whether it answers, how many
 * documents it holds, and how far the feed index lags behind it (store changes not yet indexed).
 */
import type { FeedIndex } from '../feed/feed-index';
import type { Store, StoreSeq } from '../store/store';

/** A store that does not answer within this is reported unreachable. */
const INFO_TIMEOUT_MS = 5_000;

export type StoreStatus =
  | {
      reachable: true;
      docCount: number;
      /** The store's update sequence, as a number (see `seqNumber`). */
      storeSeq: number;
      /** The store sequence the feed index has reached. */
      indexedStoreSeq: number;
      /** Store changes not yet in the feed index: 0 when it is current. */
      indexLag: number;
    }
  | { reachable: false; error: string; indexedStoreSeq: number };

/** Asks the store for its document count and sequence, and compares it with the feed index. */
export async function storeStatus(
  store: Pick<Store, 'info'>,
  index: Pick<FeedIndex, 'storeSince'>,
  timeoutMs = INFO_TIMEOUT_MS,
): Promise<StoreStatus> {
  // Read before the store answers: a change indexed meanwhile must not make the lag negative.
  const indexedStoreSeq = seqNumber(index.storeSince);
  let timer: NodeJS.Timeout | undefined;
  try {
    const info = await Promise.race([
      store.info(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${timeoutMs / 1000} s`)),
          timeoutMs,
        );
      }),
    ]);
    const storeSeq = seqNumber(info.updateSeq);
    return {
      reachable: true,
      docCount: info.docCount,
      storeSeq,
      indexedStoreSeq,
      indexLag: Math.max(0, storeSeq - indexedStoreSeq),
    };
  } catch (err) {
    return { reachable: false, error: String(err), indexedStoreSeq };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A store sequence as a number: LevelDB's is one; CouchDB's is opaque ("1234-g1AAAA...") with the
 * count of changes in front (in a cluster, summed over the shards: the lag is an estimate there).
 */
export function seqNumber(seq: StoreSeq): number {
  if (typeof seq === 'number') return seq;
  const n = Number.parseInt(seq, 10);
  return Number.isFinite(n) ? n : 0;
}
