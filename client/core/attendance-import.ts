/**
 * The monthly attendance import (issue #15): the rows of a fingerprint or e-presensi export
 * (`nip, tanggal, jam_masuk, jam_pulang, status`, optional `apel`), read against the organisation
 * and the importing Pengelola's reach, become either a list of row errors or one `attendance`
 * document per person per month (attendance-import-writes.ts: what replaces what). The server
 * writes the plan all or nothing; the applied corrections are documents of their own and stay.
 * Late and early minutes are not stored: the summary counts them with core's own rules.
 */
import { monthOf } from './attendance';
import {
  ATTENDANCE_IMPORT_COLUMNS,
  ATTENDANCE_STATUS_CODES,
  OPTIONAL_ATTENDANCE_COLUMNS,
  readImportApel,
  readImportDate,
  readImportStatus,
  readImportTime,
  type AttendanceImportColumn,
  type AttendanceImportRow,
} from './attendance-import-cells';
import { dateLayoutProblem } from './attendance-import-dates';
import { ids, isNip } from './ids';
import type { OrgChart, User } from './org-chart';
import { rowNumberOf } from './org-import/org-columns';
import { looksScientific, normalizeNip } from './org-import/read-rows';
import { keepsPerson } from './org-scope';
import type { AttendanceDay, AttendanceDoc } from './schemas/attendance';
import type { EmployeeDoc } from './schemas/reference';
import { ATTENDANCE_STATUSES } from './vocabulary';
import { unitIdOn, unitWorkHours, type HoursUnit } from './work-hours';

export type AttendanceImportError = {
  /** The spreadsheet row: the header is row 1, the first data row is row 2. */
  row: number;
  column?: AttendanceImportColumn;
  /** Indonesian, as the Pengelola reads it next to the row. */
  reason: string;
};

/** What the rows are read against: the stored people (active or not), the units, the chart. */
export type AttendanceImportOrg = {
  employees: readonly Pick<EmployeeDoc, 'nip' | 'unitId' | 'active' | 'history'>[];
  units: ReadonlyMap<string, HoursUnit>;
  chart: OrgChart;
};

/** Who imports, on which day (no later day may be imported), and the instant it is stamped with. */
export type AttendanceImporter = { user: User; today: string; at: string };

export type AttendanceImportPlan =
  | { ok: false; errors: AttendanceImportError[]; rows: number }
  | { ok: true; errors: []; rows: number; docs: AttendanceDoc[] };
export type AcceptedAttendancePlan = Extract<AttendanceImportPlan, { ok: true }>;

const STATUS_CHOICES = `${ATTENDANCE_STATUSES.join(', ')}; atau kode ${Object.keys(
  ATTENDANCE_STATUS_CODES,
)
  .map((c) => c.toUpperCase())
  .join(', ')}`;

const cell = (v: string | undefined) => (v ?? '').trim();
const isBlank = (row: AttendanceImportRow) => Object.values(row).every((v) => cell(v) === '');

type ReadDay = { row: number; nip: string; day: AttendanceDay };

/** Errors for the required columns a header lacks (judged from the first row), at row 1. */
function missingColumns(rows: readonly AttendanceImportRow[]): AttendanceImportError[] {
  const first = rows[0];
  if (first === undefined) return [];
  return ATTENDANCE_IMPORT_COLUMNS.filter(
    (c) => !OPTIONAL_ATTENDANCE_COLUMNS.includes(c) && first[c] === undefined,
  ).map((column) => ({ row: 1, column, reason: `Kolom ${column} tidak ada di baris judul` }));
}

/** The NIP of a cell and why it cannot be imported by this user (null: it can). */
function readNip(
  value: string | undefined,
  org: AttendanceImportOrg,
  people: ReadonlyMap<string, AttendanceImportOrg['employees'][number]>,
  user: User,
): { nip: string; problem: string | null } {
  const nip = normalizeNip(value);
  const problem =
    nip === ''
      ? 'nip wajib diisi'
      : looksScientific(nip)
        ? `NIP terbaca sebagai angka (${nip}): format kolom nip sebagai teks lalu isi ulang`
        : !isNip(nip)
          ? `NIP "${cell(value)}" bukan NIP 18 digit`
          : personProblem(nip, org, people, user);
  return { nip, problem };
}

