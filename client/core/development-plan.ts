/**
 * The rencana pengembangan: suggested from the Rapor's weak areas and the catalog, and "did it
 * help?": for each area a completed activity addressed, how the rating there moved from the
 * period before it to the next one.
 */
import { recommendTrainings, weakAreas, type WeakArea } from './recommendations';
import type { AppraisalDoc } from './schemas/appraisal';
import type { PlanItem, TrainingDoc } from './schemas/development';
import type { AgreedAction, FeedbackDoc } from './schemas/work';
import type { Rating } from './vocabulary';

type CatalogEntry = Pick<
  TrainingDoc,
  'trainingId' | 'title' | 'form' | 'focus' | 'jp' | 'start' | 'end' | 'archived'
>;

/** Catalog activities still on offer in a year: not archived, not over before the year starts. */
export function offeredIn<T extends CatalogEntry>(catalog: readonly T[], year: number): T[] {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  return catalog.filter(
    (t) =>
      !t.archived && (t.end === null || t.end >= start) && (t.start === null || t.start <= end),
  );
}

/**
 * Plan items for the weak areas of an appraisal that the plan does not cover yet: the best
 * catalog activity for each area (covering most weak areas, then the shortest), or coaching by
 * the head when the catalog has none. Ids are `s-{area}`; due at the end of the year.
 */
export function suggestPlanItems(
  appraisal: Pick<AppraisalDoc, 'rhk' | 'hasilKerja' | 'perilaku'> | null,
  catalog: readonly CatalogEntry[],
  existing: readonly Pick<PlanItem, 'focus' | 'status'>[],
  year: number,
): PlanItem[] {
  if (appraisal === null) return [];
  const covered = new Set(existing.filter((i) => i.status !== 'dropped').map((i) => i.focus));
  const areas = weakAreas(appraisal).filter((a) => !covered.has(a));
  const offered = offeredIn(catalog, year);
  const used = new Set<string>();
  return areas.map((area): PlanItem => {
    const best = recommendTrainings([area], offered, offered.length).find((id) => !used.has(id));
    const t = offered.find((x) => x.trainingId === best);
    if (t) used.add(t.trainingId);
    return {
      id: `s-${area}`,
      focus: area,
      trainingId: t?.trainingId ?? null,
      form: t?.form ?? 'coaching',
      text: t ? `Mengikuti ${t.title}` : 'Bimbingan rutin dengan atasan',
      due: `${year}-12-31`,
      agreedIn: null,
      status: 'planned',
    };
  });
}

/**
 * The development actions agreed in dialog kinerja of a year that the plan does not hold yet, as
 * plan items (`agreedIn`: `{feedbackId}#{actionId}`). The area is the dialog's value when it names
 * one, else work results.
 */
export function planItemsFromDialogs(
  feedback: readonly Pick<FeedbackDoc, '_id' | 'kind' | 'date' | 'value' | 'actions'>[],
  existing: readonly Pick<PlanItem, 'agreedIn'>[],
  year: number,
): PlanItem[] {
  const have = new Set(existing.map((i) => i.agreedIn).filter((x) => x !== null));
  const out: PlanItem[] = [];
  for (const f of feedback) {
    if (f.kind !== 'dialog' || !f.date.startsWith(String(year))) continue;
    for (const a of f.actions as readonly AgreedAction[]) {
      const ref = `${f._id}#${a.id}`;
      if (have.has(ref) || a.status === 'carried') continue;
      out.push({
        id: `d-${a.id}`.slice(0, 64),
        focus: f.value ?? 'hasil-kerja',
        trainingId: null,
        form: 'coaching',
        text: a.text,
        due: a.due,
        agreedIn: ref,
        status: a.status === 'done' ? 'done' : 'planned',
      });
    }
  }
  return out;
}

/** A rating's place on the scale, to tell up from down. */
const RANK: Record<Rating, number> = { 'di-bawah': 0, sesuai: 1, 'di-atas': 2 };

function ratingOf(a: Pick<AppraisalDoc, 'hasilKerja' | 'perilaku'>, area: WeakArea): Rating | null {
  return area === 'hasil-kerja' ? a.hasilKerja.rating : (a.perilaku[area]?.rating ?? null);
}

export type TrainingEffect = {
  area: WeakArea;
  /** The activities completed between the two appraisals that addressed it. */
  trainings: string[];
  before: Rating | null;
  after: Rating | null;
  change: 'naik' | 'tetap' | 'turun' | null;
};

/**
 * Did it help? For each area that a completed (verified) activity addressed, the rating in the
 * appraisal before and in the next one. Areas with no rating on either side show `change: null`.
 */
export function trainingEffects(
  before: Pick<AppraisalDoc, 'hasilKerja' | 'perilaku'> | null,
  after: Pick<AppraisalDoc, 'hasilKerja' | 'perilaku'>,
  completed: readonly Pick<TrainingDoc, 'trainingId' | 'focus'>[],
): TrainingEffect[] {
  const byArea = new Map<WeakArea, string[]>();
  for (const t of completed)
    for (const f of t.focus) byArea.set(f, [...(byArea.get(f) ?? []), t.trainingId]);
  return [...byArea.entries()].map(([area, trainings]) => {
    const b = before ? ratingOf(before, area) : null;
    const a = ratingOf(after, area);
    const change =
      b === null || a === null
        ? null
        : RANK[a] > RANK[b]
          ? 'naik'
          : RANK[a] < RANK[b]
            ? 'turun'
            : 'tetap';
    return { area, trainings, before: b, after: a, change };
  });
}
