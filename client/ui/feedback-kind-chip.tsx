import type { FeedbackKind } from '../core/vocabulary';
import { Chip, type ChipTone } from './chip';
import { useVocabulary } from './use-vocabulary';

const TONE = {
  apresiasi: 'success',
  'perlu-perbaikan': 'warning',
  bimbingan: 'info',
  dialog: 'neutral',
} as const satisfies Record<FeedbackKind, ChipTone>;

/** The kind of a feedback (Apresiasi, Perlu perbaikan, Bimbingan, Dialog kinerja) as a chip. */
export function FeedbackKindChip({ kind }: { kind: FeedbackKind }) {
  const vocabulary = useVocabulary();
  return <Chip tone={TONE[kind]}>{vocabulary.feedbackKind(kind)}</Chip>;
}
