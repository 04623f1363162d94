/**
 * Read-only queries of periodic and annual appraisals over the Dexie read model: what the
 * appraisal screen, the Rapor and the evaluation document show about one person and period, the
 * team's appraisals, and the objections an atasan decides.
 * Screens wrap them in `useLiveQuery`.
 */
import { ids } from '../../core/ids';
import { summariseRealisasi, type IkiSummary } from '../../core/realisasi';
import type {
  AcknowledgementDoc,
  ObjectionDecisionDoc,
  SelfAssessmentDoc,
} from '../../core/schemas/appraisal';
import type { OrgRatingDoc } from '../../core/schemas/reference';
import type { BerakhlakValue } from '../../core/vocabulary';
import type {
  ActivityRow,
  AppraisalRow,
  EmployeeRow,
  FeedbackRow,
  PeriodRow,
  ReadModel,
  TrainingRow,
  UnitRow,
} from '../read-model';
import { activitiesInRange, reportsOf } from './activity-queries';
import { docOf, skpState, type SkpState } from './skp-queries';

type WithRev<T> = T & { rev: string };

export type AppraisalContext = {
  period: PeriodRow;
  employee: EmployeeRow | null;
  unit: UnitRow | null;
  /** The SKP of the period's year, which the appraisal rates. */
  plan: SkpState;
  expectations: Partial<Record<BerakhlakValue, string>>;
  selfAssessment: WithRev<SelfAssessmentDoc> | null;
  appraisal: AppraisalRow | null;
  acknowledgement: WithRev<AcknowledgementDoc> | null;
  decision: WithRev<ObjectionDecisionDoc> | null;
  activities: ActivityRow[];
  feedback: FeedbackRow[];
  trainings: TrainingRow[];
};

/** Everything the screens show about one person's appraisal of one period; null without the period. */
export async function appraisalContext(
  rm: ReadModel,
  nip: string,
  periodId: string,
): Promise<AppraisalContext | null> {
  const period = await rm.periods.get(ids.period(periodId));
  if (!period) return null;
  const employee = (await rm.employees.get(ids.employee(nip))) ?? null;
  const [unit, plan, selfAssessment, appraisal, acknowledgement, decision] = await Promise.all([
    employee ? rm.units.get(ids.unit(employee.unitId)) : undefined,
    skpState(rm, nip, String(period.year)),
    docOf<SelfAssessmentDoc>(rm, ids.selfAssessment(nip, periodId)),
    rm.appraisals.get(ids.appraisal(nip, periodId)),
    docOf<AcknowledgementDoc>(rm, ids.acknowledgement(nip, periodId)),
    docOf<ObjectionDecisionDoc>(rm, ids.objectionDecision(nip, periodId)),
  ]);
  const [activities, feedback, trainings] = await Promise.all([
    activitiesInRange(rm, nip, period.start, period.end),
    rm.feedback
      .where('[nip+date]')
      .between([nip, period.start], [nip, period.end], true, true)
      .toArray(),
    rm.trainings.toArray(),
  ]);
  const approval = plan.status === 'approved' ? plan.approval : null;
  return {
    period,
    employee,
    unit: unit ?? null,
    plan,
    expectations: approval?.expectations ?? {},
    selfAssessment,
    appraisal: appraisal ?? null,
    acknowledgement,
    decision,
    activities,
    feedback,
    trainings,
  };
}

/** The unit's organisation rating for the period, else its latest earlier one; null when none. */
export async function orgRatingFor(
  rm: ReadModel,
  unitId: string,
  period: Pick<PeriodRow, 'periodId' | 'start'>,
): Promise<OrgRatingDoc | null> {
  const rows = await rm.docs.where('type').equals('org-rating').toArray();
  const mine = rows.map((r) => r.doc as OrgRatingDoc).filter((o) => o.unitId === unitId);
  const exact = mine.find((o) => o.periodId === period.periodId);
  if (exact) return exact;
  const periods = new Map((await rm.periods.toArray()).map((p) => [p.periodId, p]));
  return (
    mine
      .filter((o) => (periods.get(o.periodId)?.start ?? '') < period.start)
      .sort((a, b) => b.setAt.localeCompare(a.setAt))[0] ?? null
  );
}

