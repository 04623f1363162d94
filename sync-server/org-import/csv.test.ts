import { describe, expect, it } from 'vitest';
import { PERSON_COLUMNS } from '../../client/core/org-import/org-columns';
import { makePersonRow } from '../../client/core/testing/org-rows';
import { parseCsv, toCsv } from './csv';

describe('parseCsv', () => {
  it('keys rows by the header, trimmed and in lowercase, without the BOM', () => {
    const { rows, errors } = parseCsv('\uFEFFKode_Unit , nama_unit\r\ndinas,Dinas A\r\n', 'units');
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { kode_unit: 'dinas', nama_unit: 'Dinas A' },
      { kode_unit: '', nama_unit: '' },
    ]);
  });

  it('reads `;` files and quoted cells with commas and line breaks', () => {
    const { rows } = parseCsv(
      'nip;nama;gelar_belakang\n1;"Sri; Wahyuni";"S.Pd., M.Pd."\n2;"Baris\ndua";\n',
      'people',
    );
    expect(rows.slice(0, 2)).toEqual([
      { nip: '1', nama: 'Sri; Wahyuni', gelar_belakang: 'S.Pd., M.Pd.' },
      { nip: '2', nama: 'Baris\ndua', gelar_belakang: '' },
    ]);
  });

  it('keeps blank lines, so that row numbers stay those of the spreadsheet', () => {
    expect(parseCsv('a,b\n1,2\n\n3,4', 'units').rows).toEqual([
      { a: '1', b: '2' },
      { a: '', b: '' },
      { a: '3', b: '4' },
    ]);
  });

  it('reports a row with more cells than the header (an unquoted comma)', () => {
    const { errors } = parseCsv('nip,nama,gelar_belakang\n1,Sri Wahyuni, S.Pd., M.Pd.\n', 'people');
    expect(errors).toEqual([
      {
        file: 'people',
        row: 2,
        reason: 'Baris ini berisi 4 kolom, baris judul 3: apakah ada koma tanpa tanda kutip?',
      },
    ]);
  });

  it('reports an unclosed quote', () => {
    expect(parseCsv('a,b\n1,"dua\n', 'units').errors).toEqual([
      { file: 'units', row: 2, reason: 'Tanda kutip tidak tertutup' },
    ]);
  });

  it('reads back what toCsv writes, formula-like cells included', () => {
    const row = makePersonRow({
      nama: '=HYPERLINK("x")',
      jabatan: '-',
      gelar_belakang: 'S.Pd., M.Pd.',
    });
    const text = toCsv(PERSON_COLUMNS, [row as Record<(typeof PERSON_COLUMNS)[number], string>]);
    expect(text.startsWith('\uFEFFnip,nama,')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(parseCsv(text, 'people').rows[0]).toEqual(row);
  });
});
