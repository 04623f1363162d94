/**
 * Whom and which unit an audit entry is about, so the log can be read per person (`nip:{nip}`)
 * and per unit (`unit:{unitId}`). Derived from the document's id and, for a person's directory
 * entry, from the unit before and after: a mutasi shows in both units' logs.
 */
import { ownerNipOfId, parseId } from '../../client/core/ids';

export const nipSubject = (nip: string) => `nip:${nip}`;
export const unitSubject = (unitId: string) => `unit:${unitId}`;

type Body = Record<string, unknown> | null;

function unitOf(body: Body): string | null {
  const unitId = body?.unitId;
  return typeof unitId === 'string' ? unitId : null;
}

/** The subjects of a change to the document `id` from `before` to `after` (null: absent). */
export function subjectsOfDocChange(id: string, before: Body, after: Body): string[] {
  const parsed = parseId(id);
  const out = new Set<string>();
  if (parsed?.type === 'employee') {
    out.add(nipSubject(parsed.nip));
    for (const unitId of [unitOf(before), unitOf(after)])
      if (unitId !== null) out.add(unitSubject(unitId));
  } else if (parsed?.type === 'unit' || parsed?.type === 'org-rating') {
    out.add(unitSubject(parsed.unitId));
  } else {
    const owner = ownerNipOfId(id);
    if (owner !== null) out.add(nipSubject(owner));
  }
  return [...out];
}
