/**
 * Sign-in: NIP and password, "Tetap masuk di perangkat ini", and a clear sentence for each way it
 * can fail (wrong credentials, too many attempts with the wait, no network on a first sign-in).
 * The password field also takes a one-time activation code: when the server says it is one, the
 * person chooses a password ("Buat kata sandi") and is signed in with it. "Lupa kata sandi?"
 * says how to get a new code.
 */
import { Brand } from '../../ui/brand-mark';
import { useRef, useState, type FormEvent } from 'react';
import { ActivationRequired, SignInError } from '../../data/session-api';
import { useSessionStore } from '../../data/session-store';
import { Banner } from '../../ui/banner';
import { Button } from '../../ui/button';
import { Checkbox } from '../../ui/checkbox';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { usePrefsStore } from '../../ui/prefs-store';
import { TextField } from '../../ui/text-field';
import { useOnline } from '../../ui/use-online';
import { authMessages } from './auth-messages';
import { ChoosePasswordForm } from './choose-password-form';
import { useCountdown } from './use-countdown';
import './auth.css';

/** Why the last try failed; `until` while sign-in is paused, `remaining` tries before a pause. */
type Failure = {
  kind: SignInError['kind'];
  /** The server's own words (Indonesian), for a refusal only it can explain. */
  reason?: string;
  until: number | null;
  remaining?: number;
  codeExpired?: boolean;
};

export function SignInScreen() {
  const t = useT(authMessages);
  const format = useFormat();
  const online = useOnline();
  const signIn = useSessionStore((s) => s.signIn);
  const lang = usePrefsStore((s) => s.lang);
  const setLang = usePrefsStore((s) => s.setLang);

  const [nip, setNip] = useState('');
  const [password, setPassword] = useState('');
  const [stay, setStay] = useState(false);
  const [showPassword, setShowPassword] = useState(false);
  const [errors, setErrors] = useState<{ nip?: 'missing' | number; password?: boolean }>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  /** Set after a right activation code: the person chooses a password next. */
  const [activation, setActivation] = useState<{ nip: string; code: string } | null>(null);
  const nipRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const waitLeft = useCountdown(failure?.until ?? null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // People paste NIPs as "19881112 201101 2 003".
    const cleanNip = nip.replace(/\s+/g, '');
    // All digits but not 18 of them is a mistyped NIP: say so before asking the server. Other
    // names (the "admin" account) go to the server as they are.
    const digits = /^\d+$/.test(cleanNip) && cleanNip.length !== 18 ? cleanNip.length : undefined;
    const nipError: 'missing' | number | undefined = cleanNip === '' ? 'missing' : digits;
    const found = { nip: nipError, password: password === '' };
    setErrors(found);
    if (found.nip !== undefined) return nipRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    setBusy(true);
    setFailure(null);
    try {
      await signIn(cleanNip, password, stay);
    } catch (error) {
      if (error instanceof ActivationRequired) {
        setActivation({ nip: cleanNip, code: password });
        setPassword('');
        return;
      }
      const known = error instanceof SignInError ? error : null;
      const kind = known?.kind ?? 'server';
      const retry = known?.retryAfterSeconds;
      // A wrong password may itself start a pause; the server says so with a wait.
      const paused = kind === 'rate-limited' || (kind === 'credentials' && retry !== undefined);
      setFailure({
        kind,
        until: paused ? Date.now() + (retry ?? 60) * 1000 : null,
        remaining: known?.remaining,
        codeExpired: known?.codeExpired,
        ...(kind === 'inactive' && known ? { reason: known.message } : {}),
      });
      if (kind === 'credentials') {
        setPassword('');
        passwordRef.current?.focus();
      }
    } finally {
      setBusy(false);
    }
  }

  const failureText =
    failure === null
      ? null
      : failure.until !== null
        ? waitLeft > 0
          ? t(failure.kind === 'credentials' ? 'wrongPaused' : 'rateLimited', {
              wait: format.wait(waitLeft),
            })
          : t('rateLimitedOver')
        : failure.kind === 'credentials' && failure.codeExpired
          ? t('codeExpired')
          : failure.kind === 'credentials'
            ? failure.remaining !== undefined && failure.remaining > 0
              ? `${t('wrongCredentials')} ${t('triesLeft', { count: failure.remaining })}`
              : t('wrongCredentials')
            : failure.kind === 'offline'
              ? t('offline')
              : failure.kind === 'inactive'
                ? lang === 'id' && failure.reason
                  ? failure.reason
                  : t('inactive')
                : t('server');

  return (
    <div className="auth">
      <header className="auth__header">
        <span className="app-brand">
          <Brand />
        </span>
        <Button
          variant="ghost"
          lang={lang === 'id' ? 'en' : 'id'}
          onClick={() => setLang(lang === 'id' ? 'en' : 'id')}
        >
          {t('language')}
        </Button>
      </header>
      <main id="main" className="auth__main" tabIndex={-1}>
        {activation ? (
          <ChoosePasswordForm
            nip={activation.nip}
            code={activation.code}
            stay={stay}
            onCancel={() => setActivation(null)}
          />
        ) : (
          <>
            <h1>{t('title')}</h1>
            <p className="muted">{t('intro')}</p>
            {!online && failure?.kind !== 'offline' && <Banner>{t('offlineNow')}</Banner>}
            <form className="card auth__form" onSubmit={(e) => void submit(e)} noValidate>
              <TextField
                ref={nipRef}
                label={t('nip')}
                hint={t('nipHint')}
                error={
                  errors.nip === 'missing'
                    ? t('nipRequired')
                    : errors.nip !== undefined
                      ? t('nipLength', { count: errors.nip })
                      : undefined
                }
                name="username"
                autoComplete="username"
                inputMode="numeric"
                autoCapitalize="off"
                spellCheck={false}
                required
                value={nip}
                onChange={(e) => setNip(e.target.value)}
              />
              <TextField
                ref={passwordRef}
                label={t('password')}
                hint={t('passwordHint')}
                error={errors.password ? t('passwordRequired') : undefined}
                name="password"
                type={showPassword ? 'text' : 'password'}
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
              <Checkbox
                label={t('showPassword')}
                checked={showPassword}
                onChange={(e) => setShowPassword(e.target.checked)}
              />
              <Checkbox
                label={t('stay')}
                hint={t('stayHint')}
                name="stay"
                checked={stay}
                onChange={(e) => setStay(e.target.checked)}
              />
              <div aria-live="assertive">
                {failureText && (
                  <Banner tone={failure?.kind === 'offline' ? 'neutral' : 'danger'}>
                    {failureText}
                  </Banner>
                )}
              </div>
              <Button type="submit" variant="primary" block busy={busy} disabled={waitLeft > 0}>
                {t('submit')}
              </Button>
            </form>
            <details className="auth__forgot">
              <summary>{t('forgot')}</summary>
              <p>{t('forgotBody')}</p>
            </details>
          </>
        )}
      </main>
    </div>
  );
}
