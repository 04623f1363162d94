/** One NIP field and its button: the form the set-up's person steps share (a code, a Pengelola). */
import type { ReactNode } from 'react';
import { isNip } from '../../core/ids';
import { Button } from '../../ui/button';
import { useT } from '../../ui/i18n';
import { TextField } from '../../ui/text-field';
import { setupMessages } from './setup-messages';

/** The NIP as typed without spaces, or null when it is not one (18 digits). */
export function cleanNip(value: string): string | null {
  const clean = value.replace(/\s+/g, '');
  return isNip(clean) ? clean : null;
}

export function NipForm(props: {
  nip: string;
  onNip: (nip: string) => void;
  invalid: boolean;
  busy: boolean;
  submitLabel: string;
  onSubmit: () => void;
  /** More fields of the same form, after the NIP. */
  children?: ReactNode;
}) {
  const t = useT(setupMessages);
  return (
    <form
      className="setup-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
      noValidate
    >
      <TextField
        label={t('nip')}
        hint={t('nipHint')}
        inputMode="numeric"
        autoComplete="off"
        value={props.nip}
        error={props.invalid ? t('nipInvalid') : undefined}
        onChange={(e) => props.onNip(e.target.value)}
      />
      {props.children}
      <Button type="submit" variant="primary" busy={props.busy}>
        {props.submitLabel}
      </Button>
    </form>
  );
}
