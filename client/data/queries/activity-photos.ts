/**
 * Evidence photos (bukti dukung) of one activity, read only when a screen opens that entry: the
 * read model keeps just their names and sizes, so lists never touch photo bytes. A photo comes
 * from the local PouchDB when the device holds it, otherwise from the server's attachment
 * endpoint (`GET /couch/kinerja/{id}/{name}`), and is not stored by this function.
 */
import { apiUrl } from '../config';
import { getLocalDb, isNotFound, type LocalDb } from '../local-db';
import { authHeaders } from '../session-api';

export type LoadedPhoto = { name: string; blob: Blob | null };

async function fromServer(id: string, name: string): Promise<Blob | null> {
  const url = apiUrl(`/couch/kinerja/${encodeURIComponent(id)}/${encodeURIComponent(name)}`);
  try {
    const res = await fetch(url, { credentials: 'include', headers: authHeaders() });
    return res.ok ? await res.blob() : null;
  } catch {
    return null; // Offline, and the photo is not on this device.
  }
}

async function loadOne(db: LocalDb, id: string, name: string): Promise<LoadedPhoto> {
  try {
    const data = await db.getAttachment(id, name);
    return { name, blob: data instanceof Blob ? data : new Blob([data as BlobPart]) };
  } catch (err) {
    if (!isNotFound(err)) throw err;
    return { name, blob: await fromServer(id, name) };
  }
}

/** The photos `names` of activity `id`, in order; `blob` is null for one that cannot be read now. */
export function loadActivityPhotos(
  id: string,
  names: readonly string[],
  db: LocalDb = getLocalDb(),
): Promise<LoadedPhoto[]> {
  return Promise.all(names.map((name) => loadOne(db, id, name)));
}
