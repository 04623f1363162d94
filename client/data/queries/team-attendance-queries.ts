/**
 * Attendance as a head reads it from the Dexie read model: each report's month at a glance (late
 * days, the TPP deduction, correction requests waiting: the Tim screen) and one staff member's
 * latest month with its TPP and their correction requests beside the days as imported (their
 * page). Built on attendance-queries.ts; core computes the days that count, totals and the TPP.
 */
import {
  attendanceTotals,
  type AttendanceMonth,
  type AttendanceTotals,
} from '../../core/attendance';
import { ids } from '../../core/ids';
import type { AttendanceDay } from '../../core/schemas/attendance';
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

/** One report's month at a glance. */
export type TeamMemberAttendance = {
  nip: string;
  /** The month's late days and the TPP deduction; null when nothing of it is imported yet. */
  month: { lateDays: number; lateMinutes: number; deductionPct: number } | null;
  /** Their correction requests waiting for the head's decision. */
  waiting: number;
};

/** The head's reports on `today` with `today`'s month of attendance and requests to decide. */
export async function teamAttendance(
  rm: ReadModel,
  headNip: string,
  today: string,
): Promise<TeamMemberAttendance[]> {
  const month = today.slice(0, 7);
  const reports = await reportsOf(rm, headNip, today);
  const nips = reports.map((e) => e.nip);
  const [rules, records, months] = await Promise.all([
    tppSettings(rm),
    correctionRecords(rm, nips),
    Promise.all(nips.map((nip) => attendanceMonthsOf(rm, nip, month, month))),
  ]);
  return reports.map((e, i) => {
    const current = months[i]?.[0] ?? null;
    const waiting = records.filter((r) => r.request.nip === e.nip && r.status === 'pending');
    if (!current) return { nip: e.nip, month: null, waiting: waiting.length };
    const totals = attendanceTotals([current]);
    return {
      nip: e.nip,
      month: {
        lateDays: totals.lateDays,
        lateMinutes: totals.lateMinutes,
        deductionPct: tppMonth(current, rules, e.kelasJabatan).deductionPct,
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
  month: AttendanceMonth | null;
  totals: AttendanceTotals | null;
  tpp: TppMonth | null;
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
  const [months, records, rules, employee] = await Promise.all([
    attendanceMonthsOf(rm, nip, FIRST_MONTH, today.slice(0, 7)),
    correctionRecords(rm, [nip]),
    tppSettings(rm),
    rm.employees.get(ids.employee(nip)),
  ]);
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const corrections = records.map((r): MemberCorrection => {
    const m = byMonth.get(r.request.date.slice(0, 7));
    const imported = m?.days.find((d) => d.date === r.request.date) ?? null;
    return { ...r, imported, hours: m?.hours ?? null };
  });
  const signers = records.flatMap((r) => [
    ...(r.decision ? [r.decision.appraiserNip] : []),
    ...(r.applied ? [r.applied.decidedBy, r.applied.appliedBy] : []),
  ]);
  const people = await rm.employees.bulkGet([...new Set(signers)].map((n) => ids.employee(n)));
  const latest = months.at(-1) ?? null;
  return {
    month: latest,
    totals: latest ? attendanceTotals([latest]) : null,
    tpp: latest ? tppMonth(latest, rules, employee?.kelasJabatan) : null,
    waiting: corrections.filter((c) => c.status === 'pending').reverse(),
    decided: corrections.filter((c) => c.status !== 'pending'),
    names: new Map(people.flatMap((p) => (p ? [[p.nip, p.name] as const] : []))),
  };
}
