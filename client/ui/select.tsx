import type { ComponentPropsWithRef } from 'react';
import { useFieldIds, type FieldFrame } from './text-field';

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
  const { controlId, hintId, errorId, controlProps } = useFieldIds(id, hint, error);
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label className="field__label" htmlFor={controlId}>
        {label}
      </label>
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      <select {...select} {...controlProps} className="field__control">
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
      {error && (
        <span id={errorId} className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}
