/**
 * "Buat kata sandi": after a right activation code, the person chooses their password (the rules
 * shown, judged by core as the server judges them), the code is used up, and they are signed in.
 */
import { useRef, useState, type FormEvent } from 'react';
import { activateAccount, SignInError } from '../../data/session-api';
import { useSessionStore } from '../../data/session-store';
import { Banner } from '../../ui/banner';
import { Button } from '../../ui/button';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import {
  newPasswordError,
  NewPasswordFields,
  type NewPassword,
  type NewPasswordError,
} from '../../ui/new-password-fields';
import { authMessages } from './auth-messages';

type Failure =
  | { kind: 'code-expired' | 'code-invalid' | 'offline' | 'server' }
  | { kind: 'rate-limited'; retryAfter: number };

type Props = {
  nip: string;
  code: string;
  stay: boolean;
  /** Back to the sign-in form (a new code is needed, or the person changed their mind). */
  onCancel: () => void;
};

export function ChoosePasswordForm({ nip, code, stay, onCancel }: Props) {
  const t = useT(authMessages);
  const format = useFormat();
  const signIn = useSessionStore((s) => s.signIn);
  const [value, setValue] = useState<NewPassword>({ password: '', confirm: '' });
  const [show, setShow] = useState(false);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const error: NewPasswordError | null = tried ? newPasswordError(value, nip) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setFailure(null);
    if (newPasswordError(value, nip) !== null) return passwordRef.current?.focus();
    setBusy(true);
    try {
      await activateAccount(nip, code, value.password);
      await signIn(nip, value.password, stay);
    } catch (err) {
      const e = err instanceof SignInError ? err : null;
      if (e?.kind === 'credentials')
        setFailure({ kind: e.codeExpired ? 'code-expired' : 'code-invalid' });
      else if (e?.kind === 'rate-limited')
        setFailure({ kind: 'rate-limited', retryAfter: e.retryAfterSeconds ?? 60 });
      else setFailure({ kind: e?.kind === 'offline' ? 'offline' : 'server' });
    } finally {
      setBusy(false);
    }
  }

  const failureText =
    failure === null
      ? null
      : failure.kind === 'rate-limited'
        ? t('rateLimited', { wait: format.wait(failure.retryAfter) })
        : failure.kind === 'code-expired'
          ? t('codeExpired')
          : failure.kind === 'code-invalid'
            ? t('codeInvalid')
            : failure.kind === 'offline'
              ? t('offline')
              : t('server');

  return (
    <>
      <h1>{t('choosePasswordTitle')}</h1>
      <p className="muted">{t('choosePasswordIntro')}</p>
      <form className="card auth__form" onSubmit={(e) => void submit(e)} noValidate>
        <input type="hidden" name="username" autoComplete="username" value={nip} />
        <NewPasswordFields
          value={value}
          onChange={setValue}
          error={error}
          show={show}
          onShowChange={setShow}
          passwordRef={passwordRef}
        />
        <div aria-live="assertive">
          {failureText && (
            <Banner tone={failure?.kind === 'offline' ? 'neutral' : 'danger'}>{failureText}</Banner>
          )}
        </div>
        <div className="row">
          <Button type="submit" variant="primary" busy={busy}>
            {t('choosePasswordSubmit')}
          </Button>
          <Button variant="ghost" onClick={onCancel}>
            {t('choosePasswordCancel')}
          </Button>
        </div>
      </form>
    </>
  );
}
