/**
 * Persiapan awal (admin): from an empty organisation to a working one in three steps: bring in
 * the units and people (Kelola → Impor & ekspor, or the `npm run org:import` command on the
 * server), open the first period,
 * name a Pengelola Kinerja; and activation codes for whoever needs one.
 */
import { useState } from 'react';
import { buttonClass } from '../../ui/button';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { ActivationCodeCard } from './activation-code-card';
import { OpenPeriodStep } from './open-period-step';
import { PengelolaStep } from './pengelola-step';
import { setupMessages } from './setup-messages';
import { StepCard } from './step-card';
import { useSetupStatus } from './use-setup-status';
import './setup.css';

/** The first set-up's import command, as the README documents it. */
export const IMPORT_COMMAND =
  'npm run org:import -- --units unit.csv --people pegawai.csv --apply --codes-out kode.csv';

export function SetupScreen() {
  const t = useT(setupMessages);
  const status = useSetupStatus();
  const [lastNamed, setLastNamed] = useState('');

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <StepCard title={t('importTitle')} done={status ? status.units > 0 : undefined}>
        <p>{t('importBody')}</p>
        <p>
          <Link to="/kelola/impor" className={buttonClass('primary')}>
            {t('importPage')}
          </Link>
        </p>
        <p>{t('importCli')}</p>
        <pre className="setup-command" translate="no">
          <code>{IMPORT_COMMAND}</code>
        </pre>
        <p>{t('importDryRun')}</p>
        <p>{t('importCodes')}</p>
        {status && (
          <p className="muted">
            {status.units > 0
              ? t('importCount', { units: status.units, people: status.people })
              : t('importNone')}
          </p>
        )}
      </StepCard>
      <OpenPeriodStep status={status} />
      <PengelolaStep onNamed={setLastNamed} />
      <ActivationCodeCard suggestedNip={lastNamed} />
    </>
  );
}
