/**
 * The activation codes of an applied import as the file the Pengelola hands out from:
 * `kode-aktivasi.csv` (`nip,nama,kode_aktivasi`), the layout of the server command's --codes-out.
 */
import type { ImportedPersonCode } from '../../../data/admin-api';
import { csvDataUrl, csvText } from './csv-download';

export const CODES_FILE_NAME = 'kode-aktivasi.csv';

const COLUMNS = ['nip', 'nama', 'kode_aktivasi'] as const;

/** The CSV text, with a byte order mark so that spreadsheets read it as UTF-8. */
export function codesCsv(codes: readonly ImportedPersonCode[]): string {
  return csvText(COLUMNS, codes);
}

/** The file as a `data:` URL for a download link. */
export function codesCsvUrl(codes: readonly ImportedPersonCode[]): string {
  return csvDataUrl(codesCsv(codes));
}
