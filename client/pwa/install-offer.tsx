/**
 * A quiet install offer, shown only after the person's first useful action (a document saved
 * and sent): on Chromium through `beforeinstallprompt`, on iOS Safari as the manual steps.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { Banner } from '../ui/banner';
import { Button } from '../ui/button';
import { useT } from '../ui/i18n';
import { hadUsefulAction, noteUsefulAction, subscribeUsefulAction } from '../ui/useful-action';
import { pwaMessages } from './pwa-messages';
import { isIosSafari, isStandalone, useInstallStore } from './install-store';

/** A document leaving the device (pending went down to zero) counts as a useful action. */
function useSentCounts(pendingDocuments: number) {
  const previous = useRef(pendingDocuments);
  useEffect(() => {
    if (previous.current > 0 && pendingDocuments === 0) noteUsefulAction();
    previous.current = pendingDocuments;
  }, [pendingDocuments]);
}

export function InstallOffer({ pendingDocuments }: { pendingDocuments: number }) {
  const t = useT(pwaMessages);
  useSentCounts(pendingDocuments);
  const useful = useSyncExternalStore(subscribeUsefulAction, hadUsefulAction, () => false);
  const { promptEvent, installed, later, install, postpone } = useInstallStore();

  if (!useful || installed || later || isStandalone()) return null;

  if (promptEvent) {
    return (
      <Banner
        actions={
          <div className="row">
            <Button variant="primary" onClick={() => void install()}>
              {t('install')}
            </Button>
            <Button variant="ghost" onClick={postpone}>
              {t('installLater')}
            </Button>
          </div>
        }
      >
        {t('installOffer')}
      </Banner>
    );
  }

  if (!isIosSafari()) return null;
  return (
    <div className="banner">
      <div className="banner__body">
        <h2>{t('iosTitle')}</h2>
        <p>{t('iosWhy')}</p>
        <ol>
          <li>{t('iosStep1')}</li>
          <li>{t('iosStep2')}</li>
          <li>{t('iosStep3')}</li>
        </ol>
      </div>
      <Button variant="secondary" onClick={postpone}>
        {t('iosDone')}
      </Button>
    </div>
  );
}
