/**
 * The part of an annual IKI target that a shorter period should reach. Counts (dokumen, jam
 * pelajaran, layanan) are prorated by days; shares and scores (persen, nilai, indeks) are levels
 * that hold all year, so the target stays as it is.
 */
import { daysBetween } from './dates';
import type { PeriodDoc } from './schemas/reference';

const LEVEL_UNITS = ['persen', '%', 'nilai', 'indeks', 'skor', 'predikat'];

/** True for a satuan that measures a level (a share or a score), not a count. */
export function isLevelUnit(satuan: string): boolean {
  return LEVEL_UNITS.includes(satuan.trim().toLowerCase());
}

/** The target an IKI should reach within the period (the whole target for an annual period). */
export function periodTarget(
  target: number,
  satuan: string,
  period: Pick<PeriodDoc, 'kind' | 'start' | 'end' | 'year'>,
): number {
  if (period.kind === 'annual' || isLevelUnit(satuan)) return target;
  const periodDays = daysBetween(period.start, period.end) + 1;
  const yearDays = daysBetween(`${period.year}-01-01`, `${period.year}-12-31`) + 1;
  const share = prorate(target, periodDays, yearDays);
  // Whole units where they are many (218 jam pelajaran); one decimal where they are few (2.5).
  return share >= 10 ? Math.round(share) : Math.round(share * 10) / 10;
}

/** The share of an annual target that a part of the year should reach (e.g. a quarter: 0.25). */
export function prorate(target: number, periodDays: number, yearDays: number): number {
  return yearDays <= 0 ? target : (target * periodDays) / yearDays;
}
