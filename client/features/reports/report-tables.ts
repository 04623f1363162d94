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

/** A column of a per-group table: its header and its cell from the group's figures. */
type Column<F, G extends Group = Group> = readonly [
  header: string,
  cell: (figures: F, g: G) => Cell,
];

/**
 * The frame every per-group table shares: a caption, the group's name (a link to its drill-down)
 * in the first column, then one cell per column from figures computed once per group.
 */
function perGroupTable<F, G extends Group = Group>(
  id: string,
  caption: string,
  firstHeader: string,
  groups: readonly G[],
  figuresOf: (g: G) => F,
  columns: readonly Column<F, G>[],
): TableData {
  return {
    id,
    caption,
    head: [firstHeader, ...columns.map(([header]) => header)],
    rows: groups.map((g) => {
      const f = figuresOf(g);
      return {
        key: g.key,
        cells: [nameCell(g.name, g.to), ...columns.map(([, cell]) => cell(f, g))],
      };
    }),
  };
}

/** The frame of the per-person lists of groups: name, the group's name, then the person's cells. */
function peopleOfGroupsTable(
  id: string,
  caption: string,
  head: readonly string[],
  groups: readonly Group[],
  peopleOf: (g: Group) => readonly ReportPerson[],
  cellsOf: (p: ReportPerson) => Cell[],
): TableData {
  return {
    id,
    caption,
    head: [...head],
    rows: groups.flatMap((g) =>
      peopleOf(g).map((p) => ({
        key: `${g.key}:${p.nip}`,
        cells: [p.name, g.name, ...cellsOf(p)],
      })),
    ),
  };
}

const orDash = (n: number | null, f: (n: number) => Cell = round1): Cell =>
  n === null ? '–' : f(n);

/** One row per group: who logged, hours, entries waiting, latency, SKP and appraisals. */
export function groupsTable(
  id: string,
  caption: string,
  firstHeader: string,
  groups: readonly Group[],
  w: ReportWords,
): TableData {
  const { t } = w;
  const figures = (g: Group) => ({ f: groupFigures(g.rows), c: compliance(g.rows) });
  type F = ReturnType<typeof figures>;
  const columns: Column<F>[] = [
    [t('colPeople'), ({ f }) => f.people],
    [t('colCounted'), ({ f }) => f.counted],
    [t('colLoggedShare'), ({ f }) => w.pct(f.loggedShare)],
    [t('colAvgDays'), ({ f }) => orDash(f.averageDays)],
    [t('colHours'), ({ f }) => f.hours],
    [t('colPending'), ({ f }) => f.entries.pending],
    [t('colLatency'), ({ f }) => orDash(f.verification.meanHours)],
    [t('colWithin3'), ({ f }) => orDash(f.verification.within3DaysShare, w.pct)],
    [t('colSkpApproved'), ({ c }) => w.pct(c.skpApproved.share)],
    [t('colAppraisalFinal'), ({ c }) => w.pct(c.appraisalFinal.share)],
  ];
  return perGroupTable(id, caption, firstHeader, groups, figures, columns);
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
  const columns: Column<ReturnType<typeof compliance>>[] = [
    [t('colCounted'), (c) => c.counted],
    [t('colExcluded'), (c, g) => g.rows.length - c.counted],
    [t('colSkpApproved'), (c) => w.pct(c.skpApproved.share)],
    [t('colLogSubmitted'), (c) => w.pct(c.logSubmitted.share)],
    [t('colVerified'), (c) => w.pct(c.entriesVerified.share)],
    [t('colAppraisalFinal'), (c) => w.pct(c.appraisalFinal.share)],
    [t('colAcknowledged'), (c) => w.pct(c.acknowledged.share)],
    [t('colObjectionOpen'), (c) => c.objectionOpen.count],
  ];
  return perGroupTable(id, caption, firstHeader, groups, (g) => compliance(g.rows), columns);
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

/** A group whose predikat spread is checked against its curve, when it has a rating. */
type RatedGroup = Group & { rating: OrgRating | null };

/** One row per group: people per predikat, not rated yet, and the curve (when rated against). */
export function spreadTable(
  id: string,
  caption: string,
  firstHeader: string,
  groups: readonly RatedGroup[],
  w: ReportWords,
): TableData {
  type Spread = ReturnType<typeof predikatSpread>;
  const columns: Column<Spread, RatedGroup>[] = [
    ...PREDIKATS.map((p): Column<Spread, RatedGroup> => [w.predikat(p), (s) => s.counts[p]]),
    [w.t('colNotRated'), (s) => s.notRated],
  ];
  if (groups.some((g) => g.rating !== null))
    columns.push([w.t('colCurve'), (_s, g) => (g.rating ? curveText(g.rows, g.rating, w) : '–')]);
  return perGroupTable(id, caption, firstHeader, groups, (g) => predikatSpread(g.rows), columns);
}

/** The people not counted in compliance, with their unit and why. */
export function excludedTable(
  id: string,
  caption: string,
  groups: readonly Group[],
  w: ReportWords,
): TableData {
  const { t } = w;
  return peopleOfGroupsTable(
    id,
    caption,
    [t('colName'), t('colUnit'), t('colReason')],
    groups,
    (g) => excludedPeople(g.rows),
    (p) => [p.excluded ? w.exclusion(p.excluded) : ''],
  );
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
  const columns: Column<ReturnType<typeof jpFigures>>[] = [
    [t('colWithTarget'), (jp) => jp.withTarget],
    [t('colReached'), (jp) => jp.reached],
    [`${t('colReached')} (%)`, (jp) => w.pct(shareOf(jp.reached, jp.withTarget))],
  ];
  return perGroupTable(id, caption, firstHeader, groups, (g) => jpFigures(g.rows), columns);
}

/** The people of groups still short of their JP target. */
export function jpShortTable(
  id: string,
  caption: string,
  groups: readonly Group[],
  w: ReportWords,
): TableData {
  const { t } = w;
  return peopleOfGroupsTable(
    id,
    caption,
    [t('colName'), t('colUnit'), t('colJp')],
    groups,
    (g) => jpFigures(g.rows).short,
    (p) => [`${round1(p.jp?.verified ?? 0)} / ${p.jp?.target ?? 0}`],
  );
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
  const columns: Column<ReturnType<typeof attendanceFigures>>[] = [
    [t('colWithAttendance'), (a) => a.withAttendance],
    [t('colLate'), (a) => a.lateDays],
    [t('colAbsent'), (a) => a.absentDays],
    [t('colTpp'), (a) => a.averageDeductionPct ?? '–'],
  ];
  return perGroupTable(id, caption, firstHeader, groups, (g) => attendanceFigures(g.rows), columns);
}
