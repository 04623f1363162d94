/**
 * The evidence photos of the entry a head opened. Thumbnails come with the entry, so they show at
 * once and offline; the originals are fetched now (the queue never downloads a photo up front),
 * kept on this device for next time, and released when another entry is opened.
 */
import type { PhotoRef } from '../../core/schemas/work';
import { useActivityPhotos } from '../../data/queries/use-activity-photos';
import { useSyncStore } from '../../data/sync-store';
import { useT } from '../../ui/i18n';
import { useOnline } from '../../ui/use-online';
import { teamMessages } from './team-messages';

export function EvidencePhotos({ photos }: { photos: readonly PhotoRef[] }) {
  const t = useT(teamMessages);
  const online = useOnline();
  // A photo not on the server yet may arrive with any sync: try again after each.
  const lastSyncedAt = useSyncStore((s) => s.lastSyncedAt);
  const { photos: shown, loading } = useActivityPhotos(photos, `${online}|${lastSyncedAt}`);
  if (photos.length === 0) return null;
  const previewsOnly = !loading && shown.some((p) => !p.original);
  return (
    <>
      <ul className="team-photos">
        {shown.map((p, i) => {
          const alt = t('photoAlt', { n: i + 1, total: shown.length });
          if (p.src === null)
            return (
              <li key={p.ref.id}>
                {loading ? (
                  <span className="team-photo-placeholder" aria-hidden="true" />
                ) : (
                  <span className="muted">{t('photoUnavailable', { n: i + 1 })}</span>
                )}
              </li>
            );
          return (
            <li key={p.ref.id} data-original={p.original}>
              {p.original ? (
                <a href={p.src} target="_blank" rel="noreferrer">
                  <img src={p.src} alt={alt} />
                </a>
              ) : (
                <img src={p.src} alt={t('photoPreviewAlt', { n: i + 1, total: shown.length })} />
              )}
            </li>
          );
        })}
      </ul>
      <p className="muted" aria-live="polite">
        {loading
          ? t('photosLoading')
          : previewsOnly
            ? t(online ? 'photosNotSent' : 'photosPreviewOnly')
            : ''}
      </p>
    </>
  );
}
