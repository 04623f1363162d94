/**
 * A certificate photo (sertifikat) of a development record, or the letter (surat tugas, surat
 * keterangan) backing an attendance correction, for the people who review it (the head, the
 * Pengelola): both are `certificate` documents. Its small thumbnail travels with the record and shows at once, offline
 * too; the original is a photo document only the owner's devices hold, so it is fetched only when
 * the reader opens it (then cached on this device), and says so when it cannot be read now.
 */
import { useMemo, useState } from 'react';
import type { PhotoRef } from '../core/schemas/work';
import { useActivityPhotos } from '../data/queries/use-activity-photos';
import { useSyncStore } from '../data/sync-store';
import { Button } from './button';
import { useT } from './i18n';
import { useOnline } from './use-online';
import { certificatePhotoMessages, letterPhotoMessages } from './certificate-photo-messages';
import './certificate-photo.css';

type Props = {
  photo: PhotoRef;
  /** What it certifies (the activity's title): the images' alternative text names it. */
  title: string;
  /** What the photo shows, for its words: a certificate (default) or a letter. */
  kind?: 'certificate' | 'letter';
};

export function CertificatePhoto({ photo, title, kind = 'certificate' }: Props) {
  const certificateWords = useT(certificatePhotoMessages);
  const letterWords = useT(letterPhotoMessages);
  const t = kind === 'letter' ? letterWords : certificateWords;
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
          <img src={original} alt={t('originalAlt', { title })} />
        </a>
      ) : (
        photo.thumb && <img src={photo.thumb} alt={t('previewAlt', { title })} />
      )}
      {!opened && <Button onClick={() => setOpened(true)}>{t('open')}</Button>}
      <p className="muted" aria-live="polite">
        {opened && loading
          ? t('loading')
          : opened && !original
            ? t(online ? 'notSent' : 'unavailableOffline')
            : ''}
      </p>
    </div>
  );
}
