/**
 * Choosing a password (on activation and in Profil): the rules, the new password twice, and the
 * first rule it breaks, judged by core's password-rules.ts as the server judges it again.
 */
import type { Ref } from 'react';
import { PASSWORD_MIN_LENGTH, passwordProblem } from '../core/password-rules';
import { Checkbox } from './checkbox';
import { useT } from './i18n';
import { passwordMessages } from './password-messages';
import { TextField } from './text-field';

export type NewPassword = { password: string; confirm: string };

export type NewPasswordError = keyof typeof passwordMessages.id &
  ('required' | 'too-short' | 'too-long' | 'same-as-nip' | 'same-as-current' | 'mismatch');

/** What is wrong with the new password (and its repetition), or null. */
export function newPasswordError(
  value: NewPassword,
  nip: string,
  current: string | null = null,
): NewPasswordError | null {
  if (value.password === '') return 'required';
  const problem = passwordProblem(value.password, nip, current);
  if (problem !== null) return problem;
  return value.password === value.confirm ? null : 'mismatch';
}

type Props = {
  value: NewPassword;
  onChange: (value: NewPassword) => void;
  /** Shown once the person tried to save. */
  error: NewPasswordError | null;
  show: boolean;
  onShowChange: (show: boolean) => void;
  passwordRef?: Ref<HTMLInputElement>;
};

export function NewPasswordFields({
  value,
  onChange,
  error,
  show,
  onShowChange,
  passwordRef,
}: Props) {
  const t = useT(passwordMessages);
  const message =
    error === null
      ? undefined
      : error === 'too-short'
        ? t('too-short', { min: PASSWORD_MIN_LENGTH })
        : t(error);
  return (
    <>
      <div className="password-rules">
        <p>{t('rulesTitle')}</p>
        <ul>
          <li>{t('ruleLength', { min: PASSWORD_MIN_LENGTH })}</li>
          <li>{t('ruleNip')}</li>
          <li>{t('ruleSecret')}</li>
        </ul>
      </div>
      <TextField
        ref={passwordRef}
        label={t('newPassword')}
        type={show ? 'text' : 'password'}
        autoComplete="new-password"
        required
        value={value.password}
        error={error !== null && error !== 'mismatch' ? message : undefined}
        onChange={(e) => onChange({ ...value, password: e.target.value })}
      />
      <TextField
        label={t('confirmPassword')}
        type={show ? 'text' : 'password'}
        autoComplete="new-password"
        required
        value={value.confirm}
        error={error === 'mismatch' ? message : undefined}
        onChange={(e) => onChange({ ...value, confirm: e.target.value })}
      />
      <Checkbox
        label={t('showPasswords')}
        checked={show}
        onChange={(e) => onShowChange(e.target.checked)}
      />
    </>
  );
}
