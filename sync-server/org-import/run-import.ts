/**
 * The organisation import and export as the server runs them for the API and the command line:
 * CSV text parsed at this edge, checked by core against the stored organisation, and (when asked
 * and clean) applied all or nothing as the requesting account.
 */
import {
  checkOrgImport,
  summarizeOrgImport,
  type OrgImportError,
} from '../../client/core/org-import/check-org-import';
import { ids } from '../../client/core/ids';
import {
  PERSON_COLUMNS,
  rowNumberOf,
  UNIT_COLUMNS,
  type OrgImportFile,
} from '../../client/core/org-import/org-columns';
import { personRowsOf, unitRowsOf } from '../../client/core/org-import/org-export';
import { normalizeCode, normalizeNip } from '../../client/core/org-import/read-rows';
import type { EmployeeDoc, UnitDoc } from '../../client/core/schemas/reference';
import type { Account } from '../auth/accounts';
import { todayOf } from '../replication/authorization';
import type { Services } from '../services';
import { applyOrgImport, type NewPerson, type OrgImportHooks } from './apply';
import { parseCsv, toCsv } from './csv';

export type OrgImportFiles = { units: string; people: string };

export type OrgImportSummary = ReturnType<typeof summarizeOrgImport>;

export type OrgImportResult = {
  errors: OrgImportError[];
  summary: OrgImportSummary;
  applied: boolean;
  /** After an applied import: the people it created, who need an activation code. */
  newPeople: NewPerson[];
};

/**
 * The stored organisation: the valid unit and employee documents with their winning revisions,
 * as the org state holds them in memory (current after every write through this server; with a
 * CouchDB other servers also write, a plan made from a late copy is refused whole at write time).
 */
export function loadStoredOrg(s: Services): { units: UnitDoc[]; employees: EmployeeDoc[] } {
  return { units: s.org.unitDocs(), employees: s.org.employeeDocs() };
}

/** Checks two CSV files and, with `apply`, writes them when nothing is wrong. */
export async function runOrgImport(
  s: Services,
  account: Account,
  files: OrgImportFiles,
  opts: { apply: boolean; hooks?: OrgImportHooks },
): Promise<OrgImportResult> {
  const units = parseCsv(files.units, 'units');
  const people = parseCsv(files.people, 'people');
  const plan = checkOrgImport(
    { units: units.rows, people: people.rows },
    loadStoredOrg(s),
    todayOf(s),
    { roles: s.accounts.rolesByNip(), mayAssignRoles: account.roles.includes('admin') },
  );
  const csvErrors = [...units.errors, ...people.errors];
  const errors = [...csvErrors, ...(plan.ok ? [] : plan.errors)];
  const summary = summarizeOrgImport(plan);
  if (errors.length > 0 || !plan.ok || !opts.apply)
    return { errors: byRow(errors), summary, applied: false, newPeople: [] };

  const outcome = await applyOrgImport(s, account, plan, opts.hooks);
  if (outcome.applied) return { errors: [], summary, applied: true, newPeople: outcome.newPeople };
  const rowOf = rowsById(units.rows, people.rows);
  return {
    errors: outcome.refused.map((r) => ({
      ...(rowOf.get(r.id) ?? { file: 'people', row: 1 }),
      reason: r.reason,
    })),
    summary,
    applied: false,
    newPeople: [],
  };
}

/** The stored organisation as one CSV file of the import layout. */
export function exportOrgCsv(s: Services, file: OrgImportFile): string {
  const org = loadStoredOrg(s);
  return file === 'units'
    ? toCsv(UNIT_COLUMNS, unitRowsOf(org.units))
    : toCsv(PERSON_COLUMNS, personRowsOf(org.employees, org.units, s.accounts.rolesByNip()));
}

function byRow(errors: OrgImportError[]): OrgImportError[] {
  const rank = (f: OrgImportFile) => (f === 'units' ? 0 : 1);
  return [...errors].sort((a, b) => rank(a.file) - rank(b.file) || a.row - b.row);
}

/** Where each document of a refused write came from: its file and row. */
function rowsById(
  units: readonly Record<string, string>[],
  people: readonly Record<string, string>[],
): Map<string, { file: OrgImportFile; row: number }> {
  const out = new Map<string, { file: OrgImportFile; row: number }>();
  units.forEach((r, i) =>
    out.set(ids.unit(normalizeCode(r.kode_unit)), { file: 'units', row: rowNumberOf(i) }),
  );
  people.forEach((r, i) =>
    out.set(ids.employee(normalizeNip(r.nip)), { file: 'people', row: rowNumberOf(i) }),
  );
  return out;
}
