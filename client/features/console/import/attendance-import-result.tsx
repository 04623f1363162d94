/**
 * What the server answered to a check or an apply of an attendance file: the refused rows (the
 * first thousand rows, and how many there are in all), or the summary (rows, people, months, new,
 * replaced and unchanged person-months, the stored days a replaced month changes or loses, late
 * days and days without a scan, counted by core with each unit's working hours).
 */
import type { AttendanceImportReply } from '../../../data/admin-api';
import { Banner } from '../../../ui/banner';
import { Card } from '../../../ui/card';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { attendanceImportMessages } from './attendance-import-messages';
import { ErrorsTable } from './errors-table';
import { ScrollTable } from './scroll-table';

/** The months of a summary in the reader's words: "November 2026, Desember 2026". */
export function useMonthNames(): (months: readonly string[]) => string {
  const format = useFormat();
  return (months) =>
    months
      .map((m) => format.period({ kind: 'monthly', year: Number(m.slice(0, 4)), start: `${m}-01` }))
      .join(', ');
}

export function AttendanceImportResult({
  reply,
  applied,
}: {
  reply: AttendanceImportReply;
  applied: boolean;
}) {
  const t = useT(attendanceImportMessages);
  const format = useFormat();
  const monthNames = useMonthNames();
  const s = reply.summary;
  const newMonths = s.documents - s.replaced - s.unchanged;
  const row = (label: string, value: number | string) => (
    <tr>
      <th scope="row">{label}</th>
      <td className="import-number">{typeof value === 'number' ? format.number(value) : value}</td>
    </tr>
  );
  return (
    <Card title={applied ? t('appliedTitle') : t('resultTitle')}>
      {reply.errors.length > 0 ? (
        <>
          <MoreRefused reply={reply} />
          <ErrorsTable errors={reply.errors} />
        </>
      ) : (
        <>
          <p>
            {t('line', { rows: s.rows, people: s.people, months: monthNames(s.months) })}
            {applied && reply.applied
              ? `. ${t('written', { count: reply.written })}`
              : !applied && s.replaced > 0
                ? `; ${t('willReplace', { count: s.replaced })}`
                : '.'}
          </p>
          {!applied && s.droppedDays > 0 && (
            <Banner tone="warning">{t('willDrop', { dropped: s.droppedDays })}</Banner>
          )}
          <ScrollTable
            caption={t('summaryCaption')}
            hideCaption
            className="import-counts"
            head={
              <tr>
                <th scope="col">{t('what')}</th>
                <th scope="col" className="import-number">
                  {t('count')}
                </th>
              </tr>
            }
          >
            {row(t('rows'), s.rows)}
            {row(t('people'), s.people)}
            {row(t('months'), monthNames(s.months))}
            {row(t('newMonths'), newMonths)}
            {row(t('replaced'), s.replaced)}
            {row(t('unchanged'), s.unchanged)}
            {row(t('changedDays'), s.changedDays)}
            {row(t('droppedDays'), s.droppedDays)}
            {row(t('lateDays'), s.lateDays)}
            {row(t('missingScans'), s.missingScans)}
          </ScrollTable>
        </>
      )}
    </Card>
  );
}

/** "1.000 dari 110.000 baris ditolak ditampilkan; …" when the answer lists only the first rows. */
function MoreRefused({ reply }: { reply: AttendanceImportReply }) {
  const t = useT(attendanceImportMessages);
  const shown = new Set(reply.errors.map((e) => e.row)).size;
  const total = reply.summary.refusedRows;
  if (total <= shown) return null;
  return <Banner tone="warning">{t('moreRefused', { shown, total })}</Banner>;
}
