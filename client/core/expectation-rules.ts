/**
 * Which suggested expectation texts a head is offered for one BerAKHLAK value of a report's SKP:
 * those of that value, not archived, written for every jenis jabatan or for the report's. When the
 * directory does not say the report's jenis jabatan, every text of the value is offered: the head
 * picks one and may change it.
 */
import type { ExpectationDoc } from './schemas/reference';
import type { BerakhlakValue, JenisJabatan } from './vocabulary';

type Suggestion = Pick<ExpectationDoc, 'value' | 'jenisJabatan' | 'archived'>;
type Person = { jenisJabatan?: JenisJabatan | undefined; functional: boolean };

/** A person's jenis jabatan, or null when the directory does not say (older entries). */
export function jenisJabatanOf(person: Person): JenisJabatan | null {
  if (person.jenisJabatan !== undefined) return person.jenisJabatan;
  return person.functional ? 'fungsional' : null;
}

/** True when the text is offered for this value to a person of this jenis jabatan. */
export function isExpectationOffered(
  suggestion: Suggestion,
  value: BerakhlakValue,
  jenis: JenisJabatan | null,
): boolean {
  if (suggestion.archived === true || suggestion.value !== value) return false;
  const suits = suggestion.jenisJabatan ?? [];
  return suits.length === 0 || jenis === null || suits.includes(jenis);
}

/** The texts offered for this value to a person of this jenis jabatan, in the given order. */
export function expectationsFor<T extends Suggestion>(
  value: BerakhlakValue,
  jenis: JenisJabatan | null,
  suggestions: readonly T[],
): T[] {
  return suggestions.filter((s) => isExpectationOffered(s, value, jenis));
}
