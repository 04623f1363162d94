/**
 * A certificate photo (sertifikat) of a development record, or the letter (surat tugas, surat
 * keterangan) of an attendance correction, for the people who review it (the head, the
 * Pengelola). Its small thumbnail travels with the record and shows at once, offline too; the
 * original is a photo document only the owner's devices hold, so it is fetched only when the
 * reader opens it (then cached on this device), and says so when it cannot be read now.
 */
import { useMemo, useState } from 'react';
import type { PhotoRef } from '../core/schemas/work';
import { useActivityPhotos } from '../data/queries/use-activity-photos';
import { useSyncStore } from '../data/sync-store';
import { Button } from './button';
import { useT } from './i18n';
import { useOnline } from './use-online';
import { certificatePhotoMessages } from './certificate-photo-messages';
import './certificate-photo.css';

type Props = {
  photo: PhotoRef;
  /** What it certifies (the activity's title): the images' alternative text names it. */
  title: string;
  /** What the photo is: a certificate (default) or the letter of an attendance correction. */
  kind?: 'certificate' | 'letter';
};

export function CertificatePhoto({ photo, title, kind = 'certificate' }: Props) {
  const t = useT(certificatePhotoMessages);
  const letter = kind === 'letter';
  const online = useOnline();
  const [opened, setOpened] = useState(false);
  // A photo not on the server yet may arrive with any sync: try again after each.
  const lastSyncedAt = useSyncStore((s) => s.lastSyncedAt);
  const refs = useMemo(() => (opened ? [photo] : []), [opened, photo]);
  const { photos, loading } = useActivityPhotos(refs, `${online}|${lastSyncedAt}`);
  const shown = photos[0];
  const original = shown?.original === true && shown.src !== null ? shown.src : null;
  return (
    <div className="certificate-photo">
      {original ? (
        <a href={original} target="_blank" rel="noreferrer" title={t('openOriginal')}>
          <img src={original} alt={t(letter ? 'letter.originalAlt' : 'originalAlt', { title })} />
        </a>
      ) : (
        photo.thumb && (
          <img src={photo.thumb} alt={t(letter ? 'letter.previewAlt' : 'previewAlt', { title })} />
        )
      )}
      {!opened && (
        <Button onClick={() => setOpened(true)}>{t(letter ? 'letter.open' : 'open')}</Button>
      )}
      <p className="muted" aria-live="polite">
        {opened && loading
          ? t(letter ? 'letter.loading' : 'loading')
          : opened && !original
            ? t(
                letter
                  ? online
                    ? 'letter.notSent'
                    : 'letter.unavailableOffline'
                  : online
                    ? 'notSent'
                    : 'unavailableOffline',
              )
            : ''}
      </p>
    </div>
  );
}
