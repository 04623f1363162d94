import type { ActivityStatus } from '../core/activity-status';
import type { SkpStatus } from '../core/skp-status';
import { Chip, type ChipTone } from './chip';
import { useVocabulary } from './use-vocabulary';

const STATUS_TONES = {
  none: 'neutral',
  draft: 'neutral',
  submitted: 'info',
  approved: 'success',
  returned: 'danger',
} as const satisfies Record<ActivityStatus | SkpStatus, ChipTone>;

/**
 * Draf / Diajukan / Disetujui / Dikembalikan of a daily activity or an SKP (or Belum disusun for
 * an SKP not drafted yet), in its tone.
 */
export function StatusChip({ status }: { status: ActivityStatus | SkpStatus }) {
  const vocabulary = useVocabulary();
  return <Chip tone={STATUS_TONES[status]}>{vocabulary.status(status)}</Chip>;
}
