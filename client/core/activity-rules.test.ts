import { describe, expect, it } from 'vitest';
import {
  copyTimes,
  ekinerjaRows,
  isFutureEntry,
  KEGIATAN_MAX_LENGTH,
  overlappingEntries,
  totalMinutes,
} from './activity-rules';
import { minutesAt } from './dates';
import { parseDoc } from './schemas/registry';
import { makeActivity } from './testing/factories';

const entry = (id: string, start: string, end: string, date = '2026-11-20') => ({
  _id: id,
  date,
  start,
  end,
});

describe('overlappingEntries', () => {
  const day = [
    entry('a', '07:00', '08:00'),
    entry('b', '08:00', '09:30'),
    entry('c', '13:00', '14:00'),
  ];

  it('finds entries whose time ranges overlap', () => {
    expect(overlappingEntries(entry('n', '07:30', '08:30'), day).map((e) => e._id)).toEqual([
      'a',
      'b',
    ]);
  });

  it('treats touching ranges as not overlapping and ignores the entry itself and other days', () => {
    expect(overlappingEntries(entry('n', '09:30', '13:00'), day)).toEqual([]);
    expect(overlappingEntries(entry('a', '07:00', '08:00'), day)).toEqual([]);
    expect(overlappingEntries(entry('n', '07:00', '08:00', '2026-11-21'), day)).toEqual([]);
  });
});

describe('totalMinutes', () => {
  it('sums durations and ignores a bad range', () => {
    expect(
      totalMinutes([
        { start: '07:00', end: '08:30' },
        { start: '10:00', end: '09:00' },
      ]),
    ).toBe(90);
  });
});

describe('ekinerjaRows', () => {
  it('gives e-Kinerja field order with the status, dd/mm/yyyy dates, sorted by date and time', () => {
    const rows = ekinerjaRows([
      {
        rhkText: 'RHK 2',
        date: '2026-11-21',
        start: '08:00',
        end: '09:00',
        kegiatan: 'Rapat guru',
        realisasi: 1,
        satuan: 'kegiatan',
        links: [],
        status: 'approved',
      },
      {
        rhkText: 'RHK 1',
        date: '2026-11-20',
        start: '07:00',
        end: '08:00',
        kegiatan: 'Menyusun modul',
        realisasi: 2.5,
        satuan: 'JP',
        links: ['https://x.id/a'],
        photoNames: ['foto-1.jpg'],
        status: 'returned',
      },
    ]);
    expect(rows).toEqual([
      [
        'Rencana Aksi / RHK',
        'Tanggal',
        'Jam Mulai',
        'Jam Selesai',
        'Kegiatan',
        'Realisasi',
        'Satuan',
        'Bukti Dukung',
        'Status',
      ],
      [
        'RHK 1',
        '20/11/2026',
        '07:00',
        '08:00',
        'Menyusun modul',
        '2.5',
        'JP',
        'https://x.id/a foto-1.jpg',
        'Dikembalikan',
      ],
      ['RHK 2', '21/11/2026', '08:00', '09:00', 'Rapat guru', '1', 'kegiatan', '', 'Disetujui'],
    ]);
  });
});

describe('isFutureEntry', () => {
  // 04:35 WIB on 2026-05-15, the moment of the report.
  const now = Date.parse('2026-05-15T04:35:00+07:00');

  it('reads the clock in WIB', () => {
    expect(minutesAt(now)).toBe(4 * 60 + 35);
    expect(minutesAt(now, 'UTC')).toBe(21 * 60 + 35);
  });

  it('is true for later today and any later date, false for what has ended', () => {
    expect(isFutureEntry({ date: '2026-05-15', end: '23:00' }, now)).toBe(true);
    expect(isFutureEntry({ date: '2026-05-16', end: '00:10' }, now)).toBe(true);
    expect(isFutureEntry({ date: '2026-05-15', end: '04:30' }, now)).toBe(false);
    expect(isFutureEntry({ date: '2026-05-14', end: '23:00' }, now)).toBe(false);
  });
});

describe('KEGIATAN_MAX_LENGTH', () => {
  it('is what the activity schema allows', () => {
    const at = (n: number) => parseDoc(makeActivity({ kegiatan: 'k'.repeat(n) })).ok;
    expect(at(KEGIATAN_MAX_LENGTH)).toBe(true);
    expect(at(KEGIATAN_MAX_LENGTH + 1)).toBe(false);
  });
});

describe('copyTimes: a copy of an entry is never refused for an overlap', () => {
  const day = [
    { start: '08:00', end: '09:00' },
    { start: '10:00', end: '11:30' },
  ];
  it('keeps its own times where the day has room, else follows the last entry as long', () => {
    expect(copyTimes({ start: '09:00', end: '10:00' }, day)).toEqual({
      start: '09:00',
      end: '10:00',
    });
    expect(copyTimes({ start: '08:30', end: '09:30' }, day)).toEqual({
      start: '11:30',
      end: '12:30',
    });
    expect(copyTimes({ start: '08:00', end: '09:00' }, [])).toEqual({
      start: '08:00',
      end: '09:00',
    });
  });
  it('ends by 23:59, and today by now when it starts earlier', () => {
    expect(
      copyTimes({ start: '10:00', end: '12:00' }, [{ start: '20:00', end: '23:00' }, ...day]),
    ).toEqual({
      start: '23:00',
      end: '23:59',
    });
    expect(copyTimes({ start: '08:00', end: '10:00' }, day, '12:00')).toEqual({
      start: '11:30',
      end: '12:00',
    });
  });
});
