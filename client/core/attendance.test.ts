import { describe, expect, it } from 'vitest';
import {
  attendanceMonth,
  attendanceTotals,
  dayMinutes,
  datesOfMonth,
  effectiveDays,
  monthOf,
  monthRange,
  totalsOf,
} from './attendance';
import type { DayChange } from './schemas/attendance';
import type { WorkHours } from './schemas/reference';
import { makeApplied, makeAttendance, makeCorrection } from './testing/factories';
import { DEFAULT_WORK_HOURS } from './work-hours';

/** A school's six-day week with a short Friday (the demo's SDN Gayungan I). */
const SCHOOL: WorkHours = {
  days: [1, 2, 3, 4, 5, 6],
  start: '07:00',
  end: '13:30',
  fridayEnd: '11:00',
};
const hadir = (inAt: string | null, out: string | null) => ({
  status: 'hadir' as const,
  in: inAt,
  out,
});

/** A correction of staffA1's April 2026, applied exactly as asked. */
function applied(date: string, change: DayChange = { status: 'dinas-luar', in: null, out: null }) {
  return makeApplied(makeCorrection({ date, change }));
}

describe('the days of a month', () => {
  it.each([
    ['2026-02', '2026-02-28', 28],
    ['2024-02', '2024-02-29', 29],
    ['2000-02', '2000-02-29', 29],
    ['2100-02', '2100-02-28', 28],
    ['2026-04', '2026-04-30', 30],
    ['2026-01', '2026-01-31', 31],
    ['2025-12', '2025-12-31', 31],
  ])('%s runs from the 1st to %s (%i days)', (month, end, count) => {
    expect(monthRange(month)).toEqual({ start: `${month}-01`, end });
    const dates = datesOfMonth(month);
    expect(dates).toHaveLength(count);
    expect(dates.at(0)).toBe(`${month}-01`);
    expect(dates.at(-1)).toBe(end);
    expect(new Set(dates.map(monthOf))).toEqual(new Set([month]));
  });

  it('ends December on the 31st and starts January of the next year afresh', () => {
    expect(datesOfMonth('2025-12').at(-1)).toBe('2025-12-31');
    expect(datesOfMonth('2026-01').at(0)).toBe('2026-01-01');
    expect(monthOf('2025-12-31')).toBe('2025-12');
    expect(monthOf('2026-01-01')).toBe('2026-01');
  });
});

describe('late and early minutes against the hours', () => {
  const NO_FRIDAY: WorkHours = { days: [1, 2, 3, 4, 5], start: '07:30', end: '16:00' };
  // 2026-04-02 is a Thursday, 2026-04-03 a Friday, 2026-04-04 a Saturday, 2026-04-05 a Sunday.
  it.each([
    ['on time, to the minute', DEFAULT_WORK_HOURS, '2026-04-02', '07:30', '16:00', 0, 0],
    ['a minute late, a minute early', DEFAULT_WORK_HOURS, '2026-04-02', '07:31', '15:59', 1, 1],
    ['long late, long early', DEFAULT_WORK_HOURS, '2026-04-02', '09:05', '14:00', 95, 120],
    ['Friday ends at its own end', DEFAULT_WORK_HOURS, '2026-04-03', '07:25', '16:00', 0, 30],
    ['Friday at its own end', DEFAULT_WORK_HOURS, '2026-04-03', '07:25', '16:30', 0, 0],
    ['Friday without its own end', NO_FRIDAY, '2026-04-03', '07:25', '16:00', 0, 0],
    ['Friday without its own end, early', NO_FRIDAY, '2026-04-03', '07:25', '15:30', 0, 30],
    ['an office’s Saturday', DEFAULT_WORK_HOURS, '2026-04-04', '10:00', '11:00', 0, 0],
    ['an office’s Sunday', DEFAULT_WORK_HOURS, '2026-04-05', '10:00', '11:00', 0, 0],
    ['a school’s Saturday', SCHOOL, '2026-04-04', '07:10', '13:00', 10, 30],
    ['07:25 at a school starting 07:00', SCHOOL, '2026-04-02', '07:25', '13:30', 25, 0],
    ['a school’s short Friday', SCHOOL, '2026-04-03', '06:55', '11:00', 0, 0],
    ['a school’s short Friday, early', SCHOOL, '2026-04-03', '06:55', '10:45', 0, 15],
    ['a school’s Sunday', SCHOOL, '2026-04-05', '08:00', '09:00', 0, 0],
  ] as const)('%s: %s %s-%s', (_what, hours, date, inAt, out, late, early) => {
    expect(dayMinutes(hours, date, hadir(inAt, out))).toEqual({ late, early });
  });

  it('counts no minutes for a missing scan, nor on a day that is not hadir', () => {
    expect(dayMinutes(DEFAULT_WORK_HOURS, '2026-04-02', hadir(null, null))).toEqual({
      late: 0,
      early: 0,
    });
    const away = { status: 'dinas-luar', in: '10:00', out: '12:00' } as const;
    expect(dayMinutes(DEFAULT_WORK_HOURS, '2026-04-02', away)).toEqual({ late: 0, early: 0 });
  });
});

