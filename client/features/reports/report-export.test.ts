// @vitest-environment jsdom
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvOf, fileNameOf, xlsxOf, type TableData } from './report-export';

const table: TableData = {
  id: 'kepatuhan',
  caption: 'Kepatuhan per perangkat daerah',
  head: ['Perangkat daerah', 'Dihitung', 'SKP disetujui (%)'],
  rows: [
    {
      key: 'dinas',
      cells: [{ text: 'Dinas Pendidikan', to: '/laporan/organisasi/dinas' }, 12, 62.5],
    },
    { key: 'kec', cells: ['Kecamatan Gayungan; Kelurahan', 4, 100] },
    { key: 'sd', cells: ['Ni Luh Putu Ayu, S.Pd.', 3, null] },
  ],
};

describe('report exports', () => {
  it('writes CSV as Excel in id-ID opens it: BOM, semicolons, decimal comma, CRLF', () => {
    const csv = csvOf(table, 'id-ID');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Perangkat daerah;Dihitung;SKP disetujui (%)',
      'Dinas Pendidikan;12;62,5',
      '"Kecamatan Gayungan; Kelurahan";4;100',
      'Ni Luh Putu Ayu, S.Pd.;3;',
    ]);
  });

  it('names the file after the table and the month', () => {
    expect(fileNameOf(table, '2026-12', 'xlsx')).toBe('laporan-kepatuhan-2026-12.xlsx');
  });

  it('writes an XLSX workbook whose sheet holds the names and the numbers', async () => {
    const blob = await xlsxOf(table);
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    const text = sheet + strings;
    expect(text).toContain('Dinas Pendidikan');
    expect(text).toContain('Ni Luh Putu Ayu, S.Pd.');
    expect(sheet).toContain('<v>62.5</v>');
    const workbook = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
    expect(workbook).toContain('Kepatuhan per perangkat daerah');
  });
});
