/**
 * The checks of an organisation import that look across rows and at the stored organisation:
 * every reference (a unit's parent, a person's unit and superior) must exist in the merged
 * result, chains of parents and of superiors must end, active people answer to active people,
 * and a unit has one head.
 */
import type { EmployeeDoc } from '../schemas/reference';
import { EMPLOYEE_STATUS_LABELS } from '../vocabulary';
import type { OrgImportError, ReadPerson, ReadUnit } from './read-rows';
import { describeCycle, findCycles } from './supervisor-graph';
import type { Member } from './unit-heads';

/** Reports unknown parents and parent cycles on the rows of the units file. */
export function checkUnitReferences(
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

/**
 * Reports, on the rows of the people file: unknown or empty units (a head without one by name),
 * unknown or inactive superiors, people who would leave active reports behind, and cycles.
 */
export function checkPeopleReferences(
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

/** Reports a unit with two heads on the candidates' rows (or, when none is in the file, the unit's). */
export function reportAmbiguousHead(
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
