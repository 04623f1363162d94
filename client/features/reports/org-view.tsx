/**
 * Organisasi (Pengelola, admin): compliance per OPD and who misses what (organisation-wide and per
 * OPD, missing-table.tsx) with the excluded people apart, the predikat spread org-wide and per OPD,
 * JP and attendance per OPD; an OPD opens to its units, a unit to its people (units-view.tsx).
 */
import { groupByOpd, groupFigures, compliance } from '../../core/report-figures';
import type { ReportMonthData } from '../../data/queries/report-queries';
import { BarChart } from '../../ui/charts/bar-chart';
import { EmptyState } from '../../ui/empty-state';
import { Link } from '../../ui/navigation';
import {
  attendanceTable,
  complianceTable,
  excludedTable,
  groupsTable,
  jpShortTable,
  jpTable,
  spreadTable,
  type Group,
} from './report-tables';
import { MissingTable } from './missing-table';
import { ReportTable } from './report-table';
import { SpreadChart } from './spread-chart';
import { unitGroups } from './units-view';
import type { ReportWords } from './use-report-words';

type Props = {
  data: ReportMonthData;
  month: string;
  /** The OPD opened, or null for the organisation. */
  opdId: string | null;
  w: ReportWords;
};

const ORG_BASE = '/laporan/organisasi';
const UNIT_BASE = '/laporan/unit';

/** The month's units grouped by OPD, each OPD a group of all its units' rows. */
function opdGroups(data: ReportMonthData, units: readonly Group[], search: string) {
  const byOpd = groupByOpd(
    units.map((u) => u.key),
    data.units,
  );
  return [...byOpd]
    .map(([opdId, unitIds]) => {
      const mine = units.filter((u) => unitIds.includes(u.key));
      return {
        key: opdId,
        name: data.units.get(opdId)?.name ?? opdId,
        to: `${ORG_BASE}/${opdId}${search}`,
        rows: mine.flatMap((u) => u.rows),
        units: mine,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function OrgView({ data, month, opdId, w }: Props) {
  const { t } = w;
  const search = `?bulan=${month}`;
  const units = unitGroups(data, UNIT_BASE, search);
  const opds = opdGroups(data, units, search);
  if (opdId !== null) {
    const opd = opds.find((o) => o.key === opdId);
    if (!opd) return <EmptyState title={t('unitNotFound')} />;
    return (
      <section className="report-view" aria-labelledby="laporan-opd">
        <Link to={`${ORG_BASE}${search}`} className="report-back">
          {t('back')}
        </Link>
        <h2 id="laporan-opd">{opd.name}</h2>
        <ReportTable
          month={month}
          table={complianceTable(
            `kepatuhan-${opd.key}`,
            t('opdUnits', { opd: opd.name }),
            t('colUnit'),
            opd.units,
            w,
          )}
        />
        <ReportTable
          month={month}
          table={groupsTable(`unit-${opd.key}`, t('unitsTable'), t('colUnit'), opd.units, w)}
        />
        <MissingTable id={opd.key} scope={opd.name} units={opd.units} month={month} w={w} />
      </section>
    );
  }
  const all = units.flatMap((u) => u.rows);
  return (
    <section className="report-view" aria-labelledby="laporan-org">
      <h2 id="laporan-org">{t('orgTitle', { month: w.month(month) })}</h2>
      <div className="report-grid">
        <ReportTable
          month={month}
          table={complianceTable('kepatuhan', t('orgCompliance'), t('colOpd'), opds, w)}
        />
        <BarChart
          caption={t('orgChart')}
          orientation="horizontal"
          labelHeader={t('colOpd')}
          valueHeader={t('colSkpApproved')}
          max={100}
          data={opds.map((o) => {
            return { key: o.key, label: o.name, ...w.bar(compliance(o.rows).skpApproved.share) };
          })}
        />
      </div>
      <MissingTable
        id="organisasi"
        scope={t('missingOrgScope')}
        units={units}
        month={month}
        w={w}
      />
      {groupFigures(all).counted === all.length ? (
        <p>{t('orgExcludedNone')}</p>
      ) : (
        <ReportTable
          month={month}
          table={excludedTable('dikecualikan', t('orgExcluded'), units, w)}
        />
      )}
      <div className="report-grid">
        <SpreadChart caption={t('orgSpread')} rows={all} rating={null} w={w} />
        <ReportTable
          month={month}
          table={spreadTable(
            'predikat',
            t('orgSpreadByOpd'),
            t('colOpd'),
            opds.map((o) => ({ ...o, rating: null })),
            w,
          )}
        />
      </div>
      <div className="report-grid">
        <ReportTable month={month} table={jpTable('jp', t('orgJp'), t('colOpd'), opds, w)} />
        <ReportTable month={month} table={jpShortTable('jp-kurang', t('orgJpShort'), units, w)} />
      </div>
      <ReportTable
        month={month}
        table={attendanceTable('kehadiran', t('orgAttendance'), t('colOpd'), opds, w)}
      />
    </section>
  );
}
