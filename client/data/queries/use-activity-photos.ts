/**
 * The evidence photos of an opened entry as images to show: each photo's thumbnail at once (it
 * travels inside the activity, so it shows offline on any device that holds the entry), replaced
 * by the original once loadActivityPhotos has it. Object URLs live exactly as long as they show.
 */
import { useEffect, useRef, useState } from 'react';
import type { PhotoRef } from '../../core/schemas/work';
import { useCommandContext, useReadModel } from '../user-data';
import { loadActivityPhotos } from './activity-photos';

export type ShownPhoto = {
  ref: PhotoRef;
  /** The image to show: the original's object URL, else the thumbnail, else null. */
  src: string | null;
  /** True when `src` is the original photo. */
  original: boolean;
};

type Loaded = { key: string; urls: ReadonlyMap<string, string> };

/**
 * The photos `refs`, with `loading` true until every original was tried. When `retryKey`
 * changes (the connection returns, a sync completes), the originals not shown yet are tried again.
 */
export function useActivityPhotos(
  refs: readonly PhotoRef[],
  retryKey: unknown = null,
): { photos: ShownPhoto[]; loading: boolean } {
  const { db } = useCommandContext();
  const rm = useReadModel();
  const key = refs.map((r) => r.id).join('\n');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const latest = useRef(loaded);
  useEffect(() => {
    latest.current = loaded;
  }, [loaded]);

  useEffect(() => {
    if (key === '') return;
    const shown = latest.current;
    if (shown?.key === key && shown.urls.size === refs.length) return; // Every original shows.
    let live = true;
    void loadActivityPhotos(refs, { db, rm })
      .then((photos) => {
        if (!live) return;
        const urls = new Map<string, string>();
        for (const p of photos) {
          if (p.blob) urls.set(p.ref.id, URL.createObjectURL(p.blob));
        }
        setLoaded({ key, urls });
      })
      .catch(() => live && setLoaded({ key, urls: new Map() }));
    return () => {
      live = false;
    };
    // `key` names the photos: a new array of the same photos is no reason to load again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, retryKey, db, rm]);

  // The object URLs of a result are released when it is replaced, and when the screen closes.
  useEffect(
    () => () => {
      for (const url of loaded?.urls.values() ?? []) URL.revokeObjectURL(url);
    },
    [loaded],
  );

  const current = loaded?.key === key ? loaded.urls : null;
  const photos = refs.map((ref): ShownPhoto => {
    const url = current?.get(ref.id);
    return url ? { ref, src: url, original: true } : { ref, src: ref.thumb, original: false };
  });
  return { photos, loading: key !== '' && current === null };
}
