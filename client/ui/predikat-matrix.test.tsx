// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PREDIKAT_MATRIX } from '../core/predikat';
import { RATINGS } from '../core/vocabulary';
import { PredikatMatrix } from './predikat-matrix';

afterEach(cleanup);

const highlighted = () => document.querySelectorAll('td[aria-current="true"]');

describe('PredikatMatrix', () => {
  it.each(RATINGS.flatMap((h) => RATINGS.map((p) => [h, p] as const)))(
    'hasil kerja %s and perilaku %s highlight exactly the matrix cell',
    (h, p) => {
      render(<PredikatMatrix hasilKerja={h} perilaku={p} />);
      const cells = highlighted();
      expect(cells).toHaveLength(1);
      expect(cells[0]?.getAttribute('data-predikat')).toBe(PREDIKAT_MATRIX[h][p]);
      // Screen readers hear which cell is chosen, not only see a colour.
      expect(cells[0]?.textContent).toMatch(/^Terpilih:/);
    },
  );

  it('weak behaviour overrides strong results: Di Atas × Di Bawah is Kurang/Misconduct', () => {
    render(<PredikatMatrix hasilKerja="di-atas" perilaku="di-bawah" />);
    const cell = highlighted()[0] as HTMLElement;
    expect(cell.textContent?.replace('\u200b', '')).toContain('Kurang/Misconduct');
    const row = cell.closest('tr') as HTMLElement;
    expect(within(row).getByRole('rowheader').textContent).toBe('Di Atas');
  });

  it('marks the chosen row alone while the other rating is still open', () => {
    render(<PredikatMatrix hasilKerja="sesuai" perilaku={null} />);
    expect(highlighted()).toHaveLength(0);
    expect(document.querySelectorAll('td[data-in-line]')).toHaveLength(3);
    expect(screen.getByRole('rowheader', { name: 'Sesuai' }).getAttribute('data-chosen')).toBe(
      'true',
    );
  });

  it('highlights nothing before any rating', () => {
    render(<PredikatMatrix hasilKerja={null} perilaku={null} />);
    expect(highlighted()).toHaveLength(0);
    expect(document.querySelectorAll('[data-in-line], [data-chosen]')).toHaveLength(0);
    expect(screen.getByRole('table', { name: /Matriks predikat kinerja/ })).toBeTruthy();
  });
});
