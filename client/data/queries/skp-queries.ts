/**
 * Read-only queries of SKPs (performance plans) and their approvals over the Dexie read model:
 * one SKP with its status, a person's plans by year, and for a head the SKPs of the people they
 * appraise. Screens wrap them in `useLiveQuery`.
 */
import { ids } from '../../core/ids';
import type { SkpApprovalDoc } from '../../core/schemas/work';
import { skpStatus, type SkpStatus } from '../../core/skp-status';
import type { PeriodRow, ReadModel, SkpRow } from '../read-model';
import { reportsOf } from './activity-queries';

export type ApprovalRow = SkpApprovalDoc & { rev: string };

export type SkpState = {
  skp: SkpRow | null;
  approval: ApprovalRow | null;
  status: SkpStatus;
};

/** A typed document of the read model's `docs` table, with its revision; null when absent. */
export async function docOf<T>(rm: ReadModel, id: string): Promise<(T & { rev: string }) | null> {
  const row = await rm.docs.get(id);
  return row ? ({ ...(row.doc as T), rev: row.rev } as T & { rev: string }) : null;
}

/** One person's SKP of a year with the appraiser's decision and the status they make. */
export async function skpState(rm: ReadModel, nip: string, periodId: string): Promise<SkpState> {
  const [skp, approval] = await Promise.all([
    rm.skps.get(ids.skp(nip, periodId)),
    docOf<SkpApprovalDoc>(rm, ids.skpApproval(nip, periodId)),
  ]);
  return { skp: skp ?? null, approval, status: skpStatus(skp, approval) };
}

/** The annual periods, latest year first. */
export async function annualPeriods(rm: ReadModel): Promise<PeriodRow[]> {
  const rows = await rm.periods.toArray();
  return rows.filter((p) => p.kind === 'annual').sort((a, b) => b.year - a.year);
}

export type YearPlan = { period: PeriodRow } & SkpState;

/** A person's SKP per annual period on the device, latest year first. */
export async function plansOf(rm: ReadModel, nip: string): Promise<YearPlan[]> {
  const periods = await annualPeriods(rm);
  return Promise.all(
    periods.map(async (period) => ({ period, ...(await skpState(rm, nip, period.periodId)) })),
  );
}

export type SkpToDecide = { nip: string; name: string; position: string; skp: SkpRow };

/** SKPs of the people a head appraises that wait for a decision (submitted, not yet decided). */
export async function skpsToDecide(
  rm: ReadModel,
  headNip: string,
  today: string,
): Promise<SkpToDecide[]> {
  const reports = await reportsOf(rm, headNip, today);
  const out: SkpToDecide[] = [];
  for (const e of reports) {
    const rows = await rm.skps.where('nip').equals(e.nip).toArray();
    for (const skp of rows) {
      const approval = await docOf<SkpApprovalDoc>(rm, ids.skpApproval(e.nip, skp.periodId));
      if (skpStatus(skp, approval) === 'submitted') {
        out.push({ nip: e.nip, name: e.name, position: e.position, skp });
      }
    }
  }
  return out;
}

/** The text of every RHK in the SKPs of these people on this device, by RHK id. */
export async function rhkTexts(
  rm: ReadModel,
  nips: readonly string[],
): Promise<Map<string, string>> {
  if (nips.length === 0) return new Map();
  const skps = await rm.skps
    .where('nip')
    .anyOf([...nips])
    .toArray();
  return new Map(skps.flatMap((s) => s.rhk.map((r) => [r.id, r.text] as const)));
}
