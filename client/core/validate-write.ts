/**
 * validateWrite: CouchDB's validate_doc_update for Kinerja. The client calls it before a write
 * (so a person learns offline what the server would refuse); the server calls it on every write.
 */
import { civilDate, DEFAULT_TIME_ZONE } from './dates';
import { noteScheduled } from './day-schedule';
import { activityIdFor, ids, ownerNipOfId, parseId, type ParsedId } from './ids';
import type { User } from './org-chart';
import { scopeOf } from './org-scope';
import { canWrite, WRITER_OF } from './permissions';
import { parseDoc, type KinerjaDoc } from './schemas/registry';
import type { AppraisalDoc } from './schemas/appraisal';
import type {
  CertificateDoc,
  EnrolmentAdminDoc,
  EnrolmentDecisionDoc,
  EnrolmentDoc,
} from './schemas/development';
import {
  developmentRelatedIds,
  enrolmentKeyMatches,
  validateCertificate,
  validateCertificateDelete,
  validateDevelopmentPlan,
  validateEnrolment,
  validateEnrolmentAdmin,
  validateEnrolmentDecision,
  validateEnrolmentDelete,
} from './development-rules';
import type {
  FeedbackDoc,
  FeedbackResponseDoc,
  SkpApprovalDoc,
  VerificationDoc,
} from './schemas/work';
import { validateFeedback, validateFeedbackResponse, validatePraktikBaik } from './feedback-rules';
import {
  validateActivity,
  validatePhoto,
  validateVerification,
  validateWorkDelete,
} from './validate-write-activity';
import {
  validateAcknowledgement,
  validateAppraisal,
  validateDecision,
  validateSelfAssessment,
} from './validate-write-appraisal';
import { validateOrgDoc } from './validate-write-org';
import {
  attendanceRelatedIds,
  validateApplied,
  validateAttendance,
  validateAttendanceDecision,
  validateCorrection,
  validateCorrectionDelete,
} from './attendance-rules';
import type { AttendanceCorrectionDoc } from './schemas/attendance';
import { validateSkp, validateSkpApproval } from './validate-write-plan';
import {
  relatedDoc,
  type DocsUnderPrefixes,
  type RawDoc,
  type WriteContext,
} from './write-context';
import { ALLOW, refuse, type WriteVerdict } from './write-reasons';

const COUCH_META = ['_revisions', '_conflicts', '_deleted_conflicts', '_revs_info', '_local_seq'];

/** The ids of the other documents a rule needs to judge a write of this document. */
export function relatedIdsOf(id: string): string[] {
  const p = parseId(id);
  if (p === null) return [];
  switch (p.type) {
    case 'activity':
      return [ids.verification(p.nip, p.date, p.suffix)];
    case 'verification':
      return [ids.activity(p.nip, p.date, p.suffix)];
    case 'photo':
      return [ids.activity(p.nip, p.date, p.suffix), ids.verification(p.nip, p.date, p.suffix)];
    case 'skp':
      return [ids.skpApproval(p.nip, p.periodId)];
    case 'skp-approval':
      return [ids.skp(p.nip, p.periodId)];
    case 'self-assessment':
    case 'acknowledgement':
      return [ids.appraisal(p.nip, p.periodId)];
    case 'objection-decision':
      return [ids.acknowledgement(p.nip, p.periodId), ids.appraisal(p.nip, p.periodId)];
    case 'feedback-response':
    case 'praktik-baik':
      return [ids.feedback(p.nip, p.suffix)];
    case 'enrolment':
    case 'enrolment-decision':
    case 'enrolment-admin':
    case 'certificate':
      return developmentRelatedIds(id);
    case 'attendance-correction':
    case 'attendance-decision':
    case 'attendance-applied':
      return attendanceRelatedIds(id);
    default:
      return [];
  }
}

/**
 * The id prefixes under which a rule needs every live document to judge a write of this document
 * (next to the single documents relatedIdsOf names): an activity is compared with the person's
 * other entries of its day, the overlap rule.
 */
export function relatedPrefixesOf(id: string): string[] {
  const p = parseId(id);
  // The day's entries: an activity's id without its suffix.
  return p?.type === 'activity' ? [ids.activity(p.nip, p.date, '')] : [];
}

/**
 * A write of a batch was accepted: the later writes of the batch are judged with it where it lies
 * under a loaded prefix (a day's entries), as the device that wrote them in that order saw them.
 */
export function noteAccepted(under: DocsUnderPrefixes, doc: RawDoc): void {
  for (const [prefix, docs] of under) {
    if (!doc._id.startsWith(prefix)) continue;
    if (doc._deleted === true) docs.delete(doc._id);
    else docs.set(doc._id, doc);
    noteScheduled(docs, doc._id, doc);
  }
}

