/**
 * Evidence photos this device fetched from the server, kept in the read model's `photoCache`
 * table (IndexedDB `kinerja-read-{nip}`, removed with it at sign-out): an entry a head opened once
 * shows its photos offline too. Photos never change under their id, so a cached copy never goes
 * stale. Bounded in bytes: past the limit, the photos shown longest ago are dropped. A photo leaves
 * with its entry: when reconcile purges entries this person may no longer read (a report moved to
 * another head), their cached photos go too. The same table keeps, as JSON, the documents opened
 * on demand (fetch-on-demand.ts: what an appraisal cites, for the Atasan Pejabat Penilai); they
 * leave with the person's appraisals.
 */
import { ids, parseId } from '../core/ids';
import type { ReadModel } from './read-model';

/** The most the cache may hold: about 170 photos of 300 kB. */
export const MAX_CACHE_BYTES = 50_000_000;

/** The cached copy of a photo, marked as just used; null when this device has none. */
export async function cachedPhoto(
  rm: ReadModel,
  id: string,
  now = Date.now(),
): Promise<Blob | null> {
  const row = await rm.photoCache.get(id);
  if (!row) return null;
  await rm.photoCache.update(id, { usedAt: now });
  return row.blob;
}

/** Which of these photos are in the cache (without marking them used). */
export async function cachedIds(rm: ReadModel, photoIds: readonly string[]): Promise<Set<string>> {
  return new Set(
    await rm.photoCache
      .where('id')
      .anyOf([...photoIds])
      .primaryKeys(),
  );
}

/**
 * Drops what the cache holds through the documents `documentIds` names, as they leave the device:
 * the photos of a purged activity; and everything opened on demand about the person of a purged
 * appraisal (their cited activities, photos and SKP approval: the atasan no longer reviews them).
 * Other ids are ignored.
 */
export async function forgetPhotosOf(rm: ReadModel, documentIds: readonly string[]): Promise<void> {
  for (const id of documentIds) {
    const p = parseId(id);
    if (p?.type === 'activity') {
      await rm.photoCache
        .where('id')
        .startsWith(ids.photo(p.nip, p.date, p.suffix, ''))
        .delete();
    } else if (p?.type === 'appraisal') {
      const prefixes = [`activity:${p.nip}:`, `photo:${p.nip}:`, ids.skpApproval(p.nip, '')];
      await rm.photoCache.where('id').startsWithAnyOf(prefixes).delete();
    }
  }
}

/** Keeps a fetched photo, then drops the least recently used until the cache fits its bound. */
export async function cachePhoto(
  rm: ReadModel,
  id: string,
  blob: Blob,
  now = Date.now(),
  maxBytes = MAX_CACHE_BYTES,
): Promise<void> {
  await rm.transaction('rw', rm.photoCache, async () => {
    await rm.photoCache.put({ id, blob, bytes: blob.size, usedAt: now });
    let total = 0;
    const evict: string[] = [];
    await rm.photoCache
      .orderBy('usedAt')
      .reverse()
      .each((row) => {
        total += row.bytes;
        if (total > maxBytes && row.id !== id) evict.push(row.id);
      });
    if (evict.length > 0) await rm.photoCache.bulkDelete(evict);
  });
}
