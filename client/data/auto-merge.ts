/**
 * The projector's automatic merge of conflicting revisions (one person, two devices). A conflict
 * the merge rules of core/merge.ts can join is resolved at once, the same way on every device; the
 * others are stored in the read model's `conflicts` table, the "Konflik" list, where the person
 * picks a version (commands/resolve-conflict.ts). user-runtime.ts loads this module only when the
 * projector meets a conflict.
 */
import { civilDate } from '../core/dates';
import { ownerNipOfId, typeOfId } from '../core/ids';
import { mergeAll, type Version } from '../core/merge';
import { canWrite } from '../core/permissions';
import { loadWriteContext, type CommandContext } from './commands/context';
import { writeResolution } from './commands/resolve-conflict';
import { bodyOf, commonAncestor, loadLeaves } from './conflict-leaves';
import type { ConflictRow, ReadModel } from './read-model';

/**
 * Tries the merge rules on each conflicted document the user writes; what they cannot join goes
 * to the Konflik list. Documents of other writers are left to them.
 */
export async function autoMergeConflicts(
  ids: readonly string[],
  ctx: CommandContext,
  rm: ReadModel,
): Promise<void> {
  const wctx = await loadWriteContext(ctx.db, [], ctx);
  const today = civilDate(wctx.now, ctx.timeZone);
  for (const id of ids) {
    const type = typeOfId(id);
    if (type === null || !canWrite(ctx.user, type, ownerNipOfId(id), wctx.chart, today)) continue;
    const leaves = await loadLeaves(ctx.db, id);
    if (leaves.length < 2) {
      await rm.conflicts.delete(id);
      continue;
    }
    const versions: Version[] = leaves.map((l) => ({ rev: l._rev, doc: bodyOf(l) }));
    const outcome = mergeAll(type, versions, await commonAncestor(ctx.db, id, leaves));
    const written =
      outcome.kind === 'merged' ? await writeResolution(id, outcome.doc, leaves, ctx) : null;
    if (written?.ok) continue;
    const row: ConflictRow = {
      id,
      type,
      revs: leaves.map((l) => l._rev),
      detectedAt: new Date(wctx.now).toISOString(),
    };
    await rm.conflicts.put(row);
  }
}
