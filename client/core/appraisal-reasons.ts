/**
 * Every rating explains itself: an appraisal is final only with a written reason for each rating
 * other than "Sesuai Ekspektasi" (each RHK, the work result, each BerAKHLAK value, the behaviour
 * overall) and for the predikat. The editor shows the message next to each rating that lacks one;
 * the gatekeeper refuses a final appraisal without them.
 */
import type { ItemPath } from './appraisal-draft';
import type { AppraisalDoc, RatedItem } from './schemas/appraisal';
import type { BerakhlakValue } from './vocabulary';

/** The shortest reason accepted, in characters after trimming. */
export const MIN_REASON_LENGTH = 10;

/** Where a reason is missing: the field path of the note, as the gatekeeper names it. */
export type MissingReason =
  | { part: 'rhk'; rhkId: string; path: string }
  | { part: 'hasilKerja'; path: string }
  | { part: 'perilaku'; value: BerakhlakValue; path: string }
  | { part: 'perilakuOverall'; path: string }
  | { part: 'predikat'; path: string };

/** The field path of a rated item's note, as the gatekeeper names it. */
export function notePathOf(path: ItemPath): string {
  switch (path.kind) {
    case 'rhk':
      return `rhk.${path.rhkId}.note`;
    case 'perilaku':
      return `perilaku.${path.value}.note`;
    default:
      return `${path.kind}.note`;
  }
}

/** The field path of the predikat's reason. */
export const PREDIKAT_NOTE_PATH = 'predikatNote';

/** True when a text is long enough to count as a reason. */
export function isReason(note: string): boolean {
  return note.trim().length >= MIN_REASON_LENGTH;
}

/** True when a rated item needs a reason it does not have. */
export function lacksReason(item: RatedItem | undefined): boolean {
  return (
    item !== undefined && item.rating !== null && item.rating !== 'sesuai' && !isReason(item.note)
  );
}

type ReasonFields = Pick<
  AppraisalDoc,
  'rhk' | 'hasilKerja' | 'perilaku' | 'perilakuOverall' | 'predikat' | 'predikatNote'
>;

/** The reasons an appraisal still needs before it can be final, in the order of the form. */
export function missingReasons(doc: ReasonFields): MissingReason[] {
  const out: MissingReason[] = [];
  for (const [rhkId, item] of Object.entries(doc.rhk))
    if (lacksReason(item))
      out.push({ part: 'rhk', rhkId, path: notePathOf({ kind: 'rhk', rhkId }) });
  if (lacksReason(doc.hasilKerja))
    out.push({ part: 'hasilKerja', path: notePathOf({ kind: 'hasilKerja' }) });
  for (const [value, item] of Object.entries(doc.perilaku) as [BerakhlakValue, RatedItem][])
    if (lacksReason(item))
      out.push({ part: 'perilaku', value, path: notePathOf({ kind: 'perilaku', value }) });
  if (lacksReason(doc.perilakuOverall))
    out.push({ part: 'perilakuOverall', path: notePathOf({ kind: 'perilakuOverall' }) });
  if (doc.predikat !== null && !isReason(doc.predikatNote))
    out.push({ part: 'predikat', path: PREDIKAT_NOTE_PATH });
  return out;
}
