/**
 * The cells of an attendance import as the office's machines and spreadsheets write them, read
 * into what a month stores: dates in the ISO, Indonesian slash and dash layouts, times with or
 * without seconds (`:` or the `.` of an Indonesian locale), the statuses by word or short code,
 * and the apel column. Each reader answers null for an empty cell and undefined for one it
 * cannot read; the row checker (attendance-import.ts) words the refusal.
 */
import { isIsoDate } from './ids';
import { normalizeWord } from './org-import/read-rows';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from './vocabulary';

/** The columns of an attendance file, in the order of the template. */
export const ATTENDANCE_IMPORT_COLUMNS = [
  'nip',
  'tanggal',
  'jam_masuk',
  'jam_pulang',
  'status',
  'apel',
] as const;
export type AttendanceImportColumn = (typeof ATTENDANCE_IMPORT_COLUMNS)[number];

/** Columns a file may leave out: without `apel`, no day records the morning roll call. */
export const OPTIONAL_ATTENDANCE_COLUMNS: readonly AttendanceImportColumn[] = ['apel'];

/** One data row of an attendance file; a column the header lacks is absent. */
export type AttendanceImportRow = { readonly [K in AttendanceImportColumn]?: string };

/** The short codes of fingerprint and e-presensi exports (lowercase), with the status each means. */
export const ATTENDANCE_STATUS_CODES = {
  h: 'hadir',
  i: 'izin',
  s: 'sakit',
  c: 'cuti',
  dl: 'dinas-luar',
  tb: 'tugas-belajar',
  tk: 'tanpa-keterangan',
  l: 'libur',
} as const satisfies Record<string, AttendanceStatus>;

const cell = (v: string | undefined) => (v ?? '').trim();

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Day and month (in some order) and the year, with the same `/` or `-` between the parts. */
const LOCAL_DATE = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/;

const pad = (n: string) => n.padStart(2, '0');

/**
 * How a date cell is written: `iso` (yyyy-mm-dd), or `slash`/`dash` with the numbers of its first
 * two parts (day and month, in an order only the whole file can tell: attendance-import-dates.ts);
 * null for an empty cell or one in neither layout.
 */
export type ImportDateShape =
  | { layout: 'iso'; year: string; month: string; day: string }
  | { layout: 'slash' | 'dash'; year: string; first: string; middle: string };

/** The layout of a date cell and its parts, or null (empty, or neither layout). */
export function importDateShape(value: string | undefined): ImportDateShape | null {
  const v = cell(value);
  const iso = ISO_DATE.exec(v);
  if (iso) return { layout: 'iso', year: iso[1] ?? '', month: iso[2] ?? '', day: iso[3] ?? '' };
  const local = LOCAL_DATE.exec(v);
  if (!local) return null;
  const [, first = '', separator, middle = '', year = ''] = local;
  return { layout: separator === '/' ? 'slash' : 'dash', year, first, middle };
}

/**
 * A date cell as `yyyy-mm-dd`: from yyyy-mm-dd, dd/mm/yyyy or dd-mm-yyyy (one-digit parts too),
 * read day first (a file written month first is refused as a whole: attendance-import-dates.ts).
 */
export function readImportDate(value: string | undefined): string | null | undefined {
  if (cell(value) === '') return null;
  const shape = importDateShape(value);
  if (shape === null) return undefined;
  const [y, m, d] =
    shape.layout === 'iso'
      ? [shape.year, shape.month, shape.day]
      : [shape.year, shape.middle, shape.first];
  const date = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDate(date) ? date : undefined;
}

const CLOCK = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;

/** A time cell as `HH:mm`: from HH:mm or HH:mm:ss (seconds dropped), `.` also between the parts. */
export function readImportTime(value: string | undefined): string | null | undefined {
  const v = cell(value);
  if (v === '') return null;
  const m = CLOCK.exec(v);
  if (!m) return undefined;
  const [h, min, s] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 0 : Number(m[3])];
  if (h > 23 || min > 59 || s > 59) return undefined;
  return `${pad(String(h))}:${pad(String(min))}`;
}

/** A status cell: a status in any case with spaces or underscores, or a short code (H, DL, TK...). */
export function readImportStatus(value: string | undefined): AttendanceStatus | null | undefined {
  const word = normalizeWord(value);
  if (word === '') return null;
  if ((ATTENDANCE_STATUSES as readonly string[]).includes(word)) return word as AttendanceStatus;
  return (ATTENDANCE_STATUS_CODES as Record<string, AttendanceStatus>)[word] ?? undefined;
}

/** The apel cell: ya (attended) or tidak (missed); also y/t, 1/0. Empty: not recorded. */
export function readImportApel(value: string | undefined): boolean | null | undefined {
  const v = cell(value).toLowerCase();
  if (v === '') return null;
  if (v === 'ya' || v === 'y' || v === '1') return true;
  if (v === 'tidak' || v === 't' || v === '0') return false;
  return undefined;
}
