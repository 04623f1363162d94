/**
 * The appraiser's verification of daily activities: approve (disetujui) or return with a note
 * (dikembalikan), one or many at once. Each verification answers its activity's current round.
 */
import { parseId, verificationIdFor } from '../../core/ids';
import type { ActivityDoc } from '../../core/schemas/work';
import type { RawDoc } from '../../core/write-context';
import { refuse } from '../../core/write-reasons';
import { getDocs, type CommandContext } from './context';
import { putDocs } from './put-doc';
import { failure, type CommandResult } from './result';
import { command } from './in-flight';

export type VerifyInput = {
  activityIds: readonly string[];
  decision: 'approved' | 'returned';
  /** Required when returning. */
  note?: string;
};

/** Verifies each activity; results come back in the order of `activityIds`. */
export const verifyActivities = command(async function verifyActivities(
  input: VerifyInput,
  ctx: CommandContext,
): Promise<CommandResult[]> {
  const decidedAt = new Date((ctx.now ?? Date.now)()).toISOString();
  const activities = await getDocs(ctx.db, input.activityIds);
  const docs: (RawDoc | CommandResult)[] = input.activityIds.map((activityId) => {
    const act = activities.get(activityId) as (ActivityDoc & { _rev: string }) | undefined;
    const p = parseId(activityId);
    const id = verificationIdFor(activityId);
    if (!act || p?.type !== 'activity' || id === null) {
      return failure('not-found', 'Kegiatan tidak ditemukan di perangkat ini');
    }
    if (act.status !== 'submitted') return refuse('activity-not-submitted') as CommandResult;
    return {
      _id: id,
      type: 'verification',
      schemaVersion: 1,
      nip: p.nip,
      date: p.date,
      activityId,
      appraiserNip: ctx.user.nip,
      round: act.round,
      decision: input.decision,
      note: input.note?.trim() ?? '',
      decidedAt,
    };
  });
  const toWrite = docs.filter((d): d is RawDoc => '_id' in d);
  const written = await putDocs(toWrite, ctx);
  let next = 0;
  return docs.map((d) => ('_id' in d ? (written[next++] as CommandResult) : d));
});

/** Verifies one activity. */
export const verifyActivity = command(async function verifyActivity(
  activityId: string,
  decision: VerifyInput['decision'],
  note: string | undefined,
  ctx: CommandContext,
): Promise<CommandResult> {
  const [result] = await verifyActivities(
    { activityIds: [activityId], decision, ...(note === undefined ? {} : { note }) },
    ctx,
  );
  return result ?? failure('not-found', 'Kegiatan tidak ditemukan di perangkat ini');
});
