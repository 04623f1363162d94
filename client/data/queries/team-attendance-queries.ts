/**
 * Attendance as a head reads it from the Dexie read model: each report's latest month at a glance
 * (late days, the TPP deduction, correction requests waiting: the Tim screen) and one staff
 * member's latest month with its TPP and their correction requests beside the days as imported
 * (their page), both the same month (monthsUpTo). Built on attendance-queries.ts; core computes
 * the days that count, the totals and the TPP.
 */
import {
  attendanceTotals,
  monthOf,
  type AttendanceMonth,
  type AttendanceTotals,
} from '../../core/attendance';
import { ids } from '../../core/ids';
import type { AttendanceDay, TppSettings } from '../../core/schemas/attendance';
import { tppMonth, type TppMonth } from '../../core/tpp';
import type { ReadModel } from '../read-model';
import { reportsOf } from './activity-queries';
import {
  attendanceMonthsOf,
  correctionRecords,
  tppSettings,
  type CorrectionRecord,
} from './attendance-queries';

/** The earliest month a query asks for when it wants every month on the device. */
const FIRST_MONTH = '0000-01';

/** A person's month as their head reads it: the days as they count, in figures and in TPP. */
export type HeadMonth = {
  month: AttendanceMonth;
  totals: AttendanceTotals;
  tpp: TppMonth;
};

/**
 * `nip`'s months on this device up to `today`'s (oldest first) and the latest of them with its
 * figures: the month the Tim line and the staff member's page both show. The recap of a month is
 * imported after it ends, so for most of a month this is the one before (the one paid).
 */
async function monthsUpTo(
  rm: ReadModel,
  nip: string,
  today: string,
  rules: TppSettings,
  kelasJabatan: number | undefined,
): Promise<{ months: AttendanceMonth[]; latest: HeadMonth | null }> {
  const months = await attendanceMonthsOf(rm, nip, FIRST_MONTH, monthOf(today));
  const month = months.at(-1);
  if (!month) return { months, latest: null };
  return {
    months,
    latest: {
      month,
      totals: attendanceTotals([month]),
      tpp: tppMonth(month, rules, kelasJabatan),
    },
  };
}

/** One report's month at a glance. */
export type TeamMemberAttendance = {
  nip: string;
  /**
   * The latest month imported up to today's (`yyyy-mm`), its late days and the TPP deduction;
   * null when no month of theirs is on the device.
   */
  month: { month: string; lateDays: number; lateMinutes: number; deductionPct: number } | null;
  /** Their correction requests waiting for the head's decision. */
  waiting: number;
};

/** The head's reports on `today`, each with their latest month and the requests to decide. */
export async function teamAttendance(
  rm: ReadModel,
  headNip: string,
  today: string,
): Promise<TeamMemberAttendance[]> {
  const reports = await reportsOf(rm, headNip, today);
  const nips = reports.map((e) => e.nip);
  const [rules, records] = await Promise.all([tppSettings(rm), correctionRecords(rm, nips)]);
  const latest = await Promise.all(
    reports.map(async (e) => (await monthsUpTo(rm, e.nip, today, rules, e.kelasJabatan)).latest),
  );
  return reports.map((e, i) => {
    const head = latest[i] ?? null;
    const waiting = records.filter((r) => r.request.nip === e.nip && r.status === 'pending');
    return {
      nip: e.nip,
      month: head && {
        month: head.month.month,
        lateDays: head.totals.lateDays,
        lateMinutes: head.totals.lateMinutes,
        deductionPct: head.tpp.deductionPct,
      },
      waiting: waiting.length,
    };
  });
}

/** A correction request with the day it would change, as the machines recorded it. */
export type MemberCorrection = CorrectionRecord & {
  /** The imported day (null: the import has no row for it, or its month is not on the device). */
  imported: AttendanceDay | null;
  /** The hours the day is judged by (its month's), for the late and early minutes. */
  hours: AttendanceMonth['hours'] | null;
};

/** One staff member's attendance as their head reads it. */
export type MemberAttendance = {
  /** The latest month imported up to `today`'s, as it counts; null when none is on the device. */
  latest: HeadMonth | null;
  /** The TPP rules in force (the Pengelola's, else the common defaults). */
  rules: TppSettings;
  kelasJabatan: number | undefined;
  /** Requests waiting for the head's decision, oldest first (the first asked is answered first). */
  waiting: MemberCorrection[];
  /** Requests decided or applied, newest request first. */
  decided: MemberCorrection[];
  /** The names of the heads who decided and the Pengelola who applied, by NIP. */
  names: ReadonlyMap<string, string>;
};

/** `nip`'s latest month, its TPP and their correction requests on this device. */
export async function memberAttendance(
  rm: ReadModel,
  nip: string,
  today: string,
): Promise<MemberAttendance> {
  const [rules, employee] = await Promise.all([
    tppSettings(rm),
    rm.employees.get(ids.employee(nip)),
  ]);
  const kelasJabatan = employee?.kelasJabatan;
  const [records, { months, latest }] = await Promise.all([
    correctionRecords(rm, [nip]),
    monthsUpTo(rm, nip, today, rules, kelasJabatan),
  ]);
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const corrections = records.map((r): MemberCorrection => {
    const m = byMonth.get(monthOf(r.request.date));
    const imported = m?.days.find((d) => d.date === r.request.date) ?? null;
    return { ...r, imported, hours: m?.hours ?? null };
  });
  const signers = records.flatMap((r) => [
    ...(r.decision ? [r.decision.appraiserNip] : []),
    ...(r.applied ? [r.applied.decidedBy, r.applied.appliedBy] : []),
  ]);
  const people = await rm.employees.bulkGet([...new Set(signers)].map((n) => ids.employee(n)));
  return {
    latest,
    rules,
    kelasJabatan,
    waiting: corrections.filter((c) => c.status === 'pending').reverse(),
    decided: corrections.filter((c) => c.status !== 'pending'),
    names: new Map(people.flatMap((p) => (p ? [[p.nip, p.name] as const] : []))),
  };
}
