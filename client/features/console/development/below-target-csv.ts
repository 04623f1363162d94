/**
 * The below-target report as a CSV file (`di-bawah-target-{year}.csv`): one row per person, with
 * their unit, verified and pending JP and target, in the layout of the console's other exports
 * (a byte order mark so spreadsheets read UTF-8, formulae escaped).
 */
import Papa from 'papaparse';
import type { UnitBelowTarget } from '../../../data/queries/development-admin-queries';

const COLUMNS = [
  'unit',
  'nip',
  'nama',
  'jenis_asn',
  'jp_terverifikasi',
  'jp_menunggu',
  'target',
] as const;

export const belowTargetFileName = (year: number) => `di-bawah-target-${year}.csv`;

/** The CSV text. */
export function belowTargetCsv(units: readonly UnitBelowTarget[]): string {
  const data = units.flatMap((u) =>
    u.below.map((p) => [
      u.unitName,
      p.nip,
      p.name,
      p.kind.toUpperCase(),
      p.progress.verified,
      p.progress.pending,
      p.progress.target,
    ]),
  );
  const text = Papa.unparse(
    { fields: [...COLUMNS], data },
    { escapeFormulae: true, newline: '\r\n' },
  );
  return `\uFEFF${text}\r\n`;
}

/** The file as a `data:` URL for a download link (no object URL to revoke). */
export function belowTargetCsvUrl(units: readonly UnitBelowTarget[]): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(belowTargetCsv(units))}`;
}
