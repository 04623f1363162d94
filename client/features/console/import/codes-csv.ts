/**
 * The activation codes of an applied import as the file the Pengelola hands out from:
 * `kode-aktivasi.csv` (`nip,nama,kode_aktivasi`), the layout of the server command's --codes-out.
 */
import Papa from 'papaparse';
import type { ImportedPersonCode } from '../../../data/admin-api';

export const CODES_FILE_NAME = 'kode-aktivasi.csv';

const COLUMNS = ['nip', 'nama', 'kode_aktivasi'] as const;

/** The CSV text, with a byte order mark so that spreadsheets read it as UTF-8. */
export function codesCsv(codes: readonly ImportedPersonCode[]): string {
  const text = Papa.unparse(
    { fields: [...COLUMNS], data: codes.map((c) => COLUMNS.map((column) => c[column])) },
    { escapeFormulae: true, newline: '\r\n' },
  );
  return `\uFEFF${text}\r\n`;
}

/** The file as a `data:` URL for a download link (no object URL to revoke). */
export function codesCsvUrl(codes: readonly ImportedPersonCode[]): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(codesCsv(codes))}`;
}