export type TeamMemberAppraisal = { employee: EmployeeRow; appraisal: AppraisalRow | null };

/** The people a head appraises, each with their appraisal of the period (if any). */
export async function teamAppraisals(
  rm: ReadModel,
  headNip: string,
  periodId: string,
  today: string,
): Promise<TeamMemberAppraisal[]> {
  const reports = await reportsOf(rm, headNip, today);
  const rows = await rm.appraisals.bulkGet(reports.map((e) => ids.appraisal(e.nip, periodId)));
  return reports.map((employee, i) => ({ employee, appraisal: rows[i] ?? null }));
}

/** A person's appraisals on the device, latest period first, with the period rows. */
export async function appraisalsOf(
  rm: ReadModel,
  nip: string,
): Promise<{ appraisal: AppraisalRow; period: PeriodRow | null }[]> {
  const rows = await rm.appraisals.where('nip').equals(nip).toArray();
  const periods = await rm.periods.bulkGet(rows.map((r) => ids.period(r.periodId)));
  return rows
    .map((appraisal, i) => ({ appraisal, period: periods[i] ?? null }))
    .sort((a, b) => (b.period?.start ?? '').localeCompare(a.period?.start ?? ''));
}

export type ObjectionCase = {
  acknowledgement: WithRev<AcknowledgementDoc>;
  appraisal: AppraisalRow | null;
  decision: WithRev<ObjectionDecisionDoc> | null;
  period: PeriodRow | null;
};

/**
 * Objections to appraisals written by the people this person appraises: what an Atasan Pejabat
 * Penilai decides. Undecided ones first.
 */
export async function objectionsFor(
  rm: ReadModel,
  atasanNip: string,
  today: string,
): Promise<ObjectionCase[]> {
  const appraisers = new Set((await reportsOf(rm, atasanNip, today)).map((e) => e.nip));
  const rows = await rm.docs.where('type').equals('acknowledgement').toArray();
  const objections = rows
    .map((r) => ({ ...(r.doc as AcknowledgementDoc), rev: r.rev }))
    .filter((a) => a.kind === 'object' && appraisers.has(a.appraiserNip));
  const cases = await Promise.all(
    objections.map(async (acknowledgement) => ({
      acknowledgement,
      appraisal:
        (await rm.appraisals.get(ids.appraisal(acknowledgement.nip, acknowledgement.periodId))) ??
        null,
      decision: await docOf<ObjectionDecisionDoc>(
        rm,
        ids.objectionDecision(acknowledgement.nip, acknowledgement.periodId),
      ),
      period: (await rm.periods.get(ids.period(acknowledgement.periodId))) ?? null,
    })),
  );
  return cases.sort(
    (a, b) =>
      Number(a.decision !== null) - Number(b.decision !== null) ||
      b.acknowledgement.at.localeCompare(a.acknowledgement.at),
  );
}

/** What a rated item is about: an RHK of the SKP or a BerAKHLAK value. */
export type FeedbackTopic = { rhkId: string } | { value: BerakhlakValue };

/**
 * The period's feedback about one RHK (naming it, or one of its logged activities) or one
 * BerAKHLAK value, oldest first: what the appraiser cites for that rating, and what fills the
 * evaluation document's "Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung" column.
 */
export function feedbackAbout(
  ctx: Pick<AppraisalContext, 'feedback' | 'activities'>,
  topic: FeedbackTopic,
): FeedbackRow[] {
  const matches =
    'value' in topic
      ? (f: FeedbackRow) => f.value === topic.value
      : (f: FeedbackRow) =>
          f.rhkId === topic.rhkId ||
          f.activityIds.some(
            (id) => ctx.activities.find((a) => a.id === id)?.rhkId === topic.rhkId,
          );
  return ctx.feedback
    .filter(matches)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

/** Realisasi per IKI of the period's SKP, summarised from the activity logs on this device. */
export function realisasiOf(ctx: AppraisalContext): IkiSummary[] {
  const skp = ctx.plan.skp;
  if (!skp) return [];
  return summariseRealisasi(
    skp,
    ctx.activities.map((a) => ({ ...a, _id: a.id })),
    ctx.period,
  );
}
