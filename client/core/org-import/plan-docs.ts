/**
 * The documents a checked organisation import writes: a unit or employee document per row,
 * compared with the stored one (create, update with before and after, or unchanged). What the
 * file does not hold is kept from the stored document (acting heads, pangkat without its column).
 */
import { ids } from '../ids';
import type { EmployeeDoc, UnitDoc } from '../schemas/reference';
import { parseDoc } from '../schemas/registry';
import { fullName } from './person-name';
import type { OrgImportError, ReadPerson, ReadUnit } from './read-rows';

export type DocUpdate<T> = { before: T; after: T };
export type DocChanges<T> = { creates: T[]; updates: DocUpdate<T>[]; unchanged: number };

/** Unit documents of the file's rows, and head changes of the other units the import touches. */
export function planUnits(
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
      // The head's post, a closing date and working hours the console keeps are not in the
      // file: kept as stored.
      ...(before?.headPosition !== undefined ? { headPosition: before.headPosition } : {}),
      ...(before?.closedOn !== undefined ? { closedOn: before.closedOn } : {}),
      ...(before?.workHours !== undefined ? { workHours: before.workHours } : {}),
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

/** Employee documents of the file's rows. */
export function planPeople(
  people: ReadonlyMap<string, ReadPerson>,
  stored: ReadonlyMap<string, EmployeeDoc>,
  errors: OrgImportError[],
): DocChanges<EmployeeDoc> {
  const out: DocChanges<EmployeeDoc> = { creates: [], updates: [], unchanged: 0 };
  for (const p of people.values()) {
    const before = stored.get(p.nip);
    const rank = p.rank === undefined ? (before?.rank ?? '') : p.rank;
    const kelasJabatan = p.kelasJabatan === undefined ? before?.kelasJabatan : p.kelasJabatan;
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
      ...(kelasJabatan !== undefined && kelasJabatan !== null ? { kelasJabatan } : {}),
      kind: p.kind ?? 'pns',
      functional: jenisJabatan === 'fungsional',
      jenisJabatan,
      acting: before?.acting ?? [],
      active: status === 'aktif',
      status,
      // The riwayat and TMT the console keeps are not in the file: kept as stored.
      ...(before?.assignedFrom !== undefined ? { assignedFrom: before.assignedFrom } : {}),
      ...(before?.history !== undefined ? { history: before.history } : {}),
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
function sameContent(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
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
