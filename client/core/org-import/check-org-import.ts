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
import { ids } from '../ids';
import type { StoredRole } from '../org-chart';
import type { EmployeeDoc, UnitDoc } from '../schemas/reference';
import { parseDoc } from '../schemas/registry';
import { EMPLOYEE_STATUS_LABELS } from '../vocabulary';
import type { PersonRow, UnitRow } from './org-columns';
import { fullName } from './person-name';
import {
  missingColumns,
  readPeople,
  readUnits,
  type OrgImportError,
  type ReadPerson,
  type ReadUnit,
} from './read-rows';
import { describeCycle, findCycles } from './supervisor-graph';
import { unitHeads, type Member } from './unit-heads';

export type { OrgImportError } from './read-rows';

export type DocUpdate<T> = { before: T; after: T };
export type DocChanges<T> = { creates: T[]; updates: DocUpdate<T>[]; unchanged: number };
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
    const before = [...(options.roles?.get(p.nip) ?? [])];
    if (sameRoles(before, p.roles)) continue;
    if (options.mayAssignRoles !== true) {
      errors.push({
        file: 'people',
        row: p.row,
        column: 'peran',
        reason: 'Hanya admin yang dapat mengubah peran pengelola',
      });
    }
    roleChanges.push({ nip: p.nip, before, after: [...p.roles] });
  }

  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };

  const unitChanges = planUnits(units, storedUnits, affected, heads.heads, errors);
  const peopleChanges = planPeople(people, storedPeople, errors);
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
  return { ok: true, errors: [], units: unitChanges, people: peopleChanges, roleChanges };
}

function checkUnitReferences(
  units: ReadonlyMap<string, ReadUnit>,
  merged: ReadonlyMap<string, string | null | undefined>,
  errors: OrgImportError[],
): void {
  for (const u of units.values()) {
    if (typeof u.parentId === 'string' && !merged.has(u.parentId))
      errors.push({
        file: 'units',
        row: u.row,
        column: 'kode_induk',
        reason: `Unit induk ${u.parentId} tidak ada di berkas unit maupun di data`,
      });
  }
  const cycles = findCycles(merged.keys(), (id) => {
    const parent = merged.get(id);
    return typeof parent === 'string' && merged.has(parent) ? parent : null;
  });
  for (const cycle of cycles) {
    for (const id of cycle) {
      const u = units.get(id);
      if (u)
        errors.push({
          file: 'units',
          row: u.row,
          column: 'kode_induk',
          reason: `Induk unit melingkar: ${describeCycle(cycle)}`,
        });
    }
  }
}

function checkPeopleReferences(
  people: ReadonlyMap<string, ReadPerson>,
  members: ReadonlyMap<string, Member>,
  units: ReadonlyMap<string, unknown>,
  stored: ReadonlyMap<string, EmployeeDoc>,
  errors: OrgImportError[],
): void {
  const reports = new Map<string, string[]>();
  for (const m of members.values()) {
    if (m.superiorNip === null) continue;
    const list = reports.get(m.superiorNip);
    if (list) list.push(m.nip);
    else reports.set(m.superiorNip, [m.nip]);
  }
  const statusOf = (nip: string) => {
    const p = people.get(nip);
    return p ? p.status : (stored.get(nip)?.status ?? (stored.get(nip)?.active ? 'aktif' : null));
  };

  for (const p of people.values()) {
    const fail = (column: string, reason: string) =>
      errors.push({ file: 'people', row: p.row, column, reason });
    const led = reports.get(p.nip) ?? [];
    if (p.unitEmpty)
      fail(
        'kode_unit',
        led.length > 0
          ? `Pegawai ini atasan bagi ${led.length} pegawai, tetapi kode_unit kosong: kepala harus punya unit`
          : 'kode_unit wajib diisi',
      );
    else if (p.unitId !== null && !units.has(p.unitId))
      fail('kode_unit', `Unit ${p.unitId} tidak ada di berkas unit maupun di data`);

    const active = p.status === null || p.status === 'aktif';
    if (typeof p.superiorNip === 'string') {
      const superior = members.get(p.superiorNip);
      if (!superior)
        fail('nip_atasan', `Atasan ${p.superiorNip} tidak ada di berkas pegawai maupun di data`);
      else if (active && !superior.active) {
        const s = statusOf(p.superiorNip);
        fail(
          'nip_atasan',
          `Atasan ${p.superiorNip} berstatus ${s ? EMPLOYEE_STATUS_LABELS[s].toLowerCase() : 'tidak aktif'}: pegawai aktif harus beratasan pegawai aktif`,
        );
      }
    }
    // Stored people outside the file who would be left under someone no longer active.
    if (!active) {
      const stranded = led.filter((nip) => !people.has(nip) && members.get(nip)?.active === true);
      if (stranded.length > 0)
        fail(
          'status',
          `${stranded.length} pegawai aktif lain masih beratasan pegawai ini (${stranded.slice(0, 3).join(', ')}${stranded.length > 3 ? ', …' : ''}): tetapkan atasan baru mereka dulu`,
        );
    }
  }

  const cycles = findCycles(members.keys(), (nip) => {
    const superior = members.get(nip)?.superiorNip;
    return superior !== null && superior !== undefined && members.has(superior) ? superior : null;
  });
  for (const cycle of cycles) {
    for (const nip of cycle) {
      const p = people.get(nip);
      if (p)
        errors.push({
          file: 'people',
          row: p.row,
          column: 'nip_atasan',
          reason: `Rantai atasan melingkar: ${describeCycle(cycle)}`,
        });
    }
  }
}

