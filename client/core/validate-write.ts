/**
 * validateWrite: CouchDB's validate_doc_update for Kinerja. The client calls it before a write
 * (so a person learns offline what the server would refuse); the server calls it on every write.
 */
import { activityRoundRange } from './activity-round';
import { activityStatus } from './activity-status';
import { civilDate, daysBetween, DEFAULT_TIME_ZONE } from './dates';
import {
  activityIdFor,
  activityIdOfPhoto,
  ids,
  isPhotoOf,
  parseId,
  verificationIdFor,
  type ParsedId,
} from './ids';
import { superiorOf, type OrgChart, type User } from './org-chart';
import { canWrite, WRITER_OF } from './permissions';
import { attachmentBytes, isPhotoType, MAX_PHOTO_BYTES, MAX_PHOTOS } from './photos';
import { predikat } from './predikat';
import { parseDoc, type KinerjaDoc } from './schemas/registry';
import type { AcknowledgementDoc, AppraisalDoc, ObjectionDecisionDoc } from './schemas/appraisal';
import type { PeriodDoc } from './schemas/reference';
import type {
  ActivityDoc,
  EnrolmentDoc,
  FeedbackDoc,
  PhotoDoc,
  SkpApprovalDoc,
  SkpDoc,
  VerificationDoc,
} from './schemas/work';
import { ALLOW, refuse, type WriteVerdict } from './write-reasons';

export type WriteContext = {
  chart: OrgChart;
  /** The moment of the write, epoch milliseconds. */
  now: number;
  timeZone?: string;
  periods: ReadonlyMap<string, PeriodDoc>;
  /** Winning revisions of the documents `relatedIdsOf` names, by id (missing when absent). */
  related: Readonly<Record<string, unknown>>;
  /**
   * How many edits lead from the old revision to the new one (1 when absent). A chain of edits
   * made offline is replicated as its newest revision only; rules that follow each edit (the
   * submission round) then allow for the edits in between.
   */
  edits?: number;
};

/** A stored or incoming document as CouchDB sees it. */
export type RawDoc = { _id: string; _rev?: string; _deleted?: boolean; [field: string]: unknown };

const COUCH_META = ['_revisions', '_conflicts', '_deleted_conflicts', '_revs_info', '_local_seq'];
export const OBJECTION_WINDOW_DAYS = 14;

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
    default:
      return [];
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
  const owner = 'nip' in parsed && parsed.type !== 'employee' ? parsed.nip : null;
  return canWrite(user, parsed.type, owner, ctx.chart, today) ? ALLOW : refuse('not-writer');
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
      return p.type === 'feedback' && p.nip === doc.nip;
    case 'enrolment':
      return doc._id === ids.enrolment(doc.nip, doc.trainingId);
    case 'attendance':
      return doc._id === ids.attendance(doc.nip, doc.month);
    case 'org-rating':
      return doc._id === ids.orgRating(doc.unitId, doc.periodId);
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
    case 'activity': {
      const ver = ctx.related[verificationIdFor(old._id) ?? ''] as VerificationDoc | undefined;
      const status = activityStatus(old as unknown as ActivityDoc, ver);
      return status === 'draft' || status === 'returned' ? ALLOW : refuse('delete-forbidden');
    }
    case 'photo':
      // Evidence of an approved activity stays; any other photo may be removed by its owner.
      return isActivityApproved(old._id, ctx) ? refuse('activity-approved') : ALLOW;
    case 'feedback':
      return (old as unknown as FeedbackDoc).authorNip === user.nip
        ? ALLOW
        : refuse('delete-forbidden');
    case 'appraisal':
      return (old as unknown as AppraisalDoc).status === 'draft'
        ? ALLOW
        : refuse('appraisal-final');
    case 'catalog':
    case 'training':
      return ALLOW;
    default:
      return refuse('delete-forbidden');
  }
}

function isInClosedPeriod(date: string, periods: ReadonlyMap<string, PeriodDoc>): boolean {
  for (const p of periods.values()) {
    if (p.status === 'closed' && p.start <= date && date <= p.end) return true;
  }
  return false;
}

