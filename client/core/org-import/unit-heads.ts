/**
 * The head of a unit, derived from the supervisor links (roles are never stored as flags): the
 * active member whose superior sits outside the unit (or who has none). When several members
 * answer outside the unit, the head is the one of them who leads anyone; two such leaders make
 * the unit ambiguous, which the import reports.
 */

export type Member = {
  nip: string;
  unitId: string | null;
  superiorNip: string | null;
  active: boolean;
};

/** Heads (null: none) of the given units, and the units with more than one possible head. */
export function unitHeads(
  unitIds: readonly string[],
  members: ReadonlyMap<string, Member>,
): { heads: Map<string, string | null>; ambiguous: Map<string, string[]> } {
  const wanted = new Set(unitIds);
  const leads = new Set<string>();
  const byUnit = new Map<string, Member[]>();
  for (const m of members.values()) {
    if (!m.active) continue;
    if (m.superiorNip !== null) leads.add(m.superiorNip);
    if (m.unitId === null || !wanted.has(m.unitId)) continue;
    const list = byUnit.get(m.unitId);
    if (list) list.push(m);
    else byUnit.set(m.unitId, [m]);
  }
  const heads = new Map<string, string | null>();
  const ambiguous = new Map<string, string[]>();
  for (const unitId of wanted) {
    const candidates = (byUnit.get(unitId) ?? []).filter((m) => {
      const superior = m.superiorNip === null ? undefined : members.get(m.superiorNip);
      return superior === undefined || superior.unitId !== unitId;
    });
    if (candidates.length === 1) {
      heads.set(unitId, candidates[0]?.nip ?? null);
      continue;
    }
    const leaders = candidates
      .filter((m) => leads.has(m.nip))
      .map((m) => m.nip)
      .sort();
    if (leaders.length > 1) ambiguous.set(unitId, leaders);
    heads.set(unitId, leaders.length === 1 ? (leaders[0] ?? null) : null);
  }
  return { heads, ambiguous };
}
