/**
 * CSV files the console hands to the Pengelola (activation codes, the attendance template): UTF-8
 * with a byte order mark so that spreadsheets read it as such, CRLF, formula-like cells escaped,
 * as a `data:` URL for a download link (no object URL to revoke).
 */
import Papa from 'papaparse';

/** The CSV text of these columns, in that order. */
export function csvText<C extends string>(
  columns: readonly C[],
  rows: readonly Readonly<Record<C, string>>[],
): string {
  const text = Papa.unparse(
    { fields: [...columns], data: rows.map((r) => columns.map((column) => r[column])) },
    { escapeFormulae: true, newline: '\r\n' },
  );
  return `\uFEFF${text}\r\n`;
}

/** A CSV text as a `data:` URL for a download link. */
export function csvDataUrl(text: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(text)}`;
}
