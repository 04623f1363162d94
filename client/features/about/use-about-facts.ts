/**
 * What "Tentang penilaian" shows of the signed-in person's own year, live from this device's read
 * model (so it also answers offline): this year's periods, their last final result (as an
 * objection decision left it) and the organisation rating of their unit that bounds the spread.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { ids } from '../../core/ids';
import { objectionWindow } from '../../core/objection';
import type { AcknowledgementDoc, ObjectionDecisionDoc } from '../../core/schemas/appraisal';
import type { OrgRating, Predikat, Rating } from '../../core/vocabulary';
import { appraisalsOf, orgRatingFor } from '../../data/queries/appraisal-queries';
import { docOf } from '../../data/queries/skp-queries';
import type { PeriodRow, ReadModel } from '../../data/read-model';
import { useReadModel } from '../../data/user-data';

export type LastResult = {
  period: PeriodRow | null;
  periodId: string;
  hasilKerja: Rating;
  perilaku: Rating;
  predikat: Predikat;
  finalizedAt: string;
  /** True when the Atasan Pejabat Penilai changed the ratings on an objection. */
  changed: boolean;
  /** The person's answer to it, if given. */
  answer: AcknowledgementDoc['kind'] | null;
  /** The last day an objection is accepted, while that window is open; else null. */
  objectionUntil: string | null;
};

export type AboutFacts = {
  year: number;
  /** This year's periods: the annual one first, then the shorter ones by start. */
  periods: PeriodRow[];
  /** The quarter or month that holds today, if open on this device. */
  currentPeriodId: string | null;
  lastResult: LastResult | null;
  /** The unit's organisation rating that bounds the person's spread, with its period. */
  orgRating: { rating: OrgRating; periodId: string; period: PeriodRow | null } | null;
};

/** The person's most recently finalised appraisal, with the ratings a decision gave it. */
async function lastResultOf(
  rm: ReadModel,
  nip: string,
  timeZone: string,
): Promise<LastResult | null> {
  const finals = (await appraisalsOf(rm, nip))
    .filter(({ appraisal }) => appraisal.status === 'final' && appraisal.finalizedAt)
    .sort((a, b) => (b.appraisal.finalizedAt ?? '').localeCompare(a.appraisal.finalizedAt ?? ''));
  const last = finals[0];
  if (!last) return null;
  const { appraisal, period } = last;
  const [decision, answer] = await Promise.all([
    docOf<ObjectionDecisionDoc>(rm, ids.objectionDecision(nip, appraisal.periodId)),
    docOf<AcknowledgementDoc>(rm, ids.acknowledgement(nip, appraisal.periodId)),
  ]);
  const changed = decision?.outcome === 'changed';
  const hasilKerja = changed ? decision.hasilKerja : appraisal.hasilKerja.rating;
  const perilaku = changed ? decision.perilaku : appraisal.perilakuOverall.rating;
  const predikat = decision ? decision.predikat : appraisal.predikat;
  if (!hasilKerja || !perilaku || !predikat) return null;
  const finalizedAt = appraisal.finalizedAt ?? appraisal.updatedAt;
  const objection = objectionWindow(finalizedAt, Date.now(), timeZone);
  return {
    period,
    periodId: appraisal.periodId,
    hasilKerja,
    perilaku,
    predikat,
    finalizedAt,
    changed,
    answer: answer?.kind ?? null,
    objectionUntil: objection.open ? objection.lastDay : null,
  };
}

async function aboutFacts(
  rm: ReadModel,
  nip: string,
  unitId: string | null,
  today: string,
  timeZone: string,
): Promise<AboutFacts> {
  const year = Number(today.slice(0, 4));
  const periods = (await rm.periods.toArray())
    .filter((p) => p.year === year)
    .sort((a, b) =>
      a.kind === 'annual' ? -1 : b.kind === 'annual' ? 1 : a.start.localeCompare(b.start),
    );
  const current = periods.find((p) => p.kind !== 'annual' && p.start <= today && today <= p.end);
  const lastResult = await lastResultOf(rm, nip, timeZone);
  // The rating that bounded the last result; without one, the rating of the running period.
  const ratedPeriod = lastResult?.period ?? current ?? null;
  const org = unitId && ratedPeriod ? await orgRatingFor(rm, unitId, ratedPeriod) : null;
  const orgPeriod = org ? await rm.periods.get(ids.period(org.periodId)) : undefined;
  return {
    year,
    periods,
    currentPeriodId: current?.periodId ?? null,
    lastResult,
    orgRating: org
      ? { rating: org.rating, periodId: org.periodId, period: orgPeriod ?? null }
      : null,
  };
}

/** The facts of the person's year; undefined while the read model answers. */
export function useAboutFacts(
  nip: string,
  unitId: string | null,
  today: string,
  timeZone: string,
): AboutFacts | undefined {
  const rm = useReadModel();
  return useLiveQuery(
    () => aboutFacts(rm, nip, unitId, today, timeZone),
    [rm, nip, unitId, today, timeZone],
  );
}
