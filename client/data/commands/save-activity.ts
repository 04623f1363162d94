/**
 * Log or change a daily activity (progres harian): as a draft, or submitted to the appraiser.
 * Evidence photos are `photo` documents saved with the activity (photo-docs.ts); the activity
 * lists them, and the read model shows that list.
 */
import { nextActivityRound } from '../../core/activity-round';
import { activityStatus } from '../../core/activity-status';
import { ids, parseId, verificationIdFor } from '../../core/ids';
import type { RawDoc } from '../../core/write-context';
import type { ActivityDoc, VerificationDoc } from '../../core/schemas/work';
import { getOrNull } from '../local-db';
import type { CommandContext } from './context';
import { deleteActivity } from './delete-activity';
import { photoDeletions, planPhotos, type PhotoInput } from './photo-docs';
import { putDocs } from './put-doc';
import { failure, type CommandResult } from './result';
import { command } from './in-flight';

export type { PhotoInput } from './photo-docs';

export type ActivityInput = {
  /** The activity to change; absent for a new one. */
  id?: string;
  date: string;
  start: string;
  end: string;
  kegiatan: string;
  uraian?: string;
  rhkId?: string | null;
  ikiId?: string | null;
  realisasi: number;
  satuan: string;
  links?: string[];
  location?: ActivityDoc['location'];
  catalogCode?: string | null;
  /** New photos to add (a name already present replaces that photo). */
  addPhotos?: PhotoInput[];
  /** Names of stored photos to remove. */
  removePhotos?: string[];
  /** True to submit to the appraiser, false to keep a draft. */
  submit: boolean;
};

/** Saves an activity; the result names the field core refused, if any. */
export const saveActivity = command(async function saveActivity(
  input: ActivityInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  const now = (ctx.now ?? Date.now)();
  const stored = input.id ? await getOrNull(ctx.db, input.id) : null;
  if (input.id && !stored) return failure('not-found', 'Kegiatan tidak ditemukan di perangkat ini');
  const old = stored as unknown as (ActivityDoc & { _rev: string }) | null;
  const ver = old ? await getOrNull(ctx.db, verificationIdFor(old._id) ?? '') : null;
  const oldStatus = old ? activityStatus(old, ver as unknown as VerificationDoc | null) : 'draft';

  const movedFrom = old && old.date !== input.date ? old : null;
  if (movedFrom && oldStatus !== 'draft' && oldStatus !== 'returned') {
    return failure(
      'date-locked',
      'Tanggal kegiatan yang sudah diajukan tidak dapat diubah',
      'date',
    );
  }
  const suffix = old ? parseId(old._id) : null;
  const id =
    old && !movedFrom
      ? old._id
      : ids.activity(
          ctx.user.nip,
          input.date,
          suffix?.type === 'activity' ? suffix.suffix : undefined,
        );
  const base = movedFrom ? null : old;
  const photos = await planPhotos(ctx.db, {
    activityId: id,
    storedId: old?._id ?? null,
    stored: old?.photos ?? [],
    add: input.addPhotos ?? [],
    remove: input.removePhotos ?? [],
    now: new Date(now).toISOString(),
  });
  if ('ok' in photos) return photos;
  const doc = {
    _id: id,
    ...(base ? { _rev: base._rev } : {}),
    type: 'activity',
    schemaVersion: 1,
    nip: ctx.user.nip,
    date: input.date,
    start: input.start,
    end: input.end,
    kegiatan: input.kegiatan,
    uraian: input.uraian ?? '',
    rhkId: input.rhkId ?? null,
    ikiId: input.ikiId ?? null,
    realisasi: input.realisasi,
    satuan: input.satuan,
    links: input.links ?? [],
    photos: photos.refs,
    location: input.location ?? null,
    catalogCode: input.catalogCode ?? null,
    status: input.submit ? ('submitted' as const) : ('draft' as const),
    round: 0,
    createdAt: old?.createdAt ?? new Date(now).toISOString(),
    updatedAt: new Date(now).toISOString(),
  };
  // Core decides the round: changed work of a pending submission is a new submission.
  doc.round = nextActivityRound(base, base ? oldStatus : 'draft', doc);
  // The new photos and the activity are written together or not at all.
  const results = await putDocs([...photos.create, doc as RawDoc], ctx, { allOrNothing: true });
  // The activity's own result (written last) carries its row in the read model, when projected.
  const result: CommandResult = results.find((r) => !r.ok) ??
    results[results.length - 1] ?? { ok: true, id };
  if (!result.ok) return result;
  if (movedFrom) {
    const removed = await deleteActivity(movedFrom._id, ctx, photos.remove);
    return removed.ok ? result : removed;
  }
  // A photo taken off the entry is deleted; one that cannot be (not on this device yet) stays unlisted.
  await putDocs(await photoDeletions(ctx.db, photos.remove), ctx);
  return result;
});
