import type { FeedbackKind } from '../../core/vocabulary';
import { Chip, type ChipTone } from '../../ui/chip';
import { useVocabulary } from '../../ui/use-vocabulary';

const TONE: Record<FeedbackKind, ChipTone> = {
  apresiasi: 'success',
  'perlu-perbaikan': 'warning',
  bimbingan: 'info',
  dialog: 'neutral',
};

/** The kind of a feedback (Apresiasi, Perlu perbaikan, Bimbingan, Dialog kinerja) as a chip. */
export function KindChip({ kind }: { kind: FeedbackKind }) {
  const vocabulary = useVocabulary();
  return <Chip tone={TONE[kind]}>{vocabulary.feedbackKind(kind)}</Chip>;
}
