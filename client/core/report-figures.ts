/**
 * The figures of the Laporan dashboards, from the rows of report documents (one per person and
 * month, report.ts): a group's activity, its compliance with who is missing, logged days per
 * week, the predikat spread against the SE 03/2023 curve, and the grouping of units into OPD.
 * Every rule once, here, so the screens, their charts and the exports agree. Pure: no IO.
 */
import { checkCurve, CURVE_RULES, type CurveCheck, type CurveRule } from './distribution';
import type { ReportExclusion, ReportPerson } from './schemas/report';
import { PREDIKATS, type OrgRating, type Predikat } from './vocabulary';

/** A unit without an organisation rating on the device is judged against Baik, the usual one. */
export const DEFAULT_ORG_RATING: OrgRating = 'baik';

/** JP a year an ASN is to reach (PermenPANRB 38/2017: at least 20 JP of development). */
export const JP_TARGET_DEFAULT = 20;

/** A share of a whole; null when the whole is empty (nobody to measure: not 0 %, not 100 %). */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

const isCounted = (p: ReportPerson) => p.excluded === null;

/** Entries the person submitted that wait for a decision. */
export const pendingOf = (p: ReportPerson) => p.entries.submitted;

/** Hours logged in the month (submitted or decided entries). */
export const hoursOf = (p: ReportPerson) => Math.round((p.minutes / 60) * 10) / 10;

/** Mean hours from an entry's last change to its decision (null: nothing decided). */
export function meanLatencyHours(p: Pick<ReportPerson, 'verified'>): number | null {
  return p.verified.count === 0 ? null : p.verified.totalHours / p.verified.count;
}

export type GroupFigures = {
  people: number;
  /** Not excluded: the people compliance is measured on. */
  counted: number;
  excluded: Record<ReportExclusion, number>;
  /** Counted people with at least one day logged in the month, and their share of the counted. */
  logged: number;
  loggedShare: number | null;
  /** Days logged per counted person (null: nobody counted). */
  averageDays: number | null;
  hours: number;
  entries: { submitted: number; approved: number; returned: number; pending: number };
  feedback: number;
  verification: { count: number; meanHours: number | null; within3DaysShare: number | null };
};

/** The activity figures of a group of rows (a team, a unit, an OPD, the organisation). */
export function groupFigures(rows: readonly ReportPerson[]): GroupFigures {
  const counted = rows.filter(isCounted);
  const excluded: Record<ReportExclusion, number> = { cuti: 0, 'tugas-belajar': 0 };
  for (const p of rows) if (p.excluded) excluded[p.excluded] += 1;
  const logged = counted.filter((p) => p.days.length > 0).length;
  const sum = (f: (p: ReportPerson) => number) => rows.reduce((n, p) => n + f(p), 0);
  const verifiedCount = sum((p) => p.verified.count);
  const approved = sum((p) => p.entries.approved);
  const returned = sum((p) => p.entries.returned);
  const pending = sum(pendingOf);
  return {
    people: rows.length,
    counted: counted.length,
    excluded,
    logged,
    loggedShare: shareOf(logged, counted.length),
    averageDays: shareOf(
      counted.reduce((n, p) => n + p.days.length, 0),
      counted.length,
    ),
    hours: Math.round((sum((p) => p.minutes) / 60) * 10) / 10,
    entries: { submitted: pending + approved + returned, approved, returned, pending },
    feedback: sum((p) => p.feedback),
    verification: {
      count: verifiedCount,
      meanHours: verifiedCount === 0 ? null : sum((p) => p.verified.totalHours) / verifiedCount,
      within3DaysShare:
        verifiedCount === 0 ? null : sum((p) => p.verified.within3Days) / verifiedCount,
    },
  };
}

/** One compliance measure: how many of `of` meet it, the share, and the people who do not. */
export type ComplianceItem = {
  count: number;
  of: number;
  /** Null when nobody is measured (everyone excluded, or no appraisal final to acknowledge). */
  share: number | null;
  missing: ReportPerson[];
};

export const COMPLIANCE_KEYS = [
  'skpApproved',
  'logSubmitted',
  'entriesVerified',
  'appraisalFinal',
  'acknowledged',
  'objectionOpen',
] as const;
export type ComplianceKey = (typeof COMPLIANCE_KEYS)[number];

