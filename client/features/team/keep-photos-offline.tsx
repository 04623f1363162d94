/**
 * "Simpan foto untuk luring": a head about to lose signal downloads the original photos of the
 * entries waiting in the queue, so they can be checked offline. Nothing is downloaded unasked.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { PhotoRef } from '../../core/schemas/work';
import { cachedIds } from '../../data/photo-cache';
import { keepPhotosOffline } from '../../data/queries/activity-photos';
import type { ActivityRow } from '../../data/read-model';
import { useCommandContext, useReadModel } from '../../data/user-data';
import { Button } from '../../ui/button';
import { useT } from '../../ui/i18n';
import { teamMessages } from './team-messages';

export function KeepPhotosOffline({ entries }: { entries: readonly ActivityRow[] }) {
  const t = useT(teamMessages);
  const refs = useMemo<PhotoRef[]>(() => entries.flatMap((e) => e.photos), [entries]);
  const key = refs.map((r) => r.id).join('\n');
  const [done, setDone] = useState<number | null>(null);
  const [failed, setFailed] = useState(0);
  const rm = useReadModel();
  const { db } = useCommandContext();
  // A live query: it counts again whenever a photo enters the cache. (The queue holds the
  // reports' entries only, so none of its photos is replicated to this device.)
  const cached = useLiveQuery(() => cachedIds(rm, key === '' ? [] : key.split('\n')), [rm, key]);
  const count = cached ? refs.filter((r) => cached.has(r.id)).length : null;

  if (refs.length === 0) return null;
  const keep = async () => {
    setDone(0);
    setFailed(await keepPhotosOffline(refs, setDone, { db, rm }).catch(() => refs.length));
    setDone(null);
  };
  return (
    <div className="team-offline-photos" aria-live="polite">
      {done !== null ? (
        <p className="muted">{t('keepOfflineBusy', { done, total: refs.length })}</p>
      ) : (
        count !== null && (
          <p className="muted">{t('keepOfflineStatus', { held: count, total: refs.length })}</p>
        )
      )}
      {failed > 0 && done === null && (
        <p className="field__error">{t('keepOfflineFailed', { count: failed })}</p>
      )}
      {count !== null && count < refs.length && (
        <Button busy={done !== null} onClick={() => void keep()}>
          {t('keepOffline')}
        </Button>
      )}
    </div>
  );
}
