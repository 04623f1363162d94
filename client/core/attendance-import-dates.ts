/**
 * The layout of an attendance file's dates, judged over the whole file before any row is read.
 * Indonesian exports write the day first (dd/mm/yyyy); the same file saved again as CSV from a
 * spreadsheet in English writes the month first (m/d/yyyy), and then every date whose day is 12
 * or less still reads, day and month swapped. So a file whose dates put a number above 12 in the
 * middle is month first, and a file that writes its dates in more than one layout (ISO next to
 * dd/mm/yyyy, `/` next to `-`, day first next to month first) was put together from different
 * programs: either is refused with an example row, never guessed.
 */
import { importDateShape, type AttendanceImportRow } from './attendance-import-cells';
import { rowNumberOf } from './org-import/org-columns';

/** A file-wide problem of the dates, reported at the row of its example. */
export type DateLayoutProblem = { row: number; reason: string };

const LAYOUT_WORDS = {
  iso: 'yyyy-mm-dd',
  slash: 'dd/mm/yyyy',
  dash: 'dd-mm-yyyy',
} as const;

type Example = { row: number; cell: string };

const FIX = 'Simpan ulang kolom tanggal sebagai yyyy-mm-dd atau dd/mm/yyyy, lalu periksa lagi.';

/**
 * Why the dates of these rows cannot be read day first with confidence (month first, or layouts
 * mixed), at the row of an example; null when every date cell that reads is in one layout and
 * none of its slash or dash dates puts the month first. Cells in no layout are the rows' own errors.
 */
export function dateLayoutProblem(rows: readonly AttendanceImportRow[]): DateLayoutProblem | null {
  const firstOf = new Map<keyof typeof LAYOUT_WORDS, Example>();
  let dayFirst: Example | undefined;
  let monthFirst: Example | undefined;
  const seen = new Set<string>();
  rows.forEach((r, index) => {
    const cell = (r.tanggal ?? '').trim();
    if (seen.has(cell)) return;
    seen.add(cell);
    const shape = importDateShape(cell);
    if (shape === null) return;
    const example = { row: rowNumberOf(index), cell };
    if (!firstOf.has(shape.layout)) firstOf.set(shape.layout, example);
    if (shape.layout === 'iso') return;
    const [first, middle] = [Number(shape.first), Number(shape.middle)];
    if (first > 12 && middle <= 12) dayFirst ??= example;
    if (middle > 12 && first <= 12) monthFirst ??= example;
  });

  if (firstOf.size > 1) {
    const [a, b] = [...firstOf.entries()].sort(([, x], [, y]) => x.row - y.row);
    if (a && b)
      return {
        row: b[1].row,
        reason: `Tanggal berkas ini ditulis dengan susunan berbeda: "${a[1].cell}" (${LAYOUT_WORDS[a[0]]}, baris ${a[1].row}) dan "${b[1].cell}" (${LAYOUT_WORDS[b[0]]}, baris ${b[1].row}). Samakan semua tanggal dalam satu susunan: yyyy-mm-dd, dd/mm/yyyy atau dd-mm-yyyy.`,
      };
  }
  if (monthFirst && dayFirst)
    return {
      row: Math.max(monthFirst.row, dayFirst.row),
      reason: `Urutan hari dan bulan bercampur: "${dayFirst.cell}" (baris ${dayFirst.row}) menulis hari lebih dulu, "${monthFirst.cell}" (baris ${monthFirst.row}) bulan lebih dulu. Tanggal lain tidak dapat dibaca dengan pasti. ${FIX}`,
    };
  if (monthFirst)
    return {
      row: monthFirst.row,
      reason: `Tanggal "${monthFirst.cell}" (baris ${monthFirst.row}) menulis bulan lebih dulu (bulan/hari/tahun), seperti CSV yang disimpan dari spreadsheet berbahasa Inggris: hari dan bulan semua tanggal berkas ini akan tertukar. ${FIX}`,
    };
  return null;
}
