// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from './bar-chart';

afterEach(cleanup);

const weeks = [
  { key: '1', label: '1–6', value: 4, display: '4' },
  { key: '7', label: '7–13', value: 10, display: '10' },
  { key: '14', label: '14–20', value: 0, display: '0' },
];

function show(orientation: 'vertical' | 'horizontal' = 'vertical') {
  return render(
    <main>
      <BarChart
        caption="Hari tercatat per minggu"
        orientation={orientation}
        labelHeader="Minggu"
        valueHeader="Hari-orang"
        data={weeks}
      />
    </main>,
  );
}

const bars = () =>
  [...document.querySelectorAll('rect[data-bar]')].map((r) => ({
    label: r.getAttribute('data-bar'),
    height: Number(r.getAttribute('height')),
    width: Number(r.getAttribute('width')),
  }));

describe('BarChart', () => {
  it('is a captioned figure whose numbers are in a table, the picture hidden from readers', () => {
    show();
    const figure = screen.getByRole('figure', { name: 'Hari tercatat per minggu' });
    expect(figure.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    const table = within(figure).getByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual(['MingguHari-orang', '1–64', '7–1310', '14–200']);
  });

  it('draws a bar per value, taller for more, with the value written on it', () => {
    show();
    const [a, b, c] = bars();
    expect(bars().map((x) => x.label)).toEqual(['1–6', '7–13', '14–20']);
    expect(b?.height).toBeGreaterThan(a?.height ?? 0);
    expect(c?.height).toBe(0);
    const texts = [...document.querySelectorAll('svg text.chart__value')].map((t) => t.textContent);
    expect(texts).toEqual(['4', '10', '0']);
  });

  it('lays bars out horizontally, longer for more', () => {
    show('horizontal');
    const [a, b] = bars();
    expect(b?.width).toBeGreaterThan(a?.width ?? 0);
  });

  it('shows its table on request and hides it again', () => {
    show();
    const toggle = screen.getByRole('button', { name: 'Tampilkan tabel' });
    const holder = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(holder?.className).toBe('visually-hidden');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Sembunyikan tabel');
    expect(holder?.className).toBe('chart__table');
  });

  it('has no axe violations', async () => {
    show();
    const result = await axe.run(document.body, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`),
    ).toEqual([]);
  });
});
