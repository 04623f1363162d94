import type { ActivityStatus } from '../../core/activity-status';
import type { ChipTone } from '../../ui/chip';

/** Message keys of the activity statuses, in the order Beranda lists them. */
export const STATUS_KEYS = {
  approved: 'statusApproved',
  submitted: 'statusSubmitted',
  returned: 'statusReturned',
  draft: 'statusDraft',
} as const satisfies Record<ActivityStatus, string>;

export const STATUS_TONES = {
  approved: 'success',
  submitted: 'info',
  returned: 'danger',
  draft: 'neutral',
} as const satisfies Record<ActivityStatus, ChipTone>;
