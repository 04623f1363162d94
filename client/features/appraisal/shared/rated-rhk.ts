/**
 * The RHK an appraisal speaks about, in the order of the SKP, each with its text and IKI from the
 * SKP on this device. Every device that reads an appraisal also holds the SKP behind it (the
 * employee and the appraiser through `emp:`, the atasan through `plan:`); when it is genuinely
 * absent (not synced yet, or the RHK left the SKP later) the rated RHK still show by number.
 */
import type { RatedItem } from '../../../core/schemas/appraisal';
import type { Rhk } from '../../../core/schemas/work';

export type RatedRhk = {
  id: string;
  /** Its number in the SKP, or the number in a `rhk-{n}` id when the SKP does not have it. */
  n: number | null;
  /** The RHK as the SKP states it; null when the SKP on this device does not have it. */
  rhk: Rhk | null;
  item: RatedItem | undefined;
};

export function ratedRhkOf(
  skp: { rhk: readonly Rhk[] } | null,
  rated: Readonly<Record<string, RatedItem>>,
): RatedRhk[] {
  const list = skp?.rhk ?? [];
  const inSkp = list.map((rhk, i) => ({ id: rhk.id, n: i + 1, rhk, item: rated[rhk.id] }));
  const elsewhere = Object.keys(rated)
    .filter((id) => !list.some((r) => r.id === id))
    .map((id) => {
      const m = /^rhk-(\d+)$/.exec(id);
      return { id, n: m ? Number(m[1]) : null, rhk: null, item: rated[id] };
    });
  return [...inSkp, ...elsewhere];
}
