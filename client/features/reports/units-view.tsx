/**
 * Unit: one line per unit whose report this device holds (kepala dinas, camat, a head with units
 * under them), the share who logged as a chart, the predikat spread per unit and per appraiser
 * against the curve; a unit opens to its people and its compliance, a person's name to their
 * team page only where the user is their head.
 */
import { byAppraiser, compliance, COMPLIANCE_KEYS, groupFigures } from '../../core/report-figures';
import type { ReportPerson } from '../../core/schemas/report';
import { DEFAULT_ORG_RATING } from '../../core/report-figures';
import type { ReportMonthData } from '../../data/queries/report-queries';
import { BarChart } from '../../ui/charts/bar-chart';
import { EmptyState } from '../../ui/empty-state';
import { Link } from '../../ui/navigation';
import {
  complianceTable,
  groupsTable,
  peopleTable,
  spreadTable,
  type Group,
} from './report-tables';
import { MEASURE_NAME, MissingTable } from './missing-table';
import { ReportTable } from './report-table';
import { SpreadChart } from './spread-chart';
import type { ReportWords } from './use-report-words';

type Props = {
  data: ReportMonthData;
  month: string;
  me: string;
  /** The unit opened, or null for the list. */
  unitId: string | null;
  /** Where a unit's page is (`/laporan/unit`). */
  base: string;
  w: ReportWords;
};

/** The groups of the month's reports, one per unit, by name. */
export function unitGroups(data: ReportMonthData, base: string, search: string): Group[] {
  return data.reports
    .map((r) => ({
      key: r.unitId,
      name: data.units.get(r.unitId)?.name ?? r.unitId,
      to: `${base}/${r.unitId}${search}`,
      rows: r.people,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function UnitsView({ data, month, me, unitId, base, w }: Props) {
  const { t } = w;
  const search = `?bulan=${month}`;
  const groups = unitGroups(data, base, search);
  if (unitId !== null) {
    const unit = groups.find((g) => g.key === unitId);
    if (!unit) return <EmptyState title={t('unitNotFound')} />;
    return (
      <UnitPage unit={unit} data={data} month={month} me={me} back={`${base}${search}`} w={w} />
    );
  }
  const names = appraiserNames(groups.flatMap((g) => g.rows));
  const ratingOf = (id: string) => data.orgRatings.get(id) ?? DEFAULT_ORG_RATING;
  // An appraiser's people per unit, each against that unit's curve (as the calibration does).
  const appraisers = groups.flatMap((g) =>
    [...byAppraiser(g.rows)]
      .filter((entry): entry is [string, ReportPerson[]] => entry[0] !== null)
      .map(([nip, rows]) => ({
        key: `${nip}:${g.key}`,
        name: t('appraiserInUnit', { appraiser: names.get(nip) ?? nip, unit: g.name }),
        to: null,
        rows,
        rating: ratingOf(g.key),
      })),
  );
  return (
    <section className="report-view" aria-labelledby="laporan-unit">
      <h2 id="laporan-unit">{t('unitsTitle', { month: w.month(month) })}</h2>
      <div className="report-grid">
        <ReportTable
          month={month}
          table={groupsTable('unit', t('unitsTable'), t('colUnit'), groups, w)}
        />
        <BarChart
          caption={t('unitsChart')}
          orientation="horizontal"
          labelHeader={t('colUnit')}
          valueHeader={t('colLoggedShare')}
          max={100}
          data={groups.map((g) => {
            return { key: g.key, label: g.name, ...w.bar(groupFigures(g.rows).loggedShare) };
          })}
        />
      </div>
      <ReportTable
        month={month}
        table={complianceTable('kepatuhan-unit', t('unitsCompliance'), t('colUnit'), groups, w)}
      />
      <h3>{t('spreadTitle')}</h3>
      <div className="report-grid">
        {groups.map((g) => (
          <div key={g.key}>
            {!data.orgRatings.has(g.key) && (
              <p className="muted">
                {t('ratingAssumed', { unit: g.name, rating: w.org(DEFAULT_ORG_RATING) })}
              </p>
            )}
            <SpreadChart
              caption={t('spreadOf', { unit: g.name, rating: w.org(ratingOf(g.key)) })}
              rows={g.rows}
              rating={ratingOf(g.key)}
              w={w}
            />
          </div>
        ))}
      </div>
      <ReportTable
        month={month}
        table={spreadTable(
          'predikat-unit',
          t('spreadTitle'),
          t('colUnit'),
          groups.map((g) => ({ ...g, rating: ratingOf(g.key) })),
          w,
        )}
      />
      <ReportTable
        month={month}
        table={spreadTable(
          'predikat-penilai',
          t('spreadByAppraiser'),
          t('colAppraiser'),
          appraisers,
          w,
        )}
      />
    </section>
  );
}

/** The names of appraisers as their own rows give them (a head is in a report too). */
function appraiserNames(rows: readonly ReportPerson[]): Map<string, string> {
  return new Map(rows.map((p) => [p.nip, p.name]));
}

type UnitPageProps = {
  unit: Group;
  data: ReportMonthData;
  month: string;
  me: string;
  back: string;
  w: ReportWords;
};

/** A unit opened: its people, how many miss each compliance measure, and who (a table). */
export function UnitPage({ unit, data, month, me, back, w }: UnitPageProps) {
  const { t } = w;
  const c = compliance(unit.rows);
  const rating = data.orgRatings.get(unit.key) ?? DEFAULT_ORG_RATING;
  return (
    <section className="report-view" aria-labelledby="laporan-unit-satu">
      <Link to={back} className="report-back">
        {t('back')}
      </Link>
      <h2 id="laporan-unit-satu">{unit.name}</h2>
      <ReportTable
        month={month}
        table={peopleTable(
          `pegawai-${unit.key}`,
          t('unitPeople', { unit: unit.name }),
          unit.rows,
          w,
          (p) => (p.appraiserNip === me ? `/tim/${p.nip}` : null),
        )}
      />
      <h3>{t('unitCompliance', { unit: unit.name })}</h3>
      <ul className="report-counts">
        {COMPLIANCE_KEYS.map((key) => (
          <li key={key}>
            {t(key === 'objectionOpen' ? 'countFor' : 'missingFor', {
              item: t(MEASURE_NAME[key]),
              count: c[key].missing.length,
            })}
          </li>
        ))}
      </ul>
      <MissingTable id={unit.key} scope={unit.name} units={[unit]} month={month} w={w} />
      <SpreadChart
        caption={t('spreadOf', { unit: unit.name, rating: w.org(rating) })}
        rows={unit.rows}
        rating={rating}
        w={w}
      />
    </section>
  );
}
