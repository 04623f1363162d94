/**
 * The server session ended while the device kept working (state 'auth-required'): ask for the
 * password again, without signing out, so nothing on the device is touched. After a reset the
 * person has an activation code instead: they choose a new password here and go on syncing.
 */
import { useState, type FormEvent } from 'react';
import { activateAccount, ActivationRequired, SignInError } from '../../data/session-api';
import { useSessionStore } from '../../data/session-store';
import { Button } from '../../ui/button';
import { commonMessages } from '../../ui/common-messages';
import { Dialog } from '../../ui/dialog';
import { useT } from '../../ui/i18n';
import {
  newPasswordError,
  NewPasswordFields,
  type NewPassword,
} from '../../ui/new-password-fields';
import { TextField } from '../../ui/text-field';
import { syncStatusMessages } from './sync-status-messages';

const ERROR_KEYS = {
  credentials: 'reauthWrong',
  'rate-limited': 'reauthLimited',
  offline: 'reauthOffline',
  server: 'reauthServer',
  inactive: 'reauthInactive',
} as const satisfies Record<SignInError['kind'], string>;

export function ReauthDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(syncStatusMessages);
  const tc = useT(commonMessages);
  const user = useSessionStore((s) => s.user);
  const stayOnDevice = useSessionStore((s) => s.stayOnDevice);
  const signIn = useSessionStore((s) => s.signIn);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<keyof typeof ERROR_KEYS | 'code' | null>(null);
  const [busy, setBusy] = useState(false);
  /** The activation code the person gave, once the server said it is one. */
  const [code, setCode] = useState<string | null>(null);
  const [next, setNext] = useState<NewPassword>({ password: '', confirm: '' });
  const [showNext, setShowNext] = useState(false);
  const [tried, setTried] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!user) return;
    if (code !== null) return choose(user.nip, code);
    if (password === '') return;
    setBusy(true);
    try {
      await signIn(user.nip, password, stayOnDevice);
      setPassword('');
      setError(null);
      onClose();
    } catch (err) {
      if (err instanceof ActivationRequired) {
        setCode(password);
        setPassword('');
        setError(null);
      } else setError(err instanceof SignInError ? err.kind : 'server');
    } finally {
      setBusy(false);
    }
  }

  async function choose(nip: string, activationCode: string) {
    setTried(true);
    if (newPasswordError(next, nip) !== null) return;
    setBusy(true);
    try {
      await activateAccount(nip, activationCode, next.password);
      await signIn(nip, next.password, stayOnDevice);
      setCode(null);
      setNext({ password: '', confirm: '' });
      setTried(false);
      setError(null);
      onClose();
    } catch (err) {
      const kind = err instanceof SignInError ? err.kind : 'server';
      if (kind === 'credentials') {
        setCode(null);
        setError('code');
      } else setError(kind);
    } finally {
      setBusy(false);
    }
  }

  const errorText =
    error === null ? undefined : error === 'code' ? t('reauthCodeInvalid') : t(ERROR_KEYS[error]);

  return (
    <Dialog
      open={open}
      title={t('reauthTitle')}
      onClose={onClose}
      actions={
        <>
          <Button variant="ghost" onClick={onClose}>
            {tc('cancel')}
          </Button>
          <Button variant="primary" type="submit" form="reauth-form" busy={busy}>
            {t('reauth')}
          </Button>
        </>
      }
    >
      <p>{code === null ? t('reauthBody') : t('reauthChoose')}</p>
      <form id="reauth-form" onSubmit={(e) => void submit(e)} noValidate>
        <input type="hidden" name="username" autoComplete="username" value={user?.nip ?? ''} />
        {code === null ? (
          <TextField
            label={t('password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={errorText}
            autoFocus
          />
        ) : (
          <>
            <NewPasswordFields
              value={next}
              onChange={setNext}
              error={tried && user ? newPasswordError(next, user.nip) : null}
              show={showNext}
              onShowChange={setShowNext}
            />
            {errorText && <p className="field__error">{errorText}</p>}
          </>
        )}
      </form>
    </Dialog>
  );
}
