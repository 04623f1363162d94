import { useLiveQuery } from 'dexie-react-hooks';
import { appraisalContext, type AppraisalContext } from '../../../data/queries/appraisal-queries';
import { useReadModel } from '../../../data/user-data';

/**
 * Everything on this device about one person's appraisal of one period (the appraisal, its SKP,
 * logs, feedback, answer and decision), live: undefined while it loads, null when the period is
 * unknown here.
 */
export function useAppraisalContext(
  nip: string,
  periodId: string,
): AppraisalContext | null | undefined {
  const rm = useReadModel();
  return useLiveQuery(() => appraisalContext(rm, nip, periodId), [rm, nip, periodId]);
}
