import type { ReactNode } from 'react';
import { Button } from './button';
import { commonMessages } from './common-messages';
import { Dialog } from './dialog';
import { useT } from './i18n';

type ConfirmDialogProps = {
  open: boolean;
  title: ReactNode;
  /** Called on Escape and by "Batal". */
  onClose: () => void;
  /** The action's own words ("Finalkan", "Tarik umpan balik"), never a bare "OK". */
  confirmLabel: ReactNode;
  onConfirm: () => void;
  /** `danger` for what cannot be undone (withdraw, close, reset). */
  tone?: 'primary' | 'danger';
  busy?: boolean;
  disabled?: boolean;
  /** role="alertdialog" for a question that interrupts. */
  alert?: boolean;
  /** What will happen, in a sentence or two. */
  children?: ReactNode;
};

/** A question before a step that matters: what happens, "Batal" first, then the action. */
export function ConfirmDialog({
  open,
  title,
  onClose,
  confirmLabel,
  onConfirm,
  tone = 'primary',
  busy = false,
  disabled = false,
  alert = false,
  children,
}: ConfirmDialogProps) {
  const t = useT(commonMessages);
  return (
    <Dialog
      open={open}
      alert={alert}
      title={title}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button variant={tone} busy={busy} disabled={disabled} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
