/**
 * The founding brief's three aspects of a person's work over a range of dates (a period, or the
 * year so far), each with the figures behind it and how it is computed, so nobody has to guess:
 * - kehadiran: the attendance the Pengelola imported, with the corrections applied to it;
 * - kualitas pekerjaan: the hasil kerja and RHK ratings (once final, or for the appraiser's own
 *   draft), and the share of verified activities approved on their first submission;
 * - kontribusi terhadap tim: the RHK that intervene the superior's RHK, the apresiasi shared with
 *   the unit and received, and the Kolaboratif and Harmonis ratings.
 * Texts stay in the UI: every figure and explanation is a message key with its numbers.
 */
import { activityStatus } from './activity-status';
import { attendanceTotals, type AttendanceMonth, type AttendanceTotals } from './attendance';
import { civilDate } from './dates';
import type { Aspect, AspectFigure, AspectLine } from './three-aspects-lines';
import type { AppraisalDoc } from './schemas/appraisal';
import type {
  ActivityDoc,
  FeedbackDoc,
  PraktikBaikDoc,
  Rhk,
  VerificationDoc,
} from './schemas/work';
import { RATINGS, type AttendanceStatus, type BerakhlakValue, type Rating } from './vocabulary';

/** The BerAKHLAK values that speak of working with others: the heart of kontribusi terhadap tim. */
export const TEAM_VALUES: readonly BerakhlakValue[] = ['kolaboratif', 'harmonis'];

export type AttendanceAspect = Aspect & { totals: AttendanceTotals; months: number };
export type QualityAspect = Aspect & {
  /** Activities the head decided at least once, and of those approved on their first round. */
  activities: { decided: number; firstRound: number; returned: number; pending: number };
};
export type TeamAspect = Aspect & {
  rhk: { total: number; linked: number };
  shared: number;
  apresiasi: number;
};
export type ThreeAspects = {
  attendance: AttendanceAspect;
  quality: QualityAspect;
  team: TeamAspect;
};

/** Who is looking: the employee sees ratings once final; the appraiser also their own draft. */
export type AspectsView = 'employee' | 'appraiser';

/** What the three aspects are computed from (the read model's documents of the person). */
export type AspectSources = {
  /** The imported months that overlap the range, with the corrections applied. */
  attendance: readonly AttendanceMonth[];
  activities: readonly Pick<ActivityDoc, '_id' | 'date' | 'status' | 'round'>[];
  verifications: readonly Pick<VerificationDoc, 'activityId' | 'round' | 'decision'>[];
  /** The person's SKP of the range's year; null when none. */
  rhk: readonly Pick<Rhk, 'id' | 'parentRhkId'>[] | null;
  /** The superior's RHK of the same year; null when their SKP is not on this device. */
  parentRhk: readonly Pick<Rhk, 'id'>[] | null;
  praktikBaik: readonly Pick<PraktikBaikDoc, 'consentedAt'>[];
  feedback: readonly Pick<FeedbackDoc, 'kind' | 'date' | 'value'>[];
};

type Appraisal = Pick<
  AppraisalDoc,
  'status' | 'rhk' | 'hasilKerja' | 'perilaku' | 'perilakuOverall'
> | null;

type Range = { start: string; end: string };

/** The days away from the desk, in the order the figures list them (tugas belajar when any). */
const ABSENCES = [
  'dinas-luar',
  'cuti',
  'izin',
  'sakit',
  'tugas-belajar',
  'tanpa-keterangan',
] as const satisfies readonly AttendanceStatus[];

const none = {} as Record<string, never>;
const inRange = (date: string, range: Range) => range.start <= date && date <= range.end;

/** Whether this viewer may see the appraisal's ratings: final, or the appraiser's draft. */
export function ratingsVisible(appraisal: Appraisal, view: AspectsView): boolean {
  if (!appraisal) return false;
  return appraisal.status === 'final' || view === 'appraiser';
}

