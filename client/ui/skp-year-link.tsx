import type { SkpStatus } from '../core/skp-status';
import { Link } from './navigation';
import { StatusChip } from './status-chip';
import { useVocabulary } from './use-vocabulary';

type Props = { periodId: string; year: number; status: SkpStatus };

/**
 * "SKP tahun 2026" as a link to that SKP, then its status: one item of a list of a person's plans
 * (the SKP list, the Kinerja overview). The list item around it sets the layout.
 */
export function SkpYearLink({ periodId, year, status }: Props) {
  const vocabulary = useVocabulary();
  return (
    <>
      <Link to={`/kinerja/skp/${periodId}`}>{vocabulary.skpOfYear(year)}</Link>
      <StatusChip status={status} />
    </>
  );
}
