import { describe, expect, it } from 'vitest';
import type { EmployeeDoc, UnitDoc } from '../schemas/reference';
import { makePersonRow as person, makeUnitRow as unit } from '../testing/org-rows';
import { checkOrgImport, type AcceptedOrgImportPlan } from './check-org-import';
import type { PersonRow } from './org-columns';
import { personRowsOf, unitRowsOf } from './org-export';

const TODAY = '2026-06-15';
const HEAD = '197203151998031002';
const STAFF = '198811122011012003';
const UNITS = [unit({ kode_unit: 'dinas' })];
/** The two people's rows with these kelas; without any, a file of the older layout (no column). */
const rows = (kelas: { head?: string; staff?: string }): PersonRow[] => {
  const people = [
    person({ nip: HEAD, kelas_jabatan: kelas.head ?? '' }),
    person({
      nip: STAFF,
      nama: 'Dewi Lestari',
      jabatan: 'Analis',
      jenis_jabatan: 'fungsional',
      nip_atasan: HEAD,
      kelas_jabatan: kelas.staff ?? '',
    }),
  ];
  if (kelas.head !== undefined || kelas.staff !== undefined) return people;
  return people.map(({ kelas_jabatan, ...older }) => {
    void kelas_jabatan;
    return older;
  });
};

function accepted(plan: ReturnType<typeof checkOrgImport>): AcceptedOrgImportPlan {
  if (!plan.ok) throw new Error(`errors: ${JSON.stringify(plan.errors)}`);
  return plan;
}
type Stored = { units: UnitDoc[]; employees: EmployeeDoc[] };
/** The plan of importing the units and `people` onto what is stored. */
const imported = (people: PersonRow[], stored: Stored = { units: [], employees: [] }) =>
  accepted(checkOrgImport({ units: UNITS, people }, stored, TODAY, { mayAssignRoles: true }));
const storedOf = (plan: AcceptedOrgImportPlan): Stored => ({
  units: plan.units.creates,
  employees: plan.people.creates,
});

describe('the kelas_jabatan column of the people file', () => {
  it('sets the kelas jabatan of each person, and none for an empty cell', () => {
    const plan = imported(rows({ head: '14', staff: ' ' }));
    const [head, staff] = plan.people.creates;
    expect(head?.kelasJabatan).toBe(14);
    expect(staff).not.toHaveProperty('kelasJabatan');
  });

  it('keeps the stored kelas jabatan when the file has no such column (older files stay valid)', () => {
    const stored = storedOf(imported(rows({ head: '14', staff: '9' })));
    const again = imported(rows({}), stored);
    expect(again.people.updates).toEqual([]);
    expect(again.people.unchanged).toBe(2);
    const cleared = imported(rows({ head: '14', staff: '' }), stored);
    expect(cleared.people.updates.map((u) => u.after)).toEqual([
      expect.not.objectContaining({ kelasJabatan: expect.anything() }),
    ]);
  });

  it('refuses a kelas outside 1-17 or not a whole number, naming the row and column', () => {
    for (const bad of ['0', '18', 'IX', '7.5']) {
      const plan = checkOrgImport(
        { units: UNITS, people: rows({ staff: bad }) },
        { units: [], employees: [] },
        TODAY,
        { mayAssignRoles: true },
      );
      expect(plan.ok).toBe(false);
      expect(plan.errors).toEqual([
        expect.objectContaining({
          file: 'people',
          row: 3,
          column: 'kelas_jabatan',
          reason: expect.stringContaining('1 sampai 17'),
        }),
      ]);
    }
  });

  it('exports the column, and the export imports again unchanged', () => {
    const { units, employees } = storedOf(imported(rows({ head: '14', staff: '' })));
    const out = personRowsOf(employees, units);
    expect(out.map((r) => r.kelas_jabatan)).toEqual(['14', '']);
    const again = accepted(
      checkOrgImport({ units: unitRowsOf(units), people: out }, { units, employees }, TODAY, {
        mayAssignRoles: true,
      }),
    );
    expect(again.people.unchanged).toBe(2);
    expect(again.people.updates).toEqual([]);
  });
});
