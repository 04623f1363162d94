import { useEffect, useState } from 'react';
import { useSessionStore } from '../../data/session-store';
import { useStorageStore } from '../../data/storage';
import { Card } from '../../ui/card';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Skeleton } from '../../ui/skeleton';
import { profileMessages } from './profile-messages';

/** "Tetap masuk di perangkat ini" and what this device stores. */
export function DeviceCard() {
  const t = useT(profileMessages);
  const format = useFormat();
  const stayOnDevice = useSessionStore((s) => s.stayOnDevice);
  const { usage, quota, persisted, low, refresh } = useStorageStore();
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    void refresh()
      .catch(() => undefined)
      .finally(() => setLoaded(true));
  }, [refresh]);

  return (
    <Card title={t('device')}>
      <p>{stayOnDevice ? t('stayOn') : t('stayOff')}</p>
      {!loaded ? (
        <Skeleton lines={2} height="1.5rem" />
      ) : usage !== null && quota !== null ? (
        <>
          <p>{t('storageUsed', { used: format.bytes(usage), quota: format.bytes(quota) })}</p>
          {low && <p className="field__error">{t('storageLow')}</p>}
          <p className="muted">{persisted ? t('storagePersisted') : t('storageNotPersisted')}</p>
        </>
      ) : (
        <p className="muted">{t('storageUnknown')}</p>
      )}
    </Card>
  );
}
