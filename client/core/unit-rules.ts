/**
 * The organisation's tree of work units: its shape (children, descendants, the path from the
 * top) and the checks a change of a unit must pass (no cycle, a closed unit holds nobody). The
 * console draws the tree with these helpers; validate-write-unit.ts judges writes with them.
 */
import type { OrgChart } from './org-chart';

/** What the tree needs of a unit: its id, name, parent and (when closed) its closing date. */
export type TreeUnit = {
  unitId: string;
  name: string;
  parentId: string | null;
  closedOn?: string | undefined;
};

/** Units by id, and each parent's children sorted by name (roots under `null`). */
export type UnitTree<U extends TreeUnit> = {
  byId: ReadonlyMap<string, U>;
  children: ReadonlyMap<string | null, readonly U[]>;
};

const byName = (a: TreeUnit, b: TreeUnit) =>
  a.name.localeCompare(b.name, 'id') || a.unitId.localeCompare(b.unitId);

/**
 * Indexes units as a tree. A unit whose parent is unknown is shown as a root, so that nothing
 * the organisation holds is hidden.
 */
export function unitTree<U extends TreeUnit>(units: Iterable<U>): UnitTree<U> {
  const byId = new Map<string, U>();
  for (const u of units) byId.set(u.unitId, u);
  const children = new Map<string | null, U[]>();
  for (const u of byId.values()) {
    const parent = u.parentId !== null && byId.has(u.parentId) ? u.parentId : null;
    const list = children.get(parent);
    if (list) list.push(u);
    else children.set(parent, [u]);
  }
  for (const list of children.values()) list.sort(byName);
  return { byId, children };
}

/** The units right under a unit (the roots for `null`), by name. */
export function childrenOf<U extends TreeUnit>(
  tree: UnitTree<U>,
  unitId: string | null,
): readonly U[] {
  return tree.children.get(unitId) ?? [];
}

/** Every unit below a unit, nearest first. */
export function descendantsOf<U extends TreeUnit>(tree: UnitTree<U>, unitId: string): U[] {
  const out: U[] = [];
  const seen = new Set<string>([unitId]);
  const queue = [...childrenOf(tree, unitId)];
  for (let u = queue.shift(); u !== undefined; u = queue.shift()) {
    if (seen.has(u.unitId)) continue;
    seen.add(u.unitId);
    out.push(u);
    queue.push(...childrenOf(tree, u.unitId));
  }
  return out;
}

/** The path from the top of the organisation down to a unit, itself included (a breadcrumb). */
export function pathOf<U extends TreeUnit>(tree: UnitTree<U>, unitId: string): U[] {
  const path: U[] = [];
  const seen = new Set<string>();
  for (let u = tree.byId.get(unitId); u !== undefined && !seen.has(u.unitId);) {
    seen.add(u.unitId);
    path.unshift(u);
    u = u.parentId === null ? undefined : tree.byId.get(u.parentId);
  }
  return path;
}

/** The parent link of each unit, as the org chart holds it. */
type ParentLinks = ReadonlyMap<string, { parentId: string | null }>;

/**
 * True when putting `unitId` under `parentId` would close a loop: the new parent is the unit
 * itself or lies below it. Walks up from the new parent only, so it costs the tree's depth.
 */
export function wouldCycle(units: ParentLinks, unitId: string, parentId: string | null): boolean {
  const seen = new Set<string>();
  for (let p = parentId; p !== null && !seen.has(p); p = units.get(p)?.parentId ?? null) {
    if (p === unitId) return true;
    seen.add(p);
  }
  return false;
}

/** The closing date of a unit, when it is closed (or closing) from a date. */
export function closedOnOf(unit: { closedOn?: string | undefined }): string | undefined {
  return unit.closedOn;
}

/** How many active people work in a unit (the org chart holds only active people). */
export function activePeopleIn(chart: Pick<OrgChart, 'employees'>, unitId: string): number {
  let n = 0;
  for (const e of chart.employees.values()) if (e.unitId === unitId) n++;
  return n;
}

/** How many active people work in each unit, from employee documents (one pass over them). */
export function activePeopleByUnit(
  employees: Iterable<{ unitId: string; active: boolean }>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of employees) if (e.active) counts.set(e.unitId, (counts.get(e.unitId) ?? 0) + 1);
  return counts;
}

/** The units right under a unit that are not closed. */
export function openChildrenOf(
  units: ReadonlyMap<string, { unitId: string; parentId: string | null; closedOn?: string }>,
  unitId: string,
): string[] {
  const out: string[] = [];
  for (const u of units.values())
    if (u.parentId === unitId && u.unitId !== unitId && closedOnOf(u) === undefined)
      out.push(u.unitId);
  return out;
}

/**
 * True when a unit written without a previous revision describes the unit already stored under
 * its code: the same name (spacing and case aside) under the same parent. Anything else would
 * give an existing code a new meaning.
 */
export function isSameUnit(
  stored: { name: string; parentId: string | null },
  written: { name: string; parentId: string | null },
): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
  return norm(stored.name) === norm(written.name) && stored.parentId === written.parentId;
}
