/**
 * The refused rows of an import, a page at a time: the row number as the spreadsheet shows it,
 * the column and the reason (and the file, when an import has more than one).
 */
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { importMessages } from './import-messages';
import { Pager, usePage } from './pager';
import { ScrollTable } from './scroll-table';

/** One refused row: its spreadsheet row (the header is row 1), column and reason. */
export type RowError = { row: number; column?: string | undefined; reason: string };

type Props<E extends RowError> = {
  errors: readonly E[];
  /** The file a row is in, for an import of several files. */
  fileOf?: (error: E) => string;
};

export function ErrorsTable<E extends RowError>({ errors, fileOf }: Props<E>) {
  const t = useT(importMessages);
  const format = useFormat();
  const page = usePage(errors);
  return (
    <>
      <ScrollTable
        caption={t('errorsCaption')}
        head={
          <tr>
            {fileOf && <th scope="col">{t('file')}</th>}
            <th scope="col" className="import-number">
              {t('row')}
            </th>
            <th scope="col">{t('column')}</th>
            <th scope="col">{t('reason')}</th>
          </tr>
        }
      >
        {page.rows.map((e, i) => (
          <tr key={`${fileOf?.(e) ?? ''}:${e.row}:${e.column ?? ''}:${i}`}>
            {fileOf && <td>{fileOf(e)}</td>}
            <td className="import-number">{format.number(e.row)}</td>
            <td>{e.column && <code translate="no">{e.column}</code>}</td>
            <td className="import-reason" lang="id" translate="no">
              {e.reason}
            </td>
          </tr>
        ))}
      </ScrollTable>
      <Pager page={page} what={t('errorsCaption')} />
    </>
  );
}
