/** Riwayat jabatan: the person's earlier assignments, newest first, as a mutasi left them. */
import type { Assignment } from '../../../core/schemas/reference';
import { Card } from '../../../ui/card';
import { useFormat } from '../../../ui/format';
import { useT } from '../../../ui/i18n';
import { peopleMessages } from './people-messages';
import type { Directory } from './use-directory';

export function HistoryCard({ history, dir }: { history: readonly Assignment[]; dir: Directory }) {
  const t = useT(peopleMessages);
  const format = useFormat();
  const newestFirst = [...history].reverse();
  return (
    <Card title={t('history')} headingLevel={3}>
      {newestFirst.length === 0 ? (
        <p className="muted">{t('historyNone')}</p>
      ) : (
        <div className="console-table-wrap">
          <table className="console-table">
            <thead>
              <tr>
                <th scope="col">{t('historyPeriod')}</th>
                <th scope="col">{t('colUnit')}</th>
                <th scope="col">{t('colSuperior')}</th>
                <th scope="col">{t('colPosition')}</th>
                <th scope="col">{t('note')}</th>
              </tr>
            </thead>
            <tbody>
              {newestFirst.map((a, i) => (
                <tr key={`${a.to}-${i}`}>
                  <td>
                    {a.from
                      ? t('historyRange', { from: format.date(a.from), to: format.date(a.to) })
                      : t('historyUntil', { date: format.date(a.to) })}
                  </td>
                  <td>{dir.unit.get(a.unitId)?.name ?? a.unitId}</td>
                  <td>
                    {a.superiorNip === null
                      ? t('noSuperior')
                      : (dir.person.get(a.superiorNip)?.name ?? a.superiorNip)}
                  </td>
                  <td>{a.position}</td>
                  <td>{a.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
