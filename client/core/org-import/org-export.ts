/**
 * The stored organisation as rows of the import layout (org-columns.ts), so that an export
 * imported again changes nothing. The edges turn the rows into CSV text.
 */
import type { StoredRole } from '../org-chart';
import type { EmployeeDoc, UnitDoc } from '../schemas/reference';
import type { PersonColumn, UnitColumn } from './org-columns';
import { nameParts } from './person-name';

/** Units as rows, parents before their children, siblings by code. */
export function unitRowsOf(units: readonly UnitDoc[]): Record<UnitColumn, string>[] {
  return treeOrder(units).map((u) => ({
    kode_unit: u.unitId,
    nama_unit: u.name,
    kode_induk: u.parentId ?? '',
    jenis: u.kind ?? '',
  }));
}

/** People as rows, by unit (in tree order) and then by NIP. */
export function personRowsOf(
  employees: readonly EmployeeDoc[],
  units: readonly UnitDoc[],
  roles: ReadonlyMap<string, readonly StoredRole[]> = new Map(),
): Record<PersonColumn, string>[] {
  const unitRank = new Map(treeOrder(units).map((u, i) => [u.unitId, i]));
  const rank = (e: EmployeeDoc) => unitRank.get(e.unitId) ?? Number.MAX_SAFE_INTEGER;
  return [...employees]
    .sort((a, b) => rank(a) - rank(b) || (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0))
    .map((e) => {
      const name = nameParts(e);
      return {
        nip: e.nip,
        nama: name.nama,
        gelar_depan: name.gelarDepan,
        gelar_belakang: name.gelarBelakang,
        jenis_asn: e.kind.toUpperCase(),
        jabatan: e.position,
        jenis_jabatan: e.jenisJabatan ?? (e.functional ? 'fungsional' : ''),
        kode_unit: e.unitId,
        nip_atasan: e.superiorNip ?? '',
        status: e.status ?? (e.active ? 'aktif' : ''),
        peran: roles.get(e.nip)?.includes('pengelola') ? 'pengelola' : '',
        pangkat_golongan: e.rank ?? '',
        kelas_jabatan: e.kelasJabatan === undefined ? '' : String(e.kelasJabatan),
      };
    });
}

/** Units depth first from the tops, children by code; units in a parent cycle come last. */
function treeOrder(units: readonly UnitDoc[]): UnitDoc[] {
  const byCode = (a: UnitDoc, b: UnitDoc) =>
    a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0;
  const known = new Set(units.map((u) => u.unitId));
  const children = new Map<string | null, UnitDoc[]>();
  for (const u of units) {
    const parent = u.parentId !== null && known.has(u.parentId) ? u.parentId : null;
    const list = children.get(parent);
    if (list) list.push(u);
    else children.set(parent, [u]);
  }
  for (const list of children.values()) list.sort(byCode);
  const out: UnitDoc[] = [];
  const seen = new Set<string>();
  const stack = [...(children.get(null) ?? [])].reverse();
  while (stack.length > 0) {
    const u = stack.pop() as UnitDoc;
    if (seen.has(u.unitId)) continue;
    seen.add(u.unitId);
    out.push(u);
    stack.push(...[...(children.get(u.unitId) ?? [])].reverse());
  }
  for (const u of [...units].sort(byCode)) if (!seen.has(u.unitId)) out.push(u);
  return out;
}
