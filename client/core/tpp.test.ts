import { describe, expect, it } from 'vitest';
import { attendanceMonth, effectiveDays, type EffectiveDay } from './attendance';
import { tppSettingsSchema, type AttendanceDay, type TppSettings } from './schemas/attendance';
import type { WorkHours } from './schemas/reference';
import { makeApplied, makeAttendance, makeCorrection, makeSetting } from './testing/factories';
import { bracketPct, DEFAULT_TPP_SETTINGS, tppDay, tppMonth, tppSettingsOf } from './tpp';
import { ATTENDANCE_STATUSES } from './vocabulary';
import { DEFAULT_WORK_HOURS } from './work-hours';

const rules = DEFAULT_TPP_SETTINGS;

/** One day of April 2026 as it counts (2026-04-02 is a Thursday, 2026-04-04 a Saturday). */
function dayOf(
  day: Partial<AttendanceDay> & { date?: string },
  hours: WorkHours = DEFAULT_WORK_HOURS,
): EffectiveDay {
  const row: AttendanceDay = {
    date: '2026-04-02',
    status: 'hadir',
    in: '07:25',
    out: '16:05',
    ...day,
  };
  const [effective] = effectiveDays({ month: '2026-04', hours, days: [row], applied: [] });
  return effective!;
}
const cost = (day: Partial<AttendanceDay>, r: TppSettings = rules) => tppDay(dayOf(day), r);

describe('the common table', () => {
  it('is a valid setting: 60/40, brackets 0.5/1/1.25/2.5 of the discipline component', () => {
    expect(tppSettingsSchema.safeParse(rules).success).toBe(true);
    expect(rules).toMatchObject({
      kinerjaShare: 60,
      basis: 'discipline',
      noScanPct: 2.5,
      dailyCapPct: 2.5,
      absentPct: 3,
      apelPct: 0.5,
    });
    expect(rules.early).toEqual(rules.late);
  });

  it('holds when the Pengelola set no rules; their rules hold once set', () => {
    expect(tppSettingsOf(null)).toBe(DEFAULT_TPP_SETTINGS);
    expect(tppSettingsOf(makeSetting())).toBe(DEFAULT_TPP_SETTINGS);
    const own = { ...rules, kinerjaShare: 70 };
    expect(tppSettingsOf(makeSetting({ tpp: own }))).toBe(own);
  });
});

describe('the minute brackets', () => {
  it.each([
    [0, 0],
    [-5, 0],
    [1, 0.5],
    [30, 0.5],
    [31, 1],
    [60, 1],
    [61, 1.25],
    [90, 1.25],
    [91, 2.5],
    [600, 2.5],
  ])('%i minutes take %f%%', (minutes, pct) => {
    expect(bracketPct(rules.late, minutes)).toBe(pct);
  });

  it('give any minutes past the last bound the open bracket’s percent', () => {
    const own = [
      { upTo: 15, pct: 0.25 },
      { upTo: null, pct: 4 },
    ];
    expect(bracketPct(own, 15)).toBe(0.25);
    expect(bracketPct(own, 16)).toBe(4);
    expect(bracketPct(own, 1440)).toBe(4);
    expect(bracketPct([{ upTo: null, pct: 1 }], 1)).toBe(1);
  });

  it('judge a day’s late arrival and early leave each by its own table', () => {
    expect(cost({ in: '08:00' }).deductions).toEqual([{ kind: 'late', minutes: 30, pct: 0.5 }]);
    expect(cost({ in: '08:01' }).pct).toBe(1);
    expect(cost({ out: '15:00' }).deductions).toEqual([{ kind: 'early', minutes: 60, pct: 1 }]);
    expect(cost({ out: '14:59' }).pct).toBe(1.25);
    const own = { ...rules, early: [{ upTo: null, pct: 2 }] };
    expect(cost({ in: '07:31', out: '15:59' }, own).deductions).toEqual([
      { kind: 'late', minutes: 1, pct: 0.5 },
      { kind: 'early', minutes: 1, pct: 2 },
    ]);
  });
});

