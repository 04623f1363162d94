/**
 * Photos (evidence, certificates) are compressed on the device before they are stored: decoded with
 * createImageBitmap, scaled down and re-encoded as JPEG until they fit in 300 kB, so a cheap
 * phone on a weak signal sends a small file and the head's tablet stores little.
 */

import { isThumb, MAX_PHOTO_BYTES } from '../core/photos';

export { MAX_PHOTO_BYTES } from '../core/photos';
/**
 * The largest original accepted: decoding a bigger picture needs more memory than a cheap
 * phone can spare (a 8 MB JPEG is already a 40+ megapixel image).
 */
export const MAX_SOURCE_BYTES = 8_000_000;
const START_SIDE = 1600;
const MIN_SIDE = 320;
const QUALITIES = [0.82, 0.7, 0.58, 0.46];
/** The thumbnail that travels inside the activity: small enough for a head's tablet to hold all. */
const THUMB_SIDE = 160;
const THUMB_QUALITIES = [0.6, 0.45, 0.3];

export type PhotoErrorKind = 'not-image' | 'too-large' | 'unreadable' | 'cannot-compress';

export class PhotoError extends Error {
  constructor(
    readonly kind: PhotoErrorKind,
    readonly size: number,
  ) {
    super(kind);
    this.name = 'PhotoError';
  }
}

type Decoded = { width: number; height: number; source: CanvasImageSource; close(): void };

/** Decoding and encoding, injectable so the size loop is testable without a canvas. */
export type PhotoCodec = {
  decode(file: Blob): Promise<Decoded>;
  encode(image: Decoded, width: number, height: number, quality: number): Promise<Blob>;
};

function draw(
  ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D,
  image: Decoded,
  w: number,
  h: number,
) {
  // JPEG has no transparency: a transparent PNG would turn black without a white ground.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, w, h);
  ctx.drawImage(image.source, 0, 0, w, h);
}

export const browserCodec: PhotoCodec = {
  async decode(file) {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return {
      width: bitmap.width,
      height: bitmap.height,
      source: bitmap,
      close: () => bitmap.close(),
    };
  },
  async encode(image, width, height, quality) {
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      draw(ctx, image, width, height);
      return canvas.convertToBlob({ type: 'image/jpeg', quality });
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    draw(ctx, image, width, height);
    return new Promise((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('encode failed'))),
        'image/jpeg',
        quality,
      ),
    );
  },
};

/** A JPEG of at most MAX_PHOTO_BYTES from a picked or captured image; throws PhotoError. */
export async function compressPhoto(file: Blob, codec: PhotoCodec = browserCodec): Promise<Blob> {
  if (!file.type.startsWith('image/')) throw new PhotoError('not-image', file.size);
  if (file.size > MAX_SOURCE_BYTES) throw new PhotoError('too-large', file.size);
  let image: Decoded;
  try {
    image = await codec.decode(file);
  } catch {
    throw new PhotoError('unreadable', file.size);
  }
  try {
    for (let side = START_SIDE; side >= MIN_SIDE; side = Math.floor(side * 0.75)) {
      const scale = Math.min(1, side / Math.max(image.width, image.height));
      const w = Math.max(1, Math.round(image.width * scale));
      const h = Math.max(1, Math.round(image.height * scale));
      for (const quality of QUALITIES) {
        const blob = await codec.encode(image, w, h, quality);
        if (blob.size <= MAX_PHOTO_BYTES) return blob;
      }
    }
  } finally {
    image.close();
  }
  throw new PhotoError('cannot-compress', file.size);
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

/**
 * A small JPEG preview of a photo as a `data:` URL of at most MAX_THUMB_CHARS, or null when none
 * can be made (the photo is still saved; the head then sees it only online).
 */
export async function makeThumbnail(
  photo: Blob,
  codec: PhotoCodec = browserCodec,
): Promise<string | null> {
  let image: Decoded;
  try {
    image = await codec.decode(photo);
  } catch {
    return null;
  }
  try {
    const scale = Math.min(1, THUMB_SIDE / Math.max(image.width, image.height));
    const w = Math.max(1, Math.round(image.width * scale));
    const h = Math.max(1, Math.round(image.height * scale));
    for (const quality of THUMB_QUALITIES) {
      const url = await blobToDataUrl(await codec.encode(image, w, h, quality));
      if (isThumb(url)) return url;
    }
    return null;
  } catch {
    return null;
  } finally {
    image.close();
  }
}

/** A name for a new photo, unique within its entry. */
export function photoName(now: number, index: number): string {
  return `foto-${now.toString(36)}-${index}.jpg`;
}
