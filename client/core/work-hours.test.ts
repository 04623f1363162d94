import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, minutesOfDay as toMin } from './dates';
import type { WorkHours } from './schemas/reference';
import { makeEmployee, makeUnit } from './testing/factories';
import {
  DEFAULT_WORK_HOURS,
  earlyMinutes,
  hoursOn,
  isWorkDay,
  lateMinutes,
  unitIdOn,
  unitWorkHours,
  workHoursProblems,
  type HoursUnit,
} from './work-hours';

// 2026-03-09 is a Monday.
const MONDAY = '2026-03-09';
const FRIDAY = '2026-03-13';
const SATURDAY = '2026-03-14';
const SUNDAY = '2026-03-15';

const SCHOOL: WorkHours = {
  days: [1, 2, 3, 4, 5, 6],
  start: '07:00',
  end: '13:30',
  fridayEnd: '11:00',
};

const byId = (units: HoursUnit[]) => new Map(units.map((u) => [u.unitId, u]));
const units = byId([
  makeUnit({ unitId: 'pemda', parentId: null }),
  makeUnit({ unitId: 'dinas', parentId: 'pemda' }),
  makeUnit({ unitId: 'sdn-1', parentId: 'dinas', workHours: SCHOOL }),
  makeUnit({ unitId: 'kelas-jauh', parentId: 'sdn-1' }),
]);

describe('the hours of a unit', () => {
  it('are its own when it has them', () => {
    expect(unitWorkHours(units, 'sdn-1')).toEqual({ hours: SCHOOL, from: 'sdn-1' });
  });

  it('follow the nearest unit above that has hours when it has none', () => {
    expect(unitWorkHours(units, 'kelas-jauh')).toEqual({ hours: SCHOOL, from: 'sdn-1' });
  });

  it('are the common pemda week when no unit up to the top sets them, or the unit is unknown', () => {
    expect(unitWorkHours(units, 'dinas')).toEqual({ hours: DEFAULT_WORK_HOURS, from: null });
    expect(unitWorkHours(units, 'tidak-ada')).toEqual({ hours: DEFAULT_WORK_HOURS, from: null });
    expect(unitWorkHours(units, null).from).toBeNull();
    expect(DEFAULT_WORK_HOURS).toEqual({
      days: [1, 2, 3, 4, 5],
      start: '07:30',
      end: '16:00',
      fridayEnd: '16:30',
    });
  });

  it('end even when the stored parents loop', () => {
    const loop = byId([
      makeUnit({ unitId: 'a', parentId: 'b' }),
      makeUnit({ unitId: 'b', parentId: 'a' }),
    ]);
    expect(unitWorkHours(loop, 'a').from).toBeNull();
  });
});

describe('the hours on a date', () => {
  it('end on Friday at the Friday end', () => {
    expect(hoursOn(DEFAULT_WORK_HOURS, MONDAY)).toEqual({ start: '07:30', end: '16:00' });
    expect(hoursOn(DEFAULT_WORK_HOURS, FRIDAY)).toEqual({ start: '07:30', end: '16:30' });
    expect(hoursOn(SCHOOL, FRIDAY)).toEqual({ start: '07:00', end: '11:00' });
    const { fridayEnd: _, ...noFriday } = SCHOOL;
    void _;
    expect(hoursOn(noFriday, FRIDAY)).toEqual({ start: '07:00', end: '13:30' });
  });

  it('make Saturday a working day for a six-day school, and Sunday a day off for both', () => {
    expect(isWorkDay(SCHOOL, SATURDAY)).toBe(true);
    expect(hoursOn(SCHOOL, SATURDAY)).toEqual({ start: '07:00', end: '13:30' });
    expect(isWorkDay(DEFAULT_WORK_HOURS, SATURDAY)).toBe(false);
    expect(hoursOn(DEFAULT_WORK_HOURS, SATURDAY)).toBeNull();
    expect(isWorkDay(SCHOOL, SUNDAY)).toBe(false);
  });
});

