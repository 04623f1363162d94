/**
 * Tim: a head's direct reports of the month (rows whose appraiser is the head), one line each,
 * and the team's logged days per week; a name opens the person's team page.
 */
import { groupFigures, loggedDaysPerWeek } from '../../core/report-figures';
import type { ReportPerson } from '../../core/schemas/report';
import { BarChart } from '../../ui/charts/bar-chart';
import { EmptyState } from '../../ui/empty-state';
import { peopleTable } from './report-tables';
import { ExportButtons, ReportTable } from './report-table';
import type { ReportWords } from './use-report-words';

type Props = { rows: readonly ReportPerson[]; me: string; month: string; w: ReportWords };

export function TeamView({ rows, me, month, w }: Props) {
  const { t } = w;
  const team = rows.filter((p) => p.appraiserNip === me);
  if (team.length === 0) return <EmptyState title={t('teamEmpty')} />;
  const figures = groupFigures(team);
  const weeks = loggedDaysPerWeek(month, team, w.format.today());
  const weekData = weeks.map((wk) => ({
    key: String(wk.from),
    label: t('weekLabel', { from: String(wk.from), to: String(wk.to) }),
    value: wk.personDays,
    display: w.format.number(wk.personDays),
  }));
  const weekTable = {
    id: 'tim-per-minggu',
    caption: t('weeksCaption'),
    head: [t('week'), t('personDays')],
    rows: weekData.map((d) => ({ key: d.key, cells: [d.label, d.value] })),
  };
  return (
    <section className="report-view" aria-labelledby="laporan-tim">
      <h2 id="laporan-tim">{t('teamTitle', { month: w.month(month) })}</h2>
      <p>{t('teamLogged', { logged: figures.logged, counted: figures.counted })}</p>
      <div className="report-grid">
        <ReportTable
          month={month}
          table={peopleTable('tim', t('teamTable'), team, w, (p) => `/tim/${p.nip}`)}
        />
        <BarChart
          caption={t('weeksCaption')}
          orientation="vertical"
          labelHeader={t('week')}
          valueHeader={t('personDays')}
          data={weekData}
          actions={<ExportButtons table={weekTable} month={month} />}
        />
      </div>
    </section>
  );
}
