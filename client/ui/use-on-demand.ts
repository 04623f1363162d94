/**
 * Documents a screen opens on demand from the server (fetch-on-demand.ts), live: asked for when
 * the screen opens, again when the connection returns or a sync completes, and read from the
 * device's kept copies offline. What was shown stays shown while it is asked for again. Used
 * beside an appraisal (what it cites) and in Kelola → Kehadiran (the attendance month as imported).
 */
import { useEffect, useState } from 'react';
import { openAllOnDemand, type OnDemandDoc } from '../data/fetch-on-demand';
import { useSyncStore } from '../data/sync-store';
import { useReadModel } from '../data/user-data';
import { useOnline } from './use-online';

export type OnDemand = {
  /** The answer for each id asked for, once it came. */
  docs: ReadonlyMap<string, OnDemandDoc>;
  /** True until the ids asked for now have each been answered once. */
  loading: boolean;
};

type Loaded = { key: string; docs: ReadonlyMap<string, OnDemandDoc> };

export function useOnDemand(ids: readonly string[]): OnDemand {
  const rm = useReadModel();
  const online = useOnline();
  const lastSyncedAt = useSyncStore((s) => s.lastSyncedAt);
  const key = ids.join('\n');
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (key === '') return;
    let live = true;
    openAllOnDemand(rm, key.split('\n')).then(
      (docs) => {
        if (live) setLoaded({ key, docs: new Map(docs.map((d) => [d.id, d])) });
      },
      // The device's store closed under it (signing out, the screen gone) or failed: nothing
      // to show, and nothing left unhandled.
      () => {
        if (live) setLoaded({ key, docs: new Map() });
      },
    );
    return () => {
      live = false;
    };
  }, [rm, key, online, lastSyncedAt]);

  if (key === '') return { docs: new Map(), loading: false };
  return { docs: loaded?.docs ?? new Map(), loading: loaded?.key !== key };
}
