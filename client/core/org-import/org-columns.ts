/**
 * The CSV layout of an organisation import and export (docs/org-import.md), close to a SIASN
 * export: one file of units, one of people. Rows reach core as objects keyed by column name;
 * the CSV text itself is parsed at the edges (server, command line, browser).
 */

export const UNIT_COLUMNS = ['kode_unit', 'nama_unit', 'kode_induk', 'jenis'] as const;
export type UnitColumn = (typeof UNIT_COLUMNS)[number];

export const PERSON_COLUMNS = [
  'nip',
  'nama',
  'gelar_depan',
  'gelar_belakang',
  'jenis_asn',
  'jabatan',
  'jenis_jabatan',
  'kode_unit',
  'nip_atasan',
  'status',
  'peran',
  'pangkat_golongan',
  'kelas_jabatan',
] as const;
export type PersonColumn = (typeof PERSON_COLUMNS)[number];

/**
 * Columns a people file may leave out (older files have neither): without one, a person keeps the
 * stored pangkat/golongan or kelas jabatan.
 */
export const OPTIONAL_PERSON_COLUMNS: readonly PersonColumn[] = [
  'pangkat_golongan',
  'kelas_jabatan',
];

/** One data row of the units file; a column the header lacks is absent. */
export type UnitRow = { readonly [K in UnitColumn]?: string };
/** One data row of the people file; a column the header lacks is absent. */
export type PersonRow = { readonly [K in PersonColumn]?: string };

export type OrgImportFile = 'units' | 'people';

/** The spreadsheet row of the data row at `index` (0-based): the header is row 1. */
export const rowNumberOf = (index: number) => index + 2;

/** The file names people see in messages. */
export const FILE_LABELS = { units: 'berkas unit', people: 'berkas pegawai' } as const;
