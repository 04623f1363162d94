/**
 * A cited evidence photo as its thumbnail: the preview travels inside the activity, so it shows
 * at once and offline on every device that holds the entry (the original is a `photo` document
 * only its owner's devices replicate; the head's queue fetches it when an entry is opened).
 */
import type { PhotoRef } from '../../../core/schemas/work';
import { useT } from '../../../ui/i18n';
import { appraisalMessages } from './appraisal-messages';

/** The photo `name` of an entry's photos, or null when the entry no longer lists it. */
export function photoOf(photos: readonly PhotoRef[], name: string): PhotoRef | null {
  return photos.find((p) => p.name === name) ?? null;
}

/**
 * The thumbnail, described by `alt` (empty where the words next to it describe it); a plain
 * placeholder when the photo has no preview.
 */
export function EvidenceThumb({ photo, alt }: { photo: PhotoRef | null; alt: string }) {
  const t = useT(appraisalMessages);
  if (!photo?.thumb) {
    const described = alt === '' ? { 'aria-hidden': true } : { role: 'img', 'aria-label': alt };
    return (
      <span className="evidence-thumb evidence-thumb--none" {...described}>
        {t('photoNoPreview')}
      </span>
    );
  }
  return <img className="evidence-thumb" src={photo.thumb} alt={alt} />;
}
