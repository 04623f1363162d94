/** The predikat matrix of PermenPANRB 6/2022 (rows: hasil kerja, columns: perilaku kerja). */
import type { Predikat, Rating } from './vocabulary';

export const PREDIKAT_MATRIX = {
  'di-atas': { 'di-atas': 'sangat-baik', sesuai: 'baik', 'di-bawah': 'kurang' },
  sesuai: { 'di-atas': 'baik', sesuai: 'baik', 'di-bawah': 'kurang' },
  'di-bawah': {
    'di-atas': 'butuh-perbaikan',
    sesuai: 'butuh-perbaikan',
    'di-bawah': 'sangat-kurang',
  },
} as const satisfies Record<Rating, Record<Rating, Predikat>>;

/** The predikat kinerja for a hasil kerja rating and a perilaku kerja rating. */
export function predikat(hasilKerja: Rating, perilaku: Rating): Predikat {
  return PREDIKAT_MATRIX[hasilKerja][perilaku];
}

/** Credit-point share of a predikat for functional posts (angka kredit), in percent. */
export const CREDIT_PERCENT = {
  'sangat-baik': 150,
  baik: 100,
  'butuh-perbaikan': 75,
  kurang: 50,
  'sangat-kurang': 25,
} as const satisfies Record<Predikat, number>;
