/**
 * What an import's last call came to, in one line (the failure of the call, or the answer's
 * verdict), and the confirmation before Terapkan writes everything or nothing.
 */
import type { ReactNode } from 'react';
import { Banner } from '../../../ui/banner';
import { Button } from '../../../ui/button';
import { commonMessages } from '../../../ui/common-messages';
import { Dialog } from '../../../ui/dialog';
import { useT } from '../../../ui/i18n';
import { importMessages } from './import-messages';
import type { CsvImport, ImportReply } from './use-csv-import';

/** One line on what happened: the failure of the call, or the answer's verdict. */
export function ImportOutcome<K extends string, R extends ImportReply>({
  im,
}: {
  im: CsvImport<K, R>;
}) {
  const t = useT(importMessages);
  if (im.failure)
    return (
      <Banner tone="danger" role="alert">
        {im.failure.kind === 'offline'
          ? t('needsNetwork')
          : t('failed', { reason: im.failure.reason })}
      </Banner>
    );
  if (im.checked) {
    if (im.checked.errors.length > 0)
      return <Banner tone="danger">{t('refused', { count: im.errorCount(im.checked) })}</Banner>;
    return im.changes(im.checked) === 0 ? (
      <Banner>{t('nothingToApply')}</Banner>
    ) : (
      <Banner tone="success">{t('clean')}</Banner>
    );
  }
  if (im.applied)
    return im.applied.applied ? (
      <Banner tone="success">{t('applied')}</Banner>
    ) : (
      <Banner tone="danger">{t('notApplied')}</Banner>
    );
  return null;
}

/** "Terapkan impor?" with what it will change (the children), Batal and Terapkan. */
export function ConfirmApply({
  open,
  onClose,
  onConfirm,
  children,
}: {
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
  children: ReactNode;
}) {
  const t = useT(importMessages);
  const common = useT(commonMessages);
  return (
    <Dialog
      open={open}
      title={t('confirmTitle')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{common('cancel')}</Button>
          <Button variant="primary" onClick={onConfirm}>
            {t('apply')}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
