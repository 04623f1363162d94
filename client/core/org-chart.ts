/**
 * The org chart: who is whose superior on a given day. Roles other than Pengelola and Admin
 * are derived from it (PermenPANRB 6/2022): the appraiser is the direct superior, the
 * Atasan Pejabat Penilai is the appraiser's superior. A Plt/Plh acts for an absent head.
 */
import type { EmployeeDoc, UnitDoc } from './schemas/reference';

export type StoredRole = 'pengelola' | 'admin';
export type DerivedRole = 'pegawai' | 'pejabat-penilai' | 'atasan-penilai';
export type Role = StoredRole | DerivedRole;

/**
 * The signed-in person as the rules see them: a NIP (or 'admin') and stored roles. `scope` is
 * the unit (an OPD) a Pengelola Kinerja keeps, with everything under it; absent, the whole
 * organisation (see org-scope.ts).
 */
export type User = { nip: string; roles: readonly StoredRole[]; scope?: string };

type Node = Pick<EmployeeDoc, 'nip' | 'name' | 'unitId' | 'superiorNip' | 'acting' | 'active'>;
type UnitNode = Pick<UnitDoc, 'unitId' | 'name' | 'parentId' | 'headNip'> &
  Partial<Pick<UnitDoc, 'closedOn'>>;

export type OrgChart = {
  readonly employees: ReadonlyMap<string, Node>;
  readonly units: ReadonlyMap<string, UnitNode>;
  /** superior NIP -> NIPs of those whose recorded superior they are. */
  readonly recordedReports: ReadonlyMap<string, readonly string[]>;
  /** acting NIP -> heads they may act for (on some dates). */
  readonly actsFor: ReadonlyMap<string, readonly string[]>;
};

/** Builds the org chart from employee and unit documents. */
export function buildOrgChart(
  employees: readonly Node[],
  units: readonly UnitNode[] = [],
): OrgChart {
  const emp = new Map<string, Node>();
  const reports = new Map<string, string[]>();
  const actsFor = new Map<string, string[]>();
  for (const e of employees) {
    if (!e.active) continue;
    emp.set(e.nip, e);
  }
  for (const e of emp.values()) {
    if (e.superiorNip !== null) push(reports, e.superiorNip, e.nip);
    for (const a of e.acting) push(actsFor, a.actingNip, e.nip);
  }
  return {
    employees: emp,
    units: new Map(units.map((u) => [u.unitId, u])),
    recordedReports: reports,
    actsFor,
  };
}

function push(map: Map<string, string[]>, k: string, v: string): void {
  const list = map.get(k);
  if (list) {
    if (!list.includes(v)) list.push(v);
  } else map.set(k, [v]);
}

/** The Plt/Plh acting for a head on a date, or null when the head is in office. */
export function actingFor(chart: OrgChart, headNip: string, date: string): string | null {
  const head = chart.employees.get(headNip);
  const a = head?.acting.find((x) => x.from <= date && date <= x.to);
  return a ? a.actingNip : null;
}

/** The direct superior (Pejabat Penilai Kinerja) of a person on a date, acting heads included. */
export function superiorOf(chart: OrgChart, nip: string, date: string): string | null {
  const recorded = chart.employees.get(nip)?.superiorNip ?? null;
  if (recorded === null) return null;
  const acting = actingFor(chart, recorded, date);
  // A Plt acting for their own superior answers to that superior's superior meanwhile.
  if (acting === nip) return chart.employees.get(recorded)?.superiorNip ?? null;
  return acting ?? recorded;
}

/** The Atasan Pejabat Penilai: the superior of a person's superior, on a date. */
export function atasanPenilaiOf(chart: OrgChart, nip: string, date: string): string | null {
  const superior = superiorOf(chart, nip, date);
  return superior === null ? null : superiorOf(chart, superior, date);
}

/** Everyone whose direct superior is this person on a date, acting duties included. */
export function directReportsOf(chart: OrgChart, nip: string, date: string): string[] {
  const own = chart.recordedReports.get(nip) ?? [];
  const candidates = new Set<string>(own);
  for (const head of chart.actsFor.get(nip) ?? []) {
    for (const r of chart.recordedReports.get(head) ?? []) candidates.add(r);
  }
  // A Plt drawn from a report's own staff answers to this person while acting (see superiorOf).
  for (const r of own) {
    const acting = actingFor(chart, r, date);
    if (acting !== null) candidates.add(acting);
  }
  // The candidates' superiors decide, so that this list and superiorOf never disagree.
  return [...candidates].filter((c) => superiorOf(chart, c, date) === nip);
}

/** True when `superior` is the direct superior of `nip` on the date. */
export function isSuperiorOf(
  chart: OrgChart,
  superior: string,
  nip: string,
  date: string,
): boolean {
  return superiorOf(chart, nip, date) === superior;
}

/** The roles of a user on a date: stored ones plus those the org chart gives. */
export function rolesOf(chart: OrgChart, user: User, date: string): Role[] {
  const roles: Role[] = [...user.roles];
  if (!chart.employees.has(user.nip)) return roles;
  roles.push('pegawai');
  const reports = directReportsOf(chart, user.nip, date);
  if (reports.length > 0) roles.push('pejabat-penilai');
  if (reports.some((r) => directReportsOf(chart, r, date).length > 0)) roles.push('atasan-penilai');
  return roles;
}

/** True for the HR officer or the system administrator. */
export function isPengelola(user: User): boolean {
  return user.roles.includes('pengelola') || user.roles.includes('admin');
}
