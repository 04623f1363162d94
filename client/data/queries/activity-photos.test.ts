import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryDb, readModel } from '../testing/devices';
import { loadActivityPhotos } from './activity-photos';

afterEach(() => vi.unstubAllGlobals());

describe('loadActivityPhotos', () => {
  it('downloads an original once when the screen asks again before the first answer is kept', async () => {
    const db = memoryDb();
    const rm = readModel();
    const asked: string[] = [];
    let answer: () => void = () => undefined;
    // The server, at the network's edge: it answers once told to.
    vi.stubGlobal('fetch', (url: string) => {
      asked.push(url);
      return new Promise<Response>((resolve) => {
        answer = () =>
          resolve(new Response(new Blob([new Uint8Array(20)], { type: 'image/jpeg' })));
      });
    });
    const ref = {
      id: 'photo:199001012015011001:a',
      name: 'foto.jpg',
      contentType: 'image/jpeg' as const,
      length: 20,
      thumb: null,
    };
    // Back online, then the sync that follows completes: two asks while the first is under way.
    const first = loadActivityPhotos([ref], { db, rm });
    const second = loadActivityPhotos([ref], { db, rm });
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    answer();
    const [[a], [b]] = await Promise.all([first, second]);
    expect(asked).toHaveLength(1);
    expect([a?.source, b?.source]).toEqual(['server', 'server']);
    // Kept: the next ask reads the device's cache.
    const [again] = await loadActivityPhotos([ref], { db, rm });
    expect(again?.source).toBe('cache');
    expect(asked).toHaveLength(1);
    rm.close();
    await db.destroy();
  });
});