/** What meets each measure, person by person (of the counted people). */
const MEETS: Record<ComplianceKey, (p: ReportPerson) => boolean> = {
  skpApproved: (p) => p.skp === 'approved',
  logSubmitted: (p) => p.days.length > 0,
  entriesVerified: (p) => pendingOf(p) === 0,
  appraisalFinal: (p) => p.appraisal === 'final',
  acknowledged: (p) => p.acknowledgement !== 'none',
  // Not a duty but a count: the people with an objection waiting for a decision.
  objectionOpen: (p) => !p.objectionOpen,
};

export type Compliance = { counted: number } & Record<ComplianceKey, ComplianceItem>;

/** Who a measure is taken of: the counted people; a result is acknowledged once it is final. */
const MEASURED: Partial<Record<ComplianceKey, (p: ReportPerson) => boolean>> = {
  acknowledged: (p) => p.appraisal === 'final',
};

/**
 * The compliance of a group, of its counted people: SKP approved, daily log submitted (a day at
 * least this month), entries verified (none waiting for a decision), appraisal final,
 * acknowledged (of those whose appraisal is final); and objections open (`count` is those with
 * one open, `missing` lists them).
 */
export function compliance(rows: readonly ReportPerson[]): Compliance {
  const counted = rows.filter(isCounted);
  const item = (key: ComplianceKey): ComplianceItem => {
    const measured = counted.filter(MEASURED[key] ?? (() => true));
    const missing = measured.filter((p) => !MEETS[key](p));
    const count = key === 'objectionOpen' ? missing.length : measured.length - missing.length;
    return { count, of: measured.length, share: shareOf(count, measured.length), missing };
  };
  return {
    counted: counted.length,
    skpApproved: item('skpApproved'),
    logSubmitted: item('logSubmitted'),
    entriesVerified: item('entriesVerified'),
    appraisalFinal: item('appraisalFinal'),
    acknowledged: item('acknowledged'),
    objectionOpen: item('objectionOpen'),
  };
}

/** One person who does not meet one compliance measure (a row of "Belum memenuhi"). */
export type ComplianceGap = { key: ComplianceKey; person: ReportPerson };

/**
 * Who misses what in a group: `compliance()`'s missing lists as one list, measure by measure in
 * the order of COMPLIANCE_KEYS, by name within a measure (a person appears once per measure).
 */
export function complianceGaps(rows: readonly ReportPerson[]): ComplianceGap[] {
  const c = compliance(rows);
  return COMPLIANCE_KEYS.flatMap((key) =>
    [...c[key].missing]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((person) => ({ key, person })),
  );
}

/** A week of a month (days `from`..`to`, Monday to Sunday clipped to the month). */
export type WeekFigure = { from: number; to: number; personDays: number };

/** Days in a month `yyyy-mm`. */
function daysIn(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).getUTCDate();
}

/**
 * Logged person-days per week of the month (weeks start on Monday, clipped to the month). Given
 * `today` within the month, the weeks not begun yet are left out: a week to come is not a week
 * nobody logged.
 */
export function loggedDaysPerWeek(
  month: string,
  rows: readonly ReportPerson[],
  today?: string,
): WeekFigure[] {
  const last =
    today !== undefined && today.slice(0, 7) === month ? Number(today.slice(8, 10)) : daysIn(month);
  // 0 = Monday.
  const firstWeekday = (new Date(`${month}-01T00:00:00Z`).getUTCDay() + 6) % 7;
  const weeks: WeekFigure[] = [];
  const end = daysIn(month);
  for (let from = 1; from <= last;) {
    const to = Math.min(end, from + (from === 1 ? 6 - firstWeekday : 6));
    weeks.push({ from, to, personDays: 0 });
    from = to + 1;
  }
  for (const p of rows)
    for (const d of p.days) {
      const week = weeks.find((w) => w.from <= d && d <= w.to);
      if (week) week.personDays += 1;
    }
  return weeks;
}

/** How many of a group hold each predikat, and how many are not rated yet. */
export type PredikatSpread = {
  counts: Record<Predikat, number>;
  notRated: number;
  total: number;
};

/** The predikat spread of a group's counted people. */
export function predikatSpread(rows: readonly ReportPerson[]): PredikatSpread {
  const counts = Object.fromEntries(PREDIKATS.map((p) => [p, 0])) as Record<Predikat, number>;
  let notRated = 0;
  const counted = rows.filter(isCounted);
  for (const p of counted) {
    if (p.predikat) counts[p.predikat] += 1;
    else notRated += 1;
  }
  return { counts, notRated, total: counted.length };
}

