import { useEffect, useId, useRef, type ReactNode } from 'react';

type DialogProps = {
  open: boolean;
  title: ReactNode;
  /** Called on Escape, and by the caller's cancel button. */
  onClose: () => void;
  children?: ReactNode;
  /** Buttons, the safe choice first. */
  actions: ReactNode;
  /** role="alertdialog" for a question that interrupts (sign out with unsent documents). */
  alert?: boolean;
};

/**
 * A modal on the native <dialog>: the browser traps focus, handles Escape and restores focus to
 * the element that opened it.
 */
export function Dialog({ open, title, onClose, children, actions, alert = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      role={alert ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId}>{title}</h2>
          {children}
          <div className="dialog__actions">{actions}</div>
        </>
      )}
    </dialog>
  );
}
