import { describe, expect, it } from 'vitest';
import { logHref, parseLogParams, rangeOf, shiftDate } from './log-range';

describe('the list range', () => {
  it('runs weeks Monday to Sunday and months to their last day', () => {
    expect(rangeOf('hari', '2026-03-12')).toEqual({ from: '2026-03-12', to: '2026-03-12' });
    expect(rangeOf('minggu', '2026-03-12')).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(rangeOf('minggu', '2026-03-15')).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(rangeOf('bulan', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(rangeOf('bulan', '2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('moves by a day, a week or a month', () => {
    expect(shiftDate('hari', '2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDate('minggu', '2026-03-12', 1)).toBe('2026-03-19');
    expect(shiftDate('bulan', '2026-03-31', -1)).toBe('2026-02-01');
    expect(shiftDate('bulan', '2026-12-15', 1)).toBe('2027-01-01');
  });

  it('reads the URL with defaults, and writes it back', () => {
    const today = '2026-03-12';
    expect(parseLogParams(new URLSearchParams(''), today)).toEqual({
      view: 'hari',
      date: today,
      status: null,
      saved: null,
      entry: null,
    });
    expect(parseLogParams(new URLSearchParams('status=dikembalikan'), today)).toMatchObject({
      view: 'bulan',
      status: 'dikembalikan',
    });
    expect(
      parseLogParams(
        new URLSearchParams('tampilan=minggu&tanggal=2026-13-01&status=x&tersimpan=draf'),
        today,
      ),
    ).toEqual({
      view: 'minggu',
      date: today,
      status: null,
      saved: 'draf',
      entry: null,
    });
    expect(
      parseLogParams(new URLSearchParams('tersimpan=diajukan&kegiatan=activity:1:2:3'), today),
    ).toMatchObject({ saved: 'diajukan', entry: 'activity:1:2:3' });
    expect(logHref({ view: 'bulan', date: '2026-03-01', status: 'draf' })).toBe(
      '/kegiatan?tampilan=bulan&tanggal=2026-03-01&status=draf',
    );
  });
});
