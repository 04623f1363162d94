/**
 * The reach of a Pengelola Kinerja. BKPSDM's Pengelola (no scope) and the admin keep the whole
 * organisation; a Pengelola scoped to one OPD keeps that unit and everything under it: its units,
 * its people, their ratings and attendance. Periods, catalogs and trainings are the whole
 * organisation's, kept by BKPSDM only. The channel rules (what a Pengelola's devices receive),
 * the write rules and the server's console endpoints all ask this file.
 */
import type { OrgChart, User } from './org-chart';

type Parents = ReadonlyMap<string, { parentId: string | null }>;

/** The unit a user's Pengelola role is limited to, or null for the whole organisation. */
export function scopeOf(user: User): string | null {
  if (user.roles.includes('admin')) return null;
  return user.scope ?? null;
}

/** True when `unitId` is `rootId` or lies under it (a broken parent chain ends the walk). */
export function unitWithin(units: Parents, unitId: string, rootId: string): boolean {
  const seen = new Set<string>();
  let current: string | null = unitId;
  while (current !== null && !seen.has(current)) {
    if (current === rootId) return true;
    seen.add(current);
    current = units.get(current)?.parentId ?? null;
  }
  return false;
}

/** True when the user's Pengelola role reaches this unit. */
export function keepsUnit(user: User, units: Parents, unitId: string): boolean {
  const scope = scopeOf(user);
  return scope === null || unitWithin(units, unitId, scope);
}

/** True when the user keeps this person: the person's unit is within reach. */
export function keepsPerson(user: User, chart: OrgChart, nip: string): boolean {
  const scope = scopeOf(user);
  if (scope === null) return true;
  const unitId = chart.employees.get(nip)?.unitId;
  return unitId !== undefined && unitWithin(chart.units, unitId, scope);
}
