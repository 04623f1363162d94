/**
 * The rules of attendance and its corrections, judged on the device before a write and by the
 * server on every write (validate-write.ts dispatches here):
 * - a month holds each of its own days once (the import);
 * - the employee asks to correct a past or present day with a reason; a request the head approved
 *   no longer changes, and a changed request is a new version (`requestedAt`) to decide again;
 * - the head decides the version of the request they saw, until the correction is applied;
 * - the Pengelola keeping the person applies exactly what the head approved, once, signed.
 * The status a person reads (correctionStatus) is computed from the three, never written.
 */
import { ids, parseId } from './ids';
import type { User } from './org-chart';
import { keepsPerson } from './org-scope';
import type {
  AttendanceAppliedDoc,
  AttendanceCorrectionDoc,
  AttendanceDecisionDoc,
  AttendanceDoc,
  DayChange,
} from './schemas/attendance';
import { monthOf } from './attendance';
import { feedWindowStart } from './retention';
import { relatedDoc, type RawDoc, type WriteContext } from './write-context';
import { ALLOW, refuse, type WriteVerdict } from './write-reasons';

/** The key of the `certificate` document holding the letter of a correction request. */
export function letterKey(date: string): string {
  return `hadir-${date}`;
}

/** True for a certificate key that holds a correction's letter, not a development record's. */
export function isLetterKey(key: string): boolean {
  return /^hadir-\d{4}-\d{2}-\d{2}$/.test(key);
}

/** The date of a correction whose letter a certificate key holds (`hadir-{date}`). */
export function dateOfLetterKey(key: string): string {
  return key.slice('hadir-'.length);
}

/** The ids a correction's letter is judged with: its request and the head's decision. */
export function letterRelatedIds(nip: string, key: string): string[] {
  const date = dateOfLetterKey(key);
  return [ids.attendanceCorrection(nip, date), ids.attendanceDecision(nip, date)];
}

/** No new letter for a request the head approved: it was approved with the one it cites. */
export function validateLetter(nip: string, key: string, ctx: WriteContext): WriteVerdict {
  const r = related(ctx, nip, dateOfLetterKey(key));
  return isApproved(r.request, r.decision) ? refuse('correction-decided') : ALLOW;
}

/** The letter an approved request cites stays (what the head approved it with); others may go. */
export function validateLetterDelete(
  id: string,
  nip: string,
  key: string,
  ctx: WriteContext,
): WriteVerdict {
  const r = related(ctx, nip, dateOfLetterKey(key));
  return r.request?.letter?.id === id && isApproved(r.request, r.decision)
    ? refuse('correction-decided')
    : ALLOW;
}

/**
 * The first day a correction may be asked for on `today`: the start of the previous quarter, the
 * oldest day the head's devices keep (retention.ts feedWindowStart), so every request reaches the
 * head who decides it. Older days are for the Pengelola to settle with a re-import.
 */
export function correctableFrom(today: string): string {
  return feedWindowStart(today);
}

/** The ids an attendance correction document is judged with (validate-write.ts relatedIdsOf). */
export function attendanceRelatedIds(id: string): string[] {
  const p = parseId(id);
  switch (p?.type) {
    case 'attendance-correction':
    case 'attendance-decision':
    case 'attendance-applied':
      return [
        ids.attendanceCorrection(p.nip, p.date),
        ids.attendanceDecision(p.nip, p.date),
        ids.attendanceApplied(p.nip, p.date),
      ].filter((x) => x !== id);
    default:
      return [];
  }
}

function related(ctx: WriteContext, nip: string, date: string) {
  return {
    request: relatedDoc<AttendanceCorrectionDoc>(ctx, ids.attendanceCorrection(nip, date)),
    decision: relatedDoc<AttendanceDecisionDoc>(ctx, ids.attendanceDecision(nip, date)),
    applied: relatedDoc<AttendanceAppliedDoc>(ctx, ids.attendanceApplied(nip, date)),
  };
}

/** True when two day changes ask for the same day. */
export function sameChange(a: DayChange, b: DayChange): boolean {
  return a.status === b.status && a.in === b.in && a.out === b.out;
}

/** The imported month: its days are its own, each once. */
export function validateAttendance(doc: AttendanceDoc): WriteVerdict {
  const seen = new Set<string>();
  for (const d of doc.days) {
    if (monthOf(d.date) !== doc.month || seen.has(d.date))
      return refuse('attendance-day', 'days', d.date);
    seen.add(d.date);
  }
  return ALLOW;
}

/** Where a request stands, for the employee, the head and the Pengelola. */
export type CorrectionStatus = 'pending' | 'approved' | 'declined' | 'applied';

