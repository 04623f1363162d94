/**
 * Properties of attendance months (core/attendance.ts) and of the TPP computed from them
 * (core/tpp.ts), over random months of any length, random working hours, random scans and
 * statuses, random applied corrections and random Perkada rules. One file for both: the TPP's
 * properties need the same random months.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attendanceTotals,
  datesOfMonth,
  dayMinutes,
  effectiveDays,
  monthOf,
  totalsOf,
  type AttendanceMonth,
} from './attendance';
import { addDays, isoWeekday, minutesOfDay, timeOfDay } from './dates';
import {
  tppSettingsSchema,
  type AttendanceDay,
  type DayChange,
  type TppBracket,
  type TppSettings,
} from './schemas/attendance';
import type { WorkHours } from './schemas/reference';
import { makeApplied, makeCorrection } from './testing/factories';
import { DEFAULT_TPP_SETTINGS, statusDeducts, tppDay, tppMonth } from './tpp';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from './vocabulary';
import { hoursOn } from './work-hours';

// ---------------------------------------------------------------- arbitraries

const monthArb = fc
  .record({ year: fc.integer({ min: 1999, max: 2101 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`);

/** Any date of any of those months, the 29th to the 31st included. */
const dateArb = fc.tuple(monthArb, fc.nat()).map(([month, i]) => {
  const dates = datesOfMonth(month);
  return dates[i % dates.length]!;
});

/** Working hours as a unit may set them: some weekdays, a day of 1 to 10 hours, maybe a Friday end. */
const hoursArb: fc.Arbitrary<WorkHours> = fc
  .record({
    days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    start: fc.integer({ min: 5 * 60, max: 9 * 60 }),
    length: fc.integer({ min: 60, max: 10 * 60 }),
    friday: fc.option(fc.integer({ min: 30, max: 10 * 60 }), { nil: undefined }),
  })
  .map(({ days, start, length, friday }) => ({
    days,
    start: timeOfDay(start),
    end: timeOfDay(start + length),
    ...(friday !== undefined && days.includes(5) ? { fridayEnd: timeOfDay(start + friday) } : {}),
  }));

/** A scan: mostly around office hours, sometimes anywhere in the day, sometimes missing. */
const clockArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 6 * 60, max: 18 * 60 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1439 }) },
);
const scansArb = fc
  .record({
    a: fc.option(clockArb, { nil: null, freq: 6 }),
    b: fc.option(clockArb, { nil: null, freq: 6 }),
  })
  .map(({ a, b }) => {
    if (a === null || b === null) return { in: a, out: b };
    if (a === b) return { in: a, out: null };
    return { in: Math.min(a, b), out: Math.max(a, b) };
  })
  .map((s) => ({
    in: s.in === null ? null : timeOfDay(s.in),
    out: s.out === null ? null : timeOfDay(s.out),
  }));

const statusArb: fc.Arbitrary<AttendanceStatus> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('hadir' as const) },
  { weight: 4, arbitrary: fc.constantFrom(...ATTENDANCE_STATUSES) },
);
const changeArb: fc.Arbitrary<DayChange> = fc
  .record({ status: statusArb, scans: scansArb })
  .map(({ status, scans }) => ({ status, ...scans }));
const rowArb = fc.record({
  change: changeArb,
  apel: fc.constantFrom<boolean | undefined>(undefined, true, false),
});

/**
 * A month as it counts: random hours, a row for most dates (weekends too), and a correction
 * applied on a few dates, with or without an imported row.
 */
