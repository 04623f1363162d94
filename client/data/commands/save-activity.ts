/**
 * Log or change a daily activity (progres harian): as a draft, or submitted to the appraiser.
 * Evidence photos are PouchDB attachments; the read model shows their names and sizes.
 */
import { activityStatus } from '../../core/activity-status';
import { ids, parseId, verificationIdFor } from '../../core/ids';
import type { ActivityDoc, VerificationDoc } from '../../core/schemas/work';
import { getOrNull } from '../local-db';
import { currentCommandContext, type CommandContext } from './context';
import { deleteActivity } from './delete-activity';
import { putDoc } from './put-doc';
import { failure, type CommandResult } from './result';

/** An evidence photo: a Blob from the camera or file picker (base64 text in Node tests). */
export type PhotoInput = { name: string; data: Blob | string; contentType?: string };

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

type Attachments = Record<string, { content_type: string; data?: Blob | string; stub?: boolean }>;

function attachmentsFor(
  input: ActivityInput,
  stored: Attachments | undefined,
): Attachments | undefined {
  const out: Attachments = {};
  for (const [name, a] of Object.entries(stored ?? {})) {
    // Stubs keep a stored photo of the same document; a moved activity carries the data itself.
    if (!input.removePhotos?.includes(name))
      out[name] = a.data === undefined ? { ...a, stub: true } : a;
  }
  for (const p of input.addPhotos ?? []) {
    const contentType = p.contentType ?? (typeof p.data === 'string' ? 'image/jpeg' : p.data.type);
    out[p.name] = { content_type: contentType, data: p.data };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Saves an activity; the result names the field core refused, if any. */
export async function saveActivity(
  input: ActivityInput,
  ctx: CommandContext = currentCommandContext(),
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
  const storedAttachments = async (): Promise<Attachments | undefined> => {
    if (!old) return undefined;
    if (!movedFrom) return (old as { _attachments?: Attachments })._attachments;
    const full = await ctx.db.get(old._id, { attachments: true });
    return (full as { _attachments?: Attachments })._attachments;
  };
  const oldRound = old?.round ?? 0;
  const round = !input.submit ? oldRound : oldStatus === 'submitted' ? oldRound : oldRound + 1;

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
    location: input.location ?? null,
    catalogCode: input.catalogCode ?? null,
    status: input.submit ? 'submitted' : 'draft',
    round: movedFrom && input.submit ? 1 : movedFrom ? 0 : round,
    createdAt: old?.createdAt ?? new Date(now).toISOString(),
    updatedAt: new Date(now).toISOString(),
    ...withAttachments(attachmentsFor(input, await storedAttachments())),
  };
  let result = await putDoc(doc, ctx);
  // Core keeps a pending submission's round only while its work is unchanged (the appraiser may be
  // reading it); changed work is a new submission. Core decides which: try the next round.
  if (!result.ok && result.code === 'bad-round' && input.submit && oldStatus === 'submitted') {
    result = await putDoc({ ...doc, round: doc.round + 1 }, ctx);
  }
  if (!result.ok || !movedFrom) return result;
  const removed = await deleteActivity(movedFrom._id, ctx);
  return removed.ok ? result : removed;
}

function withAttachments(atts: Attachments | undefined): { _attachments?: Attachments } {
  return atts ? { _attachments: atts } : {};
}
