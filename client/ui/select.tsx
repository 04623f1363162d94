import type { ComponentPropsWithRef } from 'react';
import { Field, type FieldFrame } from './field';

/** `translate: false` marks a label that stays the same in every language (a language's own name). */
export type SelectOption = {
  value: string;
  label: string;
  disabled?: boolean;
  translate?: boolean;
};

type SelectProps = FieldFrame &
  Omit<ComponentPropsWithRef<'select'>, 'children'> & {
    options: readonly SelectOption[];
    /** A first, empty choice such as "Pilih…". */
    placeholder?: string;
  };

export function Select({
  label,
  hint,
  error,
  id,
  className,
  options,
  placeholder,
  ...select
}: SelectProps) {
  return (
    <Field label={label} hint={hint} error={error} id={id} className={className}>
      {(control) => (
        <select {...select} {...control} className="field__control">
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option
              key={option.value}
              value={option.value}
              disabled={option.disabled}
              translate={option.translate === false ? 'no' : undefined}
            >
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
