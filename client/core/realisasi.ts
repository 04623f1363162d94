/**
 * Realisasi summaries for an appraisal: per IKI, what the activity logs of a period add up to,
 * next to the target, so a rating cites numbers rather than impressions.
 */
import { durationMinutes } from './dates';
import type { ActivityStatus } from './activity-status';
import type { ActivityDoc, SkpDoc } from './schemas/work';

export type LoggedActivity = Pick<
  ActivityDoc,
  '_id' | 'date' | 'start' | 'end' | 'rhkId' | 'ikiId' | 'realisasi' | 'satuan'
> & { status: ActivityStatus };

export type IkiSummary = {
  rhkId: string;
  ikiId: string;
  target: number;
  satuan: string;
  /** Sum of realisasi of the entries counted (submitted, approved or returned; drafts excluded). */
  realisasi: number;
  /** Sum of realisasi of approved entries only. */
  realisasiVerified: number;
  entries: number;
  minutes: number;
  /** Share of counted entries that the appraiser approved, 0..1 (0 when there are none). */
  verifiedShare: number;
  /** Realisasi / target, 0.. (null when the target is 0). */
  capaian: number | null;
};

/** Summarises a period's activity logs per IKI of the SKP. */
export function summariseRealisasi(
  skp: Pick<SkpDoc, 'rhk'>,
  activities: readonly LoggedActivity[],
  range: { start: string; end: string },
): IkiSummary[] {
  const inRange = activities.filter(
    (a) => a.status !== 'draft' && a.date >= range.start && a.date <= range.end,
  );
  const out: IkiSummary[] = [];
  for (const rhk of skp.rhk) {
    for (const iki of rhk.iki) {
      const firstIki = rhk.iki[0]?.id;
      // An entry linked to the RHK without an IKI counts for the RHK's first IKI.
      const mine = inRange.filter(
        (a) =>
          a.rhkId === rhk.id && (a.ikiId === iki.id || (a.ikiId === null && iki.id === firstIki)),
      );
      const approved = mine.filter((a) => a.status === 'approved');
      const realisasi = mine.reduce((s, a) => s + a.realisasi, 0);
      out.push({
        rhkId: rhk.id,
        ikiId: iki.id,
        target: iki.target,
        satuan: iki.satuan,
        realisasi,
        realisasiVerified: approved.reduce((s, a) => s + a.realisasi, 0),
        entries: mine.length,
        minutes: mine.reduce((s, a) => s + Math.max(0, durationMinutes(a.start, a.end)), 0),
        verifiedShare: mine.length === 0 ? 0 : approved.length / mine.length,
        capaian: iki.target === 0 ? null : realisasi / iki.target,
      });
    }
  }
  return out;
}

/** The share of an annual target that a part of the year should reach (e.g. a quarter: 0.25). */
export function prorate(target: number, periodDays: number, yearDays: number): number {
  return yearDays <= 0 ? target : (target * periodDays) / yearDays;
}
