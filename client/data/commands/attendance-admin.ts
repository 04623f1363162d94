/**
 * The Pengelola's step on an attendance correction (`attendance-applied:{nip}:{date}`, a Pengelola
 * keeping the person): apply what the head approved, exactly as approved (the day's change, the
 * employee's reason, the version of the request and its approver), signed with the Pengelola's
 * NIP and the time. Core judges that the head approved this version and that it is applied once.
 * An application the server refused (the head changed the decision meanwhile) stays on the device
 * with the refusal (sync-ledger.ts) until the Pengelola discards it.
 */
import { ids } from '../../core/ids';
import type {
  AttendanceAppliedDoc,
  AttendanceCorrectionDoc,
  AttendanceDecisionDoc,
} from '../../core/schemas/attendance';
import { WRITE_REASONS } from '../../core/write-reasons';
import { getOrNull, purgeLocally } from '../local-db';
import { removeProjected } from '../projector';
import type { ReadModel } from '../read-model';
import { SyncLedger } from '../sync-ledger';
import { ATTENDANCE_ADMIN_REASONS } from './attendance-admin-reasons';
import { ATTENDANCE_STAFF_REASONS } from './attendance-staff-reasons';
import type { CommandContext } from './context';
import { putDoc } from './put-doc';
import { failure, writeFailure, type CommandResult } from './result';
import { command } from './in-flight';

/** Terapkan: applies the approved correction of `nip`'s day `date` as this device holds it. */
export const applyCorrection = command(async function applyCorrection(
  nip: string,
  date: string,
  ctx: CommandContext,
): Promise<CommandResult> {
  const [request, decision] = (await Promise.all([
    getOrNull(ctx.db, ids.attendanceCorrection(nip, date)),
    getOrNull(ctx.db, ids.attendanceDecision(nip, date)),
  ])) as [AttendanceCorrectionDoc | null, AttendanceDecisionDoc | null];
  if (!request)
    return failure('correction-not-here', ATTENDANCE_STAFF_REASONS['correction-not-here'].id);
  if (decision === null || decision.requestedAt !== request.requestedAt)
    return failure('correction-not-approved', WRITE_REASONS['correction-not-approved'].id);
  const doc: AttendanceAppliedDoc = {
    _id: ids.attendanceApplied(nip, date),
    type: 'attendance-applied',
    schemaVersion: 1,
    nip,
    date,
    unitId: request.unitId,
    change: decision.change,
    reason: request.reason,
    requestedAt: request.requestedAt,
    decidedBy: decision.appraiserNip,
    appliedBy: ctx.user.nip,
    appliedAt: new Date((ctx.now ?? Date.now)()).toISOString(),
  };
  return putDoc(doc, ctx);
});

/**
 * Buang: discards this device's application of `nip`'s day `date` that the server refused. It is
 * purged from this device only, as reconcile purges (a deletion would be a write the server
 * judges, and it keeps what was applied once), and taken out of the read model; the sync engine
 * then forgets the refusal of a document the device no longer holds. Anything not refused stays.
 */
export const discardRefusedApplication = command(async function discardRefusedApplication(
  nip: string,
  date: string,
  ctx: CommandContext,
  rm: ReadModel,
): Promise<CommandResult> {
  const id = ids.attendanceApplied(nip, date);
  // The server refused exactly the version this device holds (the stored ledger, read afresh).
  const [local, ledger] = await Promise.all([getOrNull(ctx.db, id), new SyncLedger(ctx.db).read()]);
  const refusal = ledger.denied.find((d) => d.id === id);
  if (local === null || refusal === undefined || refusal.rev !== local._rev)
    return failure(
      'application-not-refused',
      ATTENDANCE_ADMIN_REASONS['application-not-refused'].id,
    );
  try {
    await purgeLocally(ctx.db, [id]);
  } catch (err) {
    return writeFailure(err);
  }
  await removeProjected(rm, [id]);
  return { ok: true, id };
});
