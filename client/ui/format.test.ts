import { describe, expect, it } from 'vitest';
import {
  civilDateIn,
  formatBytes,
  formatClock,
  formatDate,
  formatNumber,
  formatPeriod,
  formatRelativeDays,
  formatTime,
  formatWait,
} from './format';

const id = { locale: 'id-ID', timeZone: 'Asia/Jakarta' };
const en = { locale: 'en-GB', timeZone: 'Asia/Jakarta' };
// 03:42 UTC is 10:42 WIB.
const instant = '2025-03-03T03:42:00Z';

describe('format', () => {
  it('writes times the Indonesian way, in WIB', () => {
    expect(formatTime(instant, id)).toBe('10.42');
    expect(formatTime(instant, en)).toBe('10:42');
    expect(formatTime(instant, { ...id, timeZone: 'Asia/Jayapura' })).toBe('12.42');
  });

  it('shows a stored wall-clock time without moving it', () => {
    expect(formatClock('08:05', id)).toBe('08.05');
    expect(formatClock('17:30', en)).toBe('17:30');
  });

  it('writes dates in the reader language; civil dates ignore the zone', () => {
    expect(formatDate('2025-03-03', id, 'long')).toBe('Senin, 3 Maret 2025');
    expect(formatDate('2025-03-03', en, 'long')).toMatch(/^Monday,? 3 March 2025$/);
    expect(formatDate('2025-03-03', { ...id, timeZone: 'Pacific/Honolulu' }, 'medium')).toBe(
      '3 Mar 2025',
    );
  });

  it('takes the civil day in the time zone: 23:30 UTC is already tomorrow in WIB', () => {
    expect(civilDateIn('2025-03-03T23:30:00Z', 'Asia/Jakarta')).toBe('2025-03-04');
    expect(civilDateIn('2025-03-03T23:30:00Z', 'UTC')).toBe('2025-03-03');
  });

  it('counts relative calendar days', () => {
    const now = '2025-03-05T02:00:00Z';
    expect(formatRelativeDays('2025-03-05', id, now)).toBe('hari ini');
    expect(formatRelativeDays('2025-03-04', id, now)).toBe('kemarin');
    expect(formatRelativeDays('2025-03-02', en, now)).toBe('3 days ago');
  });

  it('formats numbers and bytes with the locale separators', () => {
    expect(formatNumber(1234.5, id)).toBe('1.234,5');
    expect(formatNumber(1234.5, en)).toBe('1,234.5');
    expect(formatBytes(1_500_000, id)).toBe('1,5 MB');
  });
});

describe('formatWait', () => {
  it('says seconds under a minute and whole minutes above', () => {
    expect(formatWait(45, id)).toBe('45 detik');
    expect(formatWait(61, id)).toBe('2 menit');
    expect(formatWait(1, en)).toBe('1 second');
  });
});

describe('formatPeriod', () => {
  it('names periods in the person language', () => {
    const q4 = { kind: 'quarterly', year: 2026, quarter: 4, start: '2026-10-01' } as const;
    expect(formatPeriod(q4, id)).toBe('Triwulan IV 2026');
    expect(formatPeriod(q4, en)).toBe('Quarter IV 2026');
    expect(formatPeriod({ kind: 'annual', year: 2026, start: '2026-01-01' }, en)).toBe('Year 2026');
    expect(formatPeriod({ kind: 'monthly', year: 2026, start: '2026-11-01' }, id)).toBe(
      'November 2026',
    );
  });
});
