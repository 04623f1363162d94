/**
 * The rules of competency development records, judged alike on the device and on the server:
 * who may request, decide, confirm and verify, and what no longer changes once verified. The
 * status a person reads is computed here too, from the record and the two decisions about it.
 */
import { ids, parseId } from './ids';
import { keepsUnit } from './org-scope';
import type { User } from './org-chart';
import type {
  CertificateDoc,
  DevelopmentPlanDoc,
  EnrolmentAdminDoc,
  EnrolmentDecisionDoc,
  EnrolmentDoc,
  TrainingDoc,
} from './schemas/development';
import {
  isLetterKey,
  letterRelatedIds,
  validateLetter,
  validateLetterDelete,
} from './attendance-rules';
import { canonical } from './merge';
import { validateImage } from './validate-write-activity';
import { relatedDoc, type RawDoc, type WriteContext } from './write-context';
import { ALLOW, refuse, type WriteVerdict } from './write-reasons';

/** The shortest reason a decline, a full class or a rejection is given with. */
export const MIN_DEV_REASON_LENGTH = 10;

/** Where a record stands, as the employee reads it. */
export const ENROLMENT_STATUSES = [
  'requested',
  'declined',
  'approved',
  'full',
  'confirmed',
  'reported',
  'rejected',
  'verified',
  'withdrawn',
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** True for the key of a self-directed learning record (`m-` and a lowercase ULID). */
export function isSelfLearningKey(key: string): boolean {
  return key.startsWith('m-');
}

/** The record's status from the record, the head's decision and the Pengelola's steps. */
export function enrolmentStatus(
  e: Pick<EnrolmentDoc, 'trainingId' | 'withdrawnAt' | 'completion'>,
  decision: Pick<EnrolmentDecisionDoc, 'decision'> | null | undefined,
  admin: Pick<EnrolmentAdminDoc, 'seat' | 'verification'> | null | undefined,
): EnrolmentStatus {
  const check = admin?.verification ?? null;
  if (e.completion !== null) {
    // A check answers the report it judged (named by the report's own stamp, not compared across
    // two devices' clocks); a report sent again after a return waits for a new check.
    return check !== null && check.reportedAt === e.completion.reportedAt
      ? check.status
      : 'reported';
  }
  if (e.withdrawnAt !== null) return 'withdrawn';
  if (e.trainingId === null) return 'reported';
  if (admin?.seat) return admin.seat.status;
  if (decision) return decision.decision;
  return 'requested';
}

/** True when the Pengelola verified the report the record holds now (or, with no record, any). */
type RecordKey = { nip: string; key: string };

/**
 * Each record joined with the head's decision and the Pengelola's steps of the same NIP and key,
 * and the status they give (enrolmentStatus): the one join every screen and list reads.
 */
export function joinRecords<
  E extends RecordKey & Pick<EnrolmentDoc, 'trainingId' | 'withdrawnAt' | 'completion'>,
  D extends RecordKey & Pick<EnrolmentDecisionDoc, 'decision'>,
  A extends RecordKey & Pick<EnrolmentAdminDoc, 'seat' | 'verification'>,
>(
  enrolments: readonly E[],
  decisions: readonly D[],
  admins: readonly A[],
): { enrolment: E; decision: D | null; admin: A | null; status: EnrolmentStatus }[] {
  const byKey = <T extends RecordKey>(docs: readonly T[]) =>
    new Map<string, T>(docs.map((d) => [`${d.nip}:${d.key}`, d]));
  const decided = byKey(decisions);
  const stepped = byKey(admins);
  return enrolments.map((enrolment) => {
    const k = `${enrolment.nip}:${enrolment.key}`;
    const decision = decided.get(k) ?? null;
    const admin = stepped.get(k) ?? null;
    return { enrolment, decision, admin, status: enrolmentStatus(enrolment, decision, admin) };
  });
}

const isVerified = (
  admin: EnrolmentAdminDoc | undefined,
  record?: Pick<EnrolmentDoc, 'completion'> | null,
) =>
  admin?.verification?.status === 'verified' &&
  (record?.completion == null || admin.verification.reportedAt === record.completion.reportedAt);

const longEnough = (text: string) => text.trim().length >= MIN_DEV_REASON_LENGTH;

/** The ids a development document is judged with (see validate-write.ts relatedIdsOf). */
export function developmentRelatedIds(id: string): string[] {
  const p = parseId(id);
  switch (p?.type) {
    case 'enrolment':
    case 'enrolment-decision':
    case 'enrolment-admin':
    case 'certificate': {
      // The letter of an attendance correction: judged with its request.
      if (p.type === 'certificate' && isLetterKey(p.key)) return letterRelatedIds(p.nip, p.key);
      const out = [
        ids.enrolment(p.nip, p.key),
        ids.enrolmentDecision(p.nip, p.key),
        ids.enrolmentAdmin(p.nip, p.key),
      ].filter((x) => x !== id);
      return isSelfLearningKey(p.key) ? out : [...out, ids.training(p.key)];
    }
    default:
      return [];
  }
}

function related(ctx: WriteContext, nip: string, key: string) {
  return {
    enrolment: relatedDoc<EnrolmentDoc>(ctx, ids.enrolment(nip, key)),
    decision: relatedDoc<EnrolmentDecisionDoc>(ctx, ids.enrolmentDecision(nip, key)),
    admin: relatedDoc<EnrolmentAdminDoc>(ctx, ids.enrolmentAdmin(nip, key)),
    training: isSelfLearningKey(key) ? undefined : relatedDoc<TrainingDoc>(ctx, ids.training(key)),
  };
}

/** The id's last part names the record: the catalog activity, or `m-…` for self-directed learning. */
export function enrolmentKeyMatches(doc: Pick<EnrolmentDoc, 'key' | 'trainingId'>): boolean {
  return doc.trainingId === null ? isSelfLearningKey(doc.key) : doc.key === doc.trainingId;
}

/** The employee's record: a request, a withdrawal, a completion report. */
export function validateEnrolment(
  doc: EnrolmentDoc,
  old: EnrolmentDoc | null,
  ctx: WriteContext,
  today: string,
): WriteVerdict {
  const r = related(ctx, doc.nip, doc.key);
  if (old !== null) {
    if (old.trainingId !== doc.trainingId || canonical(old.self) !== canonical(doc.self))
      return refuse('record-fixed', 'trainingId');
    if (
      isVerified(r.admin) &&
      (canonical(old.completion) !== canonical(doc.completion) ||
        old.withdrawnAt !== doc.withdrawnAt)
    )
      return refuse('certificate-verified', 'completion');
  }
  const ownUnit = ctx.chart.employees.get(doc.nip)?.unitId;
  if (doc.unitId !== ownUnit && doc.unitId !== old?.unitId) return refuse('wrong-unit', 'unitId');
  if (old === null && doc.trainingId !== null && (!r.training || r.training.archived))
    return refuse('unknown-training', 'trainingId');
  if (doc.self !== null && doc.completion === null)
    return refuse('self-needs-completion', 'completion');
  const c = doc.completion;
  if (c !== null && canonical(c) !== canonical(old?.completion ?? null)) {
    if (doc.withdrawnAt !== null) return refuse('record-decided', 'completion');
    if (
      c.certificate !== null &&
      !c.certificate.id.startsWith(`certificate:${doc.nip}:${doc.key}:`)
    )
      return refuse('invalid-doc', 'completion.certificate', 'sertifikat milik kegiatan lain');
    if (c.date > today || c.sessions.some((s) => s.date > today))
      return refuse('future-date', 'completion.date');
    if (doc.trainingId !== null && r.admin?.seat?.status !== 'confirmed')
      return refuse('seat-not-confirmed', 'completion');
  }
  return ALLOW;
}

/** A request with a decision or a Pengelola's step is withdrawn, not deleted; a verified one stays. */
export function validateEnrolmentDelete(id: string, ctx: WriteContext): WriteVerdict {
  const p = parseId(id);
  if (p?.type !== 'enrolment') return refuse('delete-forbidden');
  const r = related(ctx, p.nip, p.key);
  if (isVerified(r.admin, r.enrolment)) return refuse('certificate-verified');
  return r.decision || r.admin ? refuse('record-decided') : ALLOW;
}

/** The head's decision: on a live catalog request, a decline with its reason, final once seated. */
export function validateEnrolmentDecision(
  doc: EnrolmentDecisionDoc,
  old: EnrolmentDecisionDoc | null,
  user: User,
  ctx: WriteContext,
): WriteVerdict {
  if (doc.appraiserNip !== user.nip) return refuse('author-mismatch', 'appraiserNip');
  const r = related(ctx, doc.nip, doc.key);
  const e = r.enrolment;
  if (!e || e.trainingId === null || (e.withdrawnAt !== null && old === null))
    return refuse('no-request', 'key');
  if (doc.unitId !== e.unitId) return refuse('wrong-unit', 'unitId');
  if (doc.decision === 'declined' && !longEnough(doc.reason))
    return refuse('decision-reason', 'reason');
  if (r.admin?.seat?.status === 'confirmed' && old !== null && old.decision !== doc.decision)
    return refuse('seat-confirmed', 'decision');
  return ALLOW;
}

/** The Pengelola's seat and verification: in their scope, in order, each step signed and explained. */
export function validateEnrolmentAdmin(
  doc: EnrolmentAdminDoc,
  old: EnrolmentAdminDoc | null,
  user: User,
  ctx: WriteContext,
): WriteVerdict {
  // The Pengelola keeping the unit the record was written in (the `dev:` channel it is in), also
  // after a mutasi moved the person on.
  if (!keepsUnit(user, ctx.chart.units, doc.unitId)) return refuse('out-of-scope', 'unitId');
  const r = related(ctx, doc.nip, doc.key);
  const e = r.enrolment;
  if (!e) return refuse('no-request', 'key');
  if (doc.unitId !== e.unitId) return refuse('wrong-unit', 'unitId');
  if (old?.verification && doc.verification === null)
    return refuse('record-decided', 'verification');
  const signer = user.nip;
  const seatChanged = canonical(doc.seat) !== canonical(old?.seat ?? null);
  const checkChanged = canonical(doc.verification) !== canonical(old?.verification ?? null);
  if (seatChanged && doc.seat !== null) {
    if (doc.seat.by !== signer) return refuse('author-mismatch', 'seat.by');
    if (e.trainingId === null || r.decision?.decision !== 'approved')
      return refuse('not-approved', 'seat');
    if (doc.seat.status === 'full' && !longEnough(doc.seat.note))
      return refuse('decision-reason', 'seat.note');
  }
  if (checkChanged && doc.verification !== null) {
    if (doc.verification.by !== signer) return refuse('author-mismatch', 'verification.by');
    if (e.completion === null) return refuse('no-completion', 'verification');
    // The report changed since the Pengelola opened it: judge the one there is now.
    if (doc.verification.reportedAt !== e.completion.reportedAt)
      return refuse('report-changed', 'verification');
    if (e.trainingId !== null && doc.seat?.status !== 'confirmed')
      return refuse('seat-not-confirmed', 'verification');
    if (doc.verification.status === 'rejected' && !longEnough(doc.verification.note))
      return refuse('decision-reason', 'verification.note');
  }
  return ALLOW;
}

/** A certificate photo: written once, for a record of the same person, never after verification. */
export function validateCertificate(
  doc: CertificateDoc,
  stored: RawDoc | null,
  ctx: WriteContext,
): WriteVerdict {
  if (stored) return refuse('photo-immutable');
  const image = validateImage(doc, 'certificate');
  if (!image.ok) return image;
  if (isLetterKey(doc.key)) return validateLetter(doc.nip, doc.key, ctx);
  const r = related(ctx, doc.nip, doc.key);
  return isVerified(r.admin, r.enrolment) ? refuse('certificate-verified', 'certificate') : ALLOW;
}

/** A certificate of a verified record stays. */
export function validateCertificateDelete(id: string, ctx: WriteContext): WriteVerdict {
  const p = parseId(id);
  if (p?.type !== 'certificate') return refuse('delete-forbidden');
  if (isLetterKey(p.key)) return validateLetterDelete(id, p.nip, p.key, ctx);
  const r = related(ctx, p.nip, p.key);
  return isVerified(r.admin, r.enrolment) ? refuse('certificate-verified') : ALLOW;
}

/** The plan's items have distinct ids. */
export function validateDevelopmentPlan(doc: DevelopmentPlanDoc): WriteVerdict {
  const seen = new Set<string>();
  for (const item of doc.items) {
    if (seen.has(item.id)) return refuse('invalid-doc', 'items', `id ${item.id} berulang`);
    seen.add(item.id);
  }
  return ALLOW;
}
