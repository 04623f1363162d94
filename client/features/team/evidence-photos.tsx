/**
 * The evidence photos of the entry a head opened, loaded only now (the queue list never reads
 * photo bytes) and released when another entry is opened.
 */
import { useEffect, useState } from 'react';
import { loadActivityPhotos } from '../../data/queries/activity-photos';
import type { AttachmentMeta } from '../../data/read-model';
import { useT } from '../../ui/i18n';
import { teamMessages } from './team-messages';

type Shown = { name: string; url: string | null };

export function EvidencePhotos({
  activityId,
  photos,
}: {
  activityId: string;
  photos: readonly AttachmentMeta[];
}) {
  const t = useT(teamMessages);
  const [shown, setShown] = useState<{ id: string; photos: Shown[] } | null>(null);
  const names = photos.map((p) => p.name).join('\n');

  useEffect(() => {
    if (names === '') return;
    let live = true;
    const urls: string[] = [];
    void loadActivityPhotos(activityId, names.split('\n'))
      .then((loaded) => {
        if (!live) return;
        const next = loaded.map((p) => {
          const url = p.blob ? URL.createObjectURL(p.blob) : null;
          if (url) urls.push(url);
          return { name: p.name, url };
        });
        setShown({ id: activityId, photos: next });
      })
      .catch(() => live && setShown({ id: activityId, photos: [] }));
    return () => {
      live = false;
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [activityId, names]);

  if (photos.length === 0) return null;
  const current = shown?.id === activityId ? shown.photos : null;
  if (current === null) return <p className="muted">{t('photosLoading')}</p>;
  return (
    <ul className="team-photos">
      {current.map((p, i) => (
        <li key={p.name}>
          {p.url ? (
            <a href={p.url} target="_blank" rel="noreferrer">
              <img src={p.url} alt={t('photoAlt', { n: i + 1, total: current.length })} />
            </a>
          ) : (
            <span className="muted">{t('photoUnavailable', { n: i + 1 })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
