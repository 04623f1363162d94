/**
 * The activation codes of the people an applied import created, shown once (they live only in
 * this page's memory) with the warning to hand each out privately, and as kode-aktivasi.csv.
 */
import { useMemo } from 'react';
import type { ImportedPersonCode } from '../../../data/admin-api';
import { Banner } from '../../../ui/banner';
import { buttonClass } from '../../../ui/button';
import { Card } from '../../../ui/card';
import { useT } from '../../../ui/i18n';
import { CODES_FILE_NAME, codesCsvUrl } from './codes-csv';
import { importMessages } from './import-messages';
import { Pager, usePage } from './pager';
import { ScrollTable } from './scroll-table';

export function ImportedCodes({ codes }: { codes: readonly ImportedPersonCode[] }) {
  const t = useT(importMessages);
  const url = useMemo(() => codesCsvUrl(codes), [codes]);
  const page = usePage(codes);
  return (
    <Card title={t('codesTitle')}>
      {codes.length === 0 ? (
        <p>{t('codesNone')}</p>
      ) : (
        <>
          <Banner tone="warning">{t('codesWarning')}</Banner>
          <p>
            <a className={buttonClass('primary')} href={url} download={CODES_FILE_NAME}>
              {t('codesDownload')}
            </a>
          </p>
          <ScrollTable
            caption={t('codesCaption')}
            hideCaption
            head={
              <tr>
                <th scope="col">{t('nip')}</th>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('code')}</th>
              </tr>
            }
          >
            {page.rows.map((c) => (
              <tr key={c.nip} translate="no">
                <td>{c.nip}</td>
                <td>{c.nama}</td>
                <td>
                  <code className="import-code">{c.kode_aktivasi}</code>
                </td>
              </tr>
            ))}
          </ScrollTable>
          <Pager page={page} what={t('codesCaption')} />
        </>
      )}
    </Card>
  );
}