describe('a day’s deductions', () => {
  it('cost nothing on time', () => {
    expect(cost({})).toMatchObject({ deductions: [], pct: 0, capped: false });
  });

  it('take the no-scan percent for a missing scan in or out', () => {
    expect(cost({ in: null }).deductions).toEqual([{ kind: 'no-scan-in', pct: 2.5 }]);
    expect(cost({ out: null }).deductions).toEqual([{ kind: 'no-scan-out', pct: 2.5 }]);
  });

  it('cap late arrival with no check-out at 2.5% and say it was capped', () => {
    const day = cost({ in: '07:45', out: null });
    expect(day.deductions).toEqual([
      { kind: 'late', minutes: 15, pct: 0.5 },
      { kind: 'no-scan-out', pct: 2.5 },
    ]);
    expect(day).toMatchObject({ pct: 2.5, capped: true });
    expect(cost({ in: null, out: null })).toMatchObject({ pct: 2.5, capped: true });
  });

  it('are not capped at exactly the cap', () => {
    expect(cost({ in: '09:31' })).toMatchObject({ pct: 2.5, capped: false });
  });

  it('add a missed apel on a hadir day, within the cap', () => {
    expect(cost({ apel: false })).toMatchObject({
      deductions: [{ kind: 'apel', pct: 0.5 }],
      pct: 0.5,
    });
    expect(cost({ in: '08:45', apel: false })).toMatchObject({ pct: 1.75, capped: false });
    expect(cost({ in: '09:45', apel: false })).toMatchObject({ pct: 2.5, capped: true });
    expect(cost({ apel: true }).pct).toBe(0);
  });

  it('take 3% for tanpa keterangan, not capped by the daily cap', () => {
    const day = cost({ status: 'tanpa-keterangan', in: null, out: null, apel: false });
    expect(day).toMatchObject({ deductions: [{ kind: 'absent', pct: 3 }], pct: 3, capped: false });
  });

  it.each(['izin', 'sakit', 'cuti', 'dinas-luar', 'tugas-belajar', 'libur'] as const)(
    'cost nothing for %s, scans and apel or not',
    (status) => {
      expect(cost({ status, in: null, out: null, apel: false })).toMatchObject({
        deductions: [],
        pct: 0,
      });
      expect(cost({ status, in: '10:00', out: '11:00' }).pct).toBe(0);
    },
  );

  it('follow the Perkada’s list of statuses that deduct nothing', () => {
    const strict = { ...rules, noDeduction: rules.noDeduction.filter((s) => s !== 'izin') };
    // Charged as an absence, and said for what it is: izin the Perkada does not exempt.
    expect(cost({ status: 'izin', in: null, out: null }, strict).deductions).toEqual([
      { kind: 'status', status: 'izin', pct: 3 },
    ]);
    // Hadir is judged by its scans whatever the list says.
    const odd = { ...rules, noDeduction: [...ATTENDANCE_STATUSES] };
    expect(cost({ in: '08:00' }, odd).pct).toBe(0.5);
  });

  it('never charge libur and always charge tanpa keterangan, whatever the list says', () => {
    const none = { ...rules, noDeduction: [] };
    expect(cost({ status: 'libur', in: null, out: null }, none).pct).toBe(0);
    const all = { ...rules, noDeduction: [...ATTENDANCE_STATUSES] };
    expect(cost({ status: 'tanpa-keterangan', in: null, out: null }, all).deductions).toEqual([
      { kind: 'absent', pct: 3 },
    ]);
  });

  it('cost nothing on a day the unit does not work, whatever its status', () => {
    for (const status of ATTENDANCE_STATUSES)
      expect(tppDay(dayOf({ date: '2026-04-04', status, in: '10:00', out: null }), rules).pct).toBe(
        0,
      );
  });

  it('leave out a reason of 0% (a Perkada without an apel deduction)', () => {
    const noApel = { ...rules, apelPct: 0 };
    expect(cost({ in: '07:45', apel: false }, noApel).deductions).toEqual([
      { kind: 'late', minutes: 15, pct: 0.5 },
    ]);
  });
});

