/**
 * "Belum memenuhi": the people of a unit, an OPD or the organisation who do not meet a compliance
 * measure, one row per person and measure (name, NIP, unit, the measure, what is missing in
 * words), from core's complianceGaps. This is the list a BKPSDM officer builds by hand today, so
 * it is a real table with its CSV and XLSX files; a measure can be picked, and the table and its
 * files then hold that measure's rows only. It sits behind a disclosure to keep the page short.
 */
import { useState } from 'react';
import {
  complianceGaps,
  COMPLIANCE_KEYS,
  pendingOf,
  type ComplianceGap,
  type ComplianceKey,
} from '../../core/report-figures';
import { Select } from '../../ui/select';
import type { TableData } from './report-export';
import { ReportTable } from './report-table';
import type { Group } from './report-tables';
import type { ReportWords } from './use-report-words';

/** The name of each measure as a row of the table says it. */
export const MEASURE_NAME = {
  skpApproved: 'measureSkpApproved',
  logSubmitted: 'measureLogSubmitted',
  entriesVerified: 'measureEntriesVerified',
  appraisalFinal: 'measureAppraisalFinal',
  acknowledged: 'measureAcknowledged',
  objectionOpen: 'measureObjectionOpen',
} as const satisfies Record<ComplianceKey, string>;

/** A measure in a file name (`laporan-belum-memenuhi-…-skp-2026-06.csv`). */
const MEASURE_SLUG = {
  skpApproved: 'skp',
  logSubmitted: 'kinerja-harian',
  entriesVerified: 'verifikasi',
  appraisalFinal: 'penilaian',
  acknowledged: 'tanggapan',
  objectionOpen: 'keberatan',
} as const satisfies Record<ComplianceKey, string>;

/** What a person lacks for a measure, in words. */
function gapText({ key, person: p }: ComplianceGap, w: ReportWords): string {
  const { t } = w;
  switch (key) {
    case 'skpApproved':
      return t('gapSkp', { status: w.skp(p.skp) });
    case 'logSubmitted':
      return t('gapLog');
    case 'entriesVerified':
      return t('gapPending', { count: pendingOf(p) });
    case 'appraisalFinal':
      return t('gapAppraisal', { status: w.appraisal(p.appraisal) });
    case 'acknowledged':
      return t('gapAcknowledged');
    case 'objectionOpen':
      return t('gapObjection');
  }
}

type Gap = ComplianceGap & { group: Group };

/** Who misses what across groups: by measure, then unit, then name. */
function gapsOf(groups: readonly Group[]): Gap[] {
  const order = (k: ComplianceKey) => COMPLIANCE_KEYS.indexOf(k);
  return groups
    .flatMap((group) => complianceGaps(group.rows).map((gap) => ({ ...gap, group })))
    .sort(
      (a, b) =>
        order(a.key) - order(b.key) ||
        a.group.name.localeCompare(b.group.name) ||
        a.person.name.localeCompare(b.person.name),
    );
}

/** The "Belum memenuhi" table of groups (units), all measures or one. */
export function missingTable(
  id: string,
  caption: string,
  gaps: readonly Gap[],
  w: ReportWords,
): TableData {
  const { t } = w;
  return {
    id,
    caption,
    head: [t('colName'), t('colNip'), t('colUnit'), t('colMeasure'), t('colMissing')],
    rows: gaps.map((gap) => ({
      key: `${gap.group.key}:${gap.person.nip}:${gap.key}`,
      cells: [
        gap.person.name,
        gap.person.nip,
        gap.group.name,
        t(MEASURE_NAME[gap.key]),
        gapText(gap, w),
      ],
    })),
  };
}

type Props = {
  /** Part of the file name: `belum-memenuhi-{id}`. */
  id: string;
  /** Whose list it is: a unit's, an OPD's or "seluruh organisasi". */
  scope: string;
  /** The units of the scope (their names fill the Unit column). */
  units: readonly Group[];
  month: string;
  w: ReportWords;
};

const ALL = 'all';

export function MissingTable({ id, scope, units, month, w }: Props) {
  const { t } = w;
  const [measure, setMeasure] = useState<ComplianceKey | typeof ALL>(ALL);
  const gaps = gapsOf(units);
  const countOf = (k: ComplianceKey) => gaps.filter((g) => g.key === k).length;
  const shown = measure === ALL ? gaps : gaps.filter((g) => g.key === measure);
  const table = missingTable(
    measure === ALL ? `belum-memenuhi-${id}` : `belum-memenuhi-${id}-${MEASURE_SLUG[measure]}`,
    measure === ALL
      ? t('missingCaption', { scope })
      : t('missingCaptionOf', { scope, item: t(MEASURE_NAME[measure]) }),
    shown,
    w,
  );
  return (
    <details className="report-missing">
      <summary>{t('missingSummary', { scope, count: w.format.number(gaps.length) })}</summary>
      {gaps.length === 0 ? (
        <p>{t('missingNone')}</p>
      ) : (
        <>
          <Select
            label={t('colMeasure')}
            className="report-missing__filter"
            value={measure}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setMeasure(COMPLIANCE_KEYS.find((k) => k === value) ?? ALL);
            }}
            options={[
              { value: ALL, label: t('missingAll', { count: gaps.length }) },
              ...COMPLIANCE_KEYS.map((k) => ({
                value: k,
                label: t('missingOption', { item: t(MEASURE_NAME[k]), count: countOf(k) }),
              })),
            ]}
          />
          <ReportTable key={table.id} month={month} table={table} />
        </>
      )}
    </details>
  );
}
