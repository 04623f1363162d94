/** The employee's self-assessment of a period: realisasi per IKI with a reflection. */
import { ids } from '../../core/ids';
import type { SelfAssessmentDoc } from '../../core/schemas/appraisal';
import type { CommandContext } from './context';
import { putDoc } from './put-doc';
import type { CommandResult } from './result';
import { command } from './in-flight';

export type SelfAssessmentInput = {
  periodId: string;
  items: SelfAssessmentDoc['items'];
  reflection: string;
  submit: boolean;
};

/** Saves (or submits) the signed-in person's self-assessment; closed once the appraisal is final. */
export const saveSelfAssessment = command(function saveSelfAssessment(
  input: SelfAssessmentInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  return putDoc(
    {
      _id: ids.selfAssessment(ctx.user.nip, input.periodId),
      type: 'self-assessment',
      schemaVersion: 1,
      nip: ctx.user.nip,
      periodId: input.periodId,
      items: input.items.map((i) => ({ ...i, note: i.note.trim() })),
      reflection: input.reflection.trim(),
      status: input.submit ? 'submitted' : 'draft',
      updatedAt: new Date((ctx.now ?? Date.now)()).toISOString(),
    },
    ctx,
  );
});
