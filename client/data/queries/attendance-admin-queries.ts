/**
 * The Pengelola's side of attendance corrections over the Dexie read model: in the units they
 * keep, the approved requests waiting to be applied, the requests still with the heads, the
 * corrections applied lately, and the applications the server refused (kept on this device until
 * the Pengelola discards them). Records and their status come from attendance-queries.ts.
 *
 * The day as imported: attendance months are fed to the person and their head only (`emp:`), and
 * the import runs on the server, so a Pengelola's device holds none of them (only its own, or its
 * reports' when the Pengelola is a head too). The console opens the others on demand
 * (fetch-on-demand.ts; core's mayFetchOnDemand lets the Pengelola keeping the person) and reads
 * the day with `importedDayOf`.
 */
import type { AttendanceDay, AttendanceDoc } from '../../core/schemas/attendance';
import { dayMinutes, monthOf } from '../../core/attendance';
import { ids } from '../../core/ids';
import { buildOrgChart, superiorOf, type User } from '../../core/org-chart';
import { keepsPerson } from '../../core/org-scope';
import type { ReadModel } from '../read-model';
import { correctionStatus, type CorrectionStatus } from '../../core/attendance-rules';
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
   * not hold the month (open it on demand: `monthId`).
   */
  imported: AttendanceDay | null | undefined;
  /** Late and early minutes of the imported day against the month's hours (0 when none). */
  importedMinutes: { late: number; early: number };
  /** The id of the attendance month the day is in. */
  monthId: string;
  /** Who approved (approved and applied) or who decides (pending), by name; null: nobody. */
  headName: string | null;
  /**
   * An application the server refused: its reason, and where the request stands without it.
   * Null for every other correction.
   */
  refused: { reason: string; status: CorrectionStatus } | null;
};

/** The day of `date` as imported in `month` (undefined: no month at hand), with its minutes. */
export function importedDayOf(
  month: AttendanceDoc | null | undefined,
  date: string,
): Pick<AdminCorrection, 'imported' | 'importedMinutes'> {
  if (!month) return { imported: undefined, importedMinutes: { late: 0, early: 0 } };
  const imported = month.days.find((d) => d.date === date) ?? null;
  return {
    imported,
    importedMinutes: imported ? dayMinutes(month.hours, date, imported) : { late: 0, early: 0 },
  };
}

export type AttendanceAdminView = {
  /** Approved, waiting for Terapkan; the oldest decision first. */
  toApply: AdminCorrection[];
  /** Still with the heads (read-only); the oldest request first. */
  withHeads: AdminCorrection[];
  /** Applied, the newest first, at most RECENT_APPLIED. */
  applied: AdminCorrection[];
  /** Applications of this device the server refused, the oldest request first. */
  refused: AdminCorrection[];
};

/**
 * The corrections of the people `user` keeps, as the Kehadiran section of the console lists them.
 * `refused`: the server's refusals of this device's documents (the sync ledger's, by id → reason);
 * a refused application is listed apart, whatever its local status says.
 */
export async function attendanceAdminView(
  rm: ReadModel,
  user: User,
  refused: ReadonlyMap<string, string> = new Map(),
): Promise<AttendanceAdminView> {
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
  const refusalOf = (r: CorrectionRecord) =>
    r.applied === null
      ? undefined
      : refused.get(ids.attendanceApplied(r.request.nip, r.request.date));
  const entry = (record: CorrectionRecord): AdminCorrection => {
    const { nip, date, unitId } = record.request;
    const monthId = ids.attendance(nip, monthOf(date));
    const head =
      record.applied?.decidedBy ?? record.decision?.appraiserNip ?? superiorOf(chart, nip, date);
    const reason = refusalOf(record);
    return {
      record,
      name: nameOf(nip) ?? nip,
      unitName: chart.units.get(unitId)?.name ?? unitId,
      ...importedDayOf(months.get(monthId), date),
      monthId,
      headName: nameOf(head),
      refused:
        reason === undefined
          ? null
          : { reason, status: correctionStatus(record.request, record.decision, null) },
    };
  };
  const standing = kept.filter((r) => refusalOf(r) === undefined);
  const by = (key: (r: CorrectionRecord) => string) => (a: CorrectionRecord, b: CorrectionRecord) =>
    key(a).localeCompare(key(b));
  return {
    toApply: standing
      .filter((r) => r.status === 'approved')
      .sort(by((r) => r.decision?.decidedAt ?? ''))
      .map(entry),
    withHeads: standing
      .filter((r) => r.status === 'pending')
      .sort(by((r) => r.request.requestedAt))
      .map(entry),
    applied: standing
      .filter((r) => r.status === 'applied')
      .sort(by((r) => r.applied?.appliedAt ?? ''))
      .reverse()
      .slice(0, RECENT_APPLIED)
      .map(entry),
    refused: kept
      .filter((r) => refusalOf(r) !== undefined)
      .sort(by((r) => r.request.requestedAt))
      .map(entry),
  };
}