/** Kehadiran: the range's attendance totals, as imported and corrected. */
export function attendanceAspect(
  months: readonly AttendanceMonth[],
  range: Range,
): AttendanceAspect {
  const totals = attendanceTotals(months, range);
  const days = (d: number): AspectLine => ({ key: 'figure.days', params: { days: d } });
  const s = totals.byStatus;
  const imported = months.length > 0;
  return {
    totals,
    months: months.length,
    summary: imported
      ? { key: 'summary.attendance', params: { days: totals.present, of: totals.workingDays } }
      : { key: 'summary.attendanceNone', params: none },
    ratings: [],
    figures: imported
      ? [
          {
            label: 'present',
            line: {
              key: 'figure.daysOf',
              params: { days: totals.present, of: totals.workingDays },
            },
          },
          ...ABSENCES.filter((a) => a !== 'tugas-belajar' || s[a] > 0).map((label) => ({
            label,
            line: days(s[label]),
          })),
          {
            label: 'late',
            line: {
              key: 'figure.daysMinutes',
              params: { days: totals.lateDays, minutes: totals.lateMinutes },
            },
          },
          {
            label: 'early',
            line: {
              key: 'figure.daysMinutes',
              params: { days: totals.earlyDays, minutes: totals.earlyMinutes },
            },
          },
          { label: 'missingScans', line: days(totals.missingScans) },
          { label: 'corrected', line: days(totals.corrected) },
        ]
      : [],
    how: imported
      ? [
          { key: 'how.attendance.source', params: { months: months.length } },
          { key: 'how.attendance.present', params: none },
          { key: 'how.attendance.lateEarly', params: none },
          { key: 'how.attendance.corrected', params: { days: totals.corrected } },
          { key: 'how.attendance.context', params: none },
        ]
      : [
          { key: 'how.attendance.none', params: none },
          { key: 'how.attendance.context', params: none },
        ],
  };
}

/**
 * The activities of the range the head has decided at least once (a verification stands for its
 * latest round), those approved on their first round, and those still waiting for a first decision.
 */
export function verifiedActivities(
  activities: AspectSources['activities'],
  verifications: AspectSources['verifications'],
  range: Range,
): QualityAspect['activities'] {
  const byActivity = new Map(verifications.map((v) => [v.activityId, v]));
  const counts = { decided: 0, firstRound: 0, returned: 0, pending: 0 };
  for (const a of activities) {
    if (!inRange(a.date, range)) continue;
    const v = byActivity.get(a._id) ?? null;
    if (!v) {
      if (a.status === 'submitted') counts.pending += 1;
      continue;
    }
    counts.decided += 1;
    if (activityStatus(a, v) === 'approved' && v.round === 1) counts.firstRound += 1;
    else counts.returned += 1;
  }
  return counts;
}

/** Kualitas pekerjaan: the work ratings (when visible) and the activities approved without return. */
export function qualityAspect(
  sources: Pick<AspectSources, 'activities' | 'verifications'>,
  appraisal: Appraisal,
  view: AspectsView,
  range: Range,
): QualityAspect {
  const activities = verifiedActivities(sources.activities, sources.verifications, range);
  const shown = ratingsVisible(appraisal, view) && appraisal !== null;
  const rhkRatings = shown ? Object.values(appraisal.rhk).map((r) => r.rating) : [];
  const count = (r: Rating) => rhkRatings.filter((x) => x === r).length;
  const evidence = shown
    ? new Set([
        ...appraisal.hasilKerja.evidence,
        ...Object.values(appraisal.rhk).flatMap((i) => i.evidence),
      ]).size
    : 0;
  const figures: AspectFigure[] = [];
  if (shown) {
    const [diAtas, sesuai, diBawah] = RATINGS.map(count) as [number, number, number];
    const open = rhkRatings.filter((r) => r === null).length;
    figures.push(
      {
        label: 'rhkRatings',
        line:
          open > 0
            ? { key: 'figure.rhkRatingsOpen', params: { diAtas, sesuai, diBawah, open } }
            : { key: 'figure.rhkRatings', params: { diAtas, sesuai, diBawah } },
      },
      { label: 'evidence', line: { key: 'figure.count', params: { count: evidence } } },
    );
  }
  figures.push(
    {
      label: 'firstRound',
      line: {
        key: 'figure.activitiesOf',
        params: { count: activities.firstRound, of: activities.decided },
      },
    },
    {
      label: 'returned',
      line: { key: 'figure.activities', params: { count: activities.returned } },
    },
    { label: 'pending', line: { key: 'figure.activities', params: { count: activities.pending } } },
  );
  return {
    activities,
    summary:
      activities.decided > 0
        ? {
            key: 'summary.quality',
            params: { count: activities.firstRound, of: activities.decided },
          }
        : { key: 'summary.qualityNone', params: none },
    ratings: shown ? [{ label: 'hasilKerja', rating: appraisal.hasilKerja.rating }] : [],
    figures,
    how: [
      shown
        ? {
            key: appraisal.status === 'final' ? 'how.quality.ratings' : 'how.quality.ratingsDraft',
            params: none,
          }
        : { key: 'how.quality.ratingsLater', params: none },
      { key: 'how.quality.firstRound', params: none },
      ...(activities.pending > 0
        ? [{ key: 'how.quality.pending' as const, params: { count: activities.pending } }]
        : []),
    ],
  };
}

