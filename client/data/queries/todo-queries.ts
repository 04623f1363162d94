/**
 * "Perlu tindakan" over the Dexie read model: gathers what core's `perluTindakan` judges (the org
 * chart, periods, waiting entries, feedback and responses, SKPs and approvals, appraisals,
 * acknowledgements, decisions, development requests with the heads' decisions and, for a
 * Pengelola, their own steps on them, attendance correction requests with their decisions and
 * applications, and the organisation's setting) from this device, so the list works offline and
 * follows every sync live. Beranda's section, the navigation's count and the system
 * notification read the same list through `usePerluTindakan`.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { ids } from '../../core/ids';
import { buildOrgChart, isPengelola, type User } from '../../core/org-chart';
import { keepsPerson, keepsUnit } from '../../core/org-scope';
import { perluTindakan, type PerluTindakanInput, type TodoItem } from '../../core/perlu-tindakan';
import type { AcknowledgementDoc, ObjectionDecisionDoc } from '../../core/schemas/appraisal';
import type {
  AttendanceAppliedDoc,
  AttendanceCorrectionDoc,
  AttendanceDecisionDoc,
} from '../../core/schemas/attendance';
import type {
  EnrolmentAdminDoc,
  EnrolmentDecisionDoc,
  EnrolmentDoc,
} from '../../core/schemas/development';
import type { SettingDoc } from '../../core/schemas/reference';
import type { FeedbackDoc, FeedbackResponseDoc, SkpApprovalDoc } from '../../core/schemas/work';
import type { FeedbackRow, ReadModel } from '../read-model';
import { useCommandContext, useReadModel } from '../user-data';

/** The organisation's settings document. */
export const KINERJA_SETTING_ID = ids.setting('kinerja');

/** The documents without a table of their own that the list reads, in one query. */
const DOC_TYPES_READ = [
  'feedback-response',
  'skp-approval',
  'acknowledgement',
  'objection-decision',
  'enrolment',
  'enrolment-decision',
  'enrolment-admin',
  'attendance-correction',
  'attendance-decision',
  'attendance-applied',
] as const;

const asDoc = (row: FeedbackRow): FeedbackDoc => ({ ...row, _id: row.id });

/** Everything `perluTindakan` needs about `nip`, read from the device at `now`. */
export async function todoInput(
  rm: ReadModel,
  nip: string,
  now: number,
  /** The signed-in user (roles, scope): a Pengelola's development queue counts too. */
  user: User | null = null,
): Promise<PerluTindakanInput> {
  const [employees, units, periods, waiting, feedback, skps, appraisals] = await Promise.all([
    rm.employees.toArray(),
    rm.units.toArray(),
    rm.periods.toArray(),
    rm.activities.where('status').equals('submitted').toArray(),
    // The device holds the feedback about its user and their staff (whoever wrote it): all of
    // it matters (an earlier head's agreed actions too).
    rm.feedback.toArray(),
    rm.skps.toArray(),
    rm.appraisals.toArray(),
  ]);
  // One query for the types (a live query's reads each hold a listener: few and large).
  const [docRows, setting] = await Promise.all([
    rm.docs.where('type').anyOf(DOC_TYPES_READ).toArray(),
    rm.docs.get(KINERJA_SETTING_ID),
  ]);
  const ofType = <T>(type: (typeof DOC_TYPES_READ)[number]): T[] =>
    docRows.filter((r) => r.type === type).map((r) => r.doc as T);
  const responses = ofType<FeedbackResponseDoc>('feedback-response');
  const skpApprovals = ofType<SkpApprovalDoc>('skp-approval');
  const acknowledgements = ofType<AcknowledgementDoc>('acknowledgement');
  const decisions = ofType<ObjectionDecisionDoc>('objection-decision');
  const enrolments = ofType<EnrolmentDoc>('enrolment');
  const enrolmentDecisions = ofType<EnrolmentDecisionDoc>('enrolment-decision');
  const chart = buildOrgChart(employees, units);
  const development =
    user !== null && isPengelola(user)
      ? {
          keeps: (unitId: string) => keepsUnit(user, chart.units, unitId),
          admins: ofType<EnrolmentAdminDoc>('enrolment-admin'),
        }
      : null;
  const correctionsKept =
    user !== null && isPengelola(user) ? (nip: string) => keepsPerson(user, chart, nip) : null;
  return {
    nip,
    now,
    chart,
    periods,
    activities: waiting,
    feedback: feedback.map(asDoc),
    responses,
    skps,
    skpApprovals,
    appraisals,
    acknowledgements,
    decisions,
    enrolments,
    enrolmentDecisions,
    development,
    corrections: {
      requests: ofType<AttendanceCorrectionDoc>('attendance-correction'),
      decisions: ofType<AttendanceDecisionDoc>('attendance-decision'),
      applied: ofType<AttendanceAppliedDoc>('attendance-applied'),
    },
    correctionsKept,
    feedbackReminderWeeks: (setting?.doc as SettingDoc | undefined)?.feedbackReminderWeeks ?? null,
  };
}

/** What waits for `nip` on this device at `now`, most urgent first. */
export async function todoItems(
  rm: ReadModel,
  nip: string,
  now: number,
  user: User | null = null,
): Promise<TodoItem[]> {
  return perluTindakan(await todoInput(rm, nip, now, user));
}

/**
 * The signed-in person's Perlu tindakan, live; undefined while the first query runs. `today` (the
 * civil date the screen shows) renews "now" when the day changes.
 */
export function usePerluTindakan(nip: string, today: string): TodoItem[] | undefined {
  const rm = useReadModel();
  const { user } = useCommandContext();
  // Judged at the moment of each change; a new day runs the query again.
  return useLiveQuery(() => todoItems(rm, nip, Date.now(), user), [rm, nip, today, user]);
}
