/**
 * After the appraisal is final: the employee accepts it ("Terima") or objects within 14 days
 * ("Ajukan keberatan"); the appraiser's superior decides the objection once, and that is final.
 */
import { ids } from '../../core/ids';
import { predikat } from '../../core/predikat';
import type { AppraisalDoc } from '../../core/schemas/appraisal';
import type { Rating } from '../../core/vocabulary';
import { getOrNull } from '../local-db';
import type { CommandContext } from './context';
import { putDoc } from './put-doc';
import { failure, type CommandResult } from './result';
import { command } from './in-flight';

const NOT_HERE = 'Penilaian tidak ditemukan di perangkat ini';

export type ResponseInput = { periodId: string; kind: 'accept' | 'object'; reasons: string };

/** The signed-in employee's acceptance of, or objection to, their final appraisal. */
export const respondToAppraisal = command(async function respondToAppraisal(
  input: ResponseInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  const appraisal = (await getOrNull(
    ctx.db,
    ids.appraisal(ctx.user.nip, input.periodId),
  )) as AppraisalDoc | null;
  if (!appraisal) return failure('not-found', NOT_HERE);
  return putDoc(
    {
      _id: ids.acknowledgement(ctx.user.nip, input.periodId),
      type: 'acknowledgement',
      schemaVersion: 1,
      nip: ctx.user.nip,
      periodId: input.periodId,
      appraiserNip: appraisal.appraiserNip,
      kind: input.kind,
      reasons: input.reasons.trim(),
      at: new Date((ctx.now ?? Date.now)()).toISOString(),
    },
    ctx,
  );
});

export type ObjectionDecisionInput = {
  nip: string;
  periodId: string;
  outcome: 'upheld' | 'changed';
  /** The new ratings when the outcome changes them. */
  hasilKerja: Rating | null;
  perilaku: Rating | null;
  reason: string;
};

/** The Atasan Pejabat Penilai's decision on an objection; the predikat follows the matrix. */
export const decideObjection = command(async function decideObjection(
  input: ObjectionDecisionInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  const appraisal = (await getOrNull(
    ctx.db,
    ids.appraisal(input.nip, input.periodId),
  )) as AppraisalDoc | null;
  if (!appraisal || appraisal.predikat === null) return failure('not-found', NOT_HERE);
  const changed = input.outcome === 'changed';
  const h = changed ? input.hasilKerja : null;
  const p = changed ? input.perilaku : null;
  return putDoc(
    {
      _id: ids.objectionDecision(input.nip, input.periodId),
      type: 'objection-decision',
      schemaVersion: 1,
      nip: input.nip,
      periodId: input.periodId,
      appraiserNip: appraisal.appraiserNip,
      deciderNip: ctx.user.nip,
      outcome: input.outcome,
      hasilKerja: h,
      perilaku: p,
      predikat: h !== null && p !== null ? predikat(h, p) : appraisal.predikat,
      reason: input.reason.trim(),
      decidedAt: new Date((ctx.now ?? Date.now)()).toISOString(),
    },
    ctx,
  );
});
