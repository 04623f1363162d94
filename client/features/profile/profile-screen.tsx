/**
 * Profil: who is signed in, changing the password, language and theme, and what this device
 * keeps. Signing out is in the frame's header, on every screen.
 */
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { Link } from '../../ui/navigation';
import { useT } from '../../ui/i18n';
import { usePrefsStore, type Lang, type Theme } from '../../ui/prefs-store';
import { Select } from '../../ui/select';
import { ChangePasswordCard } from './change-password-card';
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

  return (
    <>
      <h1>{t('title')}</h1>
      <IdentityCard />
      <ChangePasswordCard />
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
      <Card title={t('myData')}>
        <p>{t('myDataBody')}</p>
        <Link to="/data-saya">{t('whoSees')}</Link>
      </Card>
      <Card title={t('help')}>
        <p>{t('helpBody')}</p>
        <div className="row">
          <Link to="/tentang" className={buttonClass('secondary')}>
            {t('about')}
          </Link>
          <Link to="/?panduan=1" className={buttonClass('ghost')}>
            {t('showTour')}
          </Link>
        </div>
      </Card>
      <DeviceCard />
      <p className="muted">{t('signOutHint')}</p>
    </>
  );
}
