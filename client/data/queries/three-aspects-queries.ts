/**
 * What the three aspects (core/three-aspects.ts) are computed from, read from this device's read
 * model: a person's attendance months, activities and their verifications, SKP and the superior's
 * SKP of the same year (channel `plan:`), shared praktik baik and received feedback, over a range.
 * The Rapor and the head's editor read it for a period, Beranda for the year so far.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { ids } from '../../core/ids';
import type { PraktikBaikDoc } from '../../core/schemas/work';
import type { AspectSources } from '../../core/three-aspects';
import type { AppraisalRow, ReadModel } from '../read-model';
import { useReadModel } from '../user-data';
import { activitiesInRange } from './activity-queries';
import { appraisalsOf } from './appraisal-queries';
import { attendanceMonthsOf } from './attendance-queries';
import { linkedParentPlan } from './plan-links';
import { skpState } from './skp-queries';

type Range = { start: string; end: string };

/** The sources of a person's three aspects between two dates, and their SKP of `year`. */
export async function threeAspectSources(
  rm: ReadModel,
  nip: string,
  range: Range,
  year: number,
): Promise<AspectSources> {
  const periodId = String(year);
  const [attendance, activities, verifications, plan, parent, praktikBaik, feedback] =
    await Promise.all([
      attendanceMonthsOf(rm, nip, range.start.slice(0, 7), range.end.slice(0, 7)),
      activitiesInRange(rm, nip, range.start, range.end),
      rm.verifications
        .where('[nip+date]')
        .between([nip, range.start], [nip, range.end], true, true)
        .toArray(),
      skpState(rm, nip, periodId),
      linkedParentPlan(rm, nip, periodId, range.end),
      rm.docs.where('[type+ownerNip]').equals(['praktik-baik', nip]).toArray(),
      rm.feedback
        .where('[nip+date]')
        .between([nip, range.start], [nip, range.end], true, true)
        .toArray(),
    ]);
  return {
    attendance,
    // The row's `status` is what the person sees; core derives it again from the stored one.
    activities: activities.map((a) => ({
      _id: a.id,
      date: a.date,
      status: a.docStatus,
      round: a.round,
    })),
    verifications,
    rhk: plan.skp?.rhk ?? null,
    parentRhk: parent?.rhk ?? null,
    praktikBaik: praktikBaik.map((r) => r.doc as PraktikBaikDoc),
    feedback,
  };
}

/** The sources of a person's three aspects, live; undefined while the first read runs. */
export function useThreeAspectSources(
  nip: string,
  range: Range,
  year: number,
): AspectSources | undefined {
  const rm = useReadModel();
  return useLiveQuery(
    () => threeAspectSources(rm, nip, range, year),
    [rm, nip, range.start, range.end, year],
  );
}

/** What Beranda's card needs besides the sources: the year's appraisal, and the latest Rapor. */
export type YearAspects = {
  /** 1 January to today. */
  range: Range;
  sources: AspectSources;
  /** The appraisal of the year (its ratings count once final). */
  appraisal: AppraisalRow | null;
  /** The period of the person's latest final appraisal: the Rapor to open; null when none. */
  raporPeriodId: string | null;
};

/** A person's three aspects from 1 January to `today`, live; undefined while loading. */
export function useYearAspects(nip: string, today: string): YearAspects | undefined {
  const rm = useReadModel();
  return useLiveQuery(async () => {
    const year = Number(today.slice(0, 4));
    const range = { start: `${year}-01-01`, end: today };
    const [sources, appraisal, appraisals] = await Promise.all([
      threeAspectSources(rm, nip, range, year),
      rm.appraisals.get(ids.appraisal(nip, String(year))),
      appraisalsOf(rm, nip),
    ]);
    const latest = appraisals.find((a) => a.appraisal.status === 'final');
    return {
      range,
      sources,
      appraisal: appraisal ?? null,
      raporPeriodId: latest?.appraisal.periodId ?? null,
    };
  }, [rm, nip, today]);
}