/** Strips CouchDB's replication fields so that only the document itself is validated. */
export function withoutCouchMeta(doc: RawDoc): RawDoc {
  const out: RawDoc = { ...doc };
  for (const k of COUCH_META) delete out[k];
  return out;
}

/**
 * Whether the user may write a document of this id at all, judged from the id alone: the writer
 * role of its type and whose document it is. It needs no stored document, so the answer never
 * tells whether a document the user may not write exists.
 */
export function validateWriter(
  id: string,
  user: User,
  ctx: Pick<WriteContext, 'chart' | 'now' | 'timeZone'>,
): WriteVerdict {
  const parsed = parseId(id);
  if (parsed === null) return refuse('invalid-id', '_id');
  const today = civilDate(ctx.now, ctx.timeZone ?? DEFAULT_TIME_ZONE);
  return canWrite(user, parsed.type, ownerNipOfId(id), ctx.chart, today)
    ? ALLOW
    : refuse('not-writer');
}

/** Judges one write: the writer role, the schema, the id against the content, the transitions. */
export function validateWrite(
  newDoc: RawDoc,
  oldDoc: RawDoc | null,
  user: User,
  ctx: WriteContext,
): WriteVerdict {
  const writer = validateWriter(newDoc._id, user, ctx);
  if (!writer.ok) return writer;
  const parsed = parseId(newDoc._id) as ParsedId;
  const today = civilDate(ctx.now, ctx.timeZone ?? DEFAULT_TIME_ZONE);
  const old = oldDoc && !oldDoc._deleted ? oldDoc : null;

  if (newDoc._deleted === true) return validateDelete(parsed, old, user, ctx);

  const result = parseDoc(withoutCouchMeta(newDoc));
  if (!result.ok) {
    const first = result.issues[0];
    return refuse(
      'invalid-doc',
      first?.path,
      first ? `${first.path} — ${first.message}` : undefined,
    );
  }
  const doc = result.doc;
  if (doc.type !== parsed.type) return refuse('type-mismatch', 'type');
  if (!idMatches(parsed, doc)) return refuse('id-mismatch', '_id');
  return validateTransition(doc, old, oldDoc, user, ctx, today);
}

function idMatches(p: ParsedId, doc: KinerjaDoc): boolean {
  switch (doc.type) {
    case 'employee':
      return p.type === 'employee' && p.nip === doc.nip;
    case 'unit':
      return doc._id === ids.unit(doc.unitId);
    case 'period':
      return doc._id === ids.period(doc.periodId);
    case 'catalog':
      return doc._id === ids.catalog(doc.code);
    case 'expectation':
      return doc._id === ids.expectation(doc.code);
    case 'training':
      return doc._id === ids.training(doc.trainingId);
    case 'skp':
      return doc._id === ids.skp(doc.nip, doc.periodId);
    case 'skp-approval':
      return doc._id === ids.skpApproval(doc.nip, doc.periodId);
    case 'self-assessment':
      return doc._id === ids.selfAssessment(doc.nip, doc.periodId);
    case 'appraisal':
      return doc._id === ids.appraisal(doc.nip, doc.periodId);
    case 'acknowledgement':
      return doc._id === ids.acknowledgement(doc.nip, doc.periodId);
    case 'objection-decision':
      return doc._id === ids.objectionDecision(doc.nip, doc.periodId);
    case 'activity':
      return p.type === 'activity' && p.nip === doc.nip && p.date === doc.date;
    case 'verification':
      return (
        p.type === 'verification' &&
        p.nip === doc.nip &&
        p.date === doc.date &&
        doc.activityId === activityIdFor(doc._id)
      );
    case 'photo':
      return p.type === 'photo' && p.nip === doc.nip && p.date === doc.date;
    case 'feedback':
    case 'feedback-response':
    case 'praktik-baik':
      return p.type === doc.type && p.nip === doc.nip;
    case 'setting':
      return doc._id === ids.setting(doc.key);
    case 'enrolment':
      return doc._id === ids.enrolment(doc.nip, doc.key) && enrolmentKeyMatches(doc);
    case 'enrolment-decision':
      return doc._id === ids.enrolmentDecision(doc.nip, doc.key);
    case 'enrolment-admin':
      return doc._id === ids.enrolmentAdmin(doc.nip, doc.key);
    case 'certificate':
      return p.type === 'certificate' && p.nip === doc.nip && p.key === doc.key;
    case 'development-plan':
      return doc._id === ids.developmentPlan(doc.nip, doc.year);
    case 'attendance':
      return doc._id === ids.attendance(doc.nip, doc.month);
    case 'attendance-correction':
      return doc._id === ids.attendanceCorrection(doc.nip, doc.date);
    case 'attendance-decision':
      return doc._id === ids.attendanceDecision(doc.nip, doc.date);
    case 'attendance-applied':
      return doc._id === ids.attendanceApplied(doc.nip, doc.date);
    case 'org-rating':
      return doc._id === ids.orgRating(doc.unitId, doc.periodId);
    case 'report':
      return doc._id === ids.report(doc.unitId, doc.month);
  }
}

