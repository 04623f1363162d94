/** "Tarik umpan balik": the author withdraws a feedback after confirming (a tombstone, core allows the author). */
import { useState } from 'react';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
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
      <Dialog
        open={open}
        title={t('withdrawTitle')}
        onClose={() => setOpen(false)}
        actions={
          <>
            <Button onClick={() => setOpen(false)}>{t('cancel')}</Button>
            <Button
              variant="danger"
              busy={busy}
              onClick={() => void onConfirm().finally(() => setOpen(false))}
            >
              {t('withdrawConfirm')}
            </Button>
          </>
        }
      >
        <p>{t('withdrawBody')}</p>
      </Dialog>
    </>
  );
}
