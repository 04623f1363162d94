/**
 * The daily progress as a CSV file for e-Kinerja: core's rows (Progres Harian order and the
 * status) written with papaparse. Without a chosen status it holds the approved entries only,
 * which is what e-Kinerja takes.
 */
import Papa from 'papaparse';
import { EKINERJA_DEFAULT_STATUS, ekinerjaRows } from '../../core/activity-rules';
import type { ActivityStatus } from '../../core/activity-status';
import type { ActivityRow } from '../../data/read-model';

/** The entries an export holds: those of the chosen status, else the approved ones. */
export function exportedRows(
  rows: readonly ActivityRow[],
  status: ActivityStatus | null,
): ActivityRow[] {
  const wanted = status ?? EKINERJA_DEFAULT_STATUS;
  return rows.filter((r) => r.status === wanted);
}

/** The CSV text, with a byte-order mark so spreadsheet programs read it as UTF-8. */
export function ekinerjaCsv(
  rows: readonly ActivityRow[],
  rhkTexts: ReadonlyMap<string, string>,
): string {
  const table = ekinerjaRows(
    rows.map((r) => ({
      ...r,
      rhkText: r.rhkId === null ? '' : (rhkTexts.get(r.rhkId) ?? ''),
      photoNames: r.photos.map((p) => p.name),
    })),
  );
  // Quoted throughout; a cell that a spreadsheet would run as a formula is neutralised.
  const text = Papa.unparse(table, { quotes: true, escapeFormulae: true, newline: '\r\n' });
  return `\uFEFF${text}\r\n`;
}

export function csvFileName(nip: string, from: string, to: string): string {
  return from === to
    ? `progres-harian-${nip}-${from}.csv`
    : `progres-harian-${nip}-${from}_${to}.csv`;
}

/** Hands a text file to the browser's download. */
export function downloadText(
  text: string,
  fileName: string,
  type = 'text/csv;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
