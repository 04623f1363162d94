/**
 * The previous quarter's daily logs of a person with a final appraisal of it: what the appraisal
 * and the Rapor of that quarter count. Each IKI that the plan's tasks feed is shaped towards what
 * its RHK's rating says (Di Atas above the quarter's target, Sesuai about it, Di Bawah well below),
 * counting what the recent days already logged in the quarter; every entry approved by the
 * superior a working day later, none with a photo (the recent days carry the demo's photos).
 */
import { summariseRealisasi, type LoggedActivity } from '../../client/core/realisasi';
import type { PeriodDoc } from '../../client/core/schemas/reference';
import type { ActivityDoc, SkpDoc, VerificationDoc } from '../../client/core/schemas/work';
import type { Rating } from '../../client/core/vocabulary';
import { buildActivities } from './demo-activities';
import { rhkRating, type FinalScript } from './demo-appraisals';
import type { JobPlan } from './demo-plan-types';
import type { Rng } from './deterministic';

/** The share of the quarter's target that each rating reaches. */
const RATIO: Record<Rating, readonly [number, number]> = {
  'di-atas': [1.1, 1.25],
  sesuai: [0.96, 1.04],
  'di-bawah': [0.6, 0.8],
};

export type QuarterLogInput = {
  nip: string;
  superiorNip: string;
  script: FinalScript;
  skp: SkpDoc;
  plan: JobPlan;
  period: Pick<PeriodDoc, 'kind' | 'year' | 'start' | 'end'>;
  /** The quarter's working days still to log (not the recent days, not absences), ascending. */
  days: readonly string[];
  /** The first day not logged here (the recent days'): every entry here is verified before it. */
  until: string;
  /** What the recent days already logged in the quarter, which counts towards the goals. */
  logged: readonly LoggedActivity[];
  location: { lat: number; lng: number };
  rng: Rng;
};

/** The quarter's entries and their approvals, each IKI's sum near what its rating says. */
export function quarterLogs(input: QuarterLogInput): {
  activities: ActivityDoc[];
  verifications: VerificationDoc[];
} {
  const fed = new Set(input.plan.tasks.map((t) => t.ikiId));
  const already = new Map(
    summariseRealisasi(input.skp, input.logged, input.period).map((s) => [s.ikiId, s]),
  );
  const goals = new Map<string, number>();
  input.skp.rhk.forEach((rhk, i) => {
    for (const iki of rhk.iki) {
      if (!fed.has(iki.id)) continue;
      const summary = already.get(iki.id);
      const goal = goalFor(summary?.target ?? 0, rhkRating(input.script, i), iki.aspect, input.rng);
      goals.set(iki.id, Math.max(0, goal - (summary?.realisasi ?? 0)));
    }
  });
  return buildActivities({
    nip: input.nip,
    superiorNip: input.superiorNip,
    plan: input.plan,
    days: input.days,
    today: input.until,
    unverifiedFrom: input.until,
    returnableFrom: input.until,
    forceReturn: false,
    location: input.location,
    rng: input.rng,
    goals,
  });
}

/**
 * What an IKI should add up to for a rating: a share of the target drawn from RATIO, at least one
 * more than the target for Di Atas and one less for Di Bawah. A deadline IKI (waktu, such as
 * monthly reports by the 5th) rated Di Atas meets its count: what is above is how early.
 */
function goalFor(target: number, rating: Rating, aspect: string, rng: Rng): number {
  if (aspect === 'waktu' && rating === 'di-atas') return Math.max(1, Math.round(target));
  const [lo, hi] = RATIO[rating];
  let goal = Math.round(target * (lo + rng.next() * (hi - lo)));
  if (rating === 'di-atas') goal = Math.max(goal, Math.floor(target) + 1);
  if (rating === 'di-bawah') goal = Math.min(goal, Math.ceil(target) - 1);
  return Math.max(1, goal);
}
