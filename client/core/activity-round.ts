/**
 * Submission rounds of a daily activity. A verification answers one round, so a round must move
 * on whenever the work the appraiser may be reading changes: the device asks here which round a
 * save carries, and the gatekeeper asks here whether a pushed revision carries a possible one.
 */
import type { ActivityStatus } from './activity-status';
import type { ActivityDoc } from './schemas/work';

/** The fields of an activity that describe the work an appraiser verifies. */
const WORK_FIELDS = [
  'date',
  'start',
  'end',
  'kegiatan',
  'uraian',
  'rhkId',
  'ikiId',
  'realisasi',
  'satuan',
  'links',
  'photos',
  'location',
  'catalogCode',
] as const;

type Work = Pick<ActivityDoc, (typeof WORK_FIELDS)[number] | 'status'>;
type Stored = Work & Pick<ActivityDoc, 'round'>;

/** True when two revisions of an activity describe the same work (photos included). */
export function isSameWork(a: Work, b: Work): boolean {
  const key = (d: Work) =>
    JSON.stringify(
      WORK_FIELDS.map((f) => (f === 'photos' ? (d.photos ?? []).map((p) => p.id) : d[f])),
    );
  return key(a) === key(b);
}

/**
 * The rounds a revision may carry when `edits` edits lead to it from `old` (null: from nothing).
 * One edit keeps the round for a draft, and for a pending submission whose work is unchanged;
 * any other submission is the next round. A replicated chain of edits made offline arrives as
 * its newest revision only, so each edit in between may have moved the round by one.
 */
export function activityRoundRange(
  old: Stored | null,
  oldStatus: ActivityStatus,
  next: Work,
  edits = 1,
): { min: number; max: number } {
  const oldRound = old?.round ?? 0;
  const steps = Math.max(1, Math.floor(edits));
  if (next.status === 'draft') return { min: oldRound, max: oldRound + steps - 1 };
  const unchanged = oldStatus === 'submitted' && old !== null && isSameWork(old, next);
  if (unchanged) return { min: oldRound, max: steps === 1 ? oldRound : oldRound + steps };
  return { min: oldRound + 1, max: oldRound + steps };
}

/** The round the next revision of an activity carries when it is saved as one edit of `old`. */
export function nextActivityRound(
  old: Stored | null,
  oldStatus: ActivityStatus,
  next: Work,
): number {
  return activityRoundRange(old, oldStatus, next, 1).min;
}