function validateDelete(
  p: ParsedId,
  old: RawDoc | null,
  user: User,
  ctx: WriteContext,
): WriteVerdict {
  if (old === null) return ALLOW;
  switch (p.type) {
    case 'activity':
    case 'photo':
      return validateWorkDelete(old, ctx);
    case 'feedback':
      return (old as unknown as FeedbackDoc).authorNip === user.nip
        ? ALLOW
        : refuse('delete-forbidden');
    case 'appraisal':
      return (old as unknown as AppraisalDoc).status === 'draft'
        ? ALLOW
        : refuse('appraisal-final');
    case 'praktik-baik':
      // The employee withdraws their consent.
      return ALLOW;
    case 'enrolment':
      return validateEnrolmentDelete(old._id, ctx);
    case 'certificate':
      return validateCertificateDelete(old._id, ctx);
    case 'development-plan':
      return ALLOW;
    case 'attendance-correction':
      return validateCorrectionDelete(old, ctx);
    case 'catalog':
    case 'expectation':
    case 'training':
    case 'setting':
      return scopeOf(user) === null ? ALLOW : refuse('out-of-scope');
    default:
      return refuse('delete-forbidden');
  }
}

/** Dispatches to the rules of the document's family (one file per family). */
function validateTransition(
  doc: KinerjaDoc,
  old: RawDoc | null,
  /** The stored revision as it is, a deletion included. */
  stored: RawDoc | null,
  user: User,
  ctx: WriteContext,
  today: string,
): WriteVerdict {
  switch (doc.type) {
    case 'activity':
      return validateActivity(doc, old as typeof doc | null, ctx, today);
    case 'photo':
      return validatePhoto(doc, stored, ctx, today);
    case 'verification':
      return validateVerification(doc, old as VerificationDoc | null, user, ctx);
    case 'skp':
      return validateSkp(doc, old, ctx);
    case 'skp-approval':
      return validateSkpApproval(doc, old as SkpApprovalDoc | null, user, ctx);
    case 'feedback':
      return validateFeedback(doc, old as FeedbackDoc | null, user, ctx);
    case 'feedback-response':
      return validateFeedbackResponse(doc, old as FeedbackResponseDoc | null, ctx);
    case 'praktik-baik':
      return validatePraktikBaik(doc, ctx);
    case 'appraisal':
      return validateAppraisal(doc, old as AppraisalDoc | null, user, ctx);
    case 'self-assessment':
      return validateSelfAssessment(doc, ctx);
    case 'acknowledgement':
      return validateAcknowledgement(
        doc,
        old,
        relatedDoc<AppraisalDoc>(ctx, ids.appraisal(doc.nip, doc.periodId)),
        ctx,
        today,
      );
    case 'objection-decision':
      return validateDecision(doc, old, user, ctx, today);
    case 'enrolment':
      return validateEnrolment(doc, old as EnrolmentDoc | null, ctx, today);
    case 'enrolment-decision':
      return validateEnrolmentDecision(doc, old as EnrolmentDecisionDoc | null, user, ctx);
    case 'enrolment-admin':
      return validateEnrolmentAdmin(doc, old as EnrolmentAdminDoc | null, user, ctx);
    case 'certificate':
      return validateCertificate(doc as CertificateDoc, stored, ctx);
    case 'development-plan':
      return validateDevelopmentPlan(doc);
    case 'attendance-correction':
      return validateCorrection(doc, old as AttendanceCorrectionDoc | null, ctx, today);
    case 'attendance-decision':
      return validateAttendanceDecision(doc, user, ctx);
    case 'attendance-applied':
      return validateApplied(doc, stored, user, ctx);
    case 'report':
      // Written by the server from its feed; validateWriter refuses every device before this.
      return refuse('not-writer');
    case 'org-rating':
    case 'employee':
    case 'unit':
    case 'period':
    case 'catalog':
    case 'expectation':
    case 'training':
    case 'attendance':
    case 'setting': {
      const org = validateOrgDoc(doc, old, user, ctx, today);
      return org.ok && doc.type === 'attendance' ? validateAttendance(doc) : org;
    }
  }
}

/** The writer role of a document id's type, for messages. */
export function writerRoleOfId(id: string) {
  const p = parseId(id);
  return p === null ? null : WRITER_OF[p.type];
}
