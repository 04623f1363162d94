/**
 * A Laporan table with its "Unduh CSV" and "Unduh XLSX" buttons: the file holds every row of the
 * table (report-export.ts). A long table shows its first rows and "Tampilkan semua": a Pengelola's
 * lists of people (not yet at the JP target) run to thousands of rows, which the page would lay
 * out before it shows anything. Numbers in the reader's locale; a name is a link only where the
 * table gives one (the user's own staff, a unit to open).
 */
import { useRef, useState } from 'react';
import { Button } from '../../ui/button';
import { useFormat } from '../../ui/format';
import { useT } from '../../ui/i18n';
import { Link } from '../../ui/navigation';
import { RowTable } from '../../ui/row-table';
import { cellText, csvOf, fileNameOf, saveFile, xlsxOf, type TableData } from './report-export';
import { reportsMessages } from './reports-messages';

type Props = { table: TableData; month: string };

/** A table with more columns than this takes the whole width beside a chart on a laptop. */
const WIDE = 5;

/** Rows shown until the reader asks for all (a unit's people fit; the organisation's may not). */
const FIRST_ROWS = 100;

export function ReportTable({ table, month }: Props) {
  const t = useT(reportsMessages);
  const format = useFormat();
  const locale = format.ctx.locale;
  const [all, setAll] = useState(false);
  // The button goes once pressed: focus moves to the table it opened.
  const scroll = useRef<HTMLDivElement>(null);
  const rows = all ? table.rows : table.rows.slice(0, FIRST_ROWS);
  const total = format.number(table.rows.length);
  return (
    <div className={table.head.length > WIDE ? 'report-table report-table--wide' : 'report-table'}>
      <div
        ref={scroll}
        className="report-table__scroll"
        tabIndex={0}
        role="region"
        aria-label={table.caption}
      >
        <RowTable
          caption={table.caption}
          head={table.head}
          rows={rows.map((row) => ({
            key: row.key,
            cells: row.cells.map((cell) =>
              cell !== null && typeof cell === 'object' ? (
                <Link to={cell.to}>{cell.text}</Link>
              ) : typeof cell === 'number' ? (
                format.number(cell, { maximumFractionDigits: 1 })
              ) : (
                cellText(cell, locale)
              ),
            ),
            numeric: row.cells.map((cell) => typeof cell === 'number'),
          }))}
        />
      </div>
      {rows.length < table.rows.length && (
        <p className="report-table__more">
          {t('rowsShown', { shown: format.number(rows.length), total })}{' '}
          <Button
            variant="ghost"
            onClick={() => {
              setAll(true);
              scroll.current?.focus();
            }}
          >
            {t('showAllRows', { total })}
          </Button>
        </p>
      )}
      <ExportButtons table={table} month={month} />
    </div>
  );
}

/** "Unduh CSV" and "Unduh XLSX" of a table (a chart's too). */
export function ExportButtons({ table, month }: Props) {
  const t = useT(reportsMessages);
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const csv = () => {
    const blob = new Blob([csvOf(table, format.ctx.locale)], { type: 'text/csv;charset=utf-8' });
    saveFile(blob, fileNameOf(table, month, 'csv'));
  };
  const xlsx = async () => {
    setBusy(true);
    setFailed(false);
    try {
      saveFile(await xlsxOf(table), fileNameOf(table, month, 'xlsx'));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div
      className="report-table__export"
      role="group"
      aria-label={t('exportOf', { table: table.caption })}
    >
      <Button variant="secondary" onClick={csv}>
        {t('exportCsv')}
      </Button>
      <Button variant="secondary" busy={busy} onClick={() => void xlsx()}>
        {busy ? t('exporting') : t('exportXlsx')}
      </Button>
      {failed && (
        <p role="alert" className="field__error">
          {t('exportFailed')}
        </p>
      )}
    </div>
  );
}
