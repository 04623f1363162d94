/**
 * The appraisal's write rules: the appraiser's appraisal, the employee's self-assessment and
 * acknowledgement (or objection, within the window), the atasan's decision on an objection.
 */
import { missingReasons } from './appraisal-reasons';
import { civilDate, daysBetween, DEFAULT_TIME_ZONE } from './dates';
import { ids } from './ids';
import { superiorOf, type User } from './org-chart';
import { predikat } from './predikat';
import type {
  AcknowledgementDoc,
  AppraisalDoc,
  ObjectionDecisionDoc,
  SelfAssessmentDoc,
} from './schemas/appraisal';
import { relatedDoc, type RawDoc, type WriteContext } from './write-context';
import { validateOpenPeriod } from './validate-write-period';
import { ALLOW, refuse, type WriteVerdict } from './write-reasons';

/** Days after an appraisal is final in which the employee may object (PP 30/2019). */
export const OBJECTION_WINDOW_DAYS = 14;

export function validateAppraisal(
  doc: AppraisalDoc,
  old: AppraisalDoc | null,
  user: User,
  ctx: WriteContext,
): WriteVerdict {
  if (old?.status === 'final') return refuse('appraisal-final');
  // Closing a period locks its appraisals (the employee's acknowledgement and objection stay open).
  const open = validateOpenPeriod(doc.periodId, ctx.periods);
  if (!open.ok) return open;
  if (doc.appraiserNip !== user.nip) return refuse('author-mismatch', 'appraiserNip');
  if (!ctx.periods.has(doc.periodId)) return refuse('unknown-period', 'periodId');
  const h = doc.hasilKerja.rating;
  const p = doc.perilakuOverall.rating;
  if (
    doc.status === 'final' &&
    (h === null || p === null || doc.finalizedAt === null || doc.parties === null)
  ) {
    return refuse('appraisal-incomplete');
  }
  if (doc.predikat !== null && (h === null || p === null || doc.predikat !== predikat(h, p))) {
    return refuse('predikat-mismatch', 'predikat');
  }
  if (doc.status === 'final' && doc.predikat === null)
    return refuse('predikat-mismatch', 'predikat');
  if (doc.status === 'final') {
    const missing = missingReasons(doc)[0];
    if (missing) return refuse('reason-missing', missing.path);
  }
  return ALLOW;
}

/** A self-assessment closes when the appraisal is final; its period must exist. */
export function validateSelfAssessment(doc: SelfAssessmentDoc, ctx: WriteContext): WriteVerdict {
  const appraisal = relatedDoc<AppraisalDoc>(ctx, ids.appraisal(doc.nip, doc.periodId));
  if (appraisal?.status === 'final') return refuse('self-assessment-closed');
  const open = validateOpenPeriod(doc.periodId, ctx.periods);
  if (!open.ok) return open;
  return ctx.periods.has(doc.periodId) ? ALLOW : refuse('unknown-period', 'periodId');
}

export function validateAcknowledgement(
  doc: AcknowledgementDoc,
  old: RawDoc | null,
  appraisal: AppraisalDoc | undefined,
  ctx: WriteContext,
  today: string,
): WriteVerdict {
  if (old) return refuse('acknowledgement-final');
  if (!appraisal || appraisal.status !== 'final' || appraisal.finalizedAt === null) {
    return refuse('appraisal-not-final');
  }
  if (doc.appraiserNip !== appraisal.appraiserNip)
    return refuse('appraiser-mismatch', 'appraiserNip');
  if (doc.kind === 'object') {
    const finalDay = civilDate(
      Date.parse(appraisal.finalizedAt),
      ctx.timeZone ?? DEFAULT_TIME_ZONE,
    );
    if (daysBetween(finalDay, today) > OBJECTION_WINDOW_DAYS)
      return refuse('objection-window-closed');
  }
  return ALLOW;
}

export function validateDecision(
  doc: ObjectionDecisionDoc,
  old: RawDoc | null,
  user: User,
  ctx: WriteContext,
  today: string,
): WriteVerdict {
  if (old) return refuse('decision-final');
  if (doc.deciderNip !== user.nip) return refuse('author-mismatch', 'deciderNip');
  const ack = relatedDoc<AcknowledgementDoc>(ctx, ids.acknowledgement(doc.nip, doc.periodId));
  const appraisal = relatedDoc<AppraisalDoc>(ctx, ids.appraisal(doc.nip, doc.periodId));
  if (!ack || ack.kind !== 'object' || !appraisal || appraisal.status !== 'final') {
    return refuse('no-objection');
  }
  if (doc.appraiserNip !== appraisal.appraiserNip)
    return refuse('appraiser-mismatch', 'appraiserNip');
  if (superiorOf(ctx.chart, doc.appraiserNip, today) !== user.nip) return refuse('not-writer');
  const expected =
    doc.outcome === 'upheld'
      ? appraisal.predikat
      : doc.hasilKerja !== null && doc.perilaku !== null
        ? predikat(doc.hasilKerja, doc.perilaku)
        : null;
  return doc.predikat === expected ? ALLOW : refuse('predikat-mismatch', 'predikat');
}
