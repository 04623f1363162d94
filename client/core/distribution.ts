/**
 * The distribution curve of SE MenPANRB 03/2023: the unit's organisation rating bounds how its
 * staff's predikat may be spread. The app warns with the broken rules; it never blocks.
 */
import type { OrgRating, Predikat } from './vocabulary';

export type CurveRule = {
  /** Stable code for the rule, for tests and translations. */
  code: string;
  /** The rule as a person reads it. */
  text: string;
  predikats: readonly Predikat[];
  bound: 'at-most' | 'at-least';
  /** A share from 0 to 1; `at-least` with `count` means "at least this many people". */
  share?: number;
  count?: number;
};

export const CURVE_RULES = {
  istimewa: [
    {
      code: 'istimewa-max-70-sb',
      text: 'Paling banyak 70% Sangat Baik',
      predikats: ['sangat-baik'],
      bound: 'at-most',
      share: 0.7,
    },
  ],
  baik: [
    {
      code: 'baik-max-70-b',
      text: 'Paling banyak 70% Baik',
      predikats: ['baik'],
      bound: 'at-most',
      share: 0.7,
    },
    {
      code: 'baik-min-1-bp-k',
      text: 'Paling sedikit satu Butuh Perbaikan atau Kurang',
      predikats: ['butuh-perbaikan', 'kurang'],
      bound: 'at-least',
      count: 1,
    },
  ],
  'butuh-perbaikan': [
    {
      code: 'bp-min-60-bp',
      text: 'Paling sedikit 60% Butuh Perbaikan',
      predikats: ['butuh-perbaikan'],
      bound: 'at-least',
      share: 0.6,
    },
    {
      code: 'bp-max-10-sb',
      text: 'Paling banyak 10% Sangat Baik',
      predikats: ['sangat-baik'],
      bound: 'at-most',
      share: 0.1,
    },
  ],
  kurang: [
    {
      code: 'k-min-60-k',
      text: 'Paling sedikit 60% Kurang/Misconduct',
      predikats: ['kurang'],
      bound: 'at-least',
      share: 0.6,
    },
    {
      code: 'k-min-10-bp',
      text: 'Paling sedikit 10% Butuh Perbaikan',
      predikats: ['butuh-perbaikan'],
      bound: 'at-least',
      share: 0.1,
    },
    {
      code: 'k-max-10-sb',
      text: 'Paling banyak 10% Sangat Baik',
      predikats: ['sangat-baik'],
      bound: 'at-most',
      share: 0.1,
    },
  ],
  'sangat-kurang': [
    {
      code: 'sk-min-60-sk',
      text: 'Paling sedikit 60% Sangat Kurang',
      predikats: ['sangat-kurang'],
      bound: 'at-least',
      share: 0.6,
    },
    {
      code: 'sk-min-10-k-bp',
      text: 'Paling sedikit 10% Kurang atau Butuh Perbaikan',
      predikats: ['kurang', 'butuh-perbaikan'],
      bound: 'at-least',
      share: 0.1,
    },
    {
      code: 'sk-no-sb',
      text: 'Tidak boleh ada Sangat Baik',
      predikats: ['sangat-baik'],
      bound: 'at-most',
      count: 0,
    },
  ],
} as const satisfies Record<OrgRating, readonly CurveRule[]>;

export type BrokenRule = CurveRule & { actual: number; actualShare: number };

/** The rules of the curve that a team's predikats break (empty when the spread is within the rule). */
export function checkDistribution(
  orgRating: OrgRating,
  predikats: readonly Predikat[],
): BrokenRule[] {
  const total = predikats.length;
  if (total === 0) return [];
  const broken: BrokenRule[] = [];
  for (const rule of CURVE_RULES[orgRating] as readonly CurveRule[]) {
    const actual = predikats.filter((p) => rule.predikats.includes(p)).length;
    const actualShare = actual / total;
    const ok =
      rule.bound === 'at-most'
        ? rule.count !== undefined
          ? actual <= rule.count
          : actualShare <= (rule.share ?? 1) + 1e-9
        : rule.count !== undefined
          ? actual >= rule.count
          : actualShare >= (rule.share ?? 0) - 1e-9;
    if (!ok) broken.push({ ...rule, actual, actualShare });
  }
  return broken;
}
