/** Ekspor: the stored units and people as CSV in the import's layout, downloaded from the server. */
import { orgExportUrl } from '../../../data/admin-api';
import { buttonClass } from '../../../ui/button';
import { Card } from '../../../ui/card';
import { useT } from '../../../ui/i18n';
import { importMessages } from './import-messages';

export function ExportCard({ online }: { online: boolean }) {
  const t = useT(importMessages);
  return (
    <Card title={t('exportTitle')}>
      <p>{t('exportIntro')}</p>
      {online ? (
        <div className="console-actions">
          <a className={buttonClass()} href={orgExportUrl('units')} download="unit.csv">
            {t('exportUnits')}
          </a>
          <a className={buttonClass()} href={orgExportUrl('people')} download="pegawai.csv">
            {t('exportPeople')}
          </a>
        </div>
      ) : (
        <p className="muted">{t('needsNetwork')}</p>
      )}
    </Card>
  );
}