/** A rule of the curve as a number of people for a group of `total`. */
export type CurveLimit = {
  code: string;
  predikats: readonly Predikat[];
  bound: CurveRule['bound'];
  /** At most / at least this many people (rounded the way the rule allows). */
  people: number;
};

/** The curve's rules for an organisation rating, in people of a group of `total`. */
export function curveLimits(orgRating: OrgRating, total: number): CurveLimit[] {
  return (CURVE_RULES[orgRating] as readonly CurveRule[]).map((rule) => ({
    code: rule.code,
    predikats: rule.predikats,
    bound: rule.bound,
    people:
      rule.count !== undefined
        ? rule.count
        : rule.bound === 'at-most'
          ? Math.floor((rule.share ?? 1) * total + 1e-9)
          : Math.ceil((rule.share ?? 0) * total - 1e-9),
  }));
}

/** The curve of a group: `checkCurve` on its counted people, against its organisation rating. */
export function curveOf(rows: readonly ReportPerson[], orgRating: OrgRating): CurveCheck {
  return checkCurve(
    orgRating,
    rows.filter(isCounted).map((p) => p.predikat),
  );
}

/** Rows grouped by appraiser (null: no appraiser), in the order first met. */
export function byAppraiser(rows: readonly ReportPerson[]): Map<string | null, ReportPerson[]> {
  const out = new Map<string | null, ReportPerson[]>();
  for (const p of rows) out.set(p.appraiserNip, [...(out.get(p.appraiserNip) ?? []), p]);
  return out;
}

/** The JP figures of a group: who has a target, who reached it. */
export type JpFigures = { withTarget: number; reached: number; short: ReportPerson[] };

export function jpFigures(rows: readonly ReportPerson[]): JpFigures {
  const withTarget = rows.filter((p) => isCounted(p) && p.jp !== null && p.jp.target > 0);
  const short = withTarget.filter((p) => (p.jp?.verified ?? 0) < (p.jp?.target ?? 0));
  return { withTarget: withTarget.length, reached: withTarget.length - short.length, short };
}

/** The attendance figures of a group: of those with an imported month. */
export type AttendanceFigures = {
  withAttendance: number;
  lateDays: number;
  absentDays: number;
  /** Mean TPP deduction in percent (null: no attendance imported). */
  averageDeductionPct: number | null;
};

export function attendanceFigures(rows: readonly ReportPerson[]): AttendanceFigures {
  const withData = rows.flatMap((p) => (p.attendance ? [p.attendance] : []));
  return {
    withAttendance: withData.length,
    lateDays: withData.reduce((n, a) => n + a.lateDays, 0),
    absentDays: withData.reduce((n, a) => n + a.absentDays, 0),
    averageDeductionPct:
      withData.length === 0
        ? null
        : Math.round((withData.reduce((n, a) => n + a.tppDeductionPct, 0) / withData.length) * 10) /
          10,
  };
}

/** The excluded people of a group (not counted in compliance), by name. */
export function excludedPeople(rows: readonly ReportPerson[]): ReportPerson[] {
  return rows.filter((p) => !isCounted(p)).sort((a, b) => a.name.localeCompare(b.name));
}

type UnitLink = { unitId: string; parentId: string | null; kind?: string | undefined };

/**
 * The OPD (perangkat daerah) a unit belongs to: the unit right under the root `pemda` unit on its
 * way up (a unit with no pemda above it is its own OPD's top: the highest unit reached).
 */
export function opdOf(unitId: string, units: ReadonlyMap<string, UnitLink>): string {
  let current = units.get(unitId);
  if (!current) return unitId;
  const seen = new Set<string>();
  while (current.parentId !== null && !seen.has(current.unitId)) {
    seen.add(current.unitId);
    const parent = units.get(current.parentId);
    if (!parent || parent.kind === 'pemda') return current.unitId;
    current = parent;
  }
  return current.unitId;
}

/** Unit ids grouped by their OPD, in the order first met. */
export function groupByOpd(
  unitIds: readonly string[],
  units: ReadonlyMap<string, UnitLink>,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of unitIds) {
    const opd = opdOf(id, units);
    out.set(opd, [...(out.get(opd) ?? []), id]);
  }
  return out;
}
