/**
 * Evidence photos (bukti dukung): the limits both sides enforce. A photo is a `photo` document of
 * its own with one image attachment; the activity lists its photos by id, name, size and a small
 * inline thumbnail, so a head's device holds the thumbnails and fetches an original only when the
 * entry is opened.
 */

/** The most photos one activity may have. */
export const MAX_PHOTOS = 5;
/** The image types a photo may be. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];
/** The most a stored photo may weigh: the device compresses to this before saving. */
export const MAX_PHOTO_BYTES = 300_000;
/** The longest thumbnail data URL an activity may carry per photo (about 9 kB of image). */
export const MAX_THUMB_CHARS = 12_000;

/** True for a content type a photo may have. */
export function isPhotoType(value: string): value is PhotoType {
  return (PHOTO_TYPES as readonly string[]).includes(value);
}

type AttachmentSize = { data?: unknown; length?: number };

/** The decoded size of an attachment: its `length`, or that of its base64 `data`. */
export function attachmentBytes(att: AttachmentSize): number {
  if (typeof att.length === 'number') return att.length;
  if (typeof att.data !== 'string') return 0;
  const padding = att.data.endsWith('==') ? 2 : att.data.endsWith('=') ? 1 : 0;
  return Math.floor((att.data.length * 3) / 4) - padding;
}
