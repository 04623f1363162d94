import { describe, expect, it } from 'vitest';
import { seqNumber, storeStatus } from './store-status';

const answering = (docCount: number, updateSeq: number | string) => ({
  info: () => Promise.resolve({ docCount, updateSeq }),
});

describe('storeStatus', () => {
  it('counts the store changes the feed index has not reached', async () => {
    expect(await storeStatus(answering(120, 130), { storeSince: 123 })).toEqual({
      reachable: true,
      docCount: 120,
      storeSeq: 130,
      indexedStoreSeq: 123,
      indexLag: 7,
    });
    expect(
      await storeStatus(answering(5, '42-g1AAAABXeJzLYWBgYMpgTmHgz8tPSTV0MDQy'), {
        storeSince: '40-g1AAAABXeJzLYWBgYMpgTmHgz8tPSTV0MDQx',
      }),
    ).toMatchObject({ reachable: true, storeSeq: 42, indexLag: 2 });
  });

  it('reports a store that fails, or does not answer in time, as unreachable', async () => {
    const failing = { info: () => Promise.reject(new Error('ECONNREFUSED')) };
    expect(await storeStatus(failing, { storeSince: 9 })).toEqual({
      reachable: false,
      error: 'Error: ECONNREFUSED',
      indexedStoreSeq: 9,
    });
    const silent = { info: () => new Promise<never>(() => {}) };
    expect(await storeStatus(silent, { storeSince: 9 }, 10)).toMatchObject({
      reachable: false,
      error: 'Error: no answer within 0.01 s',
    });
  });
});

describe('seqNumber', () => {
  it('reads the count in front of a CouchDB sequence', () => {
    expect(seqNumber(17)).toBe(17);
    expect(
      seqNumber(
        '1234-g1AAAAFTeJzLYWBgYMlgTmGQT0lKzi9KdUhJMtJLTS3KLElMTtVLzskvTUnMK9HLSy3JAapkSmRIsv',
      ),
    ).toBe(1234);
    expect(seqNumber('0')).toBe(0);
  });
});
