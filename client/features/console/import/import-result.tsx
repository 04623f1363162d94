/**
 * What the server answered to a check or an apply of the organisation import: the counts of
 * new, changed and unchanged units and people, or every refused row with its file, row number,
 * column and reason, a page at a time.
 */
import type { OrgImportCounts, OrgImportReply } from '../../../data/admin-api';
import { Card } from '../../../ui/card';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { importMessages } from './import-messages';
import { ErrorsTable } from './errors-table';
import { ScrollTable } from './scroll-table';

export function ImportResult({ reply, applied }: { reply: OrgImportReply; applied: boolean }) {
  const t = useT(importMessages);
  return (
    <Card title={applied ? t('appliedTitle') : t('resultTitle')}>
      {reply.errors.length > 0 ? (
        <ErrorsTable
          errors={reply.errors}
          fileOf={(e) => (e.file === 'units' ? t('unitsFileName') : t('peopleFileName'))}
        />
      ) : (
        <CountsTable summary={reply.summary} />
      )}
    </Card>
  );
}

function CountsTable({ summary }: { summary: OrgImportReply['summary'] }) {
  const t = useT(importMessages);
  const format = useFormat();
  const row = (label: string, c: OrgImportCounts) => (
    <tr>
      <th scope="row">{label}</th>
      <td className="import-number">{format.number(c.create)}</td>
      <td className="import-number">{format.number(c.update)}</td>
      <td className="import-number">{format.number(c.unchanged)}</td>
    </tr>
  );
  return (
    <>
      <ScrollTable
        caption={t('countsCaption')}
        hideCaption
        className="import-counts"
        head={
          <tr>
            <th scope="col">{t('kind')}</th>
            <th scope="col" className="import-number">
              {t('create')}
            </th>
            <th scope="col" className="import-number">
              {t('update')}
            </th>
            <th scope="col" className="import-number">
              {t('unchanged')}
            </th>
          </tr>
        }
      >
        {row(t('units'), summary.units)}
        {row(t('people'), summary.people)}
      </ScrollTable>
      {summary.roles > 0 && <p>{t('roles', { count: summary.roles })}</p>}
    </>
  );
}
