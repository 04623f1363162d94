/**
 * What an appraisal cites that this device does not hold, opened on demand: on the Atasan
 * Pejabat Penilai's device, the cited activities (with their photos' thumbnails) and the SKP
 * approval that holds the ekspektasi khusus pimpinan. The server opens exactly these (core's
 * mayFetchOnDemand); the rest of the employee's daily log and their feedback stay on the devices
 * of the employee and the appraiser.
 */
import { evidenceOf } from '../../../core/channels';
import { ids as docIds, parseId } from '../../../core/ids';
import { activitySchema, skpApprovalSchema } from '../../../core/schemas/work';
import type { SkpApprovalDoc } from '../../../core/schemas/work';
import { skpStatus } from '../../../core/skp-status';
import type { BerakhlakValue } from '../../../core/vocabulary';
import type { AppraisalContext } from '../../../data/queries/appraisal-queries';
import type { ActivityRow, AppraisalRow } from '../../../data/read-model';
import { useOnDemand } from '../../../ui/use-on-demand';

/** What the evidence list shows of a cited activity. */
export type CitedActivity = Pick<
  ActivityRow,
  'id' | 'date' | 'kegiatan' | 'realisasi' | 'satuan' | 'photos'
>;

/** Why a cited activity does not show: still asked for, offline and never opened, or refused. */
export type MissingState = 'loading' | 'offline' | 'refused';

export type CitedEvidence = {
  /** Cited activities opened from the server, or kept from an earlier opening, by id. */
  activities: ReadonlyMap<string, CitedActivity>;
  /** Cited activities not shown, by id, with the reason. */
  missing: ReadonlyMap<string, MissingState>;
};

/** The activity ids an appraisal cites (an activity, or one of its photos), without repeats. */
export function citedActivityIds(appraisal: AppraisalRow): string[] {
  const out = new Set<string>();
  for (const e of evidenceOf(appraisal)) {
    const id = e.split('#')[0] ?? '';
    if (parseId(id)?.type === 'activity') out.add(id);
  }
  return [...out];
}

function citedActivityOf(doc: Record<string, unknown> | null): CitedActivity | null {
  const parsed = activitySchema.safeParse(doc);
  if (!parsed.success) return null;
  const a = parsed.data;
  return {
    id: a._id,
    date: a.date,
    kegiatan: a.kegiatan,
    realisasi: a.realisasi,
    satuan: a.satuan,
    photos: a.photos ?? [],
  };
}

/** The SKP approval's id when this device lacks it and the SKP it would approve is here. */
function approvalToOpen(ctx: AppraisalContext): string | null {
  if (ctx.plan.approval || !ctx.plan.skp) return null;
  return docIds.skpApproval(ctx.plan.skp.nip, ctx.plan.skp.periodId);
}

export type OnDemandExpectations = {
  expectations: Partial<Record<BerakhlakValue, string>>;
  /** `here` when the device holds the approval (or there is no SKP); else how the opening went. */
  state: 'here' | 'fetched' | MissingState;
};

/** The cited evidence of an appraisal, completed with the activities opened on demand. */
export function useCitedEvidence(
  ctx: AppraisalContext | null | undefined,
  appraisal: AppraisalRow | null | undefined,
): CitedEvidence {
  const here = new Set(ctx?.activities.map((a) => a.id));
  const toOpen = ctx && appraisal ? citedActivityIds(appraisal).filter((id) => !here.has(id)) : [];
  const { docs, loading } = useOnDemand(toOpen);
  const activities = new Map<string, CitedActivity>();
  const missing = new Map<string, MissingState>();
  for (const id of toOpen) {
    const answer = docs.get(id);
    const act = citedActivityOf(answer?.doc ?? null);
    if (act) activities.set(id, act);
    else if (loading || !answer) missing.set(id, 'loading');
    else missing.set(id, answer.source === 'offline' ? 'offline' : 'refused');
  }
  return { activities, missing };
}

/** The ekspektasi khusus pimpinan of the appraised SKP, from the approval opened on demand. */
export function useExpectations(ctx: AppraisalContext | null | undefined): OnDemandExpectations {
  const approvalId = ctx ? approvalToOpen(ctx) : null;
  const { docs, loading } = useOnDemand(approvalId ? [approvalId] : []);
  return expectationsOf(ctx, approvalId, docs, loading);
}

function expectationsOf(
  ctx: AppraisalContext | null | undefined,
  approvalId: string | null,
  docs: ReturnType<typeof useOnDemand>['docs'],
  loading: boolean,
): OnDemandExpectations {
  if (!ctx || approvalId === null) return { expectations: ctx?.expectations ?? {}, state: 'here' };
  const answer = docs.get(approvalId);
  const parsed = skpApprovalSchema.safeParse(answer?.doc ?? null);
  if (parsed.success) {
    const approval: SkpApprovalDoc = parsed.data;
    // The approval speaks for the revision of the SKP it approved, as on the appraiser's device.
    const approved = skpStatus(ctx.plan.skp, approval) === 'approved';
    return { expectations: approved ? approval.expectations : {}, state: 'fetched' };
  }
  if (loading || !answer) return { expectations: {}, state: 'loading' };
  return { expectations: {}, state: answer.source === 'offline' ? 'offline' : 'refused' };
}
