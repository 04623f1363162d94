/**
 * Whether entries just saved have reached the server: asked again whenever the sync status
 * changes (the engine moves its checkpoint before it publishes a new waiting count).
 */
import { useEffect, useState } from 'react';
import { sendStateOf, type SendState } from '../../data/sync-ledger';
import { useSyncStore } from '../../data/sync-store';
import { useCommandContext } from '../../data/user-data';

/** The send state of `ids`; undefined until first read. */
export function useSendState(ids: readonly string[]): SendState | undefined {
  const { db } = useCommandContext();
  const syncState = useSyncStore((s) => s.state);
  const pending = useSyncStore((s) => s.pending);
  const denied = useSyncStore((s) => s.denied);
  const lastSyncedAt = useSyncStore((s) => s.lastSyncedAt);
  const [state, setState] = useState<SendState | undefined>(undefined);
  const key = ids.join(' ');
  useEffect(() => {
    let live = true;
    void sendStateOf(db, key === '' ? [] : key.split(' ')).then(
      (s) => live && setState(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, key, syncState, pending, denied, lastSyncedAt]);
  return state;
}
