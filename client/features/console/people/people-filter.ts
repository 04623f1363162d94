/**
 * The People list's search and filters, as plain functions over the read model's rows: a unit
 * with its sub-units, ASN type, status, role (derived from the supervisor links, Pengelola from
 * the accounts), and a name or NIP typed in part.
 */
import type { EmployeeRow, UnitRow } from '../../../data/read-model';
import type { AsnKind, EmployeeStatus } from '../../../core/vocabulary';

export type PeopleRole = 'kepala' | 'pegawai' | 'pengelola';

export type PeopleFilter = {
  query: string;
  unitId: string;
  kind: AsnKind | '';
  status: EmployeeStatus | '';
  role: PeopleRole | '';
};

export const NO_FILTER: PeopleFilter = { query: '', unitId: '', kind: '', status: '', role: '' };

/** The status a person's row says, or null for an inactive person without one (older data). */
export function statusOf(e: Pick<EmployeeRow, 'status' | 'active'>): EmployeeStatus | null {
  return e.status ?? (e.active ? 'aktif' : null);
}

function childrenOf(units: readonly UnitRow[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const list = children.get(u.parentId);
    if (list) list.push(u.unitId);
    else children.set(u.parentId, [u.unitId]);
  }
  return children;
}

/**
 * The units as a tree is read: each followed by the units below it, with its depth, in the order
 * given (by name) among siblings. A unit whose parent is unknown starts a tree of its own.
 */
export function unitTree(units: readonly UnitRow[]): { unit: UnitRow; depth: number }[] {
  const byId = new Map(units.map((u) => [u.unitId, u]));
  const children = childrenOf(units);
  const out: { unit: UnitRow; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (id: string, depth: number) => {
    const unit = byId.get(id);
    if (unit === undefined || seen.has(id)) return;
    seen.add(id);
    out.push({ unit, depth });
    for (const child of children.get(id) ?? []) visit(child, depth + 1);
  };
  for (const u of units) if (u.parentId === null || !byId.has(u.parentId)) visit(u.unitId, 0);
  // Units caught in a parent cycle have no root: listed last, flat.
  for (const u of units) visit(u.unitId, 0);
  return out;
}

/** The units as choices of a select, in tree order, each indented by its depth. */
export function unitOptions(
  units: readonly UnitRow[],
  include: (unit: UnitRow) => boolean = () => true,
): { value: string; label: string }[] {
  return unitTree(units)
    .filter(({ unit }) => include(unit))
    .map(({ unit, depth }) => ({
      value: unit.unitId,
      label: `${'\u00a0\u00a0'.repeat(depth)}${unit.name}`,
    }));
}

/** The unit and every unit below it. */
export function unitsWithin(units: readonly UnitRow[], unitId: string): Set<string> {
  const children = childrenOf(units);
  const within = new Set<string>();
  const stack = [unitId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (within.has(id)) continue;
    within.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return within;
}

/** NIPs of those who lead someone active: heads and appraisers (Pejabat Penilai Kinerja). */
export function leadersOf(people: readonly EmployeeRow[]): Set<string> {
  const leaders = new Set<string>();
  for (const e of people) if (e.active && e.superiorNip !== null) leaders.add(e.superiorNip);
  return leaders;
}

function matchesQuery(e: EmployeeRow, query: string): boolean {
  const q = query.trim().toLocaleLowerCase('id');
  if (q === '') return true;
  const digits = q.replace(/\s+/g, '');
  if (/^\d+$/.test(digits)) return e.nip.includes(digits);
  return e.name.toLocaleLowerCase('id').includes(q);
}

/** The people that pass the filter, in the order given. */
export function filterPeople(
  people: readonly EmployeeRow[],
  units: readonly UnitRow[],
  filter: PeopleFilter,
  pengelola: ReadonlySet<string>,
): EmployeeRow[] {
  const within = filter.unitId === '' ? null : unitsWithin(units, filter.unitId);
  const leaders = filter.role === 'kepala' || filter.role === 'pegawai' ? leadersOf(people) : null;
  return people.filter((e) => {
    if (within !== null && !within.has(e.unitId)) return false;
    if (filter.kind !== '' && e.kind !== filter.kind) return false;
    if (filter.status !== '' && statusOf(e) !== filter.status) return false;
    if (filter.role === 'kepala' && !leaders?.has(e.nip)) return false;
    if (filter.role === 'pegawai' && leaders?.has(e.nip)) return false;
    if (filter.role === 'pengelola' && !pengelola.has(e.nip)) return false;
    return matchesQuery(e, filter.query);
  });
}
