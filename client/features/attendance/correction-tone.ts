/** The chip tone of a correction's status (colour is a second cue: the chip says it in words). */
import type { CorrectionStatus } from '../../core/attendance-rules';
import type { ChipTone } from '../../ui/chip';

export const CORRECTION_TONE: Record<CorrectionStatus, ChipTone> = {
  pending: 'info',
  approved: 'info',
  declined: 'danger',
  applied: 'success',
};
