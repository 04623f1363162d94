import type { ActivityStatus } from '../core/activity-status';
import { Chip, type ChipTone } from './chip';
import { useVocabulary } from './use-vocabulary';

const STATUS_TONES = {
  draft: 'neutral',
  submitted: 'info',
  approved: 'success',
  returned: 'danger',
} as const satisfies Record<ActivityStatus, ChipTone>;

/** Draf / Diajukan / Disetujui / Dikembalikan of a daily activity, in its tone. */
export function ActivityStatusChip({ status }: { status: ActivityStatus }) {
  const vocabulary = useVocabulary();
  return <Chip tone={STATUS_TONES[status]}>{vocabulary.activityStatus(status)}</Chip>;
}
