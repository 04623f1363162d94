import { useId, type ReactNode } from 'react';

export type FieldFrame = {
  label: ReactNode;
  /** Shown under the label; read with the field through aria-describedby. */
  hint?: ReactNode;
  /** Shown right under the field; marks it invalid and is read with it. */
  error?: ReactNode;
};

/** The attributes that tie a control to its label, hint and error. */
export type ControlProps = {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
};

type FieldProps = FieldFrame & {
  id?: string;
  className?: string;
  /** Renders the control with the attributes it must carry. */
  children: (control: ControlProps) => ReactNode;
};

/** A form control with its label, hint and error: the frame of TextField, TextArea and Select. */
export function Field({ label, hint, error, id, className, children }: FieldProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
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
      {children({
        id: controlId,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
        'aria-invalid': error ? true : undefined,
      })}
      {error && (
        <span id={errorId} className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}
