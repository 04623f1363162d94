/**
 * Unit kerja & pegawai (/kelola/impor): the Pengelola of the whole organisation or the admin
 * checks unit.csv and pegawai.csv on the server (a dry run: nothing written), reads the counts or
 * every refused row, applies exactly the checked files after confirming (all or nothing on the
 * server), and hands out the new people's activation codes; the stored organisation downloads in
 * the same layout. Online only.
 */
import { useState } from 'react';
import { useT } from '../../../ui/i18n';
import { ExportCard } from './export-card';
import { ImportForm } from './import-form';
import { importMessages } from './import-messages';
import { ConfirmApply, ImportOutcome } from './import-outcome';
import { ImportResult } from './import-result';
import { ImportedCodes } from './imported-codes';
import { useOrgImport } from './use-org-import';

export function OrgImportPart({ online }: { online: boolean }) {
  const t = useT(importMessages);
  const im = useOrgImport();
  const [confirming, setConfirming] = useState(false);
  const shown = im.checked ?? im.applied;
  const summary = im.checked?.summary;

  return (
    <>
      <ImportForm
        im={im}
        online={online}
        title={t('importTitle')}
        intro={t('importIntro')}
        fields={[
          { kind: 'units', label: t('unitsFile'), hint: t('unitsHint') },
          { kind: 'people', label: t('peopleFile'), hint: t('peopleHint') },
        ]}
        noFile={t('noFile')}
        refused={(kind) => shown?.errors.filter((e) => e.file === kind).length ?? 0}
        onApply={() => setConfirming(true)}
      />
      <div aria-live="polite">
        <ImportOutcome im={im} />
      </div>
      {shown && (
        <ImportResult key={`result-${im.answers}`} reply={shown} applied={shown === im.applied} />
      )}
      {im.applied?.applied && (
        <ImportedCodes key={`codes-${im.answers}`} codes={im.applied.codes ?? []} />
      )}
      <ExportCard online={online} />
      <ConfirmApply
        open={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void im.apply();
        }}
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
      </ConfirmApply>
    </>
  );
}
