/**
 * Delete a daily activity: allowed while it is a draft or returned, as core decides. Its evidence
 * photos go with it.
 */
import type { ActivityDoc } from '../../core/schemas/work';
import { getOrNull } from '../local-db';
import type { CommandContext } from './context';
import { photoDeletions } from './photo-docs';
import { putDocs } from './put-doc';
import { failure, type CommandResult } from './result';
import { command } from './in-flight';

/** Deletes the activity `id` and its photos (or, for a moved entry, the photos `photoIds`). */
export const deleteActivity = command(async function deleteActivity(
  id: string,
  ctx: CommandContext,
  photoIds?: readonly string[],
): Promise<CommandResult> {
  const old = await getOrNull(ctx.db, id);
  if (!old) return failure('not-found', 'Kegiatan tidak ditemukan di perangkat ini');
  const photos = photoIds ?? ((old as unknown as ActivityDoc).photos ?? []).map((p) => p.id);
  const [result] = await putDocs([{ _id: id, _rev: old._rev, _deleted: true }], ctx);
  if (!result?.ok) return result ?? failure('not-found', 'Kegiatan tidak ditemukan');
  // After the activity, so that a refused deletion leaves its evidence in place.
  await putDocs(await photoDeletions(ctx.db, photos), ctx);
  return result;
});
