/**
 * The SKP (performance plan) and its approval: two documents with one writer each. The employee
 * saves a draft or submits the SKP; the appraiser approves it or returns it with a note, and
 * writes the leader's expectations per BerAKHLAK value.
 */
import { ids } from '../../core/ids';
import type { Rhk, SkpApprovalDoc } from '../../core/schemas/work';
import type { BerakhlakValue } from '../../core/vocabulary';
import { getOrNull } from '../local-db';
import type { CommandContext } from './context';
import { putDoc } from './put-doc';
import { failure, type CommandResult } from './result';
import { command } from './in-flight';

export type SkpInput = { periodId: string; rhk: readonly Rhk[]; submit: boolean };

/** Saves the signed-in person's SKP of a year as a draft, or submits it to the appraiser. */
export const saveSkp = command(async function saveSkp(
  input: SkpInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  const at = new Date((ctx.now ?? Date.now)()).toISOString();
  const id = ids.skp(ctx.user.nip, input.periodId);
  const old = (await getOrNull(ctx.db, id)) as { submittedAt?: string } | null;
  const submittedAt = input.submit ? at : old?.submittedAt;
  return putDoc(
    {
      _id: id,
      type: 'skp',
      schemaVersion: 1,
      nip: ctx.user.nip,
      periodId: input.periodId,
      rhk: input.rhk.map((r) => ({
        ...r,
        text: r.text.trim(),
        iki: r.iki.map((i) => ({ ...i, text: i.text.trim(), satuan: i.satuan.trim() })),
      })),
      status: input.submit ? 'submitted' : 'draft',
      ...(submittedAt === undefined ? {} : { submittedAt }),
      updatedAt: at,
    },
    ctx,
  );
});

export type SkpDecisionInput = {
  nip: string;
  periodId: string;
  decision: SkpApprovalDoc['decision'];
  note: string;
  expectations: Partial<Record<BerakhlakValue, string>>;
};

/** The appraiser's decision on the SKP as it stands now (its current revision). */
export const decideSkp = command(async function decideSkp(
  input: SkpDecisionInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  const skp = await getOrNull(ctx.db, ids.skp(input.nip, input.periodId));
  if (!skp) return failure('not-found', 'SKP tidak ditemukan di perangkat ini');
  const expectations = Object.fromEntries(
    Object.entries(input.expectations)
      .map(([k, v]) => [k, (v ?? '').trim()])
      .filter(([, v]) => v !== ''),
  );
  return putDoc(
    {
      _id: ids.skpApproval(input.nip, input.periodId),
      type: 'skp-approval',
      schemaVersion: 1,
      nip: input.nip,
      periodId: input.periodId,
      appraiserNip: ctx.user.nip,
      decision: input.decision,
      note: input.note.trim(),
      expectations,
      skpRev: skp._rev,
      decidedAt: new Date((ctx.now ?? Date.now)()).toISOString(),
    },
    ctx,
  );
});