describe('the days that count', () => {
  it('are the imported working days, on time by default, each marked as imported', () => {
    const days = effectiveDays(attendanceMonth(makeAttendance(), []));
    expect(days).toHaveLength(22);
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
    for (const d of days) {
      expect(d).toMatchObject({ late: 0, early: 0, workDay: true, corrected: null });
      expect(d.imported).toMatchObject({ date: d.date, status: d.status, in: d.in, out: d.out });
    }
  });

  it('take an applied correction over the imported day, keeping the imported one beside it', () => {
    const month = makeAttendance({}, [{ date: '2026-04-08', in: '08:40', out: null, apel: false }]);
    const fix = applied('2026-04-08');
    const day = effectiveDays(attendanceMonth(month, [fix])).find((d) => d.date === '2026-04-08');
    expect(day).toMatchObject({
      status: 'dinas-luar',
      in: null,
      out: null,
      late: 0,
      early: 0,
      apel: false,
      imported: { status: 'hadir', in: '08:40', out: null },
      corrected: { date: '2026-04-08', reason: fix.reason, decidedBy: fix.decidedBy },
    });
  });

  it('add a corrected day the import had no row for, in date order', () => {
    const month = makeAttendance({
      days: makeAttendance().days.filter((d) => d.date !== '2026-04-15'),
    });
    const before = effectiveDays(attendanceMonth(month, []));
    expect(before.some((d) => d.date === '2026-04-15')).toBe(false);
    const days = effectiveDays(
      attendanceMonth(month, [
        applied('2026-04-15', { status: 'hadir', in: '07:50', out: '16:10' }),
      ]),
    );
    const i = days.findIndex((d) => d.date === '2026-04-15');
    expect(days[i]).toMatchObject({ status: 'hadir', late: 20, early: 0, imported: null });
    expect(days[i - 1]?.date).toBe('2026-04-14');
    expect(days[i + 1]?.date).toBe('2026-04-16');
    expect(days).toHaveLength(before.length + 1);
  });

  it('leave out a correction of another month, and keep an applied one through a re-import', () => {
    const march = applied('2026-03-31');
    expect(attendanceMonth(makeAttendance(), [march]).applied).toEqual([]);
    const fix = applied('2026-04-08');
    const reimported = makeAttendance({ importedAt: '2026-05-02T08:00:00+07:00' }, [
      { date: '2026-04-08', in: '09:00' },
    ]);
    const day = effectiveDays(attendanceMonth(reimported, [march, fix])).find(
      (d) => d.date === '2026-04-08',
    );
    expect(day).toMatchObject({ status: 'dinas-luar', late: 0, imported: { in: '09:00' } });
  });

  it('mark a weekend row as not a working day, with no minutes', () => {
    const month = makeAttendance({}, [{ date: '2026-04-04', in: '10:00', out: '12:00' }]);
    const saturday = effectiveDays(attendanceMonth(month, [])).find((d) => d.date === '2026-04-04');
    expect(saturday).toMatchObject({ workDay: false, late: 0, early: 0 });
  });
});

describe('the month’s totals', () => {
  const month = makeAttendance({}, [
    { date: '2026-04-01', in: '07:45' },
    { date: '2026-04-02', in: '08:40' },
    { date: '2026-04-03', out: '16:00' },
    { date: '2026-04-06', out: null },
    { date: '2026-04-07', status: 'sakit', in: null, out: null },
    { date: '2026-04-08', status: 'cuti', in: null, out: null },
    { date: '2026-04-09', status: 'tanpa-keterangan', in: null, out: null },
    { date: '2026-04-10', status: 'dinas-luar', in: null, out: null },
    { date: '2026-04-13', status: 'libur', in: null, out: null },
    { date: '2026-04-04', in: '09:00', out: '11:00' },
  ]);

  it('count working days, presence, statuses, late and early minutes and missing scans', () => {
    const t = totalsOf(effectiveDays(attendanceMonth(month, [])));
    expect(t).toEqual({
      workingDays: 21,
      present: 18,
      byStatus: {
        // The Saturday row is not a working day of the unit: it counts nothing.
        hadir: 17,
        izin: 0,
        sakit: 1,
        cuti: 1,
        'dinas-luar': 1,
        'tugas-belajar': 0,
        'tanpa-keterangan': 1,
        libur: 1,
      },
      lateMinutes: 15 + 70,
      lateDays: 2,
      earlyMinutes: 30,
      earlyDays: 1,
      missingScans: 1,
      corrected: 0,
    });
  });

  it('count each status on working days only, so the statuses add up to the working days', () => {
    const t = totalsOf(effectiveDays(attendanceMonth(month, [])));
    const counted = Object.entries(t.byStatus)
      .filter(([status]) => status !== 'libur')
      .reduce((sum, [, n]) => sum + n, 0);
    expect(counted).toBe(t.workingDays);
  });

  it('follow an applied correction: the late day becomes dinas luar, counted as corrected', () => {
    const t = totalsOf(effectiveDays(attendanceMonth(month, [applied('2026-04-02')])));
    expect(t).toMatchObject({
      lateMinutes: 15,
      lateDays: 1,
      present: 18,
      corrected: 1,
      byStatus: expect.objectContaining({ hadir: 16, 'dinas-luar': 2 }),
    });
  });

  it('add up months each judged by its own hours, within a range across the month’s end', () => {
    const march = makeAttendance({ month: '2026-03', hours: SCHOOL }, [
      { date: '2026-03-31', in: '07:25', out: '13:30' },
    ]);
    const april = makeAttendance({}, [{ date: '2026-04-01', in: '07:45' }]);
    const months = [attendanceMonth(march, []), attendanceMonth(april, [])];
    // 07:25 is late at the school (March) and on time at the office (April).
    expect(attendanceTotals(months, { start: '2026-03-31', end: '2026-04-01' })).toMatchObject({
      workingDays: 2,
      lateDays: 2,
      lateMinutes: 25 + 15,
    });
    const all = attendanceTotals(months);
    expect(all.workingDays).toBe(
      totalsOf(effectiveDays(months[0]!)).workingDays +
        totalsOf(effectiveDays(months[1]!)).workingDays,
    );
  });
});
