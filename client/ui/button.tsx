import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  block?: boolean;
  /** Shows a spinner and keeps the button's width; the label stays readable for screen readers. */
  busy?: boolean;
};

export function buttonClass(variant: ButtonVariant = 'secondary', block = false): string {
  return `btn btn--${variant}${block ? ' btn--block' : ''}`;
}

export function Button({
  variant = 'secondary',
  block = false,
  busy = false,
  type = 'button',
  className,
  disabled,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={
        className ? `${buttonClass(variant, block)} ${className}` : buttonClass(variant, block)
      }
      disabled={disabled || busy}
      aria-busy={busy || undefined}
    >
      {busy && <span className="btn__spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}
