/**
 * Reads the rows of an organisation import cell by cell: each value normalised (spaces, case,
 * spreadsheet habits such as a NIP typed with spaces or forced to text with an apostrophe) and
 * checked on its own, with an Indonesian reason per wrong cell. References between rows and to
 * the stored organisation are checked afterwards (check-org-import.ts).
 */
import { isKey, isNip } from '../ids';
import type { StoredRole } from '../org-chart';
import {
  ASN_KINDS,
  EMPLOYEE_STATUSES,
  JENIS_JABATAN,
  KELAS_JABATAN_MAX,
  UNIT_KINDS,
  type AsnKind,
  type EmployeeStatus,
  type JenisJabatan,
  type UnitKind,
} from '../vocabulary';
import { isPppkNip, nipProblems } from './nip-rules';
import {
  OPTIONAL_PERSON_COLUMNS,
  PERSON_COLUMNS,
  rowNumberOf,
  UNIT_COLUMNS,
  type OrgImportFile,
  type PersonColumn,
  type PersonRow,
  type UnitColumn,
  type UnitRow,
} from './org-columns';
import { fullName } from './person-name';

export type OrgImportError = {
  file: OrgImportFile;
  /** The spreadsheet row: the header is row 1, the first data row is row 2. */
  row: number;
  column?: string;
  /** Indonesian, as the Pengelola reads it next to the row. */
  reason: string;
};

export type ReadUnit = {
  row: number;
  unitId: string;
  name: string;
  /** null: a top unit; undefined: the cell was wrong (already reported). */
  parentId: string | null | undefined;
  kind: UnitKind | null;
};

export type ReadPerson = {
  row: number;
  nip: string;
  nama: string;
  gelarDepan: string;
  gelarBelakang: string;
  kind: AsnKind | null;
  position: string;
  jenisJabatan: JenisJabatan | null;
  /** null: the cell was empty or wrong (reported, or reported later for heads). */
  unitId: string | null;
  unitEmpty: boolean;
  /** null: no superior; undefined: the cell was wrong (already reported). */
  superiorNip: string | null | undefined;
  status: EmployeeStatus | null;
  roles: StoredRole[] | null;
  /** undefined: the file has no pangkat_golongan column (the stored one is kept). */
  rank: string | undefined;
  /**
   * Kelas jabatan 1-17; null: none (an empty cell); undefined: the file has no kelas_jabatan
   * column (the stored one is kept) or the cell was wrong (reported).
   */
  kelasJabatan: number | null | undefined;
};

const MAX = { unitName: 160, nama: 120, gelar: 60, jabatan: 160, rank: 80 } as const;

/** Errors for the columns a file's header lacks (judged from its first row), at row 1. */
export function missingColumns(
  file: OrgImportFile,
  rows: readonly Record<string, string | undefined>[],
): OrgImportError[] {
  const first = rows[0];
  if (first === undefined) return [];
  const required: readonly string[] =
    file === 'units'
      ? UNIT_COLUMNS
      : PERSON_COLUMNS.filter((c) => !OPTIONAL_PERSON_COLUMNS.includes(c));
  return required
    .filter((c) => first[c] === undefined)
    .map((c) => ({
      file,
      row: 1,
      column: c,
      reason: `Kolom ${c} tidak ada di baris judul`,
    }));
}

const cell = (v: string | undefined) => (v ?? '').trim();
const isBlank = (row: Readonly<Record<string, string | undefined>>) =>
  Object.values(row).every((v) => cell(v) === '');

/** A code as stored: lowercase, no surrounding spaces. */
export const normalizeCode = (v: string | undefined) => cell(v).toLowerCase();