const attendanceMonthArb: fc.Arbitrary<AttendanceMonth> = fc
  .record({ month: monthArb, hours: hoursArb })
  .chain(({ month, hours }) => {
    const n = datesOfMonth(month).length;
    return fc.record({
      month: fc.constant(month),
      hours: fc.constant(hours),
      rows: fc.array(fc.option(rowArb, { nil: null, freq: 5 }), { minLength: n, maxLength: n }),
      fixes: fc.array(fc.option(changeArb, { nil: null, freq: 1 }), { minLength: n, maxLength: n }),
    });
  })
  .map(({ month, hours, rows, fixes }) => {
    const dates = datesOfMonth(month);
    const days: AttendanceDay[] = [];
    dates.forEach((date, i) => {
      const row = rows[i];
      if (row)
        days.push({ date, ...row.change, ...(row.apel === undefined ? {} : { apel: row.apel }) });
    });
    const applied = dates.flatMap((date, i) => {
      const change = fixes[i];
      return change ? [makeApplied(makeCorrection({ date, change }))] : [];
    });
    return { month, hours, days, applied };
  });

const pctArb = fc.integer({ min: 0, max: 1000 }).map((n) => n / 100);

/** A bracket table with rising bounds and percents that never fall, the last one open. */
const bracketsArb: fc.Arbitrary<TppBracket[]> = fc
  .uniqueArray(fc.integer({ min: 1, max: 600 }), { maxLength: 4 })
  .chain((bounds) => {
    const upTos = [...[...bounds].sort((a, b) => a - b), null];
    return fc
      .array(fc.integer({ min: 0, max: 300 }), { minLength: upTos.length, maxLength: upTos.length })
      .map((steps) => {
        let hundredths = 0;
        return upTos.map((upTo, i) => ({ upTo, pct: (hundredths += steps[i] ?? 0) / 100 }));
      });
  });

/** Rules a Perkada may set, with or without rupiah bases per kelas jabatan. */
const rulesArb: fc.Arbitrary<TppSettings> = fc.record(
  {
    kinerjaShare: fc.integer({ min: 0, max: 100 }),
    basis: fc.constantFrom('discipline' as const, 'total' as const),
    late: bracketsArb,
    early: bracketsArb,
    noScanPct: pctArb,
    dailyCapPct: pctArb,
    absentPct: pctArb,
    apelPct: pctArb,
    noDeduction: fc.subarray([...ATTENDANCE_STATUSES]),
    bases: fc
      .array(fc.tuple(fc.integer({ min: 1, max: 17 }), fc.integer({ min: 0, max: 50_000_000 })), {
        maxLength: 17,
      })
      .map((pairs) => Object.fromEntries(pairs.map(([k, v]) => [String(k), v]))),
  },
  {
    requiredKeys: [
      'kinerjaShare',
      'basis',
      'late',
      'early',
      'noScanPct',
      'dailyCapPct',
      'absentPct',
      'apelPct',
      'noDeduction',
    ],
  },
);
const rulesOrDefaultArb = fc.oneof(fc.constant(DEFAULT_TPP_SETTINGS), rulesArb);
const kelasArb = fc.option(fc.integer({ min: 1, max: 17 }), { nil: undefined });

/** Rounding to hundredths may move a sum by this much. */
const EPS = 0.01;

