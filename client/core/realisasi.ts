/**
 * Realisasi summaries for an appraisal: per IKI, what the activity logs of a period add up to,
 * next to the target, so a rating cites numbers rather than impressions.
 */
import { durationMinutes } from './dates';
import type { ActivityStatus } from './activity-status';
import { periodTarget } from './period-target';
import type { PeriodDoc } from './schemas/reference';
import type { ActivityDoc, SkpDoc } from './schemas/work';

export type LoggedActivity = Pick<
  ActivityDoc,
  '_id' | 'date' | 'start' | 'end' | 'rhkId' | 'ikiId' | 'realisasi' | 'satuan'
> & { status: ActivityStatus };

export type IkiSummary = {
  rhkId: string;
  ikiId: string;
  /** The target within the range: the period's share (`periodTarget`) for a period, else the IKI's. */
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

/**
 * Summarises a period's activity logs per IKI of the SKP. Given a period (with its kind and
 * year), the target and capaian are the period's share, so every screen cites one figure.
 */
export function summariseRealisasi(
  skp: Pick<SkpDoc, 'rhk'>,
  activities: readonly LoggedActivity[],
  range: { start: string; end: string } & Partial<Pick<PeriodDoc, 'kind' | 'year'>>,
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
      const { kind, year } = range;
      const target =
        kind !== undefined && year !== undefined
          ? periodTarget(iki.target, iki.satuan, { kind, year, start: range.start, end: range.end })
          : iki.target;
      out.push({
        rhkId: rhk.id,
        ikiId: iki.id,
        target,
        satuan: iki.satuan,
        realisasi,
        realisasiVerified: approved.reduce((s, a) => s + a.realisasi, 0),
        entries: mine.length,
        minutes: mine.reduce((s, a) => s + Math.max(0, durationMinutes(a.start, a.end)), 0),
        verifiedShare: mine.length === 0 ? 0 : approved.length / mine.length,
        capaian: target === 0 ? null : realisasi / target,
      });
    }
  }
  return out;
}

// Moved beside periodTarget, its one user; still importable from here.
export { prorate } from './period-target';
