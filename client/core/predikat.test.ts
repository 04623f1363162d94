import { describe, expect, it } from 'vitest';
import { CREDIT_PERCENT, PREDIKAT_MATRIX, predikat } from './predikat';
import { PREDIKAT_LABELS, RATINGS, type Predikat, type Rating } from './vocabulary';

// DOMAIN.md, "Predikat matrix": rows hasil kerja, columns perilaku kerja, as the labels read.
const MATRIX: [Rating, Rating, string][] = [
  ['di-atas', 'di-atas', 'Sangat Baik'],
  ['di-atas', 'sesuai', 'Baik'],
  ['di-atas', 'di-bawah', 'Kurang/Misconduct'],
  ['sesuai', 'di-atas', 'Baik'],
  ['sesuai', 'sesuai', 'Baik'],
  ['sesuai', 'di-bawah', 'Kurang/Misconduct'],
  ['di-bawah', 'di-atas', 'Butuh Perbaikan'],
  ['di-bawah', 'sesuai', 'Butuh Perbaikan'],
  ['di-bawah', 'di-bawah', 'Sangat Kurang'],
];

describe('predikat matrix (PermenPANRB 6/2022)', () => {
  it.each(MATRIX)('hasil kerja %s, perilaku %s -> %s', (hasilKerja, perilaku, label) => {
    expect(PREDIKAT_LABELS[predikat(hasilKerja, perilaku)]).toBe(label);
  });

  it('covers exactly the nine cells', () => {
    const cells = RATINGS.flatMap((h) => RATINGS.map((p) => [h, p]));
    expect(cells).toHaveLength(9);
    expect(Object.keys(PREDIKAT_MATRIX).sort()).toEqual([...RATINGS].sort());
    for (const h of RATINGS)
      expect(Object.keys(PREDIKAT_MATRIX[h]).sort()).toEqual([...RATINGS].sort());
  });

  it('lets weak behaviour override strong results', () => {
    expect(predikat('di-atas', 'di-bawah')).toBe('kurang');
    expect(predikat('di-atas', 'di-bawah')).not.toBe(predikat('di-atas', 'sesuai'));
  });
});

describe('CREDIT_PERCENT (angka kredit for functional posts)', () => {
  const expected: [Predikat, number][] = [
    ['sangat-baik', 150],
    ['baik', 100],
    ['butuh-perbaikan', 75],
    ['kurang', 50],
    ['sangat-kurang', 25],
  ];
  it.each(expected)('%s -> %i%%', (p, percent) => {
    expect(CREDIT_PERCENT[p]).toBe(percent);
  });

  it('has one entry per predikat', () => {
    expect(Object.keys(CREDIT_PERCENT)).toHaveLength(5);
  });
});