function reportAmbiguousHead(
  unitId: string,
  candidates: readonly string[],
  units: ReadonlyMap<string, ReadUnit>,
  people: ReadonlyMap<string, ReadPerson>,
  errors: OrgImportError[],
): void {
  const reason = `Unit ${unitId} akan punya ${candidates.length} kepala (${candidates.join(', ')}): kepala unit adalah satu-satunya pegawai unit itu yang membawahi pegawai dan atasannya di luar unit`;
  const rows = candidates.flatMap((nip) => {
    const p = people.get(nip);
    return p ? [p.row] : [];
  });
  for (const row of rows) errors.push({ file: 'people', row, column: 'nip_atasan', reason });
  const unit = units.get(unitId);
  if (rows.length === 0 && unit)
    errors.push({ file: 'units', row: unit.row, column: 'kode_unit', reason });
}

function planUnits(
  units: ReadonlyMap<string, ReadUnit>,
  stored: ReadonlyMap<string, UnitDoc>,
  affected: ReadonlySet<string>,
  heads: ReadonlyMap<string, string | null>,
  errors: OrgImportError[],
): DocChanges<UnitDoc> {
  const out: DocChanges<UnitDoc> = { creates: [], updates: [], unchanged: 0 };
  for (const u of units.values()) {
    const before = stored.get(u.unitId);
    const doc: UnitDoc = {
      _id: ids.unit(u.unitId),
      type: 'unit',
      schemaVersion: 1,
      unitId: u.unitId,
      name: u.name,
      parentId: u.parentId ?? null,
      headNip: heads.get(u.unitId) ?? null,
      ...(u.kind !== null ? { kind: u.kind } : {}),
    };
    if (!isValid(doc, 'units', u.row, errors)) continue;
    addChange(out, before, doc);
  }
  // Units the file does not list whose head changes because people moved in or out.
  for (const unitId of affected) {
    const before = stored.get(unitId);
    if (units.has(unitId) || !before || !heads.has(unitId)) continue;
    const headNip = heads.get(unitId) ?? null;
    if (headNip === before.headNip) continue;
    out.updates.push({ before, after: { ...before, headNip } });
  }
  return out;
}

function planPeople(
  people: ReadonlyMap<string, ReadPerson>,
  stored: ReadonlyMap<string, EmployeeDoc>,
  errors: OrgImportError[],
): DocChanges<EmployeeDoc> {
  const out: DocChanges<EmployeeDoc> = { creates: [], updates: [], unchanged: 0 };
  for (const p of people.values()) {
    const before = stored.get(p.nip);
    const rank = p.rank === undefined ? (before?.rank ?? '') : p.rank;
    const jenisJabatan = p.jenisJabatan ?? 'pelaksana';
    const status = p.status ?? 'aktif';
    const doc: EmployeeDoc = {
      _id: ids.employee(p.nip),
      type: 'employee',
      schemaVersion: 1,
      nip: p.nip,
      name: fullName(p),
      ...(p.gelarDepan !== '' ? { gelarDepan: p.gelarDepan } : {}),
      ...(p.gelarBelakang !== '' ? { gelarBelakang: p.gelarBelakang } : {}),
      position: p.position,
      unitId: p.unitId ?? '',
      superiorNip: p.superiorNip ?? null,
      ...(rank !== '' ? { rank } : {}),
      kind: p.kind ?? 'pns',
      functional: jenisJabatan === 'fungsional',
      jenisJabatan,
      acting: before?.acting ?? [],
      active: status === 'aktif',
      status,
    };
    if (!isValid(doc, 'people', p.row, errors)) continue;
    addChange(out, before, doc);
  }
  return out;
}

/** The schema every written document must pass; a failure names the row (a guard, never expected). */
function isValid(
  doc: UnitDoc | EmployeeDoc,
  file: 'units' | 'people',
  row: number,
  errors: OrgImportError[],
): boolean {
  const parsed = parseDoc(doc);
  if (parsed.ok) return true;
  for (const issue of parsed.issues)
    errors.push({ file, row, reason: `${issue.path}: ${issue.message}` });
  return false;
}

function addChange<T extends UnitDoc | EmployeeDoc>(
  out: DocChanges<T>,
  before: T | undefined,
  doc: T,
): void {
  if (!before) out.creates.push(doc);
  else if (sameContent(before, doc)) out.unchanged++;
  else out.updates.push({ before, after: before._rev ? { ...doc, _rev: before._rev } : doc });
}

/** True when two documents hold the same content (CouchDB's own fields aside). */
export function sameContent(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (k.startsWith('_') && k !== '_id') continue;
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  return true;
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
