/**
 * "Versi baru tersedia": offered, applied when the person agrees, and held back while a form
 * has unsaved typing or documents wait to be sent; the reason is shown, and the update then
 * applies by itself once nothing would be lost.
 */
import { useEffect } from 'react';
import { Banner } from '../ui/banner';
import { Button } from '../ui/button';
import { useAnyFormDirty } from '../ui/dirty-forms';
import { useT } from '../ui/i18n';
import { pwaMessages } from './pwa-messages';
import { useUpdateStore } from './update-store';

/** `pendingDocuments` is null until the local database has counted them. */
export function UpdatePrompt({ pendingDocuments }: { pendingDocuments: number | null }) {
  const t = useT(pwaMessages);
  const { available, consented, dismissed, applying, consent, dismiss, apply } = useUpdateStore();
  const formDirty = useAnyFormDirty();
  // Not yet counted is not none: the update waits for the count.
  const blocked = formDirty || pendingDocuments !== 0;

  useEffect(() => {
    if (available && consented && !blocked) apply();
  }, [available, consented, blocked, apply]);

  if (!available || dismissed) return null;

  const reason = formDirty
    ? t('waitingForForm')
    : pendingDocuments === null
      ? t('waitingForCount')
      : pendingDocuments > 0
        ? t('waitingForSync', { count: pendingDocuments })
        : null;

  return (
    <Banner
      tone="info"
      role="status"
      actions={
        <div className="row">
          {!consented && (
            <Button variant="primary" onClick={consent}>
              {t('updateNow')}
            </Button>
          )}
          {!applying && (
            <Button variant="ghost" onClick={dismiss}>
              {t('updateLater')}
            </Button>
          )}
        </div>
      }
    >
      <span>
        {applying ? t('updating') : t('updateAvailable')}
        {reason && !applying && (
          <>
            {' '}
            {reason}
            {consented && ` ${t('willApply')}`}
          </>
        )}
      </span>
    </Banner>
  );
}
