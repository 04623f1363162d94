/**
 * Setting a unit's organisation rating for a period (capaian kinerja organisasi, Pengelola or
 * admin): it bounds the spread of its staff's predikat (core/distribution.ts). The writer is
 * recorded as its setter, with the moment.
 */
import { ids } from '../../core/ids';
import type { OrgRatingDoc } from '../../core/schemas/reference';
import type { OrgRating } from '../../core/vocabulary';
import type { CommandContext } from './context';
import { putDoc } from './put-doc';
import type { CommandResult } from './result';
import { command } from './in-flight';

export type OrgRatingInput = { unitId: string; periodId: string; rating: OrgRating; note: string };

/** Writes (or replaces) the rating of `unitId` for `periodId`, set by the signed-in writer now. */
export const saveOrgRating = command(async function saveOrgRating(
  input: OrgRatingInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  const doc: OrgRatingDoc = {
    _id: ids.orgRating(input.unitId, input.periodId),
    type: 'org-rating',
    schemaVersion: 1,
    unitId: input.unitId,
    periodId: input.periodId,
    rating: input.rating,
    note: input.note.trim(),
    setBy: ctx.user.nip,
    setAt: new Date((ctx.now ?? Date.now)()).toISOString(),
  };
  return putDoc(doc, ctx);
});
