/**
 * "Ubah kata sandi": the current password and a new one. The server ends every session of the
 * account (other devices sign in again) and gives this device a new one, so sync goes on here.
 */
import { useRef, useState, type FormEvent } from 'react';
import { changePassword, SignInError } from '../../data/session-api';
import { useSessionStore } from '../../data/session-store';
import { useSyncNow } from '../../data/user-data';
import { Banner } from '../../ui/banner';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import {
  newPasswordError,
  NewPasswordFields,
  type NewPassword,
  type NewPasswordError,
} from '../../ui/new-password-fields';
import { TextField } from '../../ui/text-field';
import { profileMessages } from './profile-messages';

type Outcome =
  | { kind: 'done' }
  | { kind: 'wrong'; remaining?: number; retryAfter?: number }
  | { kind: 'rate-limited'; retryAfter?: number }
  | { kind: 'offline' | 'server' };

const EMPTY: NewPassword = { password: '', confirm: '' };

export function ChangePasswordCard() {
  const t = useT(profileMessages);
  const format = useFormat();
  const user = useSessionStore((s) => s.user);
  const syncNow = useSyncNow();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<NewPassword>(EMPTY);
  const [show, setShow] = useState(false);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const currentRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLInputElement>(null);
  if (!user) return null;

  const currentMissing = tried && current === '';
  const error: NewPasswordError | null = tried ? newPasswordError(next, user.nip, current) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setOutcome(null);
    if (current === '') return currentRef.current?.focus();
    if (user === null || newPasswordError(next, user.nip, current) !== null)
      return nextRef.current?.focus();
    setBusy(true);
    try {
      await changePassword(current, next.password);
      setCurrent('');
      setNext(EMPTY);
      setTried(false);
      setOutcome({ kind: 'done' });
      // The old session's sync ended with it; this device goes on with the new one.
      syncNow();
    } catch (err) {
      const e = err instanceof SignInError ? err : null;
      if (e?.kind === 'credentials') {
        setOutcome({ kind: 'wrong', remaining: e.remaining, retryAfter: e.retryAfterSeconds });
        setCurrent('');
        currentRef.current?.focus();
      } else if (e?.kind === 'rate-limited') {
        setOutcome({ kind: 'rate-limited', retryAfter: e.retryAfterSeconds });
      } else setOutcome({ kind: e?.kind === 'offline' ? 'offline' : 'server' });
    } finally {
      setBusy(false);
    }
  }

  const failure =
    outcome === null || outcome.kind === 'done'
      ? null
      : outcome.kind === 'wrong'
        ? outcome.retryAfter !== undefined
          ? t('passwordWrongPaused', { wait: format.wait(outcome.retryAfter) })
          : outcome.remaining !== undefined
            ? t('passwordWrongTries', { count: outcome.remaining })
            : t('passwordWrong')
        : outcome.kind === 'rate-limited'
          ? t('passwordLimited', { wait: format.wait(outcome.retryAfter ?? 60) })
          : outcome.kind === 'offline'
            ? t('passwordOffline')
            : t('passwordServer');

  return (
    <Card title={t('changePassword')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <input type="hidden" name="username" autoComplete="username" value={user.nip} />
        <TextField
          ref={currentRef}
          label={t('currentPassword')}
          type={show ? 'text' : 'password'}
          autoComplete="current-password"
          required
          value={current}
          error={currentMissing ? t('currentRequired') : undefined}
          onChange={(e) => setCurrent(e.target.value)}
        />
        <NewPasswordFields
          value={next}
          onChange={setNext}
          error={error}
          show={show}
          onShowChange={setShow}
          passwordRef={nextRef}
        />
        <div aria-live="polite">
          {outcome?.kind === 'done' && (
            <Banner tone="success" role="status">
              {t('passwordChanged')}
            </Banner>
          )}
          {failure && (
            <Banner tone={outcome?.kind === 'offline' ? 'neutral' : 'danger'} role="alert">
              {failure}
            </Banner>
          )}
        </div>
        <Button type="submit" variant="primary" busy={busy}>
          {t('savePassword')}
        </Button>
      </form>
    </Card>
  );
}
