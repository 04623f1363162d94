import { describe, expect, it } from 'vitest';
import { prorate, summariseRealisasi, type LoggedActivity } from './realisasi';

const skp = {
  rhk: [
    {
      id: 'rhk-1',
      kind: 'utama' as const,
      text: 'Pembelajaran',
      parentRhkId: null,
      iki: [
        { id: 'iki-1', aspect: 'kuantitas' as const, text: 'JP', target: 10, satuan: 'JP' },
        { id: 'iki-2', aspect: 'kualitas' as const, text: 'Modul', target: 0, satuan: 'dokumen' },
      ],
    },
  ],
};

let n = 0;
const act = (o: Partial<LoggedActivity>): LoggedActivity => ({
  _id: `a${n++}`,
  date: '2026-10-05',
  start: '07:00',
  end: '08:00',
  rhkId: 'rhk-1',
  ikiId: 'iki-1',
  realisasi: 2,
  satuan: 'JP',
  status: 'approved',
  ...o,
});

describe('summariseRealisasi', () => {
  const range = { start: '2026-10-01', end: '2026-12-31' };

  it('sums realisasi, entries, minutes and the verified share per IKI; drafts and other periods excluded', () => {
    const [first, second] = summariseRealisasi(
      skp,
      [
        act({}),
        act({ status: 'submitted', realisasi: 3, end: '09:00' }),
        act({ status: 'draft', realisasi: 100 }),
        act({ date: '2026-09-30', realisasi: 100 }),
        act({ ikiId: null, realisasi: 1 }),
        act({ ikiId: 'iki-2', realisasi: 1, status: 'returned' }),
      ],
      range,
    );
    expect(first).toMatchObject({
      ikiId: 'iki-1',
      realisasi: 6,
      realisasiVerified: 3,
      entries: 3,
      minutes: 240,
      capaian: 0.6,
    });
    expect(first?.verifiedShare).toBeCloseTo(2 / 3);
    expect(second).toMatchObject({
      ikiId: 'iki-2',
      realisasi: 1,
      entries: 1,
      verifiedShare: 0,
      capaian: null,
    });
  });

  it('reports zero for an IKI without entries', () => {
    expect(summariseRealisasi(skp, [], range)[0]).toMatchObject({
      realisasi: 0,
      entries: 0,
      verifiedShare: 0,
      capaian: 0,
    });
  });
});

describe('prorate', () => {
  it('takes the share of the year a period covers', () => {
    expect(prorate(120, 91, 364)).toBe(30);
  });
});
