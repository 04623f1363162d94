/**
 * "Keluar", in the frame's header on every screen, so that no screen (not even one that fails)
 * can keep a person from signing out. Unsent documents are named first: signing out then would
 * lose them, unless the person syncs first.
 */
import { useState } from 'react';
import { useSessionStore } from '../data/session-store';
import { useSyncNowIfAny } from '../data/user-data';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { useT } from '../ui/i18n';
import { signOutMessages } from './sign-out-messages';

export function SignOutButton({ className }: { className?: string }) {
  const t = useT(signOutMessages);
  const signOut = useSessionStore((s) => s.signOut);
  const syncNow = useSyncNowIfAny();
  const [pendingOnSignOut, setPendingOnSignOut] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  async function trySignOut(force: boolean) {
    setBusy(true);
    try {
      const result = await signOut({ force });
      setPendingOnSignOut(result.ok ? null : result.pending);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button
        variant="ghost"
        className={className}
        busy={busy}
        onClick={() => void trySignOut(false)}
      >
        {t('signOut')}
      </Button>
      <Dialog
        alert
        open={pendingOnSignOut !== null}
        title={t('signOutPendingTitle', { count: pendingOnSignOut ?? 0 })}
        onClose={() => setPendingOnSignOut(null)}
        actions={
          <>
            {syncNow && (
              <Button
                variant="primary"
                onClick={() => {
                  setPendingOnSignOut(null);
                  syncNow();
                }}
              >
                {t('syncFirst')}
              </Button>
            )}
            <Button variant="danger" busy={busy} onClick={() => void trySignOut(true)}>
              {t('signOutAnyway')}
            </Button>
          </>
        }
      >
        <p>{t('signOutPendingBody')}</p>
      </Dialog>
    </>
  );
}
