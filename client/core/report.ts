/**
 * Report summaries (Laporan): what one person's month comes to, as a row of their unit's report
 * document (`report:{unitId}:{yyyy-mm}`), and which rows a changed document touches. The server
 * computes them from its feed (sync-server/reports) with these functions, so a device shows the
 * figures of people whose daily logs it never holds. Pure: no IO.
 */
import { activityStatus } from './activity-status';
import { attendanceMonth, effectiveDays, monthOf, monthRange, totalsOf } from './attendance';
import { addDays, durationMinutes } from './dates';
import { parseId } from './ids';
import { jpProgress, type JpRecord } from './jp';
import { annualPeriodId } from './periods';
import { feedWindowStart } from './retention';
import type { AcknowledgementDoc, AppraisalDoc, ObjectionDecisionDoc } from './schemas/appraisal';
import type { AttendanceAppliedDoc, AttendanceDoc, TppSettings } from './schemas/attendance';
import type { JpRule } from './schemas/development';
import type { EmployeeDoc, PeriodDoc } from './schemas/reference';
import type { ReportExclusion, ReportPerson } from './schemas/report';
import type {
  ActivityDoc,
  FeedbackDoc,
  SkpApprovalDoc,
  SkpDoc,
  VerificationDoc,
} from './schemas/work';
import { skpStatus } from './skp-status';
import { tppMonth } from './tpp';
import type { AsnKind, DevForm } from './vocabulary';

/** Bumped when what a row means changes: the server then recomputes every report. */
export const REPORT_RULES_VERSION = 1;

/** A decision within this many hours of the entry's last change counts as prompt. */
export const PROMPT_VERIFICATION_HOURS = 72;

/** Everything one person's row of one month is computed from. */
export type PersonMonthInput = {
  month: string;
  employee: {
    nip: string;
    name: string;
    position: string;
    status?: string | undefined;
    kelasJabatan?: number | undefined;
  };
  appraiserNip: string | null;
  /** The person's entries dated in the month (others are ignored). */
  activities: readonly Pick<
    ActivityDoc,
    '_id' | 'date' | 'start' | 'end' | 'status' | 'round' | 'updatedAt'
  >[];
  /** Verifications of those entries (matched by activityId). */
  verifications: readonly Pick<
    VerificationDoc,
    'activityId' | 'round' | 'decision' | 'decidedAt'
  >[];
  /** Feedback about the person (those dated in the month count). */
  feedback: readonly Pick<FeedbackDoc, 'date'>[];
  /** The documents of the month's period (null: none). */
  skp: (Pick<SkpDoc, 'status'> & { _rev?: string | undefined }) | null;
  skpApproval: Pick<SkpApprovalDoc, 'decision' | 'skpRev'> | null;
  appraisal: Pick<AppraisalDoc, 'status' | 'predikat'> | null;
  acknowledgement: Pick<AcknowledgementDoc, 'kind'> | null;
  objectionDecision: Pick<ObjectionDecisionDoc, 'predikat'> | null;
  /** The imported month and the corrections applied to it (null: nothing imported). */
  attendance: Pick<AttendanceDoc, 'month' | 'hours' | 'days'> | null;
  applied: readonly AttendanceAppliedDoc[];
  tpp: TppSettings;
  /** Verified JP of the month's year and the target (null: none applies). */
  jp: { verified: number; target: number } | null;
};

const EXCLUDING_STATUSES: readonly ReportExclusion[] = ['cuti', 'tugas-belajar'];