/** The status of a request from its decision and application (a stale decision counts as none). */
export function correctionStatus(
  request: Pick<AttendanceCorrectionDoc, 'requestedAt'>,
  decision: Pick<AttendanceDecisionDoc, 'requestedAt' | 'decision'> | null | undefined,
  applied: Pick<AttendanceAppliedDoc, 'requestedAt'> | null | undefined,
): CorrectionStatus {
  if (applied && applied.requestedAt === request.requestedAt) return 'applied';
  if (!decision || decision.requestedAt !== request.requestedAt) return 'pending';
  return decision.decision;
}

function isApproved(
  request: AttendanceCorrectionDoc | undefined,
  decision: AttendanceDecisionDoc | undefined,
): boolean {
  return (
    request !== undefined &&
    decision?.decision === 'approved' &&
    decision.requestedAt === request.requestedAt
  );
}

/** The employee's request: not for a future day; an approved one stays; a change is a new version. */
export function validateCorrection(
  doc: AttendanceCorrectionDoc,
  old: AttendanceCorrectionDoc | null,
  ctx: WriteContext,
  today: string,
): WriteVerdict {
  if (doc.date > today) return refuse('future-date', 'date');
  if (doc.date < correctableFrom(today))
    return refuse('correction-too-old', 'date', correctableFrom(today));
  // The person's unit when they ask (its Pengelola's channel): a later version keeps it, or moves
  // to their unit of now after a mutasi; never to a unit of someone else's.
  const unitId = ctx.chart.employees.get(doc.nip)?.unitId;
  if (unitId !== undefined && doc.unitId !== unitId && doc.unitId !== old?.unitId)
    return refuse('wrong-unit', 'unitId');
  if (doc.letter !== null) {
    const p = parseId(doc.letter.id);
    if (p?.type !== 'certificate' || p.nip !== doc.nip || p.key !== letterKey(doc.date))
      return refuse('invalid-doc', 'letter');
  }
  if (old === null) return ALLOW;
  const r = related(ctx, doc.nip, doc.date);
  if (isApproved(old, r.decision)) return refuse('correction-decided');
  const changed =
    !sameChange(doc.change, old.change) ||
    doc.reason !== old.reason ||
    (doc.letter?.id ?? null) !== (old.letter?.id ?? null) ||
    doc.unitId !== old.unitId;
  return changed && doc.requestedAt === old.requestedAt
    ? refuse('correction-unchanged-time', 'requestedAt')
    : ALLOW;
}

/** A request is withdrawn by deleting it, until the head approved it. */
export function validateCorrectionDelete(old: RawDoc, ctx: WriteContext): WriteVerdict {
  const p = parseId(old._id);
  if (p?.type !== 'attendance-correction') return refuse('delete-forbidden');
  const r = related(ctx, p.nip, p.date);
  return isApproved(old as unknown as AttendanceCorrectionDoc, r.decision)
    ? refuse('correction-decided')
    : ALLOW;
}

/** The head decides the current version of a request, as it asks, until it is applied. */
export function validateAttendanceDecision(
  doc: AttendanceDecisionDoc,
  user: User,
  ctx: WriteContext,
): WriteVerdict {
  if (doc.appraiserNip !== user.nip) return refuse('appraiser-mismatch', 'appraiserNip');
  const r = related(ctx, doc.nip, doc.date);
  if (r.request === undefined) return refuse('no-correction');
  if (r.request.requestedAt !== doc.requestedAt || !sameChange(r.request.change, doc.change))
    return refuse('correction-changed', 'requestedAt');
  if (doc.unitId !== r.request.unitId) return refuse('wrong-unit', 'unitId');
  if (r.applied !== undefined) return refuse('correction-applied');
  return ALLOW;
}

/**
 * The Pengelola keeping the person applies exactly the version the head approved (its change,
 * reason and approver), signed by themselves; once applied it stays.
 */
export function validateApplied(
  doc: AttendanceAppliedDoc,
  stored: RawDoc | null,
  user: User,
  ctx: WriteContext,
): WriteVerdict {
  if (stored !== null) return refuse('correction-kept');
  if (!keepsPerson(user, ctx.chart, doc.nip)) return refuse('out-of-scope', 'nip');
  if (doc.appliedBy !== user.nip) return refuse('author-mismatch', 'appliedBy');
  const r = related(ctx, doc.nip, doc.date);
  if (!isApproved(r.request, r.decision) || r.request === undefined || r.decision === undefined)
    return refuse('correction-not-approved');
  const exact =
    doc.requestedAt === r.request.requestedAt &&
    sameChange(doc.change, r.decision.change) &&
    doc.reason === r.request.reason &&
    doc.decidedBy === r.decision.appraiserNip &&
    doc.unitId === r.request.unitId;
  return exact ? ALLOW : refuse('correction-not-approved');
}
