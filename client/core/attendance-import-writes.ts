/**
 * What an accepted attendance import writes, given the months the store holds: a new month, a
 * stored month replaced (its revision kept, so the write is an update), or none when the store
 * holds that month exactly; and the counts the console shows (attendance-import.ts plans them),
 * among them the stored days a replaced month loses because the file does not have them.
 */
import { dayMinutes } from './attendance';
import type { AcceptedAttendancePlan, ListedRefusals } from './attendance-import';
import type { AttendanceDay, AttendanceDoc } from './schemas/attendance';
import type { WorkHours } from './schemas/reference';
import { isWorkDay } from './work-hours';

/** A stored month, as the store gives it back (with its revision). */
export type StoredAttendance = Pick<AttendanceDoc, '_id' | 'unitId' | 'hours' | 'days'> & {
  _rev?: string | undefined;
};

/** Counts of an import, as the console and the API report them. */
export type AttendanceImportSummary = {
  /** Data rows read (blank rows not counted). */
  rows: number;
  people: number;
  /** The months the file covers, `yyyy-mm`, in order. */
  months: string[];
  /** Person-months the import writes or finds unchanged. */
  documents: number;
  /** Stored months it replaces with other days. */
  replaced: number;
  /** Stored months the file gives again exactly (not written again). */
  unchanged: number;
  /**
   * Days of the replaced months the store holds and the file does not: a replaced month keeps
   * the file's days only, so these are lost (a file of half a month leaves half a month).
   */
  droppedDays: number;
  /** Days of the replaced months the store holds and the file gives otherwise. */
  changedDays: number;
  /** Days late, and working days of hadir without a scan in or out, by the months' hours. */
  lateDays: number;
  missingScans: number;
  /** Of a refused file: its rows refused and its errors, all of them (the answer lists the first). */
  refusedRows: number;
  errorCount: number;
};

function sameHours(a: WorkHours, b: WorkHours): boolean {
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.fridayEnd === b.fridayEnd &&
    a.days.length === b.days.length &&
    a.days.every((d, i) => b.days[i] === d)
  );
}

function sameDay(d: AttendanceDay, o: AttendanceDay | undefined): boolean {
  return (
    o !== undefined &&
    d.date === o.date &&
    d.status === o.status &&
    d.in === o.in &&
    d.out === o.out &&
    d.apel === o.apel
  );
}

function sameDays(a: readonly AttendanceDay[], b: readonly AttendanceDay[]): boolean {
  return a.length === b.length && a.every((d, i) => sameDay(d, b[i]));
}

/** The stored days a replacing month does not have, and those it has otherwise. */
function replacedDays(
  planned: readonly AttendanceDay[],
  stored: readonly AttendanceDay[],
): { dropped: number; changed: number } {
  const byDate = new Map(planned.map((d) => [d.date, d]));
  let dropped = 0;
  let changed = 0;
  for (const before of stored) {
    const after = byDate.get(before.date);
    if (after === undefined) dropped++;
    else if (!sameDay(after, before)) changed++;
  }
  return { dropped, changed };
}

/** True when a stored month holds exactly what a planned one would write (the stamp aside). */
export function sameImportedMonth(planned: StoredAttendance, stored: StoredAttendance): boolean {
  return (
    planned.unitId === stored.unitId &&
    sameHours(planned.hours, stored.hours) &&
    sameDays(planned.days, stored.days)
  );
}

/**
 * The documents an accepted plan writes, given the stored months of its ids: a month the store
 * has is replaced (its revision kept, so the write is an update), one it holds exactly already
 * is left alone; and the counts the console shows.
 */
export function attendanceWrites(
  plan: AcceptedAttendancePlan,
  stored: ReadonlyMap<string, StoredAttendance>,
): { docs: AttendanceDoc[]; summary: AttendanceImportSummary } {
  const docs: AttendanceDoc[] = [];
  let replaced = 0;
  let unchanged = 0;
  let droppedDays = 0;
  let changedDays = 0;
  for (const doc of plan.docs) {
    const before = stored.get(doc._id);
    if (before === undefined) docs.push(doc);
    else if (sameImportedMonth(doc, before)) unchanged++;
    else {
      replaced++;
      const days = replacedDays(doc.days, before.days);
      droppedDays += days.dropped;
      changedDays += days.changed;
      docs.push(before._rev === undefined ? doc : { ...doc, _rev: before._rev });
    }
  }
  const totals = importedTotals(plan.docs);
  return {
    docs,
    summary: {
      rows: plan.rows,
      people: new Set(plan.docs.map((d) => d.nip)).size,
      months: [...new Set(plan.docs.map((d) => d.month))].sort(),
      documents: plan.docs.length,
      replaced,
      unchanged,
      droppedDays,
      changedDays,
      lateDays: totals.lateDays,
      missingScans: totals.missingScans,
      refusedRows: 0,
      errorCount: 0,
    },
  };
}

/**
 * Late days and hadir working days without a scan of imported months, as core's totalsOf counts
 * them for days without corrections, computed day by day without building the effective days
 * (a month of 5,000 people is 110,000 days).
 */
function importedTotals(docs: readonly AttendanceDoc[]): {
  lateDays: number;
  missingScans: number;
} {
  // Units share their hours (the same object), and a month repeats the same dates and times.
  const late = new Map<WorkHours, Map<string, boolean>>();
  const isLate = (hours: WorkHours, day: AttendanceDay) => {
    const seen = late.get(hours) ?? new Map<string, boolean>();
    late.set(hours, seen);
    const key = `${day.date} ${day.in ?? ''}`;
    let answer = seen.get(key);
    if (answer === undefined) seen.set(key, (answer = dayMinutes(hours, day.date, day).late > 0));
    return answer;
  };
  let lateDays = 0;
  let missingScans = 0;
  for (const doc of docs)
    for (const day of doc.days) {
      if (day.status !== 'hadir') continue;
      if (isLate(doc.hours, day)) lateDays++;
      if ((day.in === null || day.out === null) && isWorkDay(doc.hours, day.date)) missingScans++;
    }
  return { lateDays, missingScans };
}

/** The summary of a refused file: its rows, and how many of them and how many errors were refused. */
export function refusedSummary(
  rows: number,
  refused: Pick<ListedRefusals, 'refusedRows' | 'errorCount'>,
): AttendanceImportSummary {
  return {
    rows,
    people: 0,
    months: [],
    documents: 0,
    replaced: 0,
    unchanged: 0,
    droppedDays: 0,
    changedDays: 0,
    lateDays: 0,
    missingScans: 0,
    refusedRows: refused.refusedRows,
    errorCount: refused.errorCount,
  };
}
