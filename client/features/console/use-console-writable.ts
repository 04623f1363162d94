/**
 * Whether the console may change the organisation now. It works on the last synced data while
 * offline, read-only: organisation changes are judged against everyone else's, so they are made
 * online (the browser has a network and the last sync did not find the server unreachable).
 */
import { useSyncStore } from '../../data/sync-store';
import { useOnline } from '../../ui/use-online';

export function useConsoleWritable(): boolean {
  const online = useOnline();
  const offline = useSyncStore((s) => s.state === 'offline');
  return online && !offline;
}
