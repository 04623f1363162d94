/** "Tarik umpan balik": the author withdraws a feedback after confirming (a tombstone, core allows the author). */
import { useState } from 'react';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useT } from '../../ui/i18n';
import { feedbackFormMessages } from './feedback-form-messages';

export function WithdrawFeedback({
  busy,
  onConfirm,
}: {
  busy: boolean;
  onConfirm: () => Promise<void>;
}) {
  const t = useT(feedbackFormMessages);
  const [open, setOpen] = useState(false);
  return (
    <>
      <p>
        <Button variant="danger" onClick={() => setOpen(true)}>
          {t('withdraw')}
        </Button>
      </p>
      <ConfirmDialog
        open={open}
        title={t('withdrawTitle')}
        onClose={() => setOpen(false)}
        confirmLabel={t('withdrawConfirm')}
        tone="danger"
        busy={busy}
        onConfirm={() => void onConfirm().finally(() => setOpen(false))}
      >
        <p>{t('withdrawBody')}</p>
      </ConfirmDialog>
    </>
  );
}
