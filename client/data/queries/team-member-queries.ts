/**
 * Read-only queries of a head's view of one staff member over the Dexie read model: their month
 * (days logged and entries by status), the feedback given to them, the appraisal of the period in
 * progress, the final appraisal still waiting for its dialog kinerja, and what the feedback form
 * offers (the RHK of their SKP, recent activities, earlier sessions' actions). Screens wrap them
 * in `useLiveQuery`.
 */
import { addDays } from '../../core/dates';
import { ids } from '../../core/ids';
import type { FeedbackDoc, PraktikBaikDoc, Rhk } from '../../core/schemas/work';
import type { ActivityRow, AppraisalRow, EmployeeRow, PeriodRow, ReadModel } from '../read-model';
import { activitiesInRange, byDateAndTime, reportsOf } from './activity-queries';
import { appraisalsOf } from './appraisal-queries';
import { feedbackAbout, type FeedbackItem } from './feedback-queries';

export type MemberMonth = {
  /** Days of the month with at least one entry. */
  daysLogged: number;
  /** Entries waiting for the head's verification. */
  pending: number;
  returned: number;
  approved: number;
};

/** A person's month `yyyy-mm`: how many days they logged, and their entries by status. */
export async function memberMonth(rm: ReadModel, nip: string, month: string): Promise<MemberMonth> {
  const rows = await activitiesInRange(rm, nip, `${month}-01`, `${month}-31`);
  const count = (status: ActivityRow['status']) => rows.filter((r) => r.status === status).length;
  return {
    daysLogged: new Set(rows.map((r) => r.date)).size,
    pending: count('submitted'),
    returned: count('returned'),
    approved: count('approved'),
  };
}

export type PeriodAppraisal = { period: PeriodRow; appraisal: AppraisalRow | null };

export type MemberOverview = {
  employee: EmployeeRow | null;
  /** True when the head appraises this person on `today` (acting duties included). */
  isReport: boolean;
  /** Every feedback about the person with their response, newest first. */
  feedback: FeedbackItem[];
  /** The appraisal of the quarter in progress (else of the year); null without such a period. */
  current: PeriodAppraisal | null;
  /** The latest final appraisal when no dialog kinerja follows it yet. */
  dialogDue: PeriodAppraisal | null;
  /** The text of each apresiasi the employee agreed to share with their unit, by feedback id. */
  shared: ReadonlyMap<string, string>;
};

/** The period a head appraises in now: the quarter holding `today`, else its year. */
async function currentPeriod(rm: ReadModel, today: string): Promise<PeriodRow | null> {
  const holding = (await rm.periods.toArray()).filter((p) => p.start <= today && today <= p.end);
  return (
    holding.find((p) => p.kind === 'quarterly') ?? holding.find((p) => p.kind === 'annual') ?? null
  );
}

/** What the head's page of one staff member shows besides the month. */
export async function memberOverview(
  rm: ReadModel,
  headNip: string,
  nip: string,
  today: string,
): Promise<MemberOverview> {
  const [employee, reports, feedback, period, appraisals, praktikBaik] = await Promise.all([
    rm.employees.get(ids.employee(nip)),
    reportsOf(rm, headNip, today),
    feedbackAbout(rm, nip),
    currentPeriod(rm, today),
    appraisalsOf(rm, nip),
    rm.docs.where('[type+ownerNip]').equals(['praktik-baik', nip]).toArray(),
  ]);
  const current = period
    ? { period, appraisal: (await rm.appraisals.get(ids.appraisal(nip, period.periodId))) ?? null }
    : null;
  const latestFinal = appraisals.find((a) => a.appraisal.status === 'final' && a.period);
  const hasDialog = (periodId: string) =>
    feedback.some((f) => f.feedback.kind === 'dialog' && f.feedback.periodId === periodId);
  const dialogDue =
    latestFinal?.period && !hasDialog(latestFinal.period.periodId)
      ? { period: latestFinal.period, appraisal: latestFinal.appraisal }
      : null;
  return {
    employee: employee ?? null,
    isReport: reports.some((e) => e.nip === nip),
    feedback,
    current,
    dialogDue,
    shared: new Map(
      praktikBaik.map((r) => {
        const doc = r.doc as PraktikBaikDoc;
        return [doc.feedbackId, doc.text] as const;
      }),
    ),
  };
}

/** How many days back the feedback form offers a person's activities to choose from. */
export const RECENT_DAYS = 30;

export type FeedbackFormData = {
  employee: EmployeeRow | null;
  /** The RHK of the person's SKP of this year (any status: feedback may come before approval). */
  rhk: Rhk[];
  /** The person's activities of the last RECENT_DAYS days (drafts left out), newest first. */
  activities: ActivityRow[];
  /**
   * Feedback about the person, newest first, whoever wrote it: the sessions actions carry from
   * (the appraiser may carry over a previous appraiser's actions, core/feedback-rules.ts).
   */
  sessions: FeedbackDoc[];
  /** The periods on the device, for a dialog kinerja's period name. */
  periods: PeriodRow[];
};

/**
 * What the feedback form offers for one person; `include` names activities to offer even when
 * older (the one the form was opened from, those an edited feedback is about).
 */
export async function feedbackFormData(
  rm: ReadModel,
  nip: string,
  today: string,
  include: readonly string[] = [],
): Promise<FeedbackFormData> {
  const [employee, skp, recent, included, feedback, periods] = await Promise.all([
    rm.employees.get(ids.employee(nip)),
    rm.skps.get(ids.skp(nip, today.slice(0, 4))),
    activitiesInRange(rm, nip, addDays(today, -RECENT_DAYS), today),
    rm.activities.bulkGet([...include]),
    feedbackAbout(rm, nip),
    rm.periods.toArray(),
  ]);
  const byId = new Map(
    [...recent.filter((a) => a.status !== 'draft'), ...included.flatMap((a) => a ?? [])]
      .filter((a) => a.nip === nip)
      .map((a) => [a.id, a]),
  );
  return {
    employee: employee ?? null,
    rhk: skp?.rhk ?? [],
    activities: [...byId.values()].sort((a, b) => byDateAndTime(b, a)),
    sessions: feedback.map((f) => f.feedback),
    periods,
  };
}
