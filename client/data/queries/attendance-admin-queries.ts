/**
 * The Pengelola's side of attendance corrections over the Dexie read model: in the units they
 * keep, the approved requests waiting to be applied (with the day as imported, when this device
 * holds the month: the months a Pengelola imported on it), the requests still with the heads,
 * and the corrections applied lately. Records and their status come from attendance-queries.ts.
 */
import type { AttendanceDay, AttendanceDoc } from '../../core/schemas/attendance';
import { dayMinutes, monthOf } from '../../core/attendance';
import { ids } from '../../core/ids';
import { buildOrgChart, superiorOf, type User } from '../../core/org-chart';
import { keepsPerson } from '../../core/org-scope';
import type { ReadModel } from '../read-model';
import { correctionRecords, type CorrectionRecord } from './attendance-queries';

/** How many applied corrections the section lists, newest first. */
export const RECENT_APPLIED = 20;

/** One correction with the names the Pengelola reads it by. */
export type AdminCorrection = {
  record: CorrectionRecord;
  name: string;
  unitName: string;
  /**
   * The day as imported: null when the import had no row for it; undefined when this device does
   * not hold the month.
   */
  imported: AttendanceDay | null | undefined;
  /** Late and early minutes of the imported day against the month's hours (0 when none). */
  importedMinutes: { late: number; early: number };
  /** Who approved (approved and applied) or who decides (pending), by name; null: nobody. */
  headName: string | null;
};

export type AttendanceAdminView = {
  /** Approved, waiting for Terapkan; the oldest decision first. */
  toApply: AdminCorrection[];
  /** Still with the heads (read-only); the oldest request first. */
  withHeads: AdminCorrection[];
  /** Applied, the newest first, at most RECENT_APPLIED. */
  applied: AdminCorrection[];
};

/** The corrections of the people `user` keeps, as the Kehadiran section of the console lists them. */
export async function attendanceAdminView(rm: ReadModel, user: User): Promise<AttendanceAdminView> {
  const [records, employees, units] = await Promise.all([
    correctionRecords(rm),
    rm.employees.toArray(),
    rm.units.toArray(),
  ]);
  const chart = buildOrgChart(employees, units);
  const kept = records.filter((r) => keepsPerson(user, chart, r.request.nip));
  const monthIds = [
    ...new Set(kept.map((r) => ids.attendance(r.request.nip, monthOf(r.request.date)))),
  ];
  const months = new Map(
    (await rm.docs.bulkGet(monthIds)).flatMap((row) =>
      row ? [[row.id, row.doc as AttendanceDoc] as const] : [],
    ),
  );
  const nameOf = (nip: string | null) =>
    nip === null ? null : (chart.employees.get(nip)?.name ?? nip);
  const entry = (record: CorrectionRecord): AdminCorrection => {
    const { nip, date, unitId } = record.request;
    const month = months.get(ids.attendance(nip, monthOf(date)));
    const head =
      record.applied?.decidedBy ?? record.decision?.appraiserNip ?? superiorOf(chart, nip, date);
    const imported =
      month === undefined ? undefined : (month.days.find((d) => d.date === date) ?? null);
    return {
      record,
      name: nameOf(nip) ?? nip,
      unitName: chart.units.get(unitId)?.name ?? unitId,
      imported,
      importedMinutes:
        month && imported ? dayMinutes(month.hours, date, imported) : { late: 0, early: 0 },
      headName: nameOf(head),
    };
  };
  const by = (key: (r: CorrectionRecord) => string) => (a: CorrectionRecord, b: CorrectionRecord) =>
    key(a).localeCompare(key(b));
  return {
    toApply: kept
      .filter((r) => r.status === 'approved')
      .sort(by((r) => r.decision?.decidedAt ?? ''))
      .map(entry),
    withHeads: kept
      .filter((r) => r.status === 'pending')
      .sort(by((r) => r.request.requestedAt))
      .map(entry),
    applied: kept
      .filter((r) => r.status === 'applied')
      .sort(by((r) => r.applied?.appliedAt ?? ''))
      .reverse()
      .slice(0, RECENT_APPLIED)
      .map(entry),
  };
}
