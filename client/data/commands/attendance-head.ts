/**
 * The head's side of attendance corrections: approve a staff member's request to correct a day,
 * or decline it with a reason (at least 10 characters). The decision answers the version of the
 * request the head read (its `requestedAt` and `change`, copied into the decision); when the
 * employee changed or withdrew it meanwhile, core refuses it (`correction-changed`,
 * `no-correction`), here and again on the server. Writes `attendance-decision:{nip}:{date}` into
 * the local PouchDB, so it works offline; it may change until the Pengelola applies the correction.
 */
import { ids } from '../../core/ids';
import {
  CORRECTION_REASON_MIN,
  type AttendanceCorrectionDoc,
  type AttendanceDecisionDoc,
} from '../../core/schemas/attendance';
import { WRITE_REASONS } from '../../core/write-reasons';
import type { CommandContext } from './context';
import { putDoc } from './put-doc';
import { failure, type CommandResult } from './result';
import { command } from './in-flight';

export type CorrectionDecisionInput = {
  /** The request as the head read it: the version decided. */
  request: Pick<AttendanceCorrectionDoc, 'nip' | 'date' | 'unitId' | 'requestedAt' | 'change'>;
  decision: AttendanceDecisionDoc['decision'];
  /** Required (at least 10 characters) when declining. */
  reason: string;
};

/** Records (or changes) the signed-in head's decision on one version of a correction request. */
export const decideCorrection = command(async function decideCorrection(
  input: CorrectionDecisionInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  const { request } = input;
  const reason = input.decision === 'declined' ? input.reason.trim() : '';
  if (input.decision === 'declined' && reason.length < CORRECTION_REASON_MIN)
    return failure('decision-reason', WRITE_REASONS['decision-reason'].id, 'reason');
  const doc: AttendanceDecisionDoc = {
    _id: ids.attendanceDecision(request.nip, request.date),
    type: 'attendance-decision',
    schemaVersion: 1,
    nip: request.nip,
    date: request.date,
    unitId: request.unitId,
    appraiserNip: ctx.user.nip,
    decision: input.decision,
    reason,
    requestedAt: request.requestedAt,
    change: request.change,
    decidedAt: new Date((ctx.now ?? Date.now)()).toISOString(),
  };
  return putDoc(doc, ctx);
});
