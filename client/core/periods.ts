/**
 * The periods of one year as the Pengelola opens them: the annual period (the SKP's year) and its
 * four quarters (Triwulan I-IV, the periodic evaluations). Ids follow the demo's: `2026`, `2026-q1`.
 */
import { addDays, daysBetween, quarterRange } from './dates';
import { ids } from './ids';
import type { PeriodDoc } from './schemas/reference';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const QUARTERS = [1, 2, 3, 4] as const;

/** The first and last year a period may have (the period schema's bounds). */
export const PERIOD_YEARS = { min: 2000, max: 2100 } as const;

/** The id of a year's annual period. */
export function annualPeriodId(year: number): string {
  return String(year);
}

/** The id of one quarter's period. */
export function quarterPeriodId(year: number, quarter: 1 | 2 | 3 | 4): string {
  return `${year}-q${quarter}`;
}

/** True for a whole year the period schema accepts. */
export function isPeriodYear(year: number): boolean {
  return Number.isInteger(year) && year >= PERIOD_YEARS.min && year <= PERIOD_YEARS.max;
}

/** The open annual period of `year` followed by its four open quarters. */
export function buildYearPeriods(year: number): PeriodDoc[] {
  const annual: PeriodDoc = {
    _id: ids.period(annualPeriodId(year)),
    type: 'period',
    schemaVersion: 1,
    periodId: annualPeriodId(year),
    kind: 'annual',
    year,
    label: `Tahun ${year}`,
    start: `${year}-01-01`,
    end: `${year}-12-31`,
    status: 'open',
  };
  return [
    annual,
    ...QUARTERS.map((quarter): PeriodDoc => {
      const { start, end } = quarterRange(year, quarter);
      return {
        _id: ids.period(quarterPeriodId(year, quarter)),
        type: 'period',
        schemaVersion: 1,
        periodId: quarterPeriodId(year, quarter),
        kind: 'quarterly',
        year,
        quarter,
        label: `Triwulan ${ROMAN[quarter - 1]} ${year}`,
        start,
        end,
        status: 'open',
      };
    }),
  ];
}

/** How long after a period's end its batas pengisian may fall (late entries, year-end). */
export const SUBMIT_BY_MAX_DAYS_AFTER_END = 60;

/** The latest batas pengisian a period may have. */
export function latestSubmitBy(period: Pick<PeriodDoc, 'end'>): string {
  return addDays(period.end, SUBMIT_BY_MAX_DAYS_AFTER_END);
}

/**
 * The period whose batas pengisian has passed for an entry dated `date`, judged on `today`, or
 * null. When several hold the date (the year and its quarter), the shortest one is named.
 */
export function passedSubmitBy(
  date: string,
  today: string,
  periods: Iterable<PeriodDoc>,
): PeriodDoc | null {
  let found: PeriodDoc | null = null;
  for (const p of periods) {
    if (p.submitBy === undefined || p.submitBy >= today) continue;
    if (date < p.start || date > p.end) continue;
    if (found === null || daysBetween(p.start, p.end) < daysBetween(found.start, found.end))
      found = p;
  }
  return found;
}

const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** A civil date in words as the rules write it to a person ("15 April 2026"). */
export function tanggalOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS_ID[(m ?? 1) - 1]} ${y}`;
}
