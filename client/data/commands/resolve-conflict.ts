/**
 * Resolving a conflicted document: the chosen content is written on top of the winning revision
 * and the other leaves are deleted, after core's validateWrite, as any other write. The person
 * chooses on the "Konflik" screen (`resolveConflict`); the projector's auto-merge writes what the
 * merge rules joined (auto-merge.ts) through `writeResolution`.
 */
import { canonical, type DocBody } from '../../core/merge';
import { validateWrite } from '../../core/validate-write';
import type { RawDoc } from '../../core/write-context';
import { bodyOf, loadLeaves } from '../conflict-leaves';
import type { StoredDoc } from '../local-db';
import type { ReadModel } from '../read-model';
import { forValidation, loadWriteContext, type CommandContext } from './context';
import { failure, writeFailure, type CommandResult } from './result';
import { command } from './in-flight';

/** Writes `body` over the winning leaf and deletes the other `leaves`, if core allows it. */
export const writeResolution = command(async function writeResolution(
  id: string,
  body: DocBody,
  leaves: readonly StoredDoc[],
  ctx: CommandContext,
): Promise<CommandResult> {
  const [winner, ...losers] = leaves;
  if (!winner) return failure('not-found', 'Dokumen tidak ditemukan di perangkat ini');
  const sameAsWinner = canonical(body) === canonical(bodyOf(winner));
  const wctx = await loadWriteContext(ctx.db, [id], ctx);
  const next = {
    ...(JSON.parse(canonical(body)) as DocBody),
    _id: id,
    _rev: winner._rev,
  } as RawDoc;
  if (!sameAsWinner) {
    const verdict = validateWrite(forValidation(next), winner as RawDoc, ctx.user, wctx);
    if (!verdict.ok) return failure(verdict.code, verdict.reason, verdict.field);
  }
  const deletions = losers.map((l) => ({ _id: id, _rev: l._rev, _deleted: true }));
  // The chosen content first, the other leaves only once it is written: a save of this device may
  // land on the winning leaf meanwhile, and the content would then be refused while the leaves it
  // joins were deleted. Refused, nothing is lost, and the conflict is merged again.
  const steps = [...(sameAsWinner ? [] : [[next]]), deletions];
  try {
    for (const docs of steps) {
      if (docs.length === 0) continue;
      const res = await ctx.db.bulkDocs(docs as PouchDB.Core.PutDocument<object>[]);
      const bad = res.find((r) => 'error' in r && r.error);
      if (bad) return writeFailure(bad);
    }
    return { ok: true, id };
  } catch (err) {
    return writeFailure(err);
  }
});

/** Keeps the version the person chose, removes the others, and takes it off the Konflik list. */
export const resolveConflict = command(async function resolveConflict(
  id: string,
  chosenRev: string,
  ctx: CommandContext,
  rm: ReadModel,
): Promise<CommandResult> {
  const leaves = await loadLeaves(ctx.db, id);
  const chosen = leaves.find((l) => l._rev === chosenRev);
  if (!chosen) return failure('not-found', 'Versi ini sudah tidak ada; muat ulang daftar konflik');
  const result = await writeResolution(id, bodyOf(chosen), leaves, ctx);
  if (result.ok) await rm.conflicts.delete(id);
  return result;
});
