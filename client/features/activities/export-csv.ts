/** The daily progress as a CSV file in e-Kinerja's Progres Harian order (core's toEkinerjaCsv). */
import { toEkinerjaCsv } from '../../core/activity-rules';
import type { ActivityRow } from '../../data/read-model';

/** The CSV text, with a byte-order mark so spreadsheet programs read it as UTF-8. */
export function ekinerjaCsv(
  rows: readonly ActivityRow[],
  rhkTexts: ReadonlyMap<string, string>,
): string {
  const csv = toEkinerjaCsv(
    rows.map((r) => ({
      ...r,
      rhkText: r.rhkId === null ? '' : (rhkTexts.get(r.rhkId) ?? ''),
      photoNames: r.photos.map((p) => p.name),
    })),
  );
  return `\uFEFF${csv}`;
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
