/**
 * Evidence photos (bukti dukung): the limits both sides enforce. A photo is a `photo` document of
 * its own with one image attachment; the activity lists its photos by id, name, size and a small
 * inline thumbnail, so a head's device holds the thumbnails and fetches an original only when the
 * entry is opened.
 */

import { ids, parseId } from './ids';

/** The most photos one activity may have. */
export const MAX_PHOTOS = 5;
/** The image types a photo may be. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];
/** The most a stored photo may weigh: the device compresses to this before saving. */
export const MAX_PHOTO_BYTES = 300_000;
/** The longest thumbnail data URL an activity may carry per photo (about 9 kB of image). */
export const MAX_THUMB_CHARS = 12_000;

/** True for a thumbnail an activity may carry: a JPEG, PNG or WebP `data:` URL, short enough. */
export function isThumb(value: string): boolean {
  return value.length <= MAX_THUMB_CHARS && THUMB_RE.test(value);
}

const THUMB_RE = /^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/]*={0,2}$/;

/** True for a content type a photo may have. */
export function isPhotoType(value: string): value is PhotoType {
  return (PHOTO_TYPES as readonly string[]).includes(value);
}

type AttachmentSize = { data?: unknown; length?: number };

/**
 * The decoded size of an attachment: that of its base64 `data` when it carries data (whatever
 * `length` it claims), else the `length` of its stub.
 */
export function attachmentBytes(att: AttachmentSize): number {
  if (typeof att.data === 'string') {
    const padding = att.data.endsWith('==') ? 2 : att.data.endsWith('=') ? 1 : 0;
    return Math.max(0, Math.floor((att.data.length * 3) / 4) - padding);
  }
  return typeof att.length === 'number' ? att.length : 0;
}

/** A photo document as written: its fields, and its one image under its own name. */
export type NewPhotoDoc<A> = {
  _id: string;
  type: 'photo';
  schemaVersion: 1;
  nip: string;
  date: string;
  name: string;
  createdAt: string;
  _attachments: Record<string, A>;
};

/**
 * A new photo document of the activity `activityId` holding `image` as `name` (`suffix` fixes its
 * own id part; a fresh ULID otherwise). Throws for an id that is not an activity's.
 */
export function newPhotoDoc<A extends { content_type: string }>(
  activityId: string,
  name: string,
  image: A,
  createdAt: string,
  suffix?: string,
): NewPhotoDoc<A> {
  const p = parseId(activityId);
  if (p?.type !== 'activity') throw new Error(`not an activity id: ${activityId}`);
  return {
    _id: ids.photo(p.nip, p.date, p.suffix, suffix),
    type: 'photo',
    schemaVersion: 1,
    nip: p.nip,
    date: p.date,
    name,
    createdAt,
    _attachments: { [name]: image },
  };
}
