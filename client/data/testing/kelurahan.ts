/**
 * The small organisation the client/data tests play in: a lurah (HEAD) and two staff (STAFF,
 * OTHER) of kelurahan-a, in the open year 2025, on a fixed clock. Its documents come from the one
 * factory module, client/core/testing/factories.ts.
 */
import type { EmployeeDoc } from '../../core/schemas/reference';
import {
  makeEmployee,
  makeYearPeriod,
  type Made,
  type Overrides,
} from '../../core/testing/factories';
import type { CommandContext } from '../commands/context';
import type { LocalDb } from '../local-db';

export const HEAD = '197001012000011001';
export const STAFF = '199001012020012002';
export const OTHER = '198501012010011003';
export const UNIT = 'kelurahan-a';
export const TODAY = '2025-03-12';
/** 2025-03-12 10:00 WIB. */
export const NOW = Date.parse('2025-03-12T03:00:00Z');

/** A person of kelurahan-a: staff report to HEAD, HEAD to nobody (unless overridden). */
export function kelurahanEmployee(
  nip: string,
  overrides: Overrides<EmployeeDoc> = {},
): Made<EmployeeDoc> {
  return makeEmployee({
    nip,
    name: `Pegawai ${nip.slice(-3)}`,
    position: 'Pelaksana',
    unitId: UNIT,
    superiorNip: nip === HEAD ? null : HEAD,
    ...overrides,
  });
}

/** The org chart and period every command needs: the head, the two staff and the year 2025. */
export async function seedReference(db: LocalDb): Promise<void> {
  await db.bulkDocs([
    kelurahanEmployee(HEAD),
    kelurahanEmployee(STAFF),
    kelurahanEmployee(OTHER),
    makeYearPeriod(2025),
  ]);
}

/** A command context of `nip` on `db`, on the fixed clock. */
export function contextFor(db: LocalDb, nip: string): CommandContext {
  return { db, user: { nip, roles: [] }, now: () => NOW };
}
