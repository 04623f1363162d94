/**
 * Every Laporan table as a file: CSV (papaparse) for any spreadsheet and XLSX (write-excel-file,
 * loaded only when someone asks for one), both from the table the screen shows, every row of it
 * (also those a long table shows only on request; ADR 0020).
 * CSV is what Excel in id-ID opens by a double click: `;` between fields (the list separator of a
 * locale whose decimal separator is the comma), numbers with the reader's decimal comma, and a
 * UTF-8 byte order mark so names such as "Ni Luh Putu Ayu Sri Wahyuni, S.Pd." keep their letters.
 */
import Papa from 'papaparse';

/** A cell: text, a number (formatted in the reader's locale on screen and in CSV), or a link. */
export type Cell = string | number | null | { text: string; to: string };

export type TableData = {
  /** What the table is, for the file name: `laporan-{id}-{month}.csv`. */
  id: string;
  caption: string;
  head: readonly string[];
  rows: readonly { key: string; cells: readonly Cell[] }[];
};

const BOM = '\uFEFF';

/** A number as a spreadsheet of the reader's locale reads it: no grouping, a decimal at most. */
export function numberText(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 1 }).format(
    value,
  );
}

/** A cell's text (a number in the reader's locale, no grouping). */
export function cellText(cell: Cell, locale: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return numberText(cell, locale);
  if (typeof cell === 'string') return cell;
  return cell.text;
}

/** The table as CSV text for Excel in the reader's locale (BOM, `;`, CRLF). */
export function csvOf(table: TableData, locale: string): string {
  const rows = [[...table.head], ...table.rows.map((r) => r.cells.map((c) => cellText(c, locale)))];
  return BOM + Papa.unparse(rows, { delimiter: ';', newline: '\r\n', escapeFormulae: true });
}

/** The table as an XLSX workbook of one sheet (numbers stay numbers). */
export async function xlsxOf(table: TableData): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const head = table.head.map((h) => ({ value: h, fontWeight: 'bold' as const }));
  const rows = table.rows.map((r) =>
    r.cells.map((c) =>
      c === null ? null : typeof c === 'number' || typeof c === 'string' ? c : c.text,
    ),
  );
  // A sheet name is at most 31 characters and has none of : \ / ? * [ ].
  const sheet = table.caption.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
  return writeXlsxFile([head, ...rows], { sheet }).toBlob();
}

/** The file name of a table of a month. */
export function fileNameOf(table: Pick<TableData, 'id'>, month: string, ext: 'csv' | 'xlsx') {
  return `laporan-${table.id}-${month}.${ext}`;
}

/** Hands a file to the browser to save. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
