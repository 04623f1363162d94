/**
 * The frame of every chart (ADR 0014): a `<figure>` with its caption, the picture hidden from
 * assistive technology, and the same numbers in a real table, visually hidden until "Tampilkan
 * tabel" and always there for screen readers.
 */
import { useId, useState, type ReactNode } from 'react';
import { buttonClass } from '../button';
import { useT } from '../i18n';
import { RowTable } from '../row-table';
import { chartsMessages } from './charts-messages';
import './charts.css';

export type ChartTable = {
  /** Column headers; the first column heads each row. */
  head: readonly string[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
};

type Props = {
  caption: ReactNode;
  table: ChartTable;
  /** The picture (an aria-hidden SVG). */
  children: ReactNode;
  /** Buttons beside "Tampilkan tabel" (e.g. downloading the table). */
  actions?: ReactNode;
};

export function ChartFigure({ caption, table, children, actions }: Props) {
  const t = useT(chartsMessages);
  const [shown, setShown] = useState(false);
  const tableId = useId();
  const captionId = useId();
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart__caption">
        {caption}
      </figcaption>
      <div className="chart__picture">{children}</div>
      <button
        type="button"
        className={`${buttonClass('ghost')} chart__toggle`}
        aria-expanded={shown}
        aria-controls={tableId}
        onClick={() => setShown((s) => !s)}
      >
        {t(shown ? 'hideTable' : 'showTable')}
      </button>
      {actions}
      <div id={tableId} className={shown ? 'chart__table' : 'visually-hidden'}>
        <RowTable head={table.head} rows={table.rows} />
      </div>
    </figure>
  );
}
