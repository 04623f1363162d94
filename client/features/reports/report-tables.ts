/**
 * The Laporan tables, built from core's figures (report-figures.ts): the same rows on screen, in
 * the chart's table and in the CSV/XLSX files. A group is a team, a unit or an OPD.
 */
import {
  attendanceFigures,
  compliance,
  curveOf,
  excludedPeople,
  groupFigures,
  hoursOf,
  jpFigures,
  meanLatencyHours,
  pendingOf,
  predikatSpread,
  shareOf,
} from '../../core/report-figures';
import type { ReportPerson } from '../../core/schemas/report';
import { PREDIKATS, type OrgRating } from '../../core/vocabulary';
import type { Cell, TableData } from './report-export';
import type { ReportWords } from './use-report-words';

export type Group = {
  key: string;
  name: string;
  /** Where the group's name leads (its drill-down), or null. */
  to: string | null;
  rows: readonly ReportPerson[];
};

const nameCell = (text: string, to: string | null): Cell => (to ? { text, to } : text);
const round1 = (n: number) => Math.round(n * 10) / 10;

/** One row per person: their month's daily work, verification, SKP and appraisal. */
export function peopleTable(
  id: string,
  caption: string,
  rows: readonly ReportPerson[],
  w: ReportWords,
  linkOf: (p: ReportPerson) => string | null,
): TableData {
  const { t } = w;
  return {
    id,
    caption,
    head: [
      t('colName'),
      t('colPosition'),
      t('colDays'),
      t('colHours'),
      t('colPending'),
      t('colReturned'),
      t('colFeedback'),
      t('colSkp'),
      t('colAppraisal'),
      t('colLatency'),
    ],
    rows: [...rows]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => {
        const latency = meanLatencyHours(p);
        return {
          key: p.nip,
          cells: [
            nameCell(p.name, linkOf(p)),
            p.position,
            p.days.length,
            hoursOf(p),
            pendingOf(p),
            p.entries.returned,
            p.feedback,
            w.skp(p.skp),
            w.appraisal(p.appraisal),
            latency === null ? '–' : round1(latency),
          ],
        };
      }),
  };
}

/** One row per group: who logged, hours, entries waiting, latency, SKP and appraisals. */
export function groupsTable(
  id: string,
  caption: string,
  firstHeader: string,
  groups: readonly Group[],
  w: ReportWords,
): TableData {
  const { t } = w;
  return {
    id,
    caption,
    head: [
      firstHeader,
      t('colPeople'),
      t('colCounted'),
      t('colLoggedShare'),
      t('colAvgDays'),
      t('colHours'),
      t('colPending'),
      t('colLatency'),
      t('colWithin3'),
      t('colSkpApproved'),
      t('colAppraisalFinal'),
    ],
    rows: groups.map((g) => {
      const f = groupFigures(g.rows);
      const c = compliance(g.rows);
      return {
        key: g.key,
        cells: [
          nameCell(g.name, g.to),
          f.people,
          f.counted,
          w.pct(f.loggedShare),
          f.averageDays === null ? '–' : round1(f.averageDays),
          f.hours,
          f.entries.pending,
          f.verification.meanHours === null ? '–' : round1(f.verification.meanHours),
          f.verification.within3DaysShare === null ? '–' : w.pct(f.verification.within3DaysShare),
          w.pct(c.skpApproved.share),
          w.pct(c.appraisalFinal.share),
        ],
      };
    }),
  };
}

/** One row per group: the compliance measures of its counted people, and who is excluded. */
export function complianceTable(
  id: string,
  caption: string,
  firstHeader: string,
  groups: readonly Group[],
  w: ReportWords,
): TableData {
  const { t } = w;
  return {
    id,
    caption,
    head: [
      firstHeader,
      t('colCounted'),
      t('colExcluded'),
      t('colSkpApproved'),
      t('colLogSubmitted'),
      t('colVerified'),
      t('colAppraisalFinal'),
      t('colAcknowledged'),
      t('colObjectionOpen'),
    ],
    rows: groups.map((g) => {
      const c = compliance(g.rows);
      return {
        key: g.key,
        cells: [
          nameCell(g.name, g.to),
          c.counted,
          g.rows.length - c.counted,
          w.pct(c.skpApproved.share),
          w.pct(c.logSubmitted.share),
          w.pct(c.entriesVerified.share),
          w.pct(c.appraisalFinal.share),
          w.pct(c.acknowledged.share),
          c.objectionOpen.count,
        ],
      };
    }),
  };
}

