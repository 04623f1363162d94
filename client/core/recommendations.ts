/** Training recommendations from the catalog for the weak areas of an appraisal. */
import type { AppraisalDoc } from './schemas/appraisal';
import type { TrainingDoc } from './schemas/development';
import { BERAKHLAK, type BerakhlakValue } from './vocabulary';

export type WeakArea = BerakhlakValue | 'hasil-kerja';

/** The areas rated below expectation (hasil kerja counts when the overall or any RHK is below). */
export function weakAreas(
  appraisal: Pick<AppraisalDoc, 'rhk' | 'hasilKerja' | 'perilaku'>,
): WeakArea[] {
  const out: WeakArea[] = [];
  const rhkBelow = Object.values(appraisal.rhk).some((r) => r.rating === 'di-bawah');
  if (appraisal.hasilKerja.rating === 'di-bawah' || rhkBelow) out.push('hasil-kerja');
  for (const v of BERAKHLAK) if (appraisal.perilaku[v]?.rating === 'di-bawah') out.push(v);
  return out;
}

/** Trainings whose focus covers a weak area, best coverage first, then shorter first. */
export function recommendTrainings(
  areas: readonly WeakArea[],
  catalog: readonly Pick<TrainingDoc, 'trainingId' | 'focus' | 'jp'>[],
  limit = 3,
): string[] {
  if (areas.length === 0) return [];
  return catalog
    .map((t) => ({ t, hits: t.focus.filter((f) => areas.includes(f)).length }))
    .filter((x) => x.hits > 0)
    .sort(
      (a, b) => b.hits - a.hits || a.t.jp - b.t.jp || a.t.trainingId.localeCompare(b.t.trainingId),
    )
    .slice(0, limit)
    .map((x) => x.t.trainingId);
}
