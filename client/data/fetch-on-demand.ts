/**
 * Documents this device opens one at a time from the server without holding them in its local
 * database: what the Atasan Pejabat Penilai reads beside an appraisal (the activities it cites,
 * the SKP approval with the ekspektasi khusus pimpinan; core's mayFetchOnDemand says which). Each
 * fetched copy is kept, as JSON, in the read model's photo cache (photo-cache.ts: device-only,
 * bounded, removed at sign-out), so what was opened once reads offline too. Online, the server's
 * copy is asked for first (an SKP approval may change); offline, the kept copy answers.
 */
import { apiUrl } from './config';
import { cachedPhoto, cachePhoto } from './photo-cache';
import type { ReadModel } from './read-model';
import { authHeaders } from './session-api';

/**
 * Where a document was read from: `server`, `cache` (kept from an earlier fetch), `offline` (no
 * connection and never fetched here), or `refused` (the server answers that it has none for this
 * person: not sent yet, or not theirs to read).
 */
export type OnDemandSource = 'server' | 'cache' | 'offline' | 'refused';
export type OnDemandDoc = {
  id: string;
  doc: Record<string, unknown> | null;
  source: OnDemandSource;
};

type Fetched = { status: 'ok'; doc: Record<string, unknown> } | { status: 'refused' | 'offline' };

async function fromServer(id: string): Promise<Fetched> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return { status: 'offline' };
  try {
    const res = await fetch(apiUrl(`/couch/kinerja/${encodeURIComponent(id)}`), {
      credentials: 'include',
      headers: authHeaders(),
    });
    if (res.status === 404 || res.status === 401 || res.status === 403)
      return { status: 'refused' };
    if (!res.ok) return { status: 'offline' }; // The server is there but cannot answer now.
    return { status: 'ok', doc: (await res.json()) as Record<string, unknown> };
  } catch {
    return { status: 'offline' };
  }
}

/** The copy of `id` this device kept from an earlier fetch, or null. */
export async function keptDoc(rm: ReadModel, id: string): Promise<Record<string, unknown> | null> {
  const blob = await cachedPhoto(rm, id);
  if (!blob) return null;
  try {
    return JSON.parse(await blob.text()) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** One document, from the server when it answers (kept for next time), else the kept copy. */
export async function openOnDemand(rm: ReadModel, id: string): Promise<OnDemandDoc> {
  const fetched = await fromServer(id);
  if (fetched.status === 'ok') {
    const json = new Blob([JSON.stringify(fetched.doc)], { type: 'application/json' });
    await cachePhoto(rm, id, json).catch(() => undefined); // A full disk only costs the copy.
    return { id, doc: fetched.doc, source: 'server' };
  }
  if (fetched.status === 'refused') {
    // No longer this person's to read (or never sent): the kept copy goes too.
    await rm.photoCache.delete(id);
    return { id, doc: null, source: 'refused' };
  }
  const kept = await keptDoc(rm, id);
  return kept ? { id, doc: kept, source: 'cache' } : { id, doc: null, source: 'offline' };
}

/** Several documents, asked for one after another (a weak signal is not flooded), in order. */
export async function openAllOnDemand(
  rm: ReadModel,
  ids: readonly string[],
): Promise<OnDemandDoc[]> {
  const out: OnDemandDoc[] = [];
  for (const id of ids) out.push(await openOnDemand(rm, id));
  return out;
}
