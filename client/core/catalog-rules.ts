/**
 * Which activity templates (catalog entries) a person is offered: those not archived whose
 * jabatan list is empty (everyone) or names the person's jabatan. Jabatan are compared as people
 * type them, ignoring case and spacing ("Guru  kelas" is "Guru Kelas").
 */
import type { CatalogDoc } from './schemas/reference';

type Template = Pick<CatalogDoc, 'positions' | 'archived'>;

/** A jabatan as it is compared: lower case, single spaces, no spaces at the ends. */
export function positionKey(position: string): string {
  return position.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id-ID');
}

/** True when the template is offered to a person of this jabatan (null: unknown, e.g. admin). */
export function isOfferedTo(template: Template, position: string | null): boolean {
  if (template.archived === true) return false;
  const positions = template.positions ?? [];
  if (positions.length === 0) return true;
  if (position === null) return false;
  const key = positionKey(position);
  return positions.some((p) => positionKey(p) === key);
}

/** The templates offered to a person of this jabatan, in the catalog's order. */
export function templatesFor<T extends Template>(
  position: string | null,
  catalog: readonly T[],
): T[] {
  return catalog.filter((c) => isOfferedTo(c, position));
}

/** The distinct jabatan of a list of people, sorted, each spelled as first met. */
export function distinctPositions(positions: Iterable<string>): string[] {
  const byKey = new Map<string, string>();
  for (const p of positions) {
    const key = positionKey(p);
    if (key !== '' && !byKey.has(key)) byKey.set(key, p.trim().replace(/\s+/g, ' '));
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'id-ID'));
}
