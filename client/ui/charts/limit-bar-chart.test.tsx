// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LimitBarChart } from './limit-bar-chart';

afterEach(cleanup);

function show() {
  return render(
    <LimitBarChart
      caption="Sebaran predikat"
      labelHeader="Predikat"
      valueHeader="Jumlah"
      limitHeader="Batas kurva"
      data={[
        { key: 'baik', label: 'Baik', value: 8 },
        { key: 'butuh-perbaikan', label: 'Butuh Perbaikan', value: 0 },
        { key: 'kurang', label: 'Kurang', value: 0 },
        { key: 'belum', label: 'Belum dinilai', value: 2, apart: true },
      ]}
      limits={[
        { key: 'b', over: ['baik'], bound: 'at-most', value: 7, text: 'paling banyak 7 Baik' },
        {
          key: 'bp-k',
          over: ['butuh-perbaikan', 'kurang'],
          bound: 'at-least',
          value: 1,
          text: 'paling sedikit 1 BP / K',
        },
      ]}
    />,
  );
}

describe('LimitBarChart', () => {
  it('puts each count and the limits about it in the table', () => {
    show();
    const table = within(screen.getByRole('figure', { name: 'Sebaran predikat' })).getByRole(
      'table',
    );
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['8', 'paling banyak 7 Baik'],
      ['0', 'paling sedikit 1 BP / K'],
      ['0', 'paling sedikit 1 BP / K'],
      ['2', '–'],
    ]);
  });

  it('draws the limits as lines named in the legend, and the not-rated bar hatched', () => {
    show();
    expect(document.querySelectorAll('[data-limit] line')).toHaveLength(2);
    const legend = [...document.querySelectorAll('.chart__legend li')].map((li) => li.textContent);
    expect(legend).toEqual(['paling banyak 7 Baik', 'paling sedikit 1 BP / K']);
    const apart = document.querySelector('rect[data-bar="Belum dinilai"]');
    expect((apart as SVGElement | null)?.style.fill).toMatch(/^url\(/);
  });
});
