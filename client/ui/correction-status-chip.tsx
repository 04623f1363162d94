import type { CorrectionStatus } from '../core/attendance-rules';
import { Chip, type ChipTone } from './chip';
import { useAttendanceVocabulary } from './use-attendance-vocabulary';

/** Waiting (for the head, then for the Pengelola) reads alike; the words tell which. */
const TONE = {
  pending: 'info',
  approved: 'info',
  declined: 'danger',
  applied: 'success',
} as const satisfies Record<CorrectionStatus, ChipTone>;

/**
 * Where an attendance correction stands (Menunggu keputusan atasan, Disetujui atasan, menunggu
 * diterapkan Pengelola, Ditolak atasan, Sudah diterapkan) as a chip, the same for the employee,
 * the head and the Pengelola; colour is only a second cue.
 */
export function CorrectionStatusChip({ status }: { status: CorrectionStatus }) {
  const v = useAttendanceVocabulary();
  return <Chip tone={TONE[status]}>{v.correction(status)}</Chip>;
}