/** Why a NIP cannot be imported by this user, or null when it can. */
function personProblem(
  nip: string,
  org: AttendanceImportOrg,
  people: ReadonlyMap<string, AttendanceImportOrg['employees'][number]>,
  user: User,
): string | null {
  const person = people.get(nip);
  if (person === undefined) return `NIP ${nip} tidak ada di data pegawai`;
  if (!person.active) return `Pegawai ${nip} tidak aktif`;
  if (!keepsPerson(user, org.chart, nip))
    return `Pegawai ${nip} di luar unit kerja yang Anda kelola sebagai Pengelola Kinerja`;
  return null;
}

/**
 * A reader that remembers its answers: a month of 5,000 people repeats the same few dozen dates,
 * times and statuses 110,000 times.
 */
function remembered<T>(read: (cell: string | undefined) => T): (cell: string | undefined) => T {
  const seen = new Map<string | undefined, T>();
  return (cell) => {
    if (seen.has(cell)) return seen.get(cell) as T;
    const value = read(cell);
    seen.set(cell, value);
    return value;
  };
}

type CellReaders = {
  /** The NIP of a cell, and why it cannot be imported (null: it can). */
  nip: (cell: string | undefined) => { nip: string; problem: string | null };
  date: typeof readImportDate;
  time: typeof readImportTime;
  status: typeof readImportStatus;
  apel: typeof readImportApel;
};

/** Reads one row into a day of a person; its problems go to `errors`. */
function readRow(
  r: AttendanceImportRow,
  row: number,
  today: string,
  cells: CellReaders,
  errors: AttendanceImportError[],
): ReadDay | null {
  const before = errors.length;
  const fail = (column: AttendanceImportColumn, reason: string) =>
    errors.push({ row, column, reason });

  const { nip, problem } = cells.nip(r.nip);
  if (problem !== null) fail('nip', problem);

  const date = cells.date(r.tanggal);
  if (date === null) fail('tanggal', 'tanggal wajib diisi');
  else if (date === undefined)
    fail(
      'tanggal',
      `Tanggal "${cell(r.tanggal)}" tidak valid: tulis yyyy-mm-dd, dd/mm/yyyy atau dd-mm-yyyy`,
    );
  else if (date > today) fail('tanggal', `Tanggal ${date} belum lewat`);

  const time = (column: 'jam_masuk' | 'jam_pulang') => {
    const t = cells.time(r[column]);
    if (t === undefined)
      fail(
        column,
        `Jam "${cell(r[column])}" tidak valid: tulis HH:mm atau HH:mm:ss, atau kosongkan bila tidak ada presensi`,
      );
    return t ?? null;
  };
  const checkIn = time('jam_masuk');
  const checkOut = time('jam_pulang');
  if (checkIn !== null && checkOut !== null && checkOut <= checkIn)
    fail('jam_pulang', `Jam pulang ${checkOut} harus setelah jam masuk ${checkIn}`);

  const status = cells.status(r.status);
  if (status === null) fail('status', 'status wajib diisi');
  else if (status === undefined)
    fail('status', `Status "${cell(r.status)}" tidak dikenal; pilih: ${STATUS_CHOICES}`);

  const apel = cells.apel(r.apel);
  if (apel === undefined)
    fail('apel', `apel "${cell(r.apel)}" tidak dikenal: ya, tidak, atau kosong`);

  if (errors.length > before || !date || !status) return null;
  const day: AttendanceDay = { date, status, in: checkIn, out: checkOut };
  if (apel !== null && apel !== undefined) day.apel = apel;
  return { row, nip, day };
}

/**
 * Refused rows an answer lists at most: a file wrong on every row (a month of 5,000 people is
 * 110,000 rows) would otherwise answer 110,000 errors, some 13 MB, for a pattern a few rows show.
 */
export const LISTED_REFUSED_ROWS = 1_000;

