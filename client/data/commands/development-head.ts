/**
 * The head's side of competency development: approve a staff member's request for a catalog
 * activity, or decline it with a reason (at least 10 characters). The decision may change until
 * the Pengelola confirms the seat; core's rules (development-rules.ts) judge it here and again on
 * the server. Writes the `enrolment-decision:{nip}:{key}` document into the local PouchDB.
 */
import { ids } from '../../core/ids';
import type { EnrolmentDecisionDoc, EnrolmentDoc } from '../../core/schemas/development';
import { getOrNull } from '../local-db';
import type { CommandContext } from './context';
import { putDoc } from './put-doc';
import { failure, type CommandResult } from './result';
import { command } from './in-flight';

export type EnrolmentDecisionInput = {
  nip: string;
  /** The record's key: the catalog activity's id. */
  key: string;
  decision: EnrolmentDecisionDoc['decision'];
  /** Required (at least 10 characters) when declining. */
  reason: string;
};

/** Records (or changes) the signed-in head's decision on a request. */
export const decideEnrolment = command(async function decideEnrolment(
  input: EnrolmentDecisionInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  const enrolment = (await getOrNull(
    ctx.db,
    ids.enrolment(input.nip, input.key),
  )) as EnrolmentDoc | null;
  if (!enrolment)
    return failure('not-found', 'Permohonan pengembangan tidak ditemukan di perangkat ini');
  const doc: EnrolmentDecisionDoc = {
    _id: ids.enrolmentDecision(input.nip, input.key),
    type: 'enrolment-decision',
    schemaVersion: 1,
    nip: input.nip,
    key: input.key,
    unitId: enrolment.unitId,
    appraiserNip: ctx.user.nip,
    decision: input.decision,
    reason: input.reason.trim(),
    decidedAt: new Date((ctx.now ?? Date.now)()).toISOString(),
  };
  return putDoc(doc, ctx);
});