describe('a month’s TPP', () => {
  // Dewi's month: late 15 minutes on the 8th (0.5%), 40 minutes on the 9th (1%).
  const month = makeAttendance({}, [
    { date: '2026-04-08', in: '07:45' },
    { date: '2026-04-09', in: '08:10' },
  ]);
  /** Every working day of April tanpa keterangan. */
  const allAbsent = makeAttendance(
    {},
    makeAttendance().days.map((d) => ({ date: d.date, status: 'tanpa-keterangan' as const })),
  );

  it('is whole when nothing is imported yet', () => {
    expect(tppMonth(null, rules)).toEqual({
      days: [],
      deductionPct: 0,
      kinerjaShare: 60,
      disciplineShare: 40,
      basis: 'discipline',
      disciplinePct: 40,
      receivedPct: 100,
      base: null,
      deductionAmount: null,
    });
  });

  it('lists each costly day with its reason, and takes the percent of the discipline component', () => {
    const tpp = tppMonth(attendanceMonth(month, []), rules);
    expect(tpp.days.map((d) => [d.date, d.deductions])).toEqual([
      ['2026-04-08', [{ kind: 'late', minutes: 15, pct: 0.5 }]],
      ['2026-04-09', [{ kind: 'late', minutes: 40, pct: 1 }]],
    ]);
    // 1.5% of the 40% discipline component is 0.6% of the whole TPP.
    expect(tpp).toMatchObject({ deductionPct: 1.5, disciplinePct: 39.4, receivedPct: 99.4 });
  });

  it('drops a day’s deduction once its correction to dinas luar is applied', () => {
    const fix = makeApplied(
      makeCorrection({ date: '2026-04-09', change: { status: 'dinas-luar', in: null, out: null } }),
    );
    const tpp = tppMonth(attendanceMonth(month, [fix]), rules);
    expect(tpp.days.map((d) => d.date)).toEqual(['2026-04-08']);
    expect(tpp).toMatchObject({ deductionPct: 0.5, receivedPct: 99.8 });
  });

  it('counts against the whole TPP on basis "total", losing at most the discipline component', () => {
    const total = { ...rules, basis: 'total' as const };
    expect(tppMonth(attendanceMonth(month, []), total)).toMatchObject({
      deductionPct: 1.5,
      disciplinePct: 38.5,
      receivedPct: 98.5,
    });
    // 22 days of 3% is 66% of the TPP, but only the 40% discipline component can be lost.
    expect(tppMonth(attendanceMonth(allAbsent, []), total)).toMatchObject({
      deductionPct: 66,
      disciplinePct: 0,
      receivedPct: 60,
    });
  });

  it('deducts at most the whole discipline component', () => {
    const harsh = { ...rules, absentPct: 10 };
    expect(tppMonth(attendanceMonth(allAbsent, []), harsh)).toMatchObject({
      deductionPct: 100,
      disciplinePct: 0,
      receivedPct: 60,
    });
  });

  it('gives an amount in rupiah only with a base for the person’s kelas jabatan', () => {
    const withBases = { ...rules, bases: { '7': 5_000_000 } };
    const m = attendanceMonth(month, []);
    // 0.6% of Rp5.000.000.
    expect(tppMonth(m, withBases, 7)).toMatchObject({ base: 5_000_000, deductionAmount: 30_000 });
    expect(tppMonth(m, withBases, 8)).toMatchObject({ base: null, deductionAmount: null });
    expect(tppMonth(m, withBases)).toMatchObject({ base: null, deductionAmount: null });
    expect(tppMonth(m, rules, 7)).toMatchObject({ base: null, deductionAmount: null });
    expect(tppMonth(null, withBases, 7)).toMatchObject({ base: 5_000_000, deductionAmount: 0 });
  });

  it('receives the kinerja and the discipline components as shown, added up to the hundredth', () => {
    // 25% of 18.18% is 4.545%: the discipline component shows 20.45%, so the whole shows 95.45%.
    const rules7525 = { ...rules, kinerjaShare: 75, absentPct: 18.18 };
    const absent = makeAttendance({}, [{ date: '2026-04-08', status: 'tanpa-keterangan' }]);
    expect(tppMonth(attendanceMonth(absent, []), rules7525)).toMatchObject({
      deductionPct: 18.18,
      disciplinePct: 20.45,
      receivedPct: 95.45,
    });
  });

  it('splits by the Perkada’s share of kinerja', () => {
    const split = { ...rules, kinerjaShare: 70 };
    expect(tppMonth(attendanceMonth(month, []), split)).toMatchObject({
      kinerjaShare: 70,
      disciplineShare: 30,
      disciplinePct: 29.55,
      receivedPct: 99.55,
    });
  });
});
