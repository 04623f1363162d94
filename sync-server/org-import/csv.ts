/**
 * CSV text in and out of the organisation and attendance imports, with papaparse (core never
 * parses text): a file becomes row objects keyed by its header, and rows become a file in the
 * same layout.
 * Spreadsheet habits are undone on the way in: the UTF-8 byte order mark Excel writes, `;` as
 * the separator in Indonesian locales (detected), and the `'` that the export puts before a cell
 * starting with `=`, `+`, `-` or `@` so that a spreadsheet does not run it as a formula.
 */
import Papa from 'papaparse';
import type { OrgImportError } from '../../client/core/org-import/check-org-import';
import type { OrgImportFile } from '../../client/core/org-import/org-columns';

/** A problem of the CSV text itself at a spreadsheet row (the header is row 1). */
export type CsvError = { row: number; reason: string };

export type CsvRows = { rows: Record<string, string>[]; errors: OrgImportError[] };

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** The data rows of one file of the organisation import, its problems named by that file. */
export function parseCsv(text: string, file: OrgImportFile): CsvRows {
  const { rows, errors } = readCsv(text);
  return { rows, errors: errors.map((e) => ({ file, ...e })) };
}

/** The data rows of a CSV file as objects keyed by the (trimmed, lowercase) header names. */
export function readCsv(text: string): { rows: Record<string, string>[]; errors: CsvError[] } {
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  if (body.trim() === '') return { rows: [], errors: [] };
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false });
  const [header = [], ...data] = parsed.data;
  const names = header.map((h) => h.trim().toLowerCase());
  const errors: CsvError[] = [];
  for (const e of parsed.errors) {
    if (e.type === 'Quotes' && e.row !== undefined)
      errors.push({ row: e.row + 1, reason: 'Tanda kutip tidak tertutup' });
  }
  const rows = data.map((cells, index) => {
    const extra = cells.slice(names.length).filter((c) => c.trim() !== '');
    if (extra.length > 0)
      errors.push({
        row: index + 2,
        reason: `Baris ini berisi ${cells.length} kolom, baris judul ${names.length}: apakah ada koma tanpa tanda kutip?`,
      });
    const row: Record<string, string> = {};
    names.forEach((name, i) => {
      if (name !== '') row[name] = unescapeFormula(cells[i] ?? '');
    });
    return row;
  });
  return { rows, errors };
}

/** A CSV file (UTF-8 with BOM, CRLF) of the given columns, in that order. */
export function toCsv<C extends string>(
  columns: readonly C[],
  rows: readonly Readonly<Record<C, string>>[],
): string {
  const text = Papa.unparse(
    { fields: [...columns], data: rows.map((r) => columns.map((c) => r[c])) },
    { escapeFormulae: true, newline: '\r\n' },
  );
  return `${BOM}${text}\r\n`;
}

function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
