/**
 * What the Atasan Pejabat Penilai reads about one appraiser's final appraisals of one period:
 * the spread of predikat, the curve of SE MenPANRB 03/2023 per unit (core checkDistribution) and
 * the bias hints (core fairness.ts). Pure: the screen renders it, the tests check it.
 */
import { checkCurve, type BrokenRule } from '../../../core/distribution';
import { allTopHint, haloHint, teamLeniencyHint, type BiasHint } from '../../../core/fairness';
import type { OrgRatingDoc } from '../../../core/schemas/reference';
import { PREDIKATS, type Predikat, type Rating } from '../../../core/vocabulary';
import type { CalibrationPeriod, CalibrationUnit } from '../../../data/queries/calibration-queries';

export type UnitCurve = {
  unitId: string;
  unitName: string;
  orgRating: OrgRatingDoc | null;
  earlierPeriod: CalibrationUnit['earlierPeriod'];
  /** How many of the unit's appraised people have a predikat. */
  rated: number;
  /** How many of the unit's people are still in draft: the curve is judged in full at 0. */
  pending: number;
  /**
   * The rules broken (while some are in draft, only those no rating to come can mend); empty
   * when the spread fits or no organisation rating is set.
   */
  broken: BrokenRule[];
};

/** A team-wide bias hint and what it is about: the overall hasil kerja, perilaku, or predikat. */
export type TeamHint = { about: 'hasilKerja' | 'perilaku' | 'predikat'; hint: BiasHint };

export type Calibration = {
  /** Count per predikat, in the matrix order. */
  spread: { predikat: Predikat; count: number }[];
  total: number;
  curves: UnitCurve[];
  /** Team-wide hints: the same overall rating for everyone, everyone Sangat Baik. */
  hints: TeamHint[];
  /** The appraised people whose seven BerAKHLAK values all got the same rating (halo). */
  halo: { nip: string; name: string; rating: Rating }[];
};

const ratingsOf = (xs: readonly (Rating | null)[]) => xs.filter((r): r is Rating => r !== null);

export function calibrate(p: CalibrationPeriod): Calibration {
  const predikatOfNip = new Map(
    p.finals.flatMap((f) =>
      f.appraisal.predikat ? [[f.appraisal.nip, f.appraisal.predikat] as const] : [],
    ),
  );
  const predikats = [...predikatOfNip.values()];
  const curves = p.units.map((u) => {
    const mine = u.nips.flatMap((nip) => predikatOfNip.get(nip) ?? []);
    return {
      unitId: u.unitId,
      unitName: u.unitName,
      orgRating: u.orgRating,
      earlierPeriod: u.earlierPeriod,
      rated: mine.length,
      pending: u.pending.length,
      broken: u.orgRating
        ? checkCurve(u.orgRating.rating, [...mine, ...u.pending.map(() => null)]).broken
        : [],
    };
  });
  const hints = (
    [
      [
        'hasilKerja',
        teamLeniencyHint(ratingsOf(p.finals.map((f) => f.appraisal.hasilKerja.rating))),
      ],
      [
        'perilaku',
        teamLeniencyHint(ratingsOf(p.finals.map((f) => f.appraisal.perilakuOverall.rating))),
      ],
      ['predikat', allTopHint(predikats)],
    ] as const
  ).flatMap(([about, hint]) => (hint ? [{ about, hint }] : []));
  const halo = p.finals.flatMap((f) => {
    const h = haloHint(f.appraisal.perilaku);
    const name = f.employee?.name ?? f.appraisal.parties?.pegawai.name ?? f.appraisal.nip;
    return h?.code === 'halo' ? [{ nip: f.appraisal.nip, name, rating: h.rating }] : [];
  });
  return {
    spread: PREDIKATS.map((predikat) => ({
      predikat,
      count: predikats.filter((x) => x === predikat).length,
    })),
    total: predikats.length,
    curves,
    hints,
    halo,
  };
}
