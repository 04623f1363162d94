/**
 * A person's attendance month as they read it: each day as it counts (the imported day, or the
 * correction applied to it), its late and early minutes against the month's working hours, and
 * the month's totals. Computed, never stored: the import keeps only what the machines recorded.
 */
import { eachDate } from './dates';
import type {
  AttendanceAppliedDoc,
  AttendanceDay,
  AttendanceDoc,
  DayChange,
} from './schemas/attendance';
import type { WorkHours } from './schemas/reference';
import type { AttendanceStatus } from './vocabulary';
import { earlyMinutes, hoursOn, lateMinutes } from './work-hours';

/** One day as it counts: what the machines recorded, or the correction applied to it. */
export type EffectiveDay = AttendanceDay & {
  /** The applied correction that made the day what it is; null: as imported. */
  corrected: AttendanceMonth['applied'][number] | null;
  /** The day as the machines recorded it (null: the import had no row for it). */
  imported: AttendanceDay | null;
  /** Minutes after the day's start of the check-in (0: on time, no scan, or not a hadir day). */
  late: number;
  /** Minutes before the day's end of the check-out. */
  early: number;
  /** A working day per the hours (false on a weekend or a day the unit does not work). */
  workDay: boolean;
};

/** The first and last date of a month `yyyy-mm`. */
export function monthRange(month: string): { start: string; end: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: `${month}-01`, end: `${month}-${String(last).padStart(2, '0')}` };
}

/** The dates of a month, first to last. */
export function datesOfMonth(month: string): string[] {
  const { start, end } = monthRange(month);
  return eachDate(start, end);
}

/** The month (`yyyy-mm`) of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** A month as it counts: the imported days, and the corrections applied in that month. */
export type AttendanceMonth = {
  month: string;
  hours: AttendanceDoc['hours'];
  days: readonly AttendanceDay[];
  applied: readonly Pick<
    AttendanceAppliedDoc,
    'date' | 'change' | 'reason' | 'decidedBy' | 'appliedBy' | 'appliedAt' | 'requestedAt'
  >[];
};

/** The month of an imported document with the applied corrections of its dates. */
export function attendanceMonth(
  doc: Pick<AttendanceDoc, 'month' | 'hours' | 'days'>,
  applied: readonly AttendanceAppliedDoc[],
): AttendanceMonth {
  return {
    month: doc.month,
    hours: doc.hours,
    days: doc.days,
    applied: applied.filter((a) => monthOf(a.date) === doc.month),
  };
}

/** Late and early minutes of a day with this status and these scans (only hadir days count). */
export function dayMinutes(
  hours: WorkHours,
  date: string,
  day: DayChange,
): { late: number; early: number } {
  if (day.status !== 'hadir') return { late: 0, early: 0 };
  return {
    late: day.in === null ? 0 : lateMinutes(hours, date, day.in),
    early: day.out === null ? 0 : earlyMinutes(hours, date, day.out),
  };
}

/**
 * The days of a month as they count, in date order: every imported day, and every corrected day
 * (a correction may add a day the import had no row for).
 */
export function effectiveDays(doc: AttendanceMonth): EffectiveDay[] {
  const imported = new Map(doc.days.map((d) => [d.date, d]));
  const corrected = new Map(doc.applied.map((a) => [a.date, a]));
  const dates = [...new Set([...imported.keys(), ...corrected.keys()])].sort();
  return dates.map((date) => {
    const base = imported.get(date) ?? null;
    const fix = corrected.get(date) ?? null;
    const day: AttendanceDay = fix
      ? { date, ...fix.change, ...(base?.apel === undefined ? {} : { apel: base.apel }) }
      : (base as AttendanceDay);
    return {
      ...day,
      corrected: fix,
      imported: base,
      ...dayMinutes(doc.hours, date, day),
      workDay: hoursOn(doc.hours, date) !== null,
    };
  });
}

/** Days by status, with late and early minutes and days, of one or more months. */
export type AttendanceTotals = {
  /** Working days with a record. */
  workingDays: number;
  /** Days at work: hadir and dinas luar. */
  present: number;
  byStatus: Record<AttendanceStatus, number>;
  lateMinutes: number;
  lateDays: number;
  earlyMinutes: number;
  earlyDays: number;
  /** Hadir days without a scan in or out. */
  missingScans: number;
  /** Days corrected after a request. */
  corrected: number;
};

function zeroStatuses(): Record<AttendanceStatus, number> {
  return {
    hadir: 0,
    izin: 0,
    sakit: 0,
    cuti: 0,
    'dinas-luar': 0,
    'tugas-belajar': 0,
    'tanpa-keterangan': 0,
    libur: 0,
  };
}

/** The totals of a list of effective days. */
export function totalsOf(days: readonly EffectiveDay[]): AttendanceTotals {
  const t: AttendanceTotals = {
    workingDays: 0,
    present: 0,
    byStatus: zeroStatuses(),
    lateMinutes: 0,
    lateDays: 0,
    earlyMinutes: 0,
    earlyDays: 0,
    missingScans: 0,
    corrected: 0,
  };
  for (const d of days) {
    if (d.corrected) t.corrected += 1;
    // A row on a day the unit does not work (leave exported across a weekend) counts nothing.
    if (!d.workDay) continue;
    t.byStatus[d.status] += 1;
    if (d.status === 'libur') continue;
    t.workingDays += 1;
    if (d.status === 'hadir' || d.status === 'dinas-luar') t.present += 1;
    if (d.late > 0) {
      t.lateDays += 1;
      t.lateMinutes += d.late;
    }
    if (d.early > 0) {
      t.earlyDays += 1;
      t.earlyMinutes += d.early;
    }
    if (d.status === 'hadir' && (d.in === null || d.out === null)) t.missingScans += 1;
  }
  return t;
}

/** The totals of the months (each with its own hours) between two dates, both included. */
export function attendanceTotals(
  months: readonly AttendanceMonth[],
  range?: { start: string; end: string },
): AttendanceTotals {
  const days = months
    .flatMap((m) => effectiveDays(m))
    .filter((d) => !range || (range.start <= d.date && d.date <= range.end));
  return totalsOf(days);
}
