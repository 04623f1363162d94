/**
 * "Perlu tindakan": what waits for one person, computed on their device from the documents it
 * holds, so the list works offline. For a head (perlu-tindakan-team.ts): entries to verify, staff
 * without feedback for N weeks, replies to read, SKPs to approve, appraisals to finalise,
 * development requests and attendance corrections to decide; for an Atasan Pejabat Penilai:
 * objections to decide; for everyone (here): agreed actions due, their own unread feedback, a
 * final appraisal to acknowledge while the objection window is open, an SKP to submit. Dates are civil dates in the organisation's zone (WIB by default), judged at `now`.
 */
import type { ActivityStatus } from './activity-status';
import { correctionStatus, type CorrectionStatus } from './attendance-rules';
import { civilDate, daysBetween, DEFAULT_TIME_ZONE } from './dates';
import { isUnread, openActions } from './feedback-rules';
import { objectionWindow } from './objection';
import { directReportsOf, type OrgChart } from './org-chart';
import { periodOf, teamTodos } from './perlu-tindakan-team';
import { pengelolaTodos } from './perlu-tindakan-pengelola';
import type { AcknowledgementDoc, AppraisalDoc } from './schemas/appraisal';
import type {
  AttendanceAppliedDoc,
  AttendanceCorrectionDoc,
  AttendanceDecisionDoc,
} from './schemas/attendance';
import type { EnrolmentAdminDoc, EnrolmentDecisionDoc, EnrolmentDoc } from './schemas/development';
import type { PeriodDoc } from './schemas/reference';
import type { FeedbackDoc, FeedbackResponseDoc, SkpApprovalDoc, SkpDoc } from './schemas/work';
import { skpStatus } from './skp-status';

