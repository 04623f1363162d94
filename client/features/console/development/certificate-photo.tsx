/**
 * A certificate photo opened on demand: its thumbnail at once (it travels inside the record), the
 * original once fetched (the owner's device holds it; a Pengelola of the person's unit fetches it
 * from the server). A minimal stand-in for the shared client/ui/certificate-photo.tsx the head's
 * side brings; the lead unifies them.
 */
import type { PhotoRef } from '../../../core/schemas/work';
import { useActivityPhotos } from '../../../data/queries/use-activity-photos';
import { useT } from '../../../ui/i18n';
import { developmentMessages } from './development-messages';

export function CertificatePhoto({ photo, name }: { photo: PhotoRef; name: string }) {
  const t = useT(developmentMessages);
  const { photos, loading } = useActivityPhotos([photo]);
  const shown = photos[0];
  return (
    <figure className="console-certificate">
      {shown?.src ? <img src={shown.src} alt={t('certificateAlt', { name })} /> : null}
      <figcaption aria-live="polite">
        {loading && !shown?.original && t('certificateLoading')}
        {!loading && !shown?.original && t('certificateUnavailable')}
      </figcaption>
    </figure>
  );
}
