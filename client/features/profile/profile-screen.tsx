/** Profil: who is signed in, language and theme, what this device keeps, and signing out. */
import { useState } from 'react';
import { useSessionStore } from '../../data/session-store';
import { useSyncNow } from '../../data/user-data';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Dialog } from '../../ui/dialog';
import { useT } from '../../ui/i18n';
import { usePrefsStore, type Lang, type Theme } from '../../ui/prefs-store';
import { Select } from '../../ui/select';
import { DeviceCard } from './device-card';
import { IdentityCard } from './identity-card';
import { profileMessages } from './profile-messages';

/** Language names are written in their own language, so anyone can find theirs. */
const LANGUAGE_OPTIONS = [
  { value: 'id', label: 'Bahasa Indonesia', translate: false },
  { value: 'en', label: 'English', translate: false },
];

export function ProfileScreen() {
  const t = useT(profileMessages);
  const { lang, theme, setLang, setTheme } = usePrefsStore();
  const signOut = useSessionStore((s) => s.signOut);
  const syncNow = useSyncNow();
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
      <h1>{t('title')}</h1>
      <IdentityCard />
      <Card title={t('display')}>
        <Select
          label={t('language')}
          options={LANGUAGE_OPTIONS}
          value={lang}
          onChange={(e) => setLang(e.target.value as Lang)}
        />
        <Select
          label={t('theme')}
          options={[
            { value: 'system', label: t('themeSystem') },
            { value: 'light', label: t('themeLight') },
            { value: 'dark', label: t('themeDark') },
          ]}
          value={theme}
          onChange={(e) => setTheme(e.target.value as Theme)}
        />
      </Card>
      <DeviceCard />
      <Button variant="secondary" busy={busy} onClick={() => void trySignOut(false)}>
        {t('signOut')}
      </Button>
      <Dialog
        alert
        open={pendingOnSignOut !== null}
        title={t('signOutPendingTitle', { count: pendingOnSignOut ?? 0 })}
        onClose={() => setPendingOnSignOut(null)}
        actions={
          <>
            <Button
              variant="primary"
              onClick={() => {
                setPendingOnSignOut(null);
                syncNow();
              }}
            >
              {t('syncFirst')}
            </Button>
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