/** The errors of a refused file as an answer lists them, and how many there are in all. */
export type ListedRefusals = {
  /** Every error of the first `max` refused rows, in row order. */
  errors: AttendanceImportError[];
  /** Rows refused, and errors, in the whole file. */
  refusedRows: number;
  errorCount: number;
};

/** Puts the errors in row order and keeps those of the first `max` refused rows; counts them all. */
export function listRefusals(
  errors: readonly AttendanceImportError[],
  max: number = LISTED_REFUSED_ROWS,
): ListedRefusals {
  const rows = new Set<number>();
  const listed: AttendanceImportError[] = [];
  for (const e of [...errors].sort((a, b) => a.row - b.row)) {
    rows.add(e.row);
    if (rows.size <= max) listed.push(e);
  }
  return { errors: listed, refusedRows: rows.size, errorCount: errors.length };
}

const COLUMN_RANK = new Map<string, number>(ATTENDANCE_IMPORT_COLUMNS.map((c, i) => [c, i]));

function sortErrors(errors: AttendanceImportError[]): AttendanceImportError[] {
  const rank = (c: string | undefined) => (c === undefined ? 99 : (COLUMN_RANK.get(c) ?? 98));
  return [...errors].sort((a, b) => a.row - b.row || rank(a.column) - rank(b.column));
}

/**
 * Checks the rows of an attendance file against the organisation and the importer's reach, and
 * plans one month document per person per month in the file: every error with its row, or (when
 * there is none) the documents, judged by the hours of the person's unit in that month.
 */
export function checkAttendanceImport(
  rows: readonly AttendanceImportRow[],
  org: AttendanceImportOrg,
  by: AttendanceImporter,
): AttendanceImportPlan {
  const header = missingColumns(rows);
  if (header.length > 0) return { ok: false, errors: header, rows: 0 };
  // A file written month first would read, day and month swapped: refused whole, before any row.
  const layout = dateLayoutProblem(rows);
  if (layout !== null)
    return {
      ok: false,
      errors: [{ ...layout, column: 'tanggal' }],
      rows: rows.filter((r) => !isBlank(r)).length,
    };

  const people = new Map(org.employees.map((e) => [e.nip, e]));

  const cells: CellReaders = {
    nip: remembered((v) => readNip(v, org, people, by.user)),
    date: remembered(readImportDate),
    time: remembered(readImportTime),
    status: remembered(readImportStatus),
    apel: remembered(readImportApel),
  };
  const errors: AttendanceImportError[] = [];
  const firstRow = new Map<string, number>();
  const months = new Map<string, ReadDay[]>();
  let count = 0;
  rows.forEach((r, index) => {
    if (isBlank(r)) return;
    count++;
    const read = readRow(r, rowNumberOf(index), by.today, cells, errors);
    if (read === null) return;
    const key = `${read.nip} ${read.day.date}`;
    const first = firstRow.get(key);
    if (first !== undefined) {
      errors.push({
        row: read.row,
        column: 'tanggal',
        reason: `NIP ${read.nip} tanggal ${read.day.date} sudah ada di baris ${first}`,
      });
      return;
    }
    firstRow.set(key, read.row);
    const id = ids.attendance(read.nip, monthOf(read.day.date));
    const list = months.get(id);
    if (list) list.push(read);
    else months.set(id, [read]);
  });
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors), rows: count };

  const docs = [...months.values()].map((list) => {
    const days = list.map((d) => d.day).sort((a, b) => (a.date < b.date ? -1 : 1));
    const first = list[0] as ReadDay;
    const person = people.get(first.nip) as AttendanceImportOrg['employees'][number];
    const unitId = unitIdOn(person, days[0]?.date ?? first.day.date);
    const doc: AttendanceDoc = {
      _id: ids.attendance(first.nip, monthOf(first.day.date)),
      type: 'attendance',
      schemaVersion: 1,
      nip: first.nip,
      month: monthOf(first.day.date),
      unitId,
      hours: unitWorkHours(org.units, unitId).hours,
      days,
      importedAt: by.at,
      importedBy: by.user.nip,
    };
    return doc;
  });
  return { ok: true, errors: [], rows: count, docs };
}
