/**
 * Calibration for an Atasan Pejabat Penilai: per appraiser under them and per period, the
 * appraisals those appraisers wrote (channel `review:{appraiserNip}`), with the organisation
 * rating of each appraised person's unit for the curve. Read-only; the screen wraps it in
 * `useLiveQuery`, the checks themselves are pure
 * (features/appraisal/calibration/calibration-model.ts).
 */
import { ids } from '../../core/ids';
import { buildOrgChart, directReportsOf } from '../../core/org-chart';
import type { OrgRatingDoc } from '../../core/schemas/reference';
import type { AppraisalRow, EmployeeRow, PeriodRow, ReadModel } from '../read-model';
import { reportsOf } from './activity-queries';
import { orgRatingFor } from './appraisal-queries';

export type CalibrationEntry = { appraisal: AppraisalRow; employee: EmployeeRow | null };

export type CalibrationUnit = {
  unitId: string;
  unitName: string;
  /** The unit's organisation rating for the period, else its latest earlier one. */
  orgRating: OrgRatingDoc | null;
  /** The period the rating was set for, when it is an earlier one than the period's own. */
  earlierPeriod: PeriodRow | null;
  /** NIPs of the appraised people of this unit. */
  nips: string[];
  /** NIPs of the unit's people whose appraisal of the period is still a draft. */
  pending: string[];
};

export type CalibrationPeriod = {
  period: PeriodRow;
  /** Final appraisals of the period by this appraiser, by the appraised person's name. */
  finals: CalibrationEntry[];
  /** Appraisals of the period still in draft. */
  drafts: number;
  /** The units the finally appraised people belong to, each with its organisation rating. */
  units: CalibrationUnit[];
};

export type AppraiserCalibration = {
  appraiser: EmployeeRow;
  /** Periods with appraisals by this appraiser, latest first. */
  periods: CalibrationPeriod[];
};

const nameOf = (e: CalibrationEntry) => e.employee?.name ?? e.appraisal.parties?.pegawai.name ?? '';

async function periodOf(
  rm: ReadModel,
  appraiser: EmployeeRow,
  period: PeriodRow,
  rows: readonly AppraisalRow[],
): Promise<CalibrationPeriod> {
  const finalRows = rows.filter((a) => a.status === 'final');
  const employees = await rm.employees.bulkGet(finalRows.map((a) => ids.employee(a.nip)));
  const finals = finalRows
    .map((appraisal, i) => ({ appraisal, employee: employees[i] ?? null }))
    .sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  const byUnit = new Map<string, string[]>();
  for (const f of finals) {
    const unitId = f.employee?.unitId ?? appraiser.unitId;
    byUnit.set(unitId, [...(byUnit.get(unitId) ?? []), f.appraisal.nip]);
  }
  const draftRows = rows.filter((a) => a.status !== 'final');
  const draftEmployees = await rm.employees.bulkGet(draftRows.map((a) => ids.employee(a.nip)));
  const pendingByUnit = new Map<string, string[]>();
  draftRows.forEach((a, i) => {
    const unitId = draftEmployees[i]?.unitId ?? appraiser.unitId;
    pendingByUnit.set(unitId, [...(pendingByUnit.get(unitId) ?? []), a.nip]);
  });
  const units = await Promise.all(
    [...byUnit].map(async ([unitId, nips]) => {
      const orgRating = await orgRatingFor(rm, unitId, period);
      const earlier =
        orgRating && orgRating.periodId !== period.periodId
          ? await rm.periods.get(ids.period(orgRating.periodId))
          : undefined;
      return {
        unitId,
        unitName: (await rm.units.get(ids.unit(unitId)))?.name ?? unitId,
        orgRating,
        earlierPeriod: earlier ?? null,
        nips,
        pending: pendingByUnit.get(unitId) ?? [],
      };
    }),
  );
  return { period, finals, drafts: rows.length - finalRows.length, units };
}

/**
 * The appraisers under an atasan on a date (their direct reports who appraise someone or whose
 * appraisals are on this device), each with their appraisals per period, latest period first.
 */
export async function calibrationFor(
  rm: ReadModel,
  atasanNip: string,
  date: string,
): Promise<AppraiserCalibration[]> {
  const [employees, units] = await Promise.all([rm.employees.toArray(), rm.units.toArray()]);
  const chart = buildOrgChart(employees, units);
  const out: AppraiserCalibration[] = [];
  for (const appraiser of await reportsOf(rm, atasanNip, date)) {
    const rows = await rm.appraisals.where('appraiserNip').equals(appraiser.nip).toArray();
    if (rows.length === 0 && directReportsOf(chart, appraiser.nip, date).length === 0) continue;
    const byPeriod = new Map<string, AppraisalRow[]>();
    for (const a of rows) byPeriod.set(a.periodId, [...(byPeriod.get(a.periodId) ?? []), a]);
    const periodRows = await rm.periods.bulkGet([...byPeriod.keys()].map((p) => ids.period(p)));
    const periods = await Promise.all(
      periodRows.flatMap((period) =>
        period ? [periodOf(rm, appraiser, period, byPeriod.get(period.periodId) ?? [])] : [],
      ),
    );
    periods.sort((a, b) => b.period.start.localeCompare(a.period.start));
    out.push({ appraiser, periods });
  }
  return out;
}