/** One person's row of their unit's report for a month. */
export function personMonthRow(input: PersonMonthInput): ReportPerson {
  const { month, employee } = input;
  const verificationOf = new Map<string, PersonMonthInput['verifications'][number]>();
  for (const v of input.verifications) {
    const seen = verificationOf.get(v.activityId);
    if (!seen || v.round > seen.round) verificationOf.set(v.activityId, v);
  }
  const entries = { draft: 0, submitted: 0, approved: 0, returned: 0 };
  const days = new Set<number>();
  let minutes = 0;
  const verified = { count: 0, totalHours: 0, within3Days: 0 };
  for (const a of input.activities) {
    if (monthOf(a.date) !== month) continue;
    const v = verificationOf.get(a._id) ?? null;
    const status = activityStatus(a, v);
    entries[status] += 1;
    // A day counts as logged by an entry that stands: waiting or approved (a returned one is
    // the person's to mend, whether or not they have opened it yet).
    if (status === 'submitted' || status === 'approved') {
      days.add(Number(a.date.slice(8, 10)));
      minutes += durationMinutes(a.start, a.end);
    }
    // The time to decide runs from the entry's last change before the decision; an entry edited
    // since (returned, then mended) no longer says when it was sent, so it is left out.
    if (v && v.round === a.round && Date.parse(a.updatedAt) <= Date.parse(v.decidedAt)) {
      const hours = Math.max(0, (Date.parse(v.decidedAt) - Date.parse(a.updatedAt)) / 3_600_000);
      verified.count += 1;
      verified.totalHours = round2(verified.totalHours + hours);
      if (hours <= PROMPT_VERIFICATION_HOURS) verified.within3Days += 1;
    }
  }
  const attendance = attendanceOf(input);
  const predikat =
    input.objectionDecision?.predikat ??
    (input.appraisal?.status === 'final' ? input.appraisal.predikat : null);
  return {
    nip: employee.nip,
    name: employee.name,
    position: employee.position,
    appraiserNip: input.appraiserNip,
    excluded: exclusionOf(employee.status, attendance?.byStatus ?? null),
    days: [...days].sort((x, y) => x - y),
    minutes,
    entries,
    verified,
    feedback: input.feedback.filter((f) => monthOf(f.date) === month).length,
    skp: skpStatus(
      input.skp ? { status: input.skp.status, rev: input.skp._rev ?? '' } : null,
      input.skpApproval,
    ),
    appraisal: input.appraisal?.status ?? 'none',
    predikat,
    acknowledgement: input.acknowledgement?.kind ?? 'none',
    objectionOpen: input.acknowledgement?.kind === 'object' && input.objectionDecision === null,
    attendance: attendance
      ? {
          workingDays: attendance.workingDays,
          present: attendance.present,
          lateDays: attendance.lateDays,
          absentDays: attendance.byStatus['tanpa-keterangan'],
          tppDeductionPct: attendance.tppDeductionPct,
        }
      : null,
    jp: input.jp,
  };
}

function attendanceOf(input: PersonMonthInput) {
  if (!input.attendance || input.attendance.month !== input.month) return null;
  const m = attendanceMonth(input.attendance, input.applied);
  const totals = totalsOf(effectiveDays(m));
  const tpp = tppMonth(m, input.tpp, input.employee.kelasJabatan);
  return { ...totals, tppDeductionPct: tpp.deductionPct };
}

/**
 * Out of the month's compliance figures: a person whose status is cuti or tugas belajar, or who
 * spent most of the month's working days on leave or study (a leave the directory does not record).
 */
export function exclusionOf(
  status: string | undefined,
  byStatus: Readonly<Record<string, number>> | null,
): ReportExclusion | null {
  const listed = EXCLUDING_STATUSES.find((s) => s === status);
  if (listed) return listed;
  if (!byStatus) return null;
  const working = Object.entries(byStatus)
    .filter(([s]) => s !== 'libur')
    .reduce((sum, [, n]) => sum + n, 0);
  for (const s of EXCLUDING_STATUSES) if ((byStatus[s] ?? 0) * 2 > working) return s;
  return null;
}

const KIND_ORDER: Readonly<Record<PeriodDoc['kind'], number>> = {
  quarterly: 0,
  monthly: 1,
  annual: 2,
};

/** The day a month's rows are placed by (unit, appraiser): its last day, today while it runs. */
export function placementDate(month: string, today: string): string {
  return month === monthOf(today) ? today : monthRange(month).end;
}

/**
 * Where a person worked on a date: the recorded assignment (riwayat jabatan) that held it, else
 * the current one. A person who moved is listed in the old unit's reports of the months before
 * the move, under the superior of that time, and in the new unit's from the move on.
 */
export function assignmentOn(
  e: Pick<EmployeeDoc, 'unitId' | 'superiorNip' | 'history' | 'assignedFrom'>,
  date: string,
): { unitId: string; superiorNip: string | null; current: boolean } {
  if (e.assignedFrom === undefined || date < e.assignedFrom)
    for (const h of e.history ?? [])
      if (date <= h.to && (h.from === undefined || h.from <= date))
        return { unitId: h.unitId, superiorNip: h.superiorNip, current: false };
  return { unitId: e.unitId, superiorNip: e.superiorNip, current: true };
}

/** How far back a period may have ended and still be the one a month appraises (a quarter). */
const APPRAISED_WITHIN_DAYS = 92;

/**
 * The appraisal period a month's appraisal figures (appraisal final, acknowledged, objections,
 * predikat) are of: the period whose appraisal is that month's work. An appraisal is written after
 * its period ends, so it is the latest period that ended before the month began, at most a
 * quarter before (October, November and December appraise the third quarter); a quarter first,
 * else a monthly or the annual period. Before any period has ended (the first months of use), the
 * period that holds the month; null when none does.
 */
