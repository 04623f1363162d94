/**
 * Laporan from the Dexie read model: the report documents the server wrote for the units this
 * device may see (channel `rep:{unitId}`, in the generic `docs` table), the months they cover,
 * how fresh the newest one is, and what the screens need beside them (the units, each unit's
 * organisation rating for the curve). Read-only; the figures are core's (report-figures.ts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { ids, parseId } from '../../core/ids';
import type { OrgRating } from '../../core/vocabulary';
import type { ReportDoc } from '../../core/schemas/report';
import type { ReadModel, UnitRow } from '../read-model';
import { orgRatingFor } from './appraisal-queries';

/**
 * The unit and month of every report document on the device, from the keys alone: a report is a
 * unit's whole month (tens of KB), and a Pengelola's device holds every unit's months, so reading
 * them all to list the months would read megabytes to show one month.
 */
async function reportKeys(rm: ReadModel): Promise<{ id: string; month: string }[]> {
  const keys = await rm.docs.where('type').equals('report').primaryKeys();
  return keys.flatMap((id) => {
    const parsed = parseId(id);
    return parsed?.type === 'report' ? [{ id, month: parsed.month }] : [];
  });
}

const monthsOf = (keys: readonly { month: string }[]) =>
  [...new Set(keys.map((k) => k.month))].sort((a, b) => b.localeCompare(a));

async function reportsOfKeys(
  rm: ReadModel,
  keys: readonly { id: string; month: string }[],
  month: string,
): Promise<ReportDoc[]> {
  const rows = await rm.docs.bulkGet(keys.filter((k) => k.month === month).map((k) => k.id));
  return rows
    .flatMap((r) => (r ? [r.doc as ReportDoc] : []))
    .sort((a, b) => a.unitId.localeCompare(b.unitId));
}

/** The months the device holds reports of, newest first. */
export async function reportMonthsOnDevice(rm: ReadModel): Promise<string[]> {
  return monthsOf(await reportKeys(rm));
}

/** The reports of a month, by unit id. */
export async function reportsOfMonth(rm: ReadModel, month: string): Promise<ReportDoc[]> {
  return reportsOfKeys(rm, await reportKeys(rm), month);
}

/** When the newest of `reports` was computed (null: none). */
export function newestComputedAt(reports: readonly Pick<ReportDoc, 'computedAt'>[]): string | null {
  return reports.reduce<string | null>(
    (newest, r) => (newest === null || r.computedAt > newest ? r.computedAt : newest),
    null,
  );
}

export type ReportMonthData = {
  /** The months held, newest first. */
  months: string[];
  /** The month shown: the one asked for when held, else the newest held (null: none). */
  month: string | null;
  reports: ReportDoc[];
  computedAt: string | null;
  /** Every unit on the device, by unit id (names, the tree for OPD). */
  units: Map<string, UnitRow>;
  /** The organisation rating of each reported unit for its report's period (absent: none). */
  orgRatings: Map<string, OrgRating>;
  /** The name of the appraisal period the month's appraisal figures are of (null: none). */
  periodLabel: string | null;
};

/** The reports of `wanted` (else the newest month held) with what the screens show beside them. */
export async function reportMonthData(rm: ReadModel, wanted: string): Promise<ReportMonthData> {
  const keys = await reportKeys(rm);
  const months = monthsOf(keys);
  const month = months.includes(wanted) ? wanted : (months[0] ?? null);
  const reports = month === null ? [] : await reportsOfKeys(rm, keys, month);
  const units = new Map((await rm.units.toArray()).map((u) => [u.unitId, u]));
  const orgRatings = new Map<string, OrgRating>();
  let periodLabel: string | null = null;
  for (const r of reports) {
    if (r.periodId === null) continue;
    const period = await rm.periods.get(ids.period(r.periodId));
    if (!period) continue;
    periodLabel ??= period.label;
    const rating = await orgRatingFor(rm, r.unitId, period);
    if (rating) orgRatings.set(r.unitId, rating.rating);
  }
  return {
    months,
    month,
    reports,
    computedAt: newestComputedAt(reports),
    units,
    orgRatings,
    periodLabel,
  };
}

/** Live: the reports of a month (undefined while loading). */
export function useReportMonth(rm: ReadModel, wanted: string): ReportMonthData | undefined {
  return useLiveQuery(() => reportMonthData(rm, wanted), [rm, wanted]);
}
