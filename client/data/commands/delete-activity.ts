/** Delete a daily activity: allowed while it is a draft or returned, as core decides. */
import { getOrNull } from '../local-db';
import { currentCommandContext, type CommandContext } from './context';
import { putDoc } from './put-doc';
import { failure, type CommandResult } from './result';

export async function deleteActivity(
  id: string,
  ctx: CommandContext = currentCommandContext(),
): Promise<CommandResult> {
  const old = await getOrNull(ctx.db, id);
  if (!old) return failure('not-found', 'Kegiatan tidak ditemukan di perangkat ini');
  return putDoc({ _id: id, _rev: old._rev, _deleted: true }, ctx);
}
