/**
 * The sync status under the header of every screen. Offline is a calm state, not an error:
 * changes stay on the device and go out when the network returns. A long pull (a first sync, or
 * after a long time offline) says how far it is, with a bar: the person's data arrives while
 * they watch, and "Terakhir disinkron" comes when it is there.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useSyncStore } from '../../data/sync-store';
import { useReadModel, useSyncNow } from '../../data/user-data';
import { Button } from '../../ui/button';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Icon } from '../../ui/icon';
import { Link } from '../../ui/navigation';
import { ReauthDialog } from './reauth-dialog';
import { syncStatusMessages } from './sync-status-messages';
import './sync-status.css';

/** Two arrows in a circle. */
const SYNC_ICON = 'M20 11a8 8 0 0 0-14.6-4.5L4 8m0-5v5h5M4 13a8 8 0 0 0 14.6 4.5L20 16m0 5v-5h-5';

export function SyncStatusBar() {
  const t = useT(syncStatusMessages);
  const format = useFormat();
  const state = useSyncStore((s) => s.state);
  const lastSyncedAt = useSyncStore((s) => s.lastSyncedAt);
  const pending = useSyncStore((s) => s.pending);
  const deniedCount = useSyncStore((s) => s.denied.length);
  const progress = useSyncStore((s) => (s.state === 'syncing' ? s.progress : null));
  const syncNow = useSyncNow();
  const [reauthOpen, setReauthOpen] = useState(false);
  // Counted straight from the read model: the conflict module itself loads with /sinkron only.
  const readModel = useReadModel();
  const conflictCount = useLiveQuery(() => readModel.conflicts.count(), [readModel], 0);

  const lastSynced = lastSyncedAt
    ? t('lastSynced', {
        time:
          format.relativeDays(lastSyncedAt) === format.relativeDays(new Date())
            ? format.time(lastSyncedAt)
            : `${format.date(lastSyncedAt, 'short')}, ${format.time(lastSyncedAt)}`,
      })
    : t('neverSynced');

  // What is announced: the state changes that matter, not every "syncing" blink.
  const headline =
    state === 'offline'
      ? t('offline')
      : state === 'error'
        ? t('error')
        : state === 'auth-required'
          ? t('authRequired')
          : state === 'syncing'
            ? progress
              ? t('downloading', {
                  done: format.number(progress.done),
                  total: format.number(progress.total),
                })
              : t('syncing')
            : lastSynced;

  return (
    <section className="sync-bar" data-state={state} aria-label={t('region')}>
      <span className="sync-bar__dot" aria-hidden="true" />
      <div className="sync-bar__text">
        <span aria-live={state === 'syncing' ? 'off' : 'polite'}>{headline}</span>
        {progress && (
          <progress
            className="sync-bar__progress"
            max={Math.max(progress.total, 1)}
            value={Math.min(progress.done, progress.total)}
            aria-label={t('downloadProgress')}
          />
        )}
        {(state === 'offline' || state === 'syncing') && lastSyncedAt && (
          <span className="sync-bar__detail">{lastSynced}</span>
        )}
        {pending > 0 && (
          <span className="sync-bar__detail">{t('pending', { count: pending })}</span>
        )}
        {deniedCount > 0 && (
          <Link to="/sinkron" className="sync-bar__denied">
            {t('denied', { count: deniedCount })}
          </Link>
        )}
        {conflictCount > 0 && (
          <Link to="/sinkron" className="sync-bar__denied">
            {t('conflicts', { count: conflictCount })}
          </Link>
        )}
      </div>
      {state === 'auth-required' ? (
        <Button
          variant="secondary"
          className="sync-bar__action"
          onClick={() => setReauthOpen(true)}
        >
          {t('reauth')}
        </Button>
      ) : (
        <Button
          variant="ghost"
          className="sync-bar__action"
          onClick={syncNow}
          busy={state === 'syncing'}
          disabled={state === 'offline'}
        >
          {state !== 'syncing' && <Icon d={SYNC_ICON} size={20} />}
          <span className="sync-bar__label">{t('syncNow')}</span>
        </Button>
      )}
      <ReauthDialog open={reauthOpen} onClose={() => setReauthOpen(false)} />
    </section>
  );
}