/** Kontribusi terhadap tim: RHK that intervene the superior's, apresiasi, and the team values. */
export function teamAspect(
  sources: Pick<AspectSources, 'rhk' | 'parentRhk' | 'praktikBaik' | 'feedback'>,
  appraisal: Appraisal,
  view: AspectsView,
  range: Range,
): TeamAspect {
  const rhk = sources.rhk ?? [];
  const parents = sources.parentRhk ? new Set(sources.parentRhk.map((r) => r.id)) : null;
  // Without the superior's SKP on the device, a stored link is taken as it stands.
  const linked = rhk.filter(
    (r) => r.parentRhkId !== null && (parents === null || parents.has(r.parentRhkId)),
  ).length;
  const shared = sources.praktikBaik.filter((p) =>
    inRange(civilDate(Date.parse(p.consentedAt)), range),
  ).length;
  const apresiasi = sources.feedback.filter(
    (f) => f.kind === 'apresiasi' && inRange(f.date, range),
  );
  const teamApresiasi = apresiasi.filter(
    (f) => f.value !== null && TEAM_VALUES.includes(f.value),
  ).length;
  const shown = ratingsVisible(appraisal, view) && appraisal !== null;
  return {
    rhk: { total: rhk.length, linked },
    shared,
    apresiasi: apresiasi.length,
    summary:
      rhk.length > 0
        ? { key: 'summary.team', params: { count: linked, of: rhk.length } }
        : { key: 'summary.teamNone', params: none },
    ratings: shown
      ? [
          { label: 'perilaku', rating: appraisal.perilakuOverall.rating },
          ...TEAM_VALUES.map((v) => ({ label: v, rating: appraisal.perilaku[v]?.rating ?? null })),
        ]
      : [],
    figures: [
      {
        label: 'rhkLinked',
        line: { key: 'figure.rhkOf', params: { count: linked, of: rhk.length } },
      },
      { label: 'shared', line: { key: 'figure.count', params: { count: shared } } },
      {
        label: 'apresiasi',
        line: { key: 'figure.apresiasi', params: { count: apresiasi.length, team: teamApresiasi } },
      },
    ],
    how: [
      sources.rhk === null
        ? { key: 'how.team.rhkNoSkp', params: none }
        : parents === null
          ? { key: 'how.team.rhkNoParentPlan', params: none }
          : { key: 'how.team.rhk', params: none },
      { key: 'how.team.shared', params: none },
      { key: 'how.team.apresiasi', params: none },
      shown
        ? { key: 'how.team.ratings', params: none }
        : { key: 'how.team.ratingsLater', params: none },
    ],
  };
}

/** The three aspects of a person over a range, as this viewer may see them. */
export function threeAspects(
  sources: AspectSources,
  options: { range: Range; appraisal: Appraisal; view: AspectsView },
): ThreeAspects {
  const { range, appraisal, view } = options;
  return {
    attendance: attendanceAspect(sources.attendance, range),
    quality: qualityAspect(sources, appraisal, view, range),
    team: teamAspect(sources, appraisal, view, range),
  };
}
