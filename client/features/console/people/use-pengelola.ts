/**
 * Who is Pengelola Kinerja: a role kept in the accounts on the server, not in the directory, so
 * the list asks the server once (the admin may read it, online). Null while unknown or not
 * readable: the role filter then says so instead of showing nobody.
 */
import { useEffect, useState } from 'react';
import { listPengelola } from '../../../data/admin-api';

export function usePengelolaNips(enabled: boolean): ReadonlySet<string> | null {
  const [nips, setNips] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    listPengelola().then(
      (list) => {
        if (live) setNips(new Set(list.map((p) => p.nip)));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [enabled]);
  return nips;
}