export const TODO_KINDS = [
  'verify',
  'feedback-due',
  'feedback-reply',
  'action-due',
  'skp-approve',
  'appraisal-finalise',
  'objection-decide',
  'development-decide',
  'attendance-decide',
  'development-seat',
  'development-verify',
  'attendance-apply',
  'acknowledge',
  'unread-feedback',
  'action-due-mine',
  'skp-submit',
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

export type Urgency = 'overdue' | 'soon' | 'normal';

/** Days before a due date from which an item counts as soon (and an agreed action is listed). */
export const SOON_DAYS = 7;

export type TodoPerson = { nip: string; name: string; count: number };
export type TodoPeriod = Pick<PeriodDoc, 'periodId' | 'kind' | 'year' | 'quarter' | 'start'>;

export type TodoItem = {
  /** Stable identity of the thing to do: the same item keeps it while it waits. */
  key: string;
  kind: TodoKind;
  /** How many things (entries, people, feedback) the item stands for. */
  count: number;
  /** Whom it is about, with their own count (entries to verify, not-final appraisals). */
  people: TodoPerson[];
  /** The day it is due, or null when nothing sets one. */
  due: string | null;
  /** Whole days from today to `due` (0 today, negative once past), or null. */
  daysLeft: number | null;
  urgency: Urgency;
  /** Where to act: a path of the app. */
  route: string;
  period: TodoPeriod | null;
  /** The agreed action's text, for an action item. */
  text: string | null;
};

export type PerluTindakanInput = {
  nip: string;
  /** The instant of "now" (epoch ms); today is its civil date in `timeZone`. */
  now: number;
  timeZone?: string;
  chart: OrgChart;
  periods: readonly Pick<
    PeriodDoc,
    'periodId' | 'kind' | 'year' | 'quarter' | 'start' | 'end' | 'status' | 'submitBy'
  >[];
  /** Activities of the person's reports with the status they show (only 'submitted' wait). */
  activities: readonly { nip: string; status: ActivityStatus }[];
  /** Feedback the person wrote and received. */
  feedback: readonly FeedbackDoc[];
  /** The employees' responses to that feedback (read marks, replies). */
  responses: readonly FeedbackResponseDoc[];
  skps: readonly (Pick<SkpDoc, 'nip' | 'periodId' | 'status'> & { rev: string })[];
  skpApprovals: readonly Pick<SkpApprovalDoc, 'nip' | 'periodId' | 'decision' | 'skpRev'>[];
  appraisals: readonly Pick<
    AppraisalDoc,
    'nip' | 'periodId' | 'status' | 'finalizedAt' | 'appraiserNip'
  >[];
  acknowledgements: readonly Pick<
    AcknowledgementDoc,
    'nip' | 'periodId' | 'kind' | 'appraiserNip'
  >[];
  /** Objection decisions on the device, by employee and period. */
  decisions: readonly { nip: string; periodId: string }[];
  /** Development records of the person's staff (requests for catalog activities wait for the head). */
  enrolments?: readonly Pick<
    EnrolmentDoc,
    'nip' | 'key' | 'unitId' | 'trainingId' | 'withdrawnAt' | 'completion'
  >[];
  /** The heads' decisions on those requests, by employee and key. */
  enrolmentDecisions?: readonly Pick<EnrolmentDecisionDoc, 'nip' | 'key' | 'decision'>[];
  /**
   * For a Pengelola: which units' development records they keep, and the steps they took on them
   * (`enrolment-admin`); absent for everyone else.
   */
  development?: {
    keeps: (unitId: string) => boolean;
    admins: readonly Pick<EnrolmentAdminDoc, 'nip' | 'key' | 'seat' | 'verification'>[];
  } | null;
  /**
   * Attendance correction requests on the device, with the heads' decisions and the Pengelola's
   * applications (a request waits for the head while its current version is undecided).
   */
  corrections?: {
    requests: readonly Pick<AttendanceCorrectionDoc, 'nip' | 'date' | 'unitId' | 'requestedAt'>[];
    decisions: readonly Pick<AttendanceDecisionDoc, 'nip' | 'date' | 'requestedAt' | 'decision'>[];
    applied: readonly Pick<AttendanceAppliedDoc, 'nip' | 'date' | 'requestedAt'>[];
  };
  /**
   * For a Pengelola: whether they keep a person (their attendance corrections to apply); absent
   * or null for everyone else.
   */
  correctionsKept?: ((nip: string) => boolean) | null;
  /** The organisation's setting; null when the Pengelola never saved one. */
  feedbackReminderWeeks: number | null;
};

/** A correction request on the device and where it stands (core's correctionStatus). */
export type TodoCorrection = {
  nip: string;
  date: string;
  unitId: string;
  status: CorrectionStatus;
};

/** Overdue once the due day has passed, soon within SOON_DAYS of it, else normal. */
export function urgencyOf(daysLeft: number | null): Urgency {
  if (daysLeft === null) return 'normal';
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= SOON_DAYS ? 'soon' : 'normal';
}

const URGENCY_ORDER: Record<Urgency, number> = { overdue: 0, soon: 1, normal: 2 };

/** Most urgent first, then the earliest due, then in the order of TODO_KINDS. */
function byUrgency(a: TodoItem, b: TodoItem): number {
  return (
    URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] ||
    (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31') ||
    TODO_KINDS.indexOf(a.kind) - TODO_KINDS.indexOf(b.kind) ||
    a.key.localeCompare(b.key)
  );
}

/** An item before its days left and urgency are judged. */
export type TodoDraft = Omit<
  TodoItem,
  'daysLeft' | 'urgency' | 'people' | 'period' | 'text' | 'count'
> &
  Partial<Pick<TodoItem, 'people' | 'period' | 'text' | 'count'>>;

/** What every part of the list is judged with: the input, today, and who the person heads. */
export type TodoScope = {
  input: PerluTindakanInput;
  today: string;
  zone: string;
  me: string;
  /** The person's direct reports today (acting duties included), by name. */
  reports: readonly string[];
  isReport: (nip: string) => boolean;
  person: (nip: string, count?: number) => TodoPerson;
  /** Feedback the person wrote to their reports, and feedback about the person. */
  written: readonly FeedbackDoc[];
  /** Feedback about the person's current staff, whoever wrote it (an earlier head's actions too). */
  aboutReports: readonly FeedbackDoc[];
  received: readonly FeedbackDoc[];
  responseTo: (feedback: FeedbackDoc) => FeedbackResponseDoc | null;
  periodById: ReadonlyMap<string, PerluTindakanInput['periods'][number]>;
  skpStatusOf: (
    skp: PerluTindakanInput['skps'][number] | undefined,
    nip: string,
    periodId: string,
  ) => ReturnType<typeof skpStatus>;
  /** The attendance correction requests on the device, each with its status. */
  corrections: readonly TodoCorrection[];
};

/** Each correction request with its status, from the decisions and applications of its day. */
function correctionsOf(c: PerluTindakanInput['corrections']): TodoCorrection[] {
  if (!c) return [];
  const decisions = new Map(c.decisions.map((d) => [`${d.nip}:${d.date}`, d]));
  const applied = new Map(c.applied.map((a) => [`${a.nip}:${a.date}`, a]));
  return c.requests.map((r) => {
    const day = `${r.nip}:${r.date}`;
    const status = correctionStatus(r, decisions.get(day), applied.get(day));
    return { nip: r.nip, date: r.date, unitId: r.unitId, status };
  });
}

function scopeOf(input: PerluTindakanInput): TodoScope {
  const zone = input.timeZone ?? DEFAULT_TIME_ZONE;
  const today = civilDate(input.now, zone);
  const me = input.nip;
  const nameOf = (nip: string) => input.chart.employees.get(nip)?.name ?? nip;
  const reports = directReportsOf(input.chart, me, today).sort((a, b) =>
    nameOf(a).localeCompare(nameOf(b)),
  );
  const reportSet = new Set(reports);
  const responses = new Map(input.responses.map((r) => [r.feedbackId, r]));
  const approvals = new Map(input.skpApprovals.map((a) => [`${a.nip}:${a.periodId}`, a]));
  return {
    input,
    today,
    zone,
    me,
    reports,
    isReport: (nip) => reportSet.has(nip),
    person: (nip, count = 1) => ({ nip, name: nameOf(nip), count }),
    written: input.feedback.filter((f) => f.authorNip === me && reportSet.has(f.nip)),
    aboutReports: input.feedback.filter((f) => reportSet.has(f.nip)),
    received: input.feedback.filter((f) => f.nip === me),
    responseTo: (f) => responses.get(f._id) ?? null,
    periodById: new Map(input.periods.map((p) => [p.periodId, p])),
    skpStatusOf: (skp, nip, periodId) => skpStatus(skp, approvals.get(`${nip}:${periodId}`)),
    corrections: correctionsOf(input.corrections),
  };
}

/** The list of what waits for the person, most urgent first. */
export function perluTindakan(input: PerluTindakanInput): TodoItem[] {
  const scope = scopeOf(input);
  const drafts = [
    ...teamTodos(scope),
    // The current appraiser follows up every open action about their staff (feedback-rules.ts
    // lets them mark an earlier appraiser's actions), not only those of their own sessions.
    ...actionTodos(scope, scope.aboutReports, false),
    ...pengelolaTodos(scope),
    ...(input.chart.employees.has(scope.me) ? ownTodos(scope) : []),
  ];
  return drafts
    .map((d): TodoItem => {
      const daysLeft = d.due === null ? null : daysBetween(scope.today, d.due);
      return {
        people: [],
        period: null,
        text: null,
        count: 1,
        ...d,
        daysLeft,
        urgency: urgencyOf(daysLeft),
      };
    })
    .sort(byUrgency);
}

/** Agreed actions due within a week or overdue: those agreed with the person's staff, or their own. */
function actionTodos(s: TodoScope, feedback: readonly FeedbackDoc[], mine: boolean): TodoDraft[] {
  return openActions(feedback).flatMap((a): TodoDraft[] => {
    if (a.due === null || daysBetween(s.today, a.due) > SOON_DAYS) return [];
    const nip = feedback.find((f) => f._id === a.feedbackId)?.nip ?? s.me;
    return [
      {
        key: `action:${a.feedbackId}:${a.id}`,
        kind: mine ? 'action-due-mine' : 'action-due',
        people: mine ? [] : [s.person(nip)],
        due: a.due,
        route: mine ? '/umpan-balik' : `/tim/${nip}`,
        text: a.text,
      },
    ];
  });
}

/** What waits for the person as an employee. */
function ownTodos(s: TodoScope): TodoDraft[] {
  const { input, me, today } = s;
  const out: TodoDraft[] = actionTodos(s, s.received, true);

  // My final appraisals not yet acknowledged, while an objection is still possible.
  const acknowledged = new Set(
    input.acknowledgements.filter((a) => a.nip === me).map((a) => a.periodId),
  );
  for (const a of input.appraisals) {
    if (a.nip !== me || a.status !== 'final' || a.finalizedAt === null) continue;
    if (acknowledged.has(a.periodId)) continue;
    const window = objectionWindow(a.finalizedAt, input.now, s.zone);
    if (!window.open) continue;
    const p = s.periodById.get(a.periodId);
    out.push({
      key: `acknowledge:${a.periodId}`,
      kind: 'acknowledge',
      due: window.lastDay,
      route: `/kinerja/rapor/${a.periodId}`,
      period: p ? periodOf(p) : null,
    });
  }

  const unread = s.received.filter((f) => isUnread(f, s.responseTo(f)));
  if (unread.length > 0)
    out.push({
      key: 'unread-feedback',
      kind: 'unread-feedback',
      count: unread.length,
      due: null,
      route: '/umpan-balik',
    });

  // My SKP of a year that has begun, not submitted (or returned to me).
  for (const p of input.periods) {
    if (p.kind !== 'annual' || p.status !== 'open' || today < p.start || today > p.end) continue;
    const skp = input.skps.find((x) => x.nip === me && x.periodId === p.periodId);
    const status = s.skpStatusOf(skp, me, p.periodId);
    if (status !== 'none' && status !== 'draft' && status !== 'returned') continue;
    out.push({
      key: `skp-submit:${p.periodId}`,
      kind: 'skp-submit',
      due: null,
      route: `/kinerja/skp/${p.periodId}`,
      period: periodOf(p),
    });
  }
  return out;
}
