/**
 * A table whose first column heads each row: column headers with `scope="col"`, the row's first
 * cell a `<th scope="row">`, the others data cells (numbers right-aligned where marked). The
 * tables behind the charts and Laporan's tables are drawn with it.
 */
import type { ReactNode } from 'react';

export type RowTableRow = {
  key: string;
  cells: readonly ReactNode[];
  /** Cells holding a number (aligned right), by column index. */
  numeric?: readonly boolean[];
};

type Props = {
  caption?: ReactNode;
  head: readonly string[];
  rows: readonly RowTableRow[];
};

export function RowTable({ caption, head, rows }: Props) {
  return (
    <table>
      {caption !== undefined && <caption>{caption}</caption>}
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={i} className={row.numeric?.[i] ? 'num' : undefined}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
