/**
 * Impor & ekspor (/kelola/impor): the Pengelola or admin checks unit.csv and pegawai.csv on the
 * server (a dry run: nothing written), reads the counts or every refused row, applies exactly
 * the checked files after confirming (all or nothing on the server), and hands out the new
 * people's activation codes; the stored organisation downloads in the same layout. Online only.
 */
import { useState } from 'react';
import { Banner } from '../../../ui/banner';
import { Button } from '../../../ui/button';
import { commonMessages } from '../../../ui/common-messages';
import { Dialog } from '../../../ui/dialog';
import { useT } from '../../../ui/i18n';
import { useConsoleWritable } from '../use-console-writable';
import { ExportCard } from './export-card';
import { ImportForm } from './import-form';
import { importMessages } from './import-messages';
import { ImportResult } from './import-result';
import { ImportedCodes } from './imported-codes';
import { changeCount, useOrgImport, type OrgImport } from './use-org-import';
import './import.css';

export function ImportSection() {
  const online = useConsoleWritable();
  const im = useOrgImport();
  const [confirming, setConfirming] = useState(false);
  const shown = im.checked ?? im.applied;

  return (
    <div className="import-section">
      <ImportForm im={im} online={online} shown={shown} onApply={() => setConfirming(true)} />
      <div aria-live="polite">
        <Outcome im={im} />
      </div>
      {shown && (
        <ImportResult key={`result-${im.answers}`} reply={shown} applied={shown === im.applied} />
      )}
      {im.applied?.applied && (
        <ImportedCodes key={`codes-${im.answers}`} codes={im.applied.codes ?? []} />
      )}
      <ExportCard online={online} />
      <ConfirmApply
        im={im}
        open={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void im.apply();
        }}
      />
    </div>
  );
}

/** One line on what happened: the failure of the call, or the answer's verdict. */
function Outcome({ im }: { im: OrgImport }) {
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
    const { errors } = im.checked;
    if (errors.length > 0)
      return <Banner tone="danger">{t('refused', { count: errors.length })}</Banner>;
    return changeCount(im.checked) === 0 ? (
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

function ConfirmApply({
  im,
  open,
  onClose,
  onConfirm,
}: {
  im: OrgImport;
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const t = useT(importMessages);
  const common = useT(commonMessages);
  const summary = im.checked?.summary;
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
      {summary && (
        <p>
          {t('confirmBody', {
            unitsNew: summary.units.create,
            unitsChanged: summary.units.update,
            peopleNew: summary.people.create,
            peopleChanged: summary.people.update,
          })}
        </p>
      )}
      {summary && summary.people.create > 0 && <p>{t('confirmCodes')}</p>}
    </Dialog>
  );
}
