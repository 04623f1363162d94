/** The status a person sees on a daily activity, derived from the activity and its verification. */
import type { ActivityDoc, VerificationDoc } from './schemas/work';

export const ACTIVITY_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const ACTIVITY_STATUS_LABELS = {
  draft: 'Draf',
  submitted: 'Diajukan',
  approved: 'Disetujui',
  returned: 'Dikembalikan',
} as const satisfies Record<ActivityStatus, string>;

type ActivityState = Pick<ActivityDoc, 'status' | 'round'>;
type VerificationState = Pick<VerificationDoc, 'round' | 'decision'>;

/** Draf / Diajukan / Disetujui / Dikembalikan: a verification counts only for the current round. */
export function activityStatus(
  activity: ActivityState,
  verification: VerificationState | null | undefined,
): ActivityStatus {
  if (activity.status === 'draft') {
    return verification &&
      verification.round === activity.round &&
      verification.decision === 'returned'
      ? 'returned'
      : 'draft';
  }
  if (!verification || verification.round !== activity.round) return 'submitted';
  return verification.decision === 'approved' ? 'approved' : 'returned';
}

/** True when the employee may still change the activity (not approved). */
export function isActivityEditable(
  activity: ActivityState,
  verification: VerificationState | null | undefined,
): boolean {
  return activityStatus(activity, verification) !== 'approved';
}
