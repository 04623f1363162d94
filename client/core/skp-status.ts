/**
 * What an SKP's state is for the people who read it: Draf, Diajukan, Disetujui or Dikembalikan.
 * The SKP (the employee's) and its approval (the appraiser's) are two documents; an approval or a
 * return speaks about one revision of the SKP, so an SKP changed after a return is submitted again.
 */
import type { SkpApprovalDoc, SkpDoc } from './schemas/work';

export type SkpStatus = 'none' | 'draft' | 'submitted' | 'approved' | 'returned';

type SkpState = Pick<SkpDoc, 'status'> & { rev: string };
type ApprovalState = Pick<SkpApprovalDoc, 'decision' | 'skpRev'>;

/** The SKP's status from the SKP (with its current revision) and the appraiser's decision. */
export function skpStatus(
  skp: SkpState | null | undefined,
  approval: ApprovalState | null | undefined,
): SkpStatus {
  if (!skp) return 'none';
  if (approval && approval.skpRev === skp.rev) return approval.decision;
  return skp.status;
}

/** True when the employee may still change the SKP (not approved). */
export function isSkpEditable(status: SkpStatus): boolean {
  return status !== 'approved';
}

const KEY_RE = /^(rhk|iki)-(\d+)(?:-(\d+))?$/;

/** The next free RHK id of an SKP: `rhk-{n}`. */
export function nextRhkId(existing: readonly string[]): string {
  const used = existing.map((id) => Number(KEY_RE.exec(id)?.[2] ?? 0));
  return `rhk-${Math.max(0, ...used) + 1}`;
}

/** The next free IKI id under an RHK `rhk-{n}`: `iki-{n}-{m}`. */
export function nextIkiId(rhkId: string, existing: readonly string[]): string {
  const n = KEY_RE.exec(rhkId)?.[2] ?? '0';
  const used = existing.map((id) => {
    const m = KEY_RE.exec(id);
    return m && m[2] === n ? Number(m[3] ?? 0) : 0;
  });
  return `iki-${n}-${Math.max(0, ...used) + 1}`;
}
