/** The plan's write rules: the employee's SKP and the appraiser's approval of it. */
import { ids } from './ids';
import type { User } from './org-chart';
import type { SkpApprovalDoc, SkpDoc } from './schemas/work';
import { relatedDoc, type RawDoc, type WriteContext } from './write-context';
import { ALLOW, refuse, type WriteVerdict } from './write-reasons';

/** An SKP changes until the revision its appraiser approved; its period must exist. */
export function validateSkp(doc: SkpDoc, old: RawDoc | null, ctx: WriteContext): WriteVerdict {
  const approval = relatedDoc<SkpApprovalDoc>(ctx, ids.skpApproval(doc.nip, doc.periodId));
  if (old && approval?.decision === 'approved' && approval.skpRev === old._rev) {
    return refuse('skp-approved');
  }
  return ctx.periods.has(doc.periodId) ? ALLOW : refuse('unknown-period', 'periodId');
}

/** The appraiser decides on the submitted revision they read; an approval of it is final. */
export function validateSkpApproval(
  doc: SkpApprovalDoc,
  old: SkpApprovalDoc | null,
  user: User,
  ctx: WriteContext,
): WriteVerdict {
  if (doc.appraiserNip !== user.nip) return refuse('author-mismatch', 'appraiserNip');
  if (old?.decision === 'approved' && old.skpRev === doc.skpRev) return refuse('skp-approved');
  const skp = relatedDoc<SkpDoc & { _rev?: string }>(ctx, ids.skp(doc.nip, doc.periodId));
  if (!skp || skp.status !== 'submitted' || skp._rev !== doc.skpRev)
    return refuse('skp-not-submitted');
  return ALLOW;
}