/** A NIP as stored: the digits only, without the spaces or leading apostrophe of a spreadsheet. */
export const normalizeNip = (v: string | undefined) =>
  cell(v).replace(/^'/, '').replace(/\s+/g, '');

/** A vocabulary word as stored: lowercase, words joined by hyphens (`Tugas Belajar` -> `tugas-belajar`). */
export const normalizeWord = (v: string | undefined) =>
  cell(v)
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/** True for a cell a spreadsheet turned into a number in scientific notation (a NIP as 1.98E+17). */
export const looksScientific = (v: string) => /^\d+([.,]\d+)?e\+?\d+$/i.test(v);

function oneOf<T extends string>(value: string, allowed: readonly T[]): T | null {
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** Reads the units file: one entry per distinct kode_unit that reads. */
export function readUnits(
  rows: readonly UnitRow[],
  errors: OrgImportError[],
): Map<string, ReadUnit> {
  const out = new Map<string, ReadUnit>();
  rows.forEach((r, index) => {
    if (isBlank(r)) return;
    const row = rowNumberOf(index);
    const fail = (column: UnitColumn, reason: string) =>
      errors.push({ file: 'units', row, column, reason });

    const unitId = normalizeCode(r.kode_unit);
    if (unitId === '') return fail('kode_unit', 'kode_unit wajib diisi');
    if (!isKey(unitId))
      return fail(
        'kode_unit',
        `Kode unit "${cell(r.kode_unit)}" tidak valid: huruf kecil, angka, dan tanda hubung, paling banyak 64`,
      );
    const first = out.get(unitId);
    if (first) return fail('kode_unit', `Kode unit ${unitId} sudah ada di baris ${first.row}`);

    const name = cell(r.nama_unit);
    if (name === '') fail('nama_unit', 'nama_unit wajib diisi');
    else if (name.length > MAX.unitName)
      fail('nama_unit', `nama_unit paling banyak ${MAX.unitName} karakter`);

    const parentCell = normalizeCode(r.kode_induk);
    let parentId: string | null | undefined = parentCell === '' ? null : parentCell;
    if (parentId !== null && !isKey(parentId)) {
      fail('kode_induk', `Kode induk "${cell(r.kode_induk)}" tidak valid`);
      parentId = undefined;
    } else if (parentId === unitId) {
      fail('kode_induk', 'Unit tidak boleh menjadi induk dirinya sendiri');
      parentId = undefined;
    }

    const kindCell = normalizeWord(r.jenis);
    const kind = oneOf(kindCell, UNIT_KINDS);
    if (kindCell === '') fail('jenis', 'jenis wajib diisi');
    else if (kind === null)
      fail('jenis', `Jenis unit "${cell(r.jenis)}" tidak dikenal; pilih: ${UNIT_KINDS.join(', ')}`);

    out.set(unitId, { row, unitId, name, parentId, kind });
  });
  return out;
}

/** Reads the people file: one entry per distinct NIP that reads. */
export function readPeople(
  rows: readonly PersonRow[],
  today: string,
  errors: OrgImportError[],
): Map<string, ReadPerson> {
  const out = new Map<string, ReadPerson>();
  rows.forEach((r, index) => {
    if (isBlank(r)) return;
    const row = rowNumberOf(index);
    const fail = (column: PersonColumn, reason: string) =>
      errors.push({ file: 'people', row, column, reason });

    const nip = normalizeNip(r.nip);
    if (nip === '') return fail('nip', 'nip wajib diisi');
    if (looksScientific(nip))
      return fail(
        'nip',
        `NIP terbaca sebagai angka (${nip}): format kolom nip sebagai teks lalu isi ulang`,
      );
    const problems = nipProblems(nip, today);
    if (problems.length > 0) return fail('nip', problems.join('; '));
    const first = out.get(nip);
    if (first) return fail('nip', `NIP ${nip} sudah ada di baris ${first.row}`);

    const nama = cell(r.nama);
    const gelarDepan = cell(r.gelar_depan);
    const gelarBelakang = cell(r.gelar_belakang);
    if (nama === '') fail('nama', 'nama wajib diisi');
    if (gelarDepan.length > MAX.gelar)
      fail('gelar_depan', `gelar_depan paling banyak ${MAX.gelar} karakter`);
    if (gelarBelakang.length > MAX.gelar)
      fail('gelar_belakang', `gelar_belakang paling banyak ${MAX.gelar} karakter`);
    if (fullName({ nama, gelarDepan, gelarBelakang }).length > MAX.nama)
      fail('nama', `Nama dengan gelar paling banyak ${MAX.nama} karakter`);

    const kindCell = normalizeWord(r.jenis_asn);
    const kind = oneOf(kindCell, ASN_KINDS);
    if (kindCell === '') fail('jenis_asn', 'jenis_asn wajib diisi (PNS atau PPPK)');
    else if (kind === null)
      fail('jenis_asn', `jenis_asn "${cell(r.jenis_asn)}" tidak dikenal: PNS atau PPPK`);
    else if (kind === 'pns' && isPppkNip(nip))
      fail('jenis_asn', 'NIP ini bernomor PPPK (kode 21 setelah tahun), tetapi jenis_asn PNS');
    else if (kind === 'pppk' && !isPppkNip(nip))
      fail('jenis_asn', 'jenis_asn PPPK, tetapi NIP tidak bernomor PPPK (kode 21 setelah tahun)');

    const position = cell(r.jabatan);
    if (position === '') fail('jabatan', 'jabatan wajib diisi');
    else if (position.length > MAX.jabatan)
      fail('jabatan', `jabatan paling banyak ${MAX.jabatan} karakter`);

    const jenisCell = normalizeWord(r.jenis_jabatan);
    const jenisJabatan = oneOf(jenisCell, JENIS_JABATAN);
    if (jenisCell === '') fail('jenis_jabatan', 'jenis_jabatan wajib diisi');
    else if (jenisJabatan === null)
      fail(
        'jenis_jabatan',
        `jenis_jabatan "${cell(r.jenis_jabatan)}" tidak dikenal; pilih: ${JENIS_JABATAN.join(', ')}`,
      );

    const unitCell = normalizeCode(r.kode_unit);
    let unitId: string | null = unitCell === '' ? null : unitCell;
    if (unitId !== null && !isKey(unitId)) {
      fail('kode_unit', `Kode unit "${cell(r.kode_unit)}" tidak valid`);
      unitId = null;
    }

    const superiorCell = normalizeNip(r.nip_atasan);
    let superiorNip: string | null | undefined = superiorCell === '' ? null : superiorCell;
    if (superiorNip !== null && !isNip(superiorNip)) {
      fail('nip_atasan', `nip_atasan "${cell(r.nip_atasan)}" bukan NIP 18 digit`);
      superiorNip = undefined;
    } else if (superiorNip === nip) {
      fail('nip_atasan', 'Pegawai tidak boleh menjadi atasan dirinya sendiri');
      superiorNip = undefined;
    }

    const statusCell = normalizeWord(r.status);
    const status = oneOf(statusCell, EMPLOYEE_STATUSES);
    if (statusCell === '') fail('status', 'status wajib diisi');
    else if (status === null)
      fail(
        'status',
        `status "${cell(r.status)}" tidak dikenal; pilih: ${EMPLOYEE_STATUSES.join(', ')}`,
      );

    const peranCell = normalizeWord(r.peran);
    let roles: StoredRole[] | null = null;
    if (peranCell === '' || peranCell === 'pegawai') roles = [];
    else if (peranCell === 'pengelola') roles = ['pengelola'];
    else if (peranCell === 'admin')
      fail('peran', 'Peran admin hanya untuk akun sistem; gunakan pengelola');
    else fail('peran', `peran "${cell(r.peran)}" tidak dikenal: kosong, pegawai, atau pengelola`);

    const rank = r.pangkat_golongan === undefined ? undefined : cell(r.pangkat_golongan);
    if (rank !== undefined && rank.length > MAX.rank)
      fail('pangkat_golongan', `pangkat_golongan paling banyak ${MAX.rank} karakter`);

    const kelasCell = r.kelas_jabatan === undefined ? undefined : cell(r.kelas_jabatan);
    let kelasJabatan: number | null | undefined = undefined;
    if (kelasCell === '') kelasJabatan = null;
    else if (kelasCell !== undefined) {
      const n = Number(kelasCell);
      if (/^\d{1,2}$/.test(kelasCell) && n >= 1 && n <= KELAS_JABATAN_MAX) kelasJabatan = n;
      else
        fail(
          'kelas_jabatan',
          `kelas_jabatan "${kelasCell}" tidak valid: bilangan bulat 1 sampai ${KELAS_JABATAN_MAX}, atau kosong`,
        );
    }

    out.set(nip, {
      row,
      nip,
      nama,
      gelarDepan,
      gelarBelakang,
      kind,
      position,
      jenisJabatan,
      unitId,
      unitEmpty: unitCell === '',
      superiorNip,
      status,
      roles,
      rank,
      kelasJabatan,
    });
  });
  return out;
}
