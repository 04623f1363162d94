/**
 * Fairness aids for appraisers: hints against halo and leniency bias. They inform; they never block.
 */
import { BERAKHLAK, type BerakhlakValue, type Predikat, type Rating } from './vocabulary';

export type BiasHint =
  | { code: 'halo'; rating: Rating }
  | { code: 'leniency-team'; rating: Rating; count: number }
  | { code: 'all-top'; count: number };

/** Halo: every BerAKHLAK value rated the same (only when all seven are rated). */
export function haloHint(
  perilaku: Partial<Record<BerakhlakValue, { rating: Rating | null }>>,
): BiasHint | null {
  const ratings = BERAKHLAK.map((v) => perilaku[v]?.rating ?? null);
  if (ratings.some((r) => r === null)) return null;
  const first = ratings[0] as Rating;
  return ratings.every((r) => r === first) ? { code: 'halo', rating: first } : null;
}

/** Leniency: the appraiser gives every person of the team (at least 3) the same overall rating. */
export function teamLeniencyHint(teamRatings: readonly Rating[]): BiasHint | null {
  if (teamRatings.length < 3) return null;
  const first = teamRatings[0] as Rating;
  return teamRatings.every((r) => r === first)
    ? { code: 'leniency-team', rating: first, count: teamRatings.length }
    : null;
}

/** Everyone of a team (at least 3) Sangat Baik: a leniency signal regardless of the curve. */
export function allTopHint(predikats: readonly Predikat[]): BiasHint | null {
  return predikats.length >= 3 && predikats.every((p) => p === 'sangat-baik')
    ? { code: 'all-top', count: predikats.length }
    : null;
}
