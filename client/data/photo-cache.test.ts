import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ids } from '../core/ids';
import { cachedIds, cachedPhoto, cachePhoto, forgetPhotosOf } from './photo-cache';
import type { ReadModel } from './read-model';
import { readModel } from './testing/devices';

const opened: ReadModel[] = [];
function cache() {
  const rm = readModel();
  opened.push(rm);
  return rm;
}
afterEach(async () => {
  for (const rm of opened.splice(0)) await rm.delete();
});

const photo = (bytes: number) => new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' });

describe('photo cache', () => {
  it('gives back what it keeps', async () => {
    const rm = cache();
    expect(await cachedPhoto(rm, 'photo:a')).toBeNull();
    await cachePhoto(rm, 'photo:a', photo(10), 1);
    expect((await cachedPhoto(rm, 'photo:a'))?.size).toBe(10);
  });

  it('drops the photos shown longest ago once over its bound, never the one just kept', async () => {
    const rm = cache();
    await cachePhoto(rm, 'photo:a', photo(40), 1, 100);
    await cachePhoto(rm, 'photo:b', photo(40), 2, 100);
    // Showing a again makes b the least recently used.
    await cachedPhoto(rm, 'photo:a', 3);
    await cachePhoto(rm, 'photo:c', photo(40), 4, 100);
    expect(await cachedIds(rm, ['photo:a', 'photo:b', 'photo:c'])).toEqual(
      new Set(['photo:a', 'photo:c']),
    );
    // A photo larger than the whole bound is still kept, alone.
    await cachePhoto(rm, 'photo:d', photo(150), 5, 100);
    expect(await rm.photoCache.toCollection().primaryKeys()).toEqual(['photo:d']);
  });

  it('forgets the photos of entries the device no longer holds, and only those', async () => {
    const rm = cache();
    const nip = '198811122011012003';
    const [a, b] = ['01JTESTXXXXXXXXXXX00000001', '01JTESTXXXXXXXXXXX00000002'];
    const photoOfA = ids.photo(nip, '2026-05-14', a, '01JTESTXXXXXXXXXXX00000003');
    const photoOfB = ids.photo(nip, '2026-05-14', b, '01JTESTXXXXXXXXXXX00000004');
    await cachePhoto(rm, photoOfA, photo(5), 1);
    await cachePhoto(rm, photoOfB, photo(5), 2);
    await forgetPhotosOf(rm, [ids.activity(nip, '2026-05-14', a), `employee:${nip}`]);
    expect(await cachedIds(rm, [photoOfA, photoOfB])).toEqual(new Set([photoOfB]));
  });

  it('forgets what was opened about a person whose appraisal leaves the device', async () => {
    const rm = cache();
    const [dewi, agus] = ['198811122011012003', '199004072015031004'];
    const suffix = '01JTESTXXXXXXXXXXX00000001';
    const kept = (nip: string) => [
      ids.activity(nip, '2026-05-14', suffix),
      ids.photo(nip, '2026-05-14', suffix, suffix),
      ids.skpApproval(nip, '2026'),
    ];
    for (const id of [...kept(dewi), ...kept(agus)]) await cachePhoto(rm, id, photo(5), 1);
    await forgetPhotosOf(rm, [ids.appraisal(dewi, '2026-q3')]);
    expect(await cachedIds(rm, [...kept(dewi), ...kept(agus)])).toEqual(new Set(kept(agus)));
  });
});