/** `actual` is `exact` rounded to hundredths (half a hundredth either way, and float dust). */
function expectRounded(actual: number, exact: number): void {
  expect(Math.abs(actual - exact)).toBeLessThanOrEqual(0.005 + 1e-9);
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** What the deductions take from the whole TPP, by the rules' basis. */
function lostOf(deductionPct: number, rules: TppSettings): number {
  const discipline = 100 - rules.kinerjaShare;
  return rules.basis === 'discipline'
    ? (discipline * deductionPct) / 100
    : Math.min(discipline, deductionPct);
}

/** The month with one day replaced (or added). */
function withDay(m: AttendanceMonth, day: AttendanceDay): AttendanceMonth {
  return {
    ...m,
    days: [...m.days.filter((d) => d.date !== day.date), day],
    applied: m.applied.filter((a) => a.date !== day.date),
  };
}

// ---------------------------------------------------------------- attendance

describe('attendance properties', () => {
  it('a month is its dates, first to last, each of the month, the next month starting the day after', () => {
    fc.assert(
      fc.property(monthArb, (month) => {
        const dates = datesOfMonth(month);
        const [y, m] = month.split('-').map(Number) as [number, number];
        const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
        const expected = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
        expect(dates).toHaveLength(expected);
        expect(dates[0]).toBe(`${month}-01`);
        dates.slice(1).forEach((d, i) => expect(d).toBe(addDays(dates[i]!, 1)));
        expect(dates.every((d) => monthOf(d) === month)).toBe(true);
        const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
        expect(addDays(dates.at(-1)!, 1)).toBe(`${next}-01`);
      }),
    );
  });

  it('lateness grows minute for minute after the start, and is nothing at or before it or on a day off', () => {
    fc.assert(
      fc.property(hoursArb, dateArb, clockArb, clockArb, (hours, date, a, b) => {
        const [early, later] = [Math.min(a, b), Math.max(a, b)];
        const late = (m: number) =>
          dayMinutes(hours, date, { status: 'hadir', in: timeOfDay(m), out: null }).late;
        const day = hoursOn(hours, date);
        if (day === null) {
          expect([late(early), late(later)]).toEqual([0, 0]);
          return;
        }
        const start = minutesOfDay(day.start);
        expect(late(later)).toBeGreaterThanOrEqual(late(early));
        if (early >= start) expect(late(later) - late(early)).toBe(later - early);
        if (later <= start) expect(late(later)).toBe(0);
      }),
    );
  });

  it('leaving early shrinks minute for minute until the day’s end (Friday’s own on a Friday)', () => {
    fc.assert(
      fc.property(hoursArb, dateArb, clockArb, (hours, date, t) => {
        const early = dayMinutes(hours, date, {
          status: 'hadir',
          in: null,
          out: timeOfDay(t),
        }).early;
        const day = hoursOn(hours, date);
        const end =
          isoWeekday(date) === 5 && hours.fridayEnd !== undefined ? hours.fridayEnd : hours.end;
        expect(early).toBe(day === null ? 0 : Math.max(0, minutesOfDay(end) - t));
      }),
    );
  });

  it('the days that count are the imported and corrected dates, once each, in order; a correction wins', () => {
    fc.assert(
      fc.property(attendanceMonthArb, (m) => {
        const days = effectiveDays(m);
        const dates = [...new Set([...m.days.map((d) => d.date), ...m.applied.map((a) => a.date)])];
        expect(days.map((d) => d.date)).toEqual(dates.sort());
        for (const d of days) {
          const fix = m.applied.find((a) => a.date === d.date);
          const row = m.days.find((x) => x.date === d.date) ?? null;
          expect(d.imported).toEqual(row);
          expect({ status: d.status, in: d.in, out: d.out }).toEqual(
            fix ? fix.change : { status: row!.status, in: row!.in, out: row!.out },
          );
          expect(d.apel).toBe(row?.apel);
          expect(d.workDay).toBe(hoursOn(m.hours, d.date) !== null);
          if (d.status !== 'hadir' || !d.workDay) expect([d.late, d.early]).toEqual([0, 0]);
        }
      }),
    );
  });

  it('totals add up: every working day in one status, presence and lateness within them', () => {
    fc.assert(
      fc.property(attendanceMonthArb, (m) => {
        const days = effectiveDays(m);
        const t = totalsOf(days);
        const work = days.filter((d) => d.workDay);
        expect(Object.values(t.byStatus).reduce((s, n) => s + n, 0)).toBe(work.length);
        expect(t.workingDays).toBe(work.length - t.byStatus.libur);
        expect(t.workingDays).toBeLessThanOrEqual(days.length);
        expect(t.present).toBeLessThanOrEqual(t.workingDays);
        expect(t.lateDays).toBeLessThanOrEqual(t.workingDays);
        expect(t.earlyDays).toBeLessThanOrEqual(t.workingDays);
        expect(t.lateMinutes).toBeGreaterThanOrEqual(t.lateDays);
        expect(t.earlyMinutes).toBeGreaterThanOrEqual(t.earlyDays);
        expect(t.missingScans).toBeLessThanOrEqual(t.byStatus.hadir);
        expect(t.corrected).toBe(m.applied.length);
        expect(t.lateMinutes).toBe(days.reduce((s, d) => s + d.late, 0));
      }),
    );
  });

  it('totals of several months are the sums of each month’s', () => {
    fc.assert(
      fc.property(attendanceMonthArb, attendanceMonthArb, (a, b) => {
        const both = attendanceTotals([a, b]);
        const [ta, tb] = [attendanceTotals([a]), attendanceTotals([b])];
        for (const k of [
          'workingDays',
          'present',
          'lateMinutes',
          'earlyDays',
          'missingScans',
        ] as const)
          expect(both[k]).toBe(ta[k] + tb[k]);
        for (const s of ATTENDANCE_STATUSES)
          expect(both.byStatus[s]).toBe(ta.byStatus[s] + tb.byStatus[s]);
      }),
    );
  });
});

// ---------------------------------------------------------------- TPP

describe('TPP properties', () => {
  it('the random rules are rules the Pengelola could save', () => {
    fc.assert(
      fc.property(rulesArb, (rules) => {
        expect(tppSettingsSchema.safeParse(rules).success).toBe(true);
      }),
    );
  });

  it('never goes negative nor above the whole: every share stays within its bounds', () => {
    fc.assert(
      fc.property(attendanceMonthArb, rulesOrDefaultArb, kelasArb, (m, rules, kelas) => {
        const tpp = tppMonth(m, rules, kelas);
        for (const d of tpp.days) {
          expect(d.pct).toBeGreaterThan(0);
          for (const x of d.deductions) expect(x.pct).toBeGreaterThan(0);
        }
        expect(tpp.deductionPct).toBeGreaterThanOrEqual(0);
        expect(tpp.deductionPct).toBeLessThanOrEqual(100);
        expect(tpp.disciplinePct).toBeGreaterThanOrEqual(0);
        expect(tpp.disciplinePct).toBeLessThanOrEqual(tpp.disciplineShare);
        expect(tpp.receivedPct).toBeGreaterThanOrEqual(tpp.kinerjaShare);
        expect(tpp.receivedPct).toBeLessThanOrEqual(100);
        if (tpp.deductionAmount !== null && tpp.base !== null) {
          expect(tpp.deductionAmount).toBeGreaterThanOrEqual(0);
          expect(tpp.deductionAmount).toBeLessThanOrEqual(tpp.base);
        }
      }),
    );
  });

  it('a day takes at most the daily cap, or the absence percent; a month at most that for each working day', () => {
    fc.assert(
      fc.property(attendanceMonthArb, rulesOrDefaultArb, (m, rules) => {
        const tpp = tppMonth(m, rules);
        const perDay = Math.max(rules.dailyCapPct, rules.absentPct);
        for (const d of tpp.days) {
          const absent = d.deductions.some((x) => x.kind === 'absent' || x.kind === 'status');
          expect(d.pct).toBeLessThanOrEqual((absent ? rules.absentPct : rules.dailyCapPct) + EPS);
          if (!absent)
            expect(d.capped).toBe(d.deductions.reduce((s, x) => s + x.pct, 0) > rules.dailyCapPct);
        }
        const workDays = effectiveDays(m).filter((d) => d.workDay).length;
        expect(tpp.deductionPct).toBeLessThanOrEqual(workDays * perDay + EPS);
      }),
    );
  });

  it('only working days cost, never libur or a status the Perkada exempts, always tanpa keterangan', () => {
    fc.assert(
      fc.property(attendanceMonthArb, rulesOrDefaultArb, (m, rules) => {
        const costly = tppMonth(m, rules).days;
        for (const d of costly) {
          expect(d.day.workDay).toBe(true);
          expect(d.day.status).not.toBe('libur');
          if (d.day.status !== 'hadir' && d.day.status !== 'tanpa-keterangan')
            expect(rules.noDeduction).not.toContain(d.day.status);
        }
        if (rules.absentPct > 0)
          for (const d of effectiveDays(m))
            if (d.workDay && d.status === 'tanpa-keterangan')
              expect(costly.map((c) => c.date)).toContain(d.date);
      }),
    );
  });

  it('is monotone: a later check-in never costs less, on the day or in the month', () => {
    fc.assert(
      fc.property(
        attendanceMonthArb,
        rulesOrDefaultArb,
        fc.nat(),
        fc.integer({ min: 6 * 60, max: 12 * 60 }),
        fc.integer({ min: 1, max: 240 }),
        fc.option(fc.integer({ min: 12 * 60 + 1, max: 1439 }), { nil: null }),
        fc.constantFrom<boolean | undefined>(undefined, true, false),
        (m, rules, pick, checkIn, delay, checkOut, apel) => {
          const dates = datesOfMonth(m.month);
          const date = dates[pick % dates.length]!;
          const later = Math.min(checkIn + delay, 12 * 60);
          const day = (at: number): AttendanceDay => ({
            date,
            status: 'hadir',
            in: timeOfDay(at),
            out: checkOut === null ? null : timeOfDay(checkOut),
            ...(apel === undefined ? {} : { apel }),
          });
          const [a, b] = [withDay(m, day(checkIn)), withDay(m, day(later))];
          const costOn = (x: AttendanceMonth) =>
            tppDay(
              effectiveDays(x).find((d) => d.date === date)!,
              rules,
            ).pct;
          expect(costOn(b)).toBeGreaterThanOrEqual(costOn(a));
          expect(tppMonth(b, rules).deductionPct).toBeGreaterThanOrEqual(
            tppMonth(a, rules).deductionPct,
          );
        },
      ),
    );
  });

  it('what is received is 100 less what the deductions take, by the basis', () => {
    fc.assert(
      fc.property(attendanceMonthArb, rulesOrDefaultArb, (m, rules) => {
        const tpp = tppMonth(m, rules);
        const lost = lostOf(tpp.deductionPct, rules);
        expectRounded(tpp.receivedPct, 100 - lost);
        expectRounded(tpp.disciplinePct, tpp.disciplineShare - lost);
        expect(tpp.receivedPct).toBeCloseTo(tpp.kinerjaShare + tpp.disciplinePct, 9);
        expectRounded(tpp.deductionPct, Math.min(100, sum(tpp.days.map((d) => d.pct))));
      }),
    );
  });

  it('gives an amount only with a base for the person’s kelas jabatan, and then what is lost of it', () => {
    fc.assert(
      fc.property(attendanceMonthArb, rulesOrDefaultArb, kelasArb, (m, rules, kelas) => {
        const tpp = tppMonth(m, rules, kelas);
        const base = kelas === undefined ? undefined : rules.bases?.[String(kelas)];
        expect(tpp.base).toBe(base ?? null);
        if (base === undefined) expect(tpp.deductionAmount).toBeNull();
        else
          expect(tpp.deductionAmount).toBe(
            Math.round((base * lostOf(tpp.deductionPct, rules)) / 100),
          );
      }),
    );
  });

  it('a correction to an exempt status takes the day’s deduction away and never raises the month’s', () => {
    fc.assert(
      fc.property(
        attendanceMonthArb,
        rulesOrDefaultArb,
        fc.nat(),
        fc.constantFrom(...ATTENDANCE_STATUSES.filter((s) => s !== 'hadir')),
        (m, rules, pick, status) => {
          // An exempt status: libur always, tanpa keterangan never, the others by the Perkada.
          fc.pre(!statusDeducts(status, rules));
          const dates = datesOfMonth(m.month);
          const date = dates[pick % dates.length]!;
          const fix = makeApplied(
            makeCorrection({ date, change: { status, in: null, out: null } }),
          );
          const corrected = { ...m, applied: [...m.applied.filter((a) => a.date !== date), fix] };
          const after = tppMonth(corrected, rules);
          expect(after.days.some((d) => d.date === date)).toBe(false);
          expect(after.deductionPct).toBeLessThanOrEqual(tppMonth(m, rules).deductionPct);
        },
      ),
    );
  });
});
