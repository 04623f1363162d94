/**
 * The employee's own competency development, read from the Dexie read model: their records with
 * status, JP progress of the year, the catalog on offer, the settings in force, their plan of the
 * year, and what the plan may be suggested from (the latest final appraisal's weak areas, the
 * dialog kinerja actions). Core decides and counts; this only gathers.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { trainingEffects, type TrainingEffect } from '../../core/development-plan';
import { weakAreas, type WeakArea } from '../../core/recommendations';
import { ids } from '../../core/ids';
import type { JpProgress } from '../../core/jp';
import type { AppraisalDoc } from '../../core/schemas/appraisal';
import type { DevelopmentPlanDoc, TrainingDoc } from '../../core/schemas/development';
import type { FeedbackDoc } from '../../core/schemas/work';
import type { AsnKind } from '../../core/vocabulary';
import type { AppraisalRow, ReadModel } from '../read-model';
import { useReadModel } from '../user-data';
import { appraisalsOf } from './appraisal-queries';
import {
  developmentRecords,
  developmentSettings,
  jpProgressFor,
  trainingCatalog,
  type DevRecord,
} from './development-queries';

export type MyDevelopment = {
  kind: AsnKind;
  progress: JpProgress;
  records: DevRecord[];
  catalog: TrainingDoc[];
  settings: Awaited<ReturnType<typeof developmentSettings>>;
  plan: DevelopmentPlanDoc | null;
  /** The latest final appraisal on the device, and its weak areas. */
  appraisal: AppraisalDoc | null;
  weak: WeakArea[];
  /** The person's dialog kinerja feedback (for plan items agreed there). */
  dialogs: FeedbackDoc[];
};

const asDoc = <D>(row: { id: string; rev: string }) =>
  ({ ...row, _id: row.id, _rev: row.rev }) as unknown as D;

/** The latest final appraisal of `nip` on the device (by its finalisation), or null. */
export async function latestFinalAppraisal(
  rm: ReadModel,
  nip: string,
): Promise<AppraisalRow | null> {
  const rows = await rm.appraisals.where('nip').equals(nip).toArray();
  const finals = rows
    .filter((r) => r.status === 'final')
    .sort((a, b) => (b.finalizedAt ?? '').localeCompare(a.finalizedAt ?? ''));
  return finals[0] ?? null;
}

/** Everything the "Pengembangan" screen of `nip` shows for `year`. */
export async function myDevelopment(
  rm: ReadModel,
  nip: string,
  year: number,
): Promise<MyDevelopment> {
  const [progress, records, catalog, settings, planRow, me, appraisal, feedback] =
    await Promise.all([
      jpProgressFor(rm, [nip], year),
      developmentRecords(rm, [nip]),
      trainingCatalog(rm),
      developmentSettings(rm),
      rm.docs.get(ids.developmentPlan(nip, year)),
      rm.employees.where('nip').equals(nip).first(),
      latestFinalAppraisal(rm, nip),
      rm.feedback.where('nip').equals(nip).toArray(),
    ]);
  const kind = me?.kind ?? 'pns';
  const appraisalDoc = appraisal ? asDoc<AppraisalDoc>(appraisal) : null;
  return {
    kind,
    progress: progress.get(nip) ?? {
      year,
      target: settings.targets[kind],
      verified: 0,
      pending: 0,
      items: [],
    },
    records: records.get(nip) ?? [],
    catalog,
    settings,
    plan: (planRow?.doc as DevelopmentPlanDoc | undefined) ?? null,
    appraisal: appraisalDoc,
    weak: appraisalDoc ? weakAreas(appraisalDoc) : [],
    dialogs: feedback.filter((f) => f.kind === 'dialog').map((f) => asDoc<FeedbackDoc>(f)),
  };
}

/** The "Pengembangan" screen's data, live; undefined while it loads. */
export function useMyDevelopment(nip: string, year: number): MyDevelopment | undefined {
  const rm = useReadModel();
  return useLiveQuery(() => myDevelopment(rm, nip, year), [rm, nip, year]);
}

/** The JP progress of `nip` in `year`, live (Beranda's ring); undefined while it loads. */
export function useJpProgress(nip: string, year: number): JpProgress | undefined {
  const rm = useReadModel();
  return useLiveQuery(async () => (await jpProgressFor(rm, [nip], year)).get(nip), [rm, nip, year]);
}

export type RaporEffects = {
  effects: TrainingEffect[];
  /** Titles of the completed catalog activities, by id. */
  titles: Map<string, string>;
  /** True when an earlier final appraisal exists to compare with. */
  hasBefore: boolean;
};

/**
 * "Did it help?" for the final appraisal of `nip` in `periodId`: the catalog activities verified
 * after the previous final appraisal's period and by the end of this one, and for each area they
 * addressed the rating before and now (core/development-plan.ts trainingEffects).
 */
export async function raporEffects(
  rm: ReadModel,
  nip: string,
  periodId: string,
): Promise<RaporEffects | null> {
  const [list, records] = await Promise.all([appraisalsOf(rm, nip), developmentRecords(rm, [nip])]);
  const current = list.find((x) => x.appraisal.periodId === periodId);
  if (!current?.period || current.appraisal.status !== 'final') return null;
  const start = current.period.start;
  const end = current.period.end;
  const before =
    list.find((x) => x.appraisal.status === 'final' && x.period !== null && x.period.end < start) ??
    null;
  const from = before?.period?.end ?? '';
  const completed = (records.get(nip) ?? []).flatMap((r) => {
    const date = r.enrolment.completion?.date ?? '';
    return r.status === 'verified' && r.training !== null && date > from && date <= end
      ? [r.training]
      : [];
  });
  if (completed.length === 0) return null;
  return {
    effects: trainingEffects(
      before ? asDoc<AppraisalDoc>(before.appraisal) : null,
      asDoc<AppraisalDoc>(current.appraisal),
      completed,
    ),
    titles: new Map(completed.map((t) => [t.trainingId, t.title])),
    hasBefore: before !== null,
  };
}

/** raporEffects, live; undefined while it loads, null when nothing was completed to compare. */
export function useRaporEffects(nip: string, periodId: string): RaporEffects | null | undefined {
  const rm = useReadModel();
  return useLiveQuery(() => raporEffects(rm, nip, periodId), [rm, nip, periodId]);
}
