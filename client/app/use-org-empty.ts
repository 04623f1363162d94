/**
 * Whether the organisation is still empty (no work unit on this device after a completed sync):
 * the admin is then pointed to the first set-up. A device that never synced says nothing yet.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useReadModel } from '../data/user-data';
import { useSyncStore } from '../data/sync-store';

export function useOrgEmpty(enabled: boolean): boolean {
  const readModel = useReadModel();
  const synced = useSyncStore((s) => s.lastSyncedAt !== null);
  const units = useLiveQuery(
    async () => (enabled ? readModel.units.count() : undefined),
    [enabled, readModel],
  );
  return enabled && synced && units === 0;
}
