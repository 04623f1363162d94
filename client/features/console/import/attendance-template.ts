/**
 * kehadiran.csv, the template of the attendance import: the columns in order and a few rows that
 * show what each cell may hold (docs/org-import.md, "Impor kehadiran"): dates in either layout,
 * a time with seconds, a status by word or by code, a day of dinas luar without scans, apel.
 */
import {
  ATTENDANCE_IMPORT_COLUMNS,
  type AttendanceImportColumn,
} from '../../../core/attendance-import-cells';
import { csvDataUrl, csvText } from './csv-download';

export const ATTENDANCE_TEMPLATE_NAME = 'kehadiran.csv';

const NIP = '199001012015011001';
const ROWS: Record<AttendanceImportColumn, string>[] = [
  {
    nip: NIP,
    tanggal: '2026-11-02',
    jam_masuk: '07:25',
    jam_pulang: '16:05',
    status: 'hadir',
    apel: 'ya',
  },
  {
    nip: NIP,
    tanggal: '03/11/2026',
    jam_masuk: '07:41:12',
    jam_pulang: '16:02:40',
    status: 'H',
    apel: 'tidak',
  },
  { nip: NIP, tanggal: '04/11/2026', jam_masuk: '', jam_pulang: '', status: 'DL', apel: '' },
  { nip: NIP, tanggal: '05/11/2026', jam_masuk: '', jam_pulang: '', status: 'sakit', apel: '' },
];

/** The template as a `data:` URL for its download link. */
export function attendanceTemplateUrl(): string {
  return csvDataUrl(csvText(ATTENDANCE_IMPORT_COLUMNS, ROWS));
}