function validateTransition(
  doc: KinerjaDoc,
  old: RawDoc | null,
  /** The stored revision as it is, a deletion included. */
  stored: RawDoc | null,
  user: User,
  ctx: WriteContext,
  today: string,
): WriteVerdict {
  const rel = <T>(id: string | null): T | undefined =>
    id === null ? undefined : (ctx.related[id] as T | undefined);
  switch (doc.type) {
    case 'activity':
      return validateActivity(
        doc,
        old as ActivityDoc | null,
        rel<VerificationDoc>(verificationIdFor(doc._id)),
        ctx,
        today,
      );
    case 'photo':
      return validatePhoto(doc, stored, ctx, today);
    case 'verification': {
      if (doc.appraiserNip !== user.nip) return refuse('author-mismatch', 'appraiserNip');
      const act = rel<ActivityDoc>(doc.activityId);
      if (!act || act.status !== 'submitted' || act.round !== doc.round) {
        return refuse('activity-not-submitted');
      }
      const prev = old as VerificationDoc | null;
      if (prev && prev.decision === 'approved' && prev.round === doc.round)
        return refuse('verification-final');
      return ALLOW;
    }
    case 'skp': {
      const approval = rel<SkpApprovalDoc>(ids.skpApproval(doc.nip, doc.periodId));
      if (old && approval?.decision === 'approved' && approval.skpRev === old._rev) {
        return refuse('skp-approved');
      }
      return ctx.periods.has(doc.periodId) ? ALLOW : refuse('unknown-period', 'periodId');
    }
    case 'skp-approval': {
      if (doc.appraiserNip !== user.nip) return refuse('author-mismatch', 'appraiserNip');
      const prev = old as SkpApprovalDoc | null;
      if (prev?.decision === 'approved' && prev.skpRev === doc.skpRev)
        return refuse('skp-approved');
      const skp = rel<SkpDoc & { _rev?: string }>(ids.skp(doc.nip, doc.periodId));
      if (!skp || skp.status !== 'submitted' || skp._rev !== doc.skpRev)
        return refuse('skp-not-submitted');
      return ALLOW;
    }
    case 'feedback': {
      if (doc.authorNip !== user.nip) return refuse('author-mismatch', 'authorNip');
      if (old && (old as FeedbackDoc).authorNip !== user.nip)
        return refuse('author-mismatch', 'authorNip');
      return ALLOW;
    }
    case 'appraisal':
      return validateAppraisal(doc, old as AppraisalDoc | null, user, ctx);
    case 'self-assessment': {
      const appraisal = rel<AppraisalDoc>(ids.appraisal(doc.nip, doc.periodId));
      if (appraisal?.status === 'final') return refuse('self-assessment-closed');
      return ctx.periods.has(doc.periodId) ? ALLOW : refuse('unknown-period', 'periodId');
    }
    case 'acknowledgement':
      return validateAcknowledgement(
        doc,
        old,
        rel<AppraisalDoc>(ids.appraisal(doc.nip, doc.periodId)),
        ctx,
        today,
      );
    case 'objection-decision':
      return validateDecision(doc, old, user, ctx, today);
    case 'enrolment': {
      const prev = old as EnrolmentDoc | null;
      if (prev?.status === 'completed' && doc.status !== 'completed')
        return refuse('enrolment-completed', 'status');
      return ALLOW;
    }
    case 'org-rating':
      return doc.setBy === user.nip ? ALLOW : refuse('author-mismatch', 'setBy');
    case 'employee':
    case 'unit':
    case 'period':
    case 'catalog':
    case 'training':
    case 'attendance':
      return ALLOW;
  }
}

function validateActivity(
  doc: ActivityDoc,
  old: ActivityDoc | null,
  ver: VerificationDoc | undefined,
  ctx: WriteContext,
  today: string,
): WriteVerdict {
  if (doc.date > today) return refuse('future-date', 'date');
  if (isInClosedPeriod(doc.date, ctx.periods)) return refuse('closed-period', 'date');
  if (Object.keys(doc._attachments ?? {}).length > 0) return refuse('inline-photo', 'photos');
  const photos = doc.photos ?? [];
  if (photos.length > MAX_PHOTOS) return refuse('too-many-photos', 'photos');
  if (new Set(photos.map((p) => p.id)).size !== photos.length)
    return refuse('invalid-doc', 'photos');
  if (photos.some((p) => !isPhotoOf(p.id, doc._id))) return refuse('photo-mismatch', 'photos');
  const oldStatus = old ? activityStatus(old, ver) : 'draft';
  if (oldStatus === 'approved') return refuse('activity-approved');
  const { min, max } = activityRoundRange(old, oldStatus, doc, ctx.edits);
  return doc.round >= min && doc.round <= max ? ALLOW : refuse('bad-round', 'round');
}

/** True when the activity a photo belongs to is approved (a locked entry keeps its evidence). */
function isActivityApproved(photoId: string, ctx: WriteContext): boolean {
  const activityId = activityIdOfPhoto(photoId);
  const act = ctx.related[activityId ?? ''] as ActivityDoc | undefined;
  if (!act) return false;
  const ver = ctx.related[verificationIdFor(act._id) ?? ''] as VerificationDoc | undefined;
  return activityStatus(act, ver) === 'approved';
}

/**
 * A photo is written once, as one image of at most MAX_PHOTO_BYTES, on a day its entry may be
 * logged, while its entry is open. Once written (or deleted) its id never holds another image, so
 * a copy a head's device keeps can never go stale.
 */
function validatePhoto(
  doc: PhotoDoc,
  stored: RawDoc | null,
  ctx: WriteContext,
  today: string,
): WriteVerdict {
  if (stored) return refuse('photo-immutable');
  if (doc.date > today) return refuse('future-date', 'date');
  if (isInClosedPeriod(doc.date, ctx.periods)) return refuse('closed-period', 'date');
  const atts = Object.entries(doc._attachments ?? {});
  const [first] = atts;
  if (atts.length !== 1 || first === undefined || first[0] !== doc.name)
    return refuse('bad-photo', 'photos');
  const att = first[1];
  if (!isPhotoType(att.content_type)) return refuse('bad-attachment', 'photos');
  if (attachmentBytes(att) > MAX_PHOTO_BYTES) return refuse('photo-too-large', 'photos');
  return isActivityApproved(doc._id, ctx) ? refuse('activity-approved') : ALLOW;
}

function validateAppraisal(
  doc: AppraisalDoc,
  old: AppraisalDoc | null,
  user: User,
  ctx: WriteContext,
): WriteVerdict {
  if (old?.status === 'final') return refuse('appraisal-final');
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
  return ALLOW;
}

function validateAcknowledgement(
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

function validateDecision(
  doc: ObjectionDecisionDoc,
  old: RawDoc | null,
  user: User,
  ctx: WriteContext,
  today: string,
): WriteVerdict {
  if (old) return refuse('decision-final');
  if (doc.deciderNip !== user.nip) return refuse('author-mismatch', 'deciderNip');
  const ack = ctx.related[ids.acknowledgement(doc.nip, doc.periodId)] as
    AcknowledgementDoc | undefined;
  const appraisal = ctx.related[ids.appraisal(doc.nip, doc.periodId)] as AppraisalDoc | undefined;
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

/** The writer role of a document id's type, for messages. */
export function writerRoleOfId(id: string) {
  const p = parseId(id);
  return p === null ? null : WRITER_OF[p.type];
}