/** How a group's spread stands against its curve, in words. */
export function curveText(rows: readonly ReportPerson[], rating: OrgRating, w: ReportWords) {
  const check = curveOf(rows, rating);
  if (check.total === 0) return w.t('curveEmpty');
  if (check.broken.length > 0)
    return w.t('curveBroken', { rules: check.broken.map((r) => w.rule(r)).join('; ') });
  if (check.pending > 0) return w.t('curvePending', { pending: check.pending, total: check.total });
  return w.t('curveOk');
}

/** One row per group: people per predikat, not rated yet, and the curve (when rated against). */
export function spreadTable(
  id: string,
  caption: string,
  firstHeader: string,
  groups: readonly (Group & { rating: OrgRating | null })[],
  w: ReportWords,
): TableData {
  const { t } = w;
  const withCurve = groups.some((g) => g.rating !== null);
  return {
    id,
    caption,
    head: [
      firstHeader,
      ...PREDIKATS.map((p) => w.predikat(p)),
      t('colNotRated'),
      ...(withCurve ? [t('colCurve')] : []),
    ],
    rows: groups.map((g) => {
      const s = predikatSpread(g.rows);
      return {
        key: g.key,
        cells: [
          nameCell(g.name, g.to),
          ...PREDIKATS.map((p) => s.counts[p]),
          s.notRated,
          ...(withCurve ? [g.rating ? curveText(g.rows, g.rating, w) : '–'] : []),
        ],
      };
    }),
  };
}

/** The people not counted in compliance, with their unit and why. */
export function excludedTable(
  id: string,
  caption: string,
  groups: readonly Group[],
  w: ReportWords,
): TableData {
  const { t } = w;
  return {
    id,
    caption,
    head: [t('colName'), t('colUnit'), t('colReason')],
    rows: groups.flatMap((g) =>
      excludedPeople(g.rows).map((p) => ({
        key: `${g.key}:${p.nip}`,
        cells: [p.name, g.name, p.excluded ? w.exclusion(p.excluded) : ''],
      })),
    ),
  };
}

/** JP per group: who has a target and who reached it. */
export function jpTable(
  id: string,
  caption: string,
  firstHeader: string,
  groups: readonly Group[],
  w: ReportWords,
): TableData {
  const { t } = w;
  return {
    id,
    caption,
    head: [firstHeader, t('colWithTarget'), t('colReached'), `${t('colReached')} (%)`],
    rows: groups.map((g) => {
      const jp = jpFigures(g.rows);
      return {
        key: g.key,
        cells: [
          nameCell(g.name, g.to),
          jp.withTarget,
          jp.reached,
          w.pct(shareOf(jp.reached, jp.withTarget)),
        ],
      };
    }),
  };
}

/** The people of groups still short of their JP target. */
export function jpShortTable(
  id: string,
  caption: string,
  groups: readonly Group[],
  w: ReportWords,
): TableData {
  const { t } = w;
  return {
    id,
    caption,
    head: [t('colName'), t('colUnit'), t('colJp')],
    rows: groups.flatMap((g) =>
      jpFigures(g.rows).short.map((p) => ({
        key: `${g.key}:${p.nip}`,
        cells: [p.name, g.name, `${round1(p.jp?.verified ?? 0)} / ${p.jp?.target ?? 0}`],
      })),
    ),
  };
}

/** Attendance per group: late days, days without notice, the mean TPP deduction. */
export function attendanceTable(
  id: string,
  caption: string,
  firstHeader: string,
  groups: readonly Group[],
  w: ReportWords,
): TableData {
  const { t } = w;
  return {
    id,
    caption,
    head: [firstHeader, t('colWithAttendance'), t('colLate'), t('colAbsent'), t('colTpp')],
    rows: groups.map((g) => {
      const a = attendanceFigures(g.rows);
      return {
        key: g.key,
        cells: [
          nameCell(g.name, g.to),
          a.withAttendance,
          a.lateDays,
          a.absentDays,
          a.averageDeductionPct ?? '–',
        ],
      };
    }),
  };
}