describe('late and early minutes', () => {
  it('count the minutes after the start and before the end', () => {
    expect(lateMinutes(DEFAULT_WORK_HOURS, MONDAY, '07:30')).toBe(0);
    expect(lateMinutes(DEFAULT_WORK_HOURS, MONDAY, '07:12')).toBe(0);
    expect(lateMinutes(DEFAULT_WORK_HOURS, MONDAY, '08:05')).toBe(35);
    expect(earlyMinutes(DEFAULT_WORK_HOURS, MONDAY, '16:00')).toBe(0);
    expect(earlyMinutes(DEFAULT_WORK_HOURS, MONDAY, '17:10')).toBe(0);
    expect(earlyMinutes(DEFAULT_WORK_HOURS, MONDAY, '15:15')).toBe(45);
  });

  it("leave on Friday at 16:00 is 30 minutes early under the pemda week, on time at the school's 11:00", () => {
    expect(earlyMinutes(DEFAULT_WORK_HOURS, FRIDAY, '16:00')).toBe(30);
    expect(earlyMinutes(SCHOOL, FRIDAY, '11:00')).toBe(0);
  });

  it('are none on a day off, whatever the clock', () => {
    expect(lateMinutes(DEFAULT_WORK_HOURS, SUNDAY, '10:00')).toBe(0);
    expect(earlyMinutes(DEFAULT_WORK_HOURS, SATURDAY, '09:00')).toBe(0);
    expect(lateMinutes(SCHOOL, SATURDAY, '07:20')).toBe(20);
  });

  it('refuse a clock that is not HH:mm', () => {
    expect(() => lateMinutes(DEFAULT_WORK_HOURS, MONDAY, '8.05')).toThrow(RangeError);
  });

  it('on a working day, late plus the time worked plus early is the working day', () => {
    const clock = fc
      .integer({ min: 0, max: 23 * 60 + 59 })
      .map(
        (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), clock, clock, (offset, a, b) => {
        const date = addDays(MONDAY, offset);
        const day = hoursOn(SCHOOL, date);
        if (day === null) return;
        const [checkIn, checkOut] = a <= b ? [a, b] : [b, a];
        const worked = Math.max(
          0,
          Math.min(toMin(checkOut), toMin(day.end)) - Math.max(toMin(checkIn), toMin(day.start)),
        );
        const late = lateMinutes(SCHOOL, date, checkIn);
        const early = earlyMinutes(SCHOOL, date, checkOut);
        if (toMin(checkIn) <= toMin(day.end) && toMin(checkOut) >= toMin(day.start))
          expect(late + worked + early).toBe(toMin(day.end) - toMin(day.start));
        expect(late).toBeGreaterThanOrEqual(0);
        expect(early).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('the unit a person worked in on a date', () => {
  it('is the assignment of that date after a mutasi, else the current unit', () => {
    const person = makeEmployee({
      unitId: 'sdn-2',
      history: [
        { unitId: 'sdn-0', superiorNip: null, position: 'Guru', to: '2025-06-30' },
        { unitId: 'sdn-1', superiorNip: null, position: 'Guru', to: '2026-01-31' },
      ],
    });
    expect(unitIdOn(person, '2025-06-30')).toBe('sdn-0');
    expect(unitIdOn(person, '2025-07-01')).toBe('sdn-1');
    expect(unitIdOn(person, '2026-02-01')).toBe('sdn-2');
    expect(unitIdOn(makeEmployee({ unitId: 'sdn-2' }), '2020-01-01')).toBe('sdn-2');
  });
});

describe('working hours as typed', () => {
  it('may be saved with weekdays, and a day (and Friday) ending after it starts', () => {
    expect(workHoursProblems(SCHOOL)).toEqual({});
    expect(workHoursProblems(DEFAULT_WORK_HOURS)).toEqual({});
  });

  it('name the field of each problem', () => {
    expect(workHoursProblems({ days: [], start: '07:30', end: '16:00' })).toEqual({
      days: 'no-days',
    });
    expect(workHoursProblems({ days: [1, 1], start: '07:30', end: '16:00' }).days).toBe('bad-day');
    expect(workHoursProblems({ days: [0, 8], start: '07:30', end: '16:00' }).days).toBe('bad-day');
    expect(workHoursProblems({ days: [1], start: '', end: '25:00' })).toEqual({
      start: 'bad-time',
      end: 'bad-time',
    });
    expect(workHoursProblems({ days: [1], start: '16:00', end: '07:30' })).toEqual({
      end: 'end-not-after-start',
    });
    expect(workHoursProblems({ days: [1], start: '07:30', end: '07:30' }).end).toBe(
      'end-not-after-start',
    );
    expect(workHoursProblems({ ...SCHOOL, fridayEnd: '06:00' })).toEqual({
      fridayEnd: 'end-not-after-start',
    });
    expect(workHoursProblems({ ...SCHOOL, days: [1, 2, 3, 4] })).toEqual({
      fridayEnd: 'friday-off',
    });
  });
});
