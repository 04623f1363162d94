/** The "Konflik" list for the screens: what the projector's auto-merge could not join. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ConflictRow } from '../read-model';
import { useReadModel } from '../user-data';

/** The Konflik list of the signed-in user, oldest first (empty while loading). */
export function useConflicts(): ConflictRow[] {
  const rm = useReadModel();
  return useLiveQuery(() => rm.conflicts.orderBy('detectedAt').toArray(), [rm], []);
}
