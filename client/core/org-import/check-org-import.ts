/**
 * The one path of organisation changes (ARCHITECTURE.md, "Organisation changes go through one
 * path"): rows of units and people, read against the stored organisation, become either a list
 * of row errors or the reference documents to write. The CSV import, the console's forms and the
 * demo seed all call it; the server then writes the plan all or nothing.
 *
 * An import adds and updates; it never deletes. Rows are merged over the stored organisation
 * (a row wins over the stored document of the same id) and every reference is checked in the
 * merged result: a unit's parent, a person's unit and superior, supervisor and unit cycles.
 */
import type { StoredRole } from '../org-chart';
import type { EmployeeDoc, UnitDoc } from '../schemas/reference';
import {
  checkPeopleReferences,
  checkUnitReferences,
  reportAmbiguousHead,
} from './check-references';
import type { PersonRow, UnitRow } from './org-columns';
import { planPeople, planUnits, type DocChanges } from './plan-docs';
import { missingColumns, readPeople, readUnits, type OrgImportError } from './read-rows';
import { unitHeads, type Member } from './unit-heads';

export type { OrgImportError } from './read-rows';

export type { DocChanges, DocUpdate } from './plan-docs';
/** A person's stored roles before and after (a person without an account has none). */
export type RoleChange = { nip: string; before: StoredRole[]; after: StoredRole[] };

export type OrgImportPlan =
  | { ok: false; errors: OrgImportError[] }
  | {
      ok: true;
      errors: [];
      units: DocChanges<UnitDoc>;
      people: DocChanges<EmployeeDoc>;
      roleChanges: RoleChange[];
    };
export type AcceptedOrgImportPlan = Extract<OrgImportPlan, { ok: true }>;

export type OrgImportOptions = {
  /** Stored roles by NIP of the accounts that exist (absent: no account, no roles). */
  roles?: ReadonlyMap<string, readonly StoredRole[]>;
  /** Only the admin names a Pengelola: without this, a change of `peran` is a row error. */
  mayAssignRoles?: boolean;
};

/**
 * Checks rows of units and people against the stored organisation on `today` and plans the
 * documents to write: every error with its row, or (when there is none) the creates, the
 * updates with their before and after, and how many rows change nothing.
 */
export function checkOrgImport(
  input: { units: readonly UnitRow[]; people: readonly PersonRow[] },
  current: { units: readonly UnitDoc[]; employees: readonly EmployeeDoc[] },
  today: string,
  options: OrgImportOptions = {},
): OrgImportPlan {
  const header = [
    ...missingColumns('units', input.units),
    ...missingColumns('people', input.people),
  ];
  if (header.length > 0) return { ok: false, errors: header };

  const errors: OrgImportError[] = [];
  const units = readUnits(input.units, errors);
  const people = readPeople(input.people, today, errors);
  const storedUnits = new Map(current.units.map((u) => [u.unitId, u]));
  const storedPeople = new Map(current.employees.map((e) => [e.nip, e]));

  const mergedUnits = new Map<string, string | null | undefined>();
  for (const u of storedUnits.values()) mergedUnits.set(u.unitId, u.parentId);
  for (const u of units.values()) mergedUnits.set(u.unitId, u.parentId);
  checkUnitReferences(units, mergedUnits, errors);

  const members = new Map<string, Member>();
  for (const e of storedPeople.values())
    members.set(e.nip, {
      nip: e.nip,
      unitId: e.unitId,
      superiorNip: e.superiorNip,
      active: e.active,
    });
  for (const p of people.values())
    members.set(p.nip, {
      nip: p.nip,
      unitId: p.unitId,
      superiorNip: p.superiorNip ?? null,
      active: p.status === null ? true : p.status === 'aktif',
    });
  checkPeopleReferences(people, members, mergedUnits, storedPeople, errors);

  const affected = new Set<string>(units.keys());
  for (const p of people.values()) {
    if (p.unitId !== null) affected.add(p.unitId);
    const before = storedPeople.get(p.nip);
    if (before) affected.add(before.unitId);
  }
  const heads = unitHeads(
    [...affected].filter((u) => mergedUnits.has(u)),
    members,
  );
  for (const [unitId, candidates] of heads.ambiguous)
    reportAmbiguousHead(unitId, candidates, units, people, errors);

  const roleChanges: RoleChange[] = [];
  for (const p of people.values()) {
    if (p.roles === null) continue;
    // The file speaks of `pengelola` only; any other stored role (admin) stays as it is.
    const before = [...(options.roles?.get(p.nip) ?? [])];
    const after = [...before.filter((r) => r !== 'pengelola'), ...p.roles];
    if (sameRoles(before, after)) continue;
    if (options.mayAssignRoles !== true) {
      errors.push({
        file: 'people',
        row: p.row,
        column: 'peran',
        reason: 'Hanya admin yang dapat mengubah peran pengelola',
      });
    }
    roleChanges.push({ nip: p.nip, before, after });
  }

  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };

  const unitChanges = planUnits(units, storedUnits, affected, heads.heads, errors);
  const peopleChanges = planPeople(people, storedPeople, errors);
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
  return { ok: true, errors: [], units: unitChanges, people: peopleChanges, roleChanges };
}

function sameRoles(a: readonly StoredRole[], b: readonly StoredRole[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

const COLUMN_ORDER: readonly string[] = [
  'kode_unit',
  'nama_unit',
  'kode_induk',
  'jenis',
  'nip',
  'nama',
  'gelar_depan',
  'gelar_belakang',
  'jenis_asn',
  'jabatan',
  'jenis_jabatan',
  'nip_atasan',
  'status',
  'peran',
  'pangkat_golongan',
  'kelas_jabatan',
];

function sortErrors(errors: OrgImportError[]): OrgImportError[] {
  const fileRank = (f: string) => (f === 'units' ? 0 : 1);
  const colRank = (c: string | undefined) => (c === undefined ? 99 : COLUMN_ORDER.indexOf(c));
  return [...errors].sort(
    (a, b) =>
      fileRank(a.file) - fileRank(b.file) || a.row - b.row || colRank(a.column) - colRank(b.column),
  );
}

/** Counts of a plan, as the import screen and the API report them. */
export function summarizeOrgImport(plan: OrgImportPlan) {
  const count = (c: DocChanges<unknown> | undefined) => ({
    create: c?.creates.length ?? 0,
    update: c?.updates.length ?? 0,
    unchanged: c?.unchanged ?? 0,
  });
  return plan.ok
    ? { units: count(plan.units), people: count(plan.people), roles: plan.roleChanges.length }
    : { units: count(undefined), people: count(undefined), roles: 0 };
}

/** The people a plan creates (new NIPs), with the roles the file gives them: who needs an activation code. */
export function newPeopleOf(
  plan: AcceptedOrgImportPlan,
): { nip: string; name: string; roles: StoredRole[] }[] {
  const roles = new Map(plan.roleChanges.map((r) => [r.nip, r.after]));
  return plan.people.creates.map((e) => ({
    nip: e.nip,
    name: e.name,
    roles: roles.get(e.nip) ?? [],
  }));
}
