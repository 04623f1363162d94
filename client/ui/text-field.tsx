import type { ComponentPropsWithRef } from 'react';
import { Field, type FieldFrame } from './field';

type TextFieldProps = FieldFrame & Omit<ComponentPropsWithRef<'input'>, 'children'>;

export function TextField({ label, hint, error, id, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} id={id} className={className}>
      {(control) => <input {...input} {...control} className="field__control" />}
    </Field>
  );
}

type TextAreaProps = FieldFrame & Omit<ComponentPropsWithRef<'textarea'>, 'children'>;

export function TextArea({ label, hint, error, id, className, ...textarea }: TextAreaProps) {
  return (
    <Field label={label} hint={hint} error={error} id={id} className={className}>
      {(control) => <textarea {...textarea} {...control} className="field__control" />}
    </Field>
  );
}
