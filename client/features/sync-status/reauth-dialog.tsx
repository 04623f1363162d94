/**
 * The server session ended while the device kept working (state 'auth-required'): ask for the
 * password again, without signing out, so nothing on the device is touched.
 */
import { useState, type FormEvent } from 'react';
import { SignInError } from '../../data/session-api';
import { useSessionStore } from '../../data/session-store';
import { Button } from '../../ui/button';
import { commonMessages } from '../../ui/common-messages';
import { Dialog } from '../../ui/dialog';
import { useT } from '../../ui/i18n';
import { TextField } from '../../ui/text-field';
import { syncStatusMessages } from './sync-status-messages';

const ERROR_KEYS = {
  credentials: 'reauthWrong',
  'rate-limited': 'reauthLimited',
  offline: 'reauthOffline',
  server: 'reauthServer',
} as const;

export function ReauthDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(syncStatusMessages);
  const tc = useT(commonMessages);
  const user = useSessionStore((s) => s.user);
  const stayOnDevice = useSessionStore((s) => s.stayOnDevice);
  const signIn = useSessionStore((s) => s.signIn);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<keyof typeof ERROR_KEYS | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!user || password === '') return;
    setBusy(true);
    try {
      await signIn(user.nip, password, stayOnDevice);
      setPassword('');
      setError(null);
      onClose();
    } catch (err) {
      setError(err instanceof SignInError ? err.kind : 'server');
    } finally {
      setBusy(false);
    }
  }

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
      <p>{t('reauthBody')}</p>
      <form id="reauth-form" onSubmit={(e) => void submit(e)} noValidate>
        <input type="hidden" name="username" autoComplete="username" value={user?.nip ?? ''} />
        <TextField
          label={t('password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={error ? t(ERROR_KEYS[error]) : undefined}
          autoFocus
        />
      </form>
    </Dialog>
  );
}
