import { describe, expect, it } from 'vitest';
import {
  addDays,
  civilDate,
  daysBetween,
  durationMinutes,
  eachDate,
  isTime,
  isWorkingDay,
  isoWeekday,
  minutesAt,
  minutesOfDay,
  quarterOf,
  quarterRange,
} from './dates';

describe('civilDate in Asia/Jakarta (UTC+7)', () => {
  it.each([
    ['2026-05-14T16:59:59Z', '2026-05-14'],
    ['2026-05-14T17:00:00Z', '2026-05-15'],
    ['2026-05-14T23:30:00Z', '2026-05-15'],
    ['2026-05-15T00:30:00Z', '2026-05-15'],
    ['2025-12-31T17:00:00Z', '2026-01-01'],
    ['2024-02-28T18:00:00Z', '2024-02-29'],
  ])('%s is %s in WIB', (instant, date) => {
    expect(civilDate(Date.parse(instant))).toBe(date);
  });

  it('differs from the UTC date between 17:00 and 24:00 UTC', () => {
    const instant = Date.parse('2026-05-14T20:00:00Z');
    expect(civilDate(instant, 'UTC')).toBe('2026-05-14');
    expect(civilDate(instant, 'Asia/Jakarta')).toBe('2026-05-15');
    expect(civilDate(instant, 'Asia/Jayapura')).toBe('2026-05-15');
  });

  it('answers each instant asked in turn, the same one again included', () => {
    const late = Date.parse('2026-05-14T20:00:00Z');
    const early = Date.parse('2026-05-14T10:00:00Z');
    const asked = [late, late, early, late, early, early].map((t) => civilDate(t));
    expect(asked).toEqual([
      '2026-05-15',
      '2026-05-15',
      '2026-05-14',
      '2026-05-15',
      '2026-05-14',
      '2026-05-14',
    ]);
    expect([minutesAt(late), minutesAt(late, 'UTC'), minutesAt(early)]).toEqual([180, 1200, 1020]);
  });
});

describe('addDays and daysBetween', () => {
  it.each([
    ['2026-05-14', 1, '2026-05-15'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-05-01', 14, '2026-05-15'],
    ['2026-05-14', 0, '2026-05-14'],
  ])('%s + %i = %s', (date, days, result) => {
    expect(addDays(date, days)).toBe(result);
    expect(daysBetween(date, result)).toBe(days);
  });

  it('counts across a year', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });
});

describe('quarterRange and quarterOf', () => {
  it.each([
    [1, '2026-01-01', '2026-03-31'],
    [2, '2026-04-01', '2026-06-30'],
    [3, '2026-07-01', '2026-09-30'],
    [4, '2026-10-01', '2026-12-31'],
  ] as const)('Triwulan %i of 2026 runs %s to %s', (q, start, end) => {
    expect(quarterRange(2026, q)).toEqual({ start, end });
    expect(quarterOf(start)).toBe(q);
    expect(quarterOf(end)).toBe(q);
  });

  it('ends the first quarter of a leap year on 31 March too', () => {
    expect(quarterRange(2024, 1)).toEqual({ start: '2024-01-01', end: '2024-03-31' });
  });
});

describe('times', () => {
  it('durationMinutes counts minutes between two HH:mm times', () => {
    expect(durationMinutes('08:00', '09:30')).toBe(90);
    expect(durationMinutes('07:45', '16:15')).toBe(510);
    expect(durationMinutes('00:00', '23:59')).toBe(1439);
    expect(durationMinutes('10:00', '09:00')).toBe(-60);
    expect(durationMinutes('09:00', '09:00')).toBe(0);
  });

  it('is NaN for a malformed time', () => {
    expect(durationMinutes('8:00', '09:00')).toBeNaN();
    expect(minutesOfDay('24:00')).toBeNaN();
    for (const bad of ['9:05', '12:60', '12:00:00', '1a:00', '12-00', ' 9:05', ''])
      expect(minutesOfDay(bad)).toBeNaN();
    expect(['00:00', '09:05', '23:59'].map(minutesOfDay)).toEqual([0, 545, 1439]);
  });

  it('isTime accepts 24-hour HH:mm only', () => {
    expect(['00:00', '09:05', '23:59'].every(isTime)).toBe(true);
    expect(['24:00', '9:05', '12:60', '12:00:00'].some(isTime)).toBe(false);
  });
});

describe('weekdays and ranges', () => {
  it('knows Monday to Sunday', () => {
    expect(isoWeekday('2026-05-11')).toBe(1);
    expect(isoWeekday('2026-05-17')).toBe(7);
    expect(isWorkingDay('2026-05-15')).toBe(true);
    expect(isWorkingDay('2026-05-16')).toBe(false);
  });

  it('eachDate lists every date inclusive, across a month end', () => {
    expect(eachDate('2026-02-27', '2026-03-02')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(eachDate('2026-03-02', '2026-03-01')).toEqual([]);
  });
});
