/**
 * TPP (tunjangan tambahan penghasilan) as a Perkada sets it: a kinerja component and a discipline
 * component, and deductions from the discipline by the day (late arrival and early leave by minute
 * brackets, a missing scan, a missed apel, capped per day; a day of absence without leave).
 * Computed from the month's effective days, never typed; every deduction names its day and reason.
 */
import { effectiveDays, type AttendanceMonth, type EffectiveDay } from './attendance';
import type { TppBracket, TppSettings } from './schemas/attendance';
import type { SettingDoc } from './schemas/reference';
import type { AttendanceStatus } from './vocabulary';

const COMMON_BRACKETS: TppBracket[] = [
  { upTo: 30, pct: 0.5 },
  { upTo: 60, pct: 1 },
  { upTo: 90, pct: 1.25 },
  { upTo: null, pct: 2.5 },
];

/**
 * The common table when the Perkada's rules are not set: 60% kinerja, 40% discipline; late
 * arrival and early leave 1-30 minutes 0.5%, 31-60 1%, 61-90 1.25%, over 90 or no scan 2.5%; at
 * most 2.5% a day; 3% a day of tanpa keterangan; 0.5% a missed apel; leave, sick leave, permitted
 * absence, official travel, study leave and days off deduct nothing. Percent of the discipline
 * component.
 */
export const DEFAULT_TPP_SETTINGS: TppSettings = {
  kinerjaShare: 60,
  basis: 'discipline',
  late: COMMON_BRACKETS,
  early: COMMON_BRACKETS,
  noScanPct: 2.5,
  dailyCapPct: 2.5,
  absentPct: 3,
  apelPct: 0.5,
  noDeduction: ['izin', 'sakit', 'cuti', 'dinas-luar', 'tugas-belajar', 'libur'],
};

/** The TPP rules in force: the stored ones, else the defaults. */
export function tppSettingsOf(setting: Pick<SettingDoc, 'tpp'> | null | undefined): TppSettings {
  return setting?.tpp ?? DEFAULT_TPP_SETTINGS;
}

/** The percent a bracket table takes for this many minutes (0 for none). */
export function bracketPct(brackets: readonly TppBracket[], minutes: number): number {
  if (minutes <= 0) return 0;
  for (const b of brackets) if (b.upTo === null || minutes <= b.upTo) return b.pct;
  return brackets.at(-1)?.pct ?? 0;
}

export type TppDeductionKind =
  'late' | 'early' | 'no-scan-in' | 'no-scan-out' | 'apel' | 'absent' | 'status';

/** One reason a day costs TPP: what happened, and the percent it takes (before the daily cap). */
export type TppDeduction = {
  kind: TppDeductionKind;
  /** Late or early minutes, for late and early. */
  minutes?: number;
  /** For `status`: a status the Perkada does not exempt (izin, say), charged as an absence. */
  status?: AttendanceStatus;
  pct: number;
};

/**
 * True when a day of this status (not hadir, which is judged by its scans) costs TPP: tanpa
 * keterangan always, libur never, the others unless the Perkada exempts them.
 */
export function statusDeducts(status: AttendanceStatus, rules: TppSettings): boolean {
  if (status === 'tanpa-keterangan') return true;
  if (status === 'libur' || status === 'hadir') return false;
  return !rules.noDeduction.includes(status);
}

/** A day that costs TPP: its reasons, and what it takes after the daily cap. */
export type TppDay = {
  date: string;
  day: EffectiveDay;
  deductions: TppDeduction[];
  /** The percent the day takes: its reasons added up, the cappable ones at most dailyCapPct. */
  pct: number;
  /** True when the daily cap cut what the day's reasons added up to. */
  capped: boolean;
};

/** Rounds a percentage to two decimals (0.1 and its like are not exact in binary). */
function pct2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** What one day costs under the rules (an empty list and 0 on a day that costs nothing). */
export function tppDay(day: EffectiveDay, rules: TppSettings): TppDay {
  const deductions: TppDeduction[] = [];
  let cappable = 0;
  let absent = 0;
  if (day.workDay && day.status === 'hadir') {
    if (day.in === null) deductions.push({ kind: 'no-scan-in', pct: rules.noScanPct });
    else if (day.late > 0)
      deductions.push({ kind: 'late', minutes: day.late, pct: bracketPct(rules.late, day.late) });
    if (day.out === null) deductions.push({ kind: 'no-scan-out', pct: rules.noScanPct });
    else if (day.early > 0)
      deductions.push({
        kind: 'early',
        minutes: day.early,
        pct: bracketPct(rules.early, day.early),
      });
    if (day.apel === false) deductions.push({ kind: 'apel', pct: rules.apelPct });
    cappable = deductions.reduce((s, d) => s + d.pct, 0);
  } else if (day.workDay && statusDeducts(day.status, rules)) {
    deductions.push(
      day.status === 'tanpa-keterangan'
        ? { kind: 'absent', pct: rules.absentPct }
        : { kind: 'status', status: day.status, pct: rules.absentPct },
    );
    absent = rules.absentPct;
  }
  const capped = cappable > rules.dailyCapPct;
  const kept = deductions.filter((d) => d.pct > 0);
  return {
    date: day.date,
    day,
    deductions: kept,
    pct: pct2(Math.min(cappable, rules.dailyCapPct) + absent),
    capped,
  };
}

/** The TPP of a month: the days that cost, the total deduction and what remains. */
export type TppMonth = {
  /** The days that cost something, in date order. */
  days: TppDay[];
  /** The deductions added up (percent of the component `basis` names), at most 100. */
  deductionPct: number;
  kinerjaShare: number;
  disciplineShare: number;
  basis: TppSettings['basis'];
  /** The discipline component received, in percent of the whole TPP. */
  disciplinePct: number;
  /**
   * The whole TPP in percent, with the kinerja component in full (it follows the kinerja
   * appraisal, not attendance).
   */
  receivedPct: number;
  /** The monthly base in rupiah of the person's kelas jabatan; null when none is set. */
  base: number | null;
  /** What the deductions take in rupiah; null without a base. */
  deductionAmount: number | null;
};

/** The month's TPP of one person from their attendance month (null: nothing imported yet). */
export function tppMonth(
  month: AttendanceMonth | null,
  rules: TppSettings,
  kelasJabatan?: number | undefined,
): TppMonth {
  const days = month ? effectiveDays(month).map((d) => tppDay(d, rules)) : [];
  const costly = days.filter((d) => d.pct > 0);
  const deductionPct = pct2(
    Math.min(
      100,
      costly.reduce((s, d) => s + d.pct, 0),
    ),
  );
  const disciplineShare = 100 - rules.kinerjaShare;
  const lost =
    rules.basis === 'discipline'
      ? (disciplineShare * deductionPct) / 100
      : Math.min(disciplineShare, deductionPct);
  const baseValue = kelasJabatan === undefined ? undefined : rules.bases?.[String(kelasJabatan)];
  const base = baseValue ?? null;
  const disciplinePct = pct2(disciplineShare - lost);
  return {
    days: costly,
    deductionPct,
    kinerjaShare: rules.kinerjaShare,
    disciplineShare,
    basis: rules.basis,
    disciplinePct,
    // The two components as shown, added: rounding 100 - lost on its own may differ by 0.01.
    receivedPct: pct2(rules.kinerjaShare + disciplinePct),
    base,
    deductionAmount: base === null ? null : Math.round((base * lost) / 100),
  };
}