export function periodOfMonth(
  month: string,
  periods: readonly Pick<PeriodDoc, 'periodId' | 'kind' | 'start' | 'end'>[],
): string | null {
  const first = `${month}-01`;
  const earliestEnd = addDays(first, -APPRAISED_WITHIN_DAYS);
  const byKind = (a: (typeof periods)[number], b: (typeof periods)[number]) =>
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.end.localeCompare(a.end);
  const ended = periods.filter((p) => p.end < first && p.end >= earliestEnd).sort(byKind);
  if (ended[0]) return ended[0].periodId;
  const holding = periods.filter((p) => p.start <= first && first <= p.end).sort(byKind);
  return holding[0]?.periodId ?? null;
}

/**
 * The SKP a month's figures are of: the year's (`skp:{nip}:{yyyy}`), the plan each appraisal period
 * of that year is judged against (as the appraisal screens read it).
 */
export function planPeriodOfMonth(month: string): string {
  return annualPeriodId(Number(month.slice(0, 4)));
}

/**
 * The months the server keeps reports of on `today`: from the month the heads' retention window
 * starts in (the previous quarter) to the current month, oldest first.
 */
export function reportMonths(today: string): string[] {
  const out: string[] = [];
  let m = monthOf(feedWindowStart(today));
  const last = monthOf(today);
  while (m <= last) {
    out.push(m);
    m = monthOf(addDays(`${m}-28`, 7));
  }
  return out;
}

/** The months of a period (by its dates) among `months`. */
export function monthsOfPeriod(
  period: Pick<PeriodDoc, 'start' | 'end'>,
  months: readonly string[],
): string[] {
  return months.filter((m) => monthOf(period.start) <= m && m <= monthOf(period.end));
}

/**
 * The months whose rows a period's documents may show: those of the period (its SKP, or the
 * period holding a month before any has ended) and the months that appraise it after it ended
 * (periodOfMonth), among `months`.
 */
export function monthsShowingPeriod(
  period: Pick<PeriodDoc, 'start' | 'end'>,
  months: readonly string[],
): string[] {
  const last = monthOf(addDays(period.end, APPRAISED_WITHIN_DAYS));
  return months.filter((m) => monthOf(period.start) <= m && m <= last);
}

/**
 * What a changed document touches in the reports: one person's rows in some of `months`, every
 * report (reference data that rows depend on: units, periods, settings, trainings), or nothing.
 * `doc` is the stored document when there is one (a feedback's month is its `date`).
 */
export type ReportTouch =
  { kind: 'person'; nip: string; months: string[] } | { kind: 'all' } | { kind: 'none' };

export function reportTouchOf(
  doc: { _id: string; date?: unknown },
  months: readonly string[],
  periods: ReadonlyMap<string, Pick<PeriodDoc, 'start' | 'end'>>,
): ReportTouch {
  const p = parseId(doc._id);
  if (p === null) return { kind: 'none' };
  const person = (nip: string, touched: readonly string[]): ReportTouch => {
    const inRange = touched.filter((m) => months.includes(m));
    return inRange.length > 0 ? { kind: 'person', nip, months: inRange } : { kind: 'none' };
  };
  switch (p.type) {
    case 'activity':
    case 'verification':
    case 'attendance-applied':
      return person(p.nip, [monthOf(p.date)]);
    case 'attendance':
      return person(p.nip, [p.month]);
    case 'feedback': {
      // Its month's count, and (a bimbingan counts as coaching JP) the JP of later months.
      const from = typeof doc.date === 'string' ? monthOf(doc.date) : '';
      return person(
        p.nip,
        months.filter((m) => m >= from),
      );
    }
    case 'skp':
    case 'skp-approval':
    case 'appraisal':
    case 'acknowledgement':
    case 'objection-decision': {
      const period = periods.get(p.periodId);
      return period ? person(p.nip, monthsShowingPeriod(period, months)) : { kind: 'none' };
    }
    case 'enrolment':
    case 'enrolment-admin':
    case 'employee':
      return person(p.nip, months);
    case 'unit':
    case 'period':
    case 'setting':
    case 'training':
      return { kind: 'all' };
    default:
      return { kind: 'none' };
  }
}

/**
 * A person's verified JP of the month's year as it stood at the month's end (records and
 * sessions after it do not count yet), against the target of their ASN kind; null when no
 * target applies (a target of 0).
 */
export function jpOfMonth(
  records: readonly JpRecord[],
  settings: {
    targets: Readonly<Record<AsnKind, number>>;
    rules: Readonly<Record<DevForm, JpRule>>;
  },
  kind: AsnKind,
  month: string,
): { verified: number; target: number } | null {
  const end = monthRange(month).end;
  const upTo = records
    .filter((r) => r.date <= end)
    .map((r) => ({ ...r, sessions: r.sessions.filter((s) => s.date <= end) }));
  const p = jpProgress(upTo, settings, kind, Number(month.slice(0, 4)));
  return p.target > 0 ? { verified: p.verified, target: p.target } : null;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
