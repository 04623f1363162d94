import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

type CheckboxProps = Omit<ComponentPropsWithRef<'input'>, 'type' | 'children'> & {
  label: ReactNode;
  hint?: ReactNode;
};

/** A checkbox whose whole row (label included) is the touch target. */
export function Checkbox({ label, hint, id, className, ...input }: CheckboxProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  return (
    <label className={className ? `check ${className}` : 'check'} htmlFor={controlId}>
      <input {...input} id={controlId} type="checkbox" aria-describedby={hintId} />
      <span>
        {label}
        {hint && (
          <span id={hintId} className="field__hint check__hint">
            {hint}
          </span>
        )}
      </span>
    </label>
  );
}
