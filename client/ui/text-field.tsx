import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

export type FieldFrame = {
  label: ReactNode;
  /** Shown under the label; read with the field through aria-describedby. */
  hint?: ReactNode;
  /** Shown right under the field; marks it invalid and is read with it. */
  error?: ReactNode;
};

/** Ids of the hint and error, and the attributes that tie them to the control. */
export function useFieldIds(id: string | undefined, hint: unknown, error: unknown) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return {
    controlId,
    hintId,
    errorId,
    controlProps: {
      id: controlId,
      'aria-describedby': describedBy,
      'aria-invalid': error ? (true as const) : undefined,
    },
  };
}

type TextFieldProps = FieldFrame & Omit<ComponentPropsWithRef<'input'>, 'children'>;

export function TextField({ label, hint, error, id, className, ...input }: TextFieldProps) {
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
      <input {...input} {...controlProps} className="field__control" />
      {error && (
        <span id={errorId} className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}

type TextAreaProps = FieldFrame & Omit<ComponentPropsWithRef<'textarea'>, 'children'>;

export function TextArea({ label, hint, error, id, className, ...textarea }: TextAreaProps) {
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
      <textarea {...textarea} {...controlProps} className="field__control" />
      {error && (
        <span id={errorId} className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}
