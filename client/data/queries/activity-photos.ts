/**
 * Evidence photos (bukti dukung) of one activity, read only when a screen opens that entry: the
 * activity lists its photos with small thumbnails, and the originals are `photo` documents that
 * only their owner's devices replicate. A photo comes from the local PouchDB when the device
 * holds it (the owner's), then from this device's photo cache, then from the server
 * (`GET /couch/kinerja/{photoId}/{name}`), which is cached for the next time, offline included.
 */
import type { PhotoRef } from '../../core/schemas/work';
import { apiUrl } from '../config';
import { isNotFound, liveRevs, type LocalDb } from '../local-db';
import { cachedIds, cachedPhoto, cachePhoto } from '../photo-cache';
import type { ReadModel } from '../read-model';
import { authHeaders } from '../session-api';

/** Where a photo was read from; null when it cannot be read now (offline, or not sent yet). */
export type PhotoSource = 'device' | 'cache' | 'server' | null;
export type LoadedPhoto = { ref: PhotoRef; blob: Blob | null; source: PhotoSource };

/** Where photos are read from and cached: the user's local database and read model. */
export type PhotoStores = { db: LocalDb; rm: ReadModel };

async function fromDevice(db: LocalDb, ref: PhotoRef): Promise<Blob | null> {
  try {
    const data = await db.getAttachment(ref.id, ref.name);
    return data instanceof Blob ? data : new Blob([data as BlobPart], { type: ref.contentType });
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

async function fromServer(ref: PhotoRef): Promise<Blob | null> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return null;
  const url = apiUrl(
    `/couch/kinerja/${encodeURIComponent(ref.id)}/${encodeURIComponent(ref.name)}`,
  );
  try {
    const res = await fetch(url, { credentials: 'include', headers: authHeaders() });
    return res.ok ? await res.blob() : null;
  } catch {
    return null; // Offline.
  }
}

async function loadOne({ db, rm }: PhotoStores, ref: PhotoRef): Promise<LoadedPhoto> {
  const own = await fromDevice(db, ref);
  if (own) return { ref, blob: own, source: 'device' };
  const cached = await cachedPhoto(rm, ref.id);
  if (cached) return { ref, blob: cached, source: 'cache' };
  const fetched = await fromServer(ref);
  if (!fetched) return { ref, blob: null, source: null };
  await cachePhoto(rm, ref.id, fetched).catch(() => undefined); // A full disk only costs the cache.
  return { ref, blob: fetched, source: 'server' };
}

/**
 * Loads under way, per read model and photo: a screen asks again when the connection returns and
 * again when the sync that follows completes, often before the first answer is cached; the second
 * ask joins the first instead of downloading the original twice.
 */
const underWay = new WeakMap<PhotoStores['rm'], Map<string, Promise<LoadedPhoto>>>();

function loadShared(stores: PhotoStores, ref: PhotoRef): Promise<LoadedPhoto> {
  let loads = underWay.get(stores.rm);
  if (!loads) underWay.set(stores.rm, (loads = new Map()));
  const running = loads.get(ref.id);
  if (running) return running;
  const load = loadOne(stores, ref).finally(() => loads.delete(ref.id));
  loads.set(ref.id, load);
  return load;
}

/** The photos of an entry, in order; `blob` is null for one that cannot be read now. */
export function loadActivityPhotos(
  refs: readonly PhotoRef[],
  stores: PhotoStores,
): Promise<LoadedPhoto[]> {
  return Promise.all(refs.map((ref) => loadShared(stores, ref)));
}

/**
 * Fetches into the cache every photo of `refs` this device cannot show yet, one at a time (a weak
 * signal is not flooded); `onProgress` hears each one done. Answers how many could not be fetched
 * (offline, not sent yet, or no room left on the device).
 */
export async function keepPhotosOffline(
  refs: readonly PhotoRef[],
  onProgress: (done: number) => void,
  { db, rm }: PhotoStores,
): Promise<number> {
  const shown = new Set([
    ...(
      await liveRevs(
        db,
        refs.map((r) => r.id),
      )
    ).keys(),
    ...(await cachedIds(
      rm,
      refs.map((r) => r.id),
    )),
  ]);
  let failed = 0;
  for (const [i, ref] of refs.entries()) {
    if (!shown.has(ref.id)) {
      const fetched = await fromServer(ref);
      const kept =
        fetched &&
        (await cachePhoto(rm, ref.id, fetched).then(
          () => true,
          () => false,
        ));
      if (!kept) failed += 1;
    }
    onProgress(i + 1);
  }
  return failed;
}
