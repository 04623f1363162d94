import { describe, expect, it } from 'vitest';
import { compressPhoto, MAX_PHOTO_BYTES, PhotoError, type PhotoCodec } from './photo-compress';

/** A codec whose JPEG size follows pixels and quality, recording each attempt. */
function fakeCodec(width: number, height: number, bytesPerPixel: number) {
  const attempts: { w: number; h: number; q: number }[] = [];
  let closed = false;
  const codec: PhotoCodec = {
    decode: async () => ({
      width,
      height,
      source: {} as CanvasImageSource,
      close: () => (closed = true),
    }),
    encode: async (_image, w, h, q) => {
      attempts.push({ w, h, q });
      return new Blob([new Uint8Array(Math.round(w * h * bytesPerPixel * q))], {
        type: 'image/jpeg',
      });
    },
  };
  return { codec, attempts, isClosed: () => closed };
}

const image = (bytes: number, type = 'image/jpeg') => new Blob([new Uint8Array(bytes)], { type });

describe('compressPhoto', () => {
  it('scales a camera photo to 1600 px and lowers quality until it fits in 300 kB', async () => {
    const { codec, attempts, isClosed } = fakeCodec(4000, 3000, 0.3);
    const out = await compressPhoto(image(3_000_000), codec);
    expect(out.size).toBeLessThanOrEqual(MAX_PHOTO_BYTES);
    expect(attempts[0]).toEqual({ w: 1600, h: 1200, q: 0.82 });
    expect(attempts.length).toBeGreaterThan(1);
    expect(isClosed()).toBe(true);
  });

  it('shrinks the picture further when quality alone is not enough', async () => {
    const { codec, attempts } = fakeCodec(4000, 3000, 1);
    const out = await compressPhoto(image(5_000_000), codec);
    expect(out.size).toBeLessThanOrEqual(MAX_PHOTO_BYTES);
    expect(attempts.at(-1)?.w).toBeLessThan(1600);
  });

  it('refuses what it cannot or should not decode, with the reason', async () => {
    const { codec } = fakeCodec(100, 100, 1);
    await expect(compressPhoto(image(10 * 1024 * 1024), codec)).rejects.toMatchObject({
      kind: 'too-large',
    });
    await expect(compressPhoto(image(10, 'application/pdf'), codec)).rejects.toMatchObject({
      kind: 'not-image',
    });
    const broken: PhotoCodec = { ...codec, decode: () => Promise.reject(new Error('bad')) };
    await expect(compressPhoto(image(10), broken)).rejects.toBeInstanceOf(PhotoError);
    const huge = fakeCodec(4000, 3000, 20);
    await expect(compressPhoto(image(100), huge.codec)).rejects.toMatchObject({
      kind: 'cannot-compress',
    });
    expect(huge.isClosed()).toBe(true);
  });
});
