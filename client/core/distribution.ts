/**
 * The distribution curve of SE MenPANRB 03/2023: the unit's organisation rating bounds how its
 * staff's predikat may be spread. The app warns with the broken rules; it never blocks. The curve
 * is about the whole team: while some have no predikat yet, it speaks only of a rule no rating
 * still to come can mend (`checkCurve`), and otherwise says how many are still to be rated.
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

/**
 * The rules of the curve that a team's predikats break (empty when the spread is within the rule).
 * With `pending` people of the team still without a predikat, only the rules broken however those
 * are rated: an upper bound already passed counting them outside it, a lower bound out of reach
 * counting them all inside it.
 */
export function checkDistribution(
  orgRating: OrgRating,
  predikats: readonly Predikat[],
  pending = 0,
): BrokenRule[] {
  const total = predikats.length + pending;
  if (predikats.length === 0) return [];
  const broken: BrokenRule[] = [];
  for (const rule of CURVE_RULES[orgRating] as readonly CurveRule[]) {
    const actual = predikats.filter((p) => rule.predikats.includes(p)).length;
    const atLeastReachable = actual + pending;
    const ok =
      rule.bound === 'at-most'
        ? rule.count !== undefined
          ? actual <= rule.count
          : actual / total <= (rule.share ?? 1) + 1e-9
        : rule.count !== undefined
          ? atLeastReachable >= rule.count
          : atLeastReachable / total >= (rule.share ?? 0) - 1e-9;
    if (!ok) broken.push({ ...rule, actual, actualShare: actual / predikats.length });
  }
  return broken;
}

/** How the curve stands for a team: what is broken for sure, and how many still lack a predikat. */
export type CurveCheck = {
  /** The rules broken however the rest are rated (all broken rules once everyone is rated). */
  broken: BrokenRule[];
  /** People of the team without a predikat yet: the curve is judged in full once this is 0. */
  pending: number;
  /** The team's size. */
  total: number;
};

/**
 * The curve of a team of which some may not be rated yet (null: no predikat). A spread of the
 * first few says nothing about the whole team, so a rule speaks only when no rating still to
 * come can mend it; the rest waits until everyone has a predikat.
 */
export function checkCurve(orgRating: OrgRating, team: readonly (Predikat | null)[]): CurveCheck {
  const predikats = team.filter((p): p is Predikat => p !== null);
  const pending = team.length - predikats.length;
  return {
    broken: checkDistribution(orgRating, predikats, pending),
    pending,
    total: team.length,
  };
}
