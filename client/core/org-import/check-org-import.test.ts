import { describe, expect, it } from 'vitest';
import type { EmployeeDoc, UnitDoc } from '../schemas/reference';
import { makePersonRow as person, makeUnitRow as unit } from '../testing/org-rows';
import {
  checkOrgImport,
  newPeopleOf,
  summarizeOrgImport,
  type AcceptedOrgImportPlan,
  type OrgImportPlan,
} from './check-org-import';
import type { PersonRow, UnitRow } from './org-columns';
import { personRowsOf, unitRowsOf } from './org-export';

const TODAY = '2026-06-15';
const HEAD = '197203151998031002';
const KABID = '197805202003122001';
const STAFF = '198811122011012003';
const STAFF2 = '199004072015031004';
const PPPK = '199708172023212014';

const UNITS: UnitRow[] = [
  unit({ kode_unit: 'pemda', nama_unit: 'Pemerintah Contoh', jenis: 'pemda' }),
  unit({ kode_unit: 'dinas', kode_induk: 'pemda' }),
  unit({ kode_unit: 'bidang-a', nama_unit: 'Bidang A', kode_induk: 'dinas', jenis: 'bidang' }),
  unit({ kode_unit: 'bidang-b', nama_unit: 'Bidang B', kode_induk: 'dinas', jenis: 'bidang' }),
];
const PEOPLE: PersonRow[] = [
  person({ nip: HEAD, nama: 'Bambang Sutrisno', gelar_depan: 'Drs.', gelar_belakang: 'M.Pd.' }),
  person({
    nip: KABID,
    nama: 'Sri Wahyuni',
    gelar_belakang: 'S.Pd., M.Pd.',
    jabatan: 'Kepala Bidang A',
    kode_unit: 'bidang-a',
    nip_atasan: HEAD,
    peran: 'pengelola',
  }),
  person({
    nip: STAFF,
    nama: 'Dewi Lestari',
    jabatan: 'Analis',
    jenis_jabatan: 'Fungsional',
    kode_unit: 'bidang-a',
    nip_atasan: KABID,
  }),
  person({
    nip: STAFF2,
    nama: 'Agus Prasetyo',
    jabatan: 'Pengadministrasi',
    jenis_jabatan: 'pelaksana',
    kode_unit: 'bidang-a',
    nip_atasan: KABID,
    status: 'Tugas Belajar',
  }),
  person({
    nip: PPPK,
    nama: 'Putri Anggraini',
    gelar_belakang: '',
    jenis_asn: 'pppk',
    jabatan: 'Staf Pelayanan',
    jenis_jabatan: 'pelaksana',
    kode_unit: 'bidang-b',
    nip_atasan: HEAD,
    pangkat_golongan: 'Golongan V',
  }),
];
const EMPTY = { units: [], employees: [] };

function accepted(plan: OrgImportPlan): AcceptedOrgImportPlan {
  if (!plan.ok) throw new Error(`errors: ${JSON.stringify(plan.errors)}`);
  return plan;
}

const check = (
  units: UnitRow[],
  people: PersonRow[],
  current: { units: UnitDoc[]; employees: EmployeeDoc[] } = EMPTY,
  mayAssignRoles = true,
) => checkOrgImport({ units, people }, current, TODAY, { mayAssignRoles });

/** The stored organisation after applying a plan over `current` (revisions `1-x` for new docs). */
function stored(
  plan: AcceptedOrgImportPlan,
  current: { units: UnitDoc[]; employees: EmployeeDoc[] } = EMPTY,
) {
  const bump = <T extends { _id: string; _rev?: string }>(d: T): T => ({
    ...d,
    _rev: d._rev ? `${Number.parseInt(d._rev, 10) + 1}-x` : '1-x',
  });
  const apply = <T extends { _id: string; _rev?: string }>(
    docs: readonly T[],
    c: { creates: T[]; updates: { after: T }[] },
  ) => {
    const byId = new Map(docs.map((d) => [d._id, d]));
    for (const d of [...c.creates, ...c.updates.map((u) => u.after)]) byId.set(d._id, bump(d));
    return [...byId.values()];
  };
  return {
    units: apply(current.units, plan.units),
    employees: apply(current.employees, plan.people),
  };
}

const errorsOf = (plan: OrgImportPlan) => (plan.ok ? [] : plan.errors);

describe('checkOrgImport on an empty organisation', () => {
  const plan = accepted(check(UNITS, PEOPLE));
  const byNip = new Map(plan.people.creates.map((e) => [e.nip, e]));
  const unitById = new Map(plan.units.creates.map((u) => [u.unitId, u]));

  it('creates every unit and person', () => {
    expect(summarizeOrgImport(plan)).toEqual({
      units: { create: 4, update: 0, unchanged: 0 },
      people: { create: 5, update: 0, unchanged: 0 },
      roles: 1,
    });
  });

  it('builds employee documents from the columns', () => {
    expect(byNip.get(HEAD)).toEqual({
      _id: `employee:${HEAD}`,
      type: 'employee',
      schemaVersion: 1,
      nip: HEAD,
      name: 'Drs. Bambang Sutrisno, M.Pd.',
      gelarDepan: 'Drs.',
      gelarBelakang: 'M.Pd.',
      position: 'Kepala Dinas',
      unitId: 'dinas',
      superiorNip: null,
      rank: 'Pembina (IV/a)',
      kind: 'pns',
      functional: false,
      jenisJabatan: 'struktural',
      acting: [],
      active: true,
      status: 'aktif',
    });
    expect(byNip.get(KABID)?.name).toBe('Sri Wahyuni, S.Pd., M.Pd.');
    expect(byNip.get(STAFF)).toMatchObject({ functional: true, jenisJabatan: 'fungsional' });
    expect(byNip.get(STAFF2)).toMatchObject({ active: false, status: 'tugas-belajar' });
    expect(byNip.get(PPPK)).toMatchObject({
      kind: 'pppk',
      name: 'Putri Anggraini',
      rank: 'Golongan V',
    });
    expect(byNip.get(PPPK)).not.toHaveProperty('gelarBelakang');
  });

  it('derives each unit’s head from the supervisor links', () => {
    expect(unitById.get('pemda')).toMatchObject({ headNip: null, parentId: null, kind: 'pemda' });
    expect(unitById.get('dinas')).toMatchObject({ headNip: HEAD, parentId: 'pemda' });
    expect(unitById.get('bidang-a')?.headNip).toBe(KABID);
    // Putri answers to the kepala dinas from bidang B: the one member answering outside heads it.
    expect(unitById.get('bidang-b')?.headNip).toBe(PPPK);
  });

  it('plans the roles the file gives, and lists the new people', () => {
    expect(plan.roleChanges).toEqual([{ nip: KABID, before: [], after: ['pengelola'] }]);
    expect(newPeopleOf(plan).find((p) => p.nip === KABID)).toEqual({
      nip: KABID,
      name: 'Sri Wahyuni, S.Pd., M.Pd.',
      roles: ['pengelola'],
    });
  });
});

describe('checkOrgImport over a stored organisation', () => {
  const first = accepted(check(UNITS, PEOPLE));
  const current = stored(first);
  const roles = new Map([[KABID, ['pengelola' as const]]]);

  it('changes nothing when the same file comes again', () => {
    const again = accepted(
      checkOrgImport({ units: UNITS, people: PEOPLE }, current, TODAY, { roles }),
    );
    expect(summarizeOrgImport(again)).toEqual({
      units: { create: 0, update: 0, unchanged: 4 },
      people: { create: 0, update: 0, unchanged: 5 },
      roles: 0,
    });
  });

  it('keeps the working hours the console set on a unit when the same file comes again', () => {
    const hours = { days: [1, 2, 3, 4, 5, 6], start: '07:00', end: '13:30', fridayEnd: '11:00' };
    const withHours = {
      ...current,
      units: current.units.map((u, i) => (i === 0 ? { ...u, workHours: hours } : u)),
    };
    const again = accepted(
      checkOrgImport({ units: UNITS, people: PEOPLE }, withHours, TODAY, { roles }),
    );
    expect(summarizeOrgImport(again).units).toEqual({ create: 0, update: 0, unchanged: 4 });
  });

  it('changes nothing when its own export comes again', () => {
    const rows = {
      units: unitRowsOf(current.units),
      people: personRowsOf(current.employees, current.units, roles),
    };
    expect(rows.people[0]).toMatchObject({
      nip: HEAD,
      nama: 'Bambang Sutrisno',
      gelar_depan: 'Drs.',
      jenis_asn: 'PNS',
    });
    const again = accepted(checkOrgImport(rows, current, TODAY, { roles }));
    expect(summarizeOrgImport(again).people).toEqual({ create: 0, update: 0, unchanged: 5 });
    expect(summarizeOrgImport(again).units).toEqual({ create: 0, update: 0, unchanged: 4 });
  });

  it('updates an edited person in place, keeping the revision and what the file does not hold', () => {
    const withActing = current.employees.map((e) =>
      e.nip === KABID
        ? { ...e, acting: [{ actingNip: STAFF, kind: 'plt' as const, from: TODAY, to: TODAY }] }
        : e,
    );
    const edited = PEOPLE.map((r) =>
      r.nip === KABID ? { ...r, jabatan: 'Kepala Bidang Anggaran' } : r,
    ).map(({ pangkat_golongan, ...r }) => {
      void pangkat_golongan;
      return r;
    });
    const plan = accepted(
      checkOrgImport({ units: [], people: edited }, { ...current, employees: withActing }, TODAY, {
        roles,
      }),
    );
    expect(plan.people.creates).toEqual([]);
    expect(plan.people.unchanged).toBe(4);
    expect(plan.people.updates).toHaveLength(1);
    const [u] = plan.people.updates;
    expect(u?.before.position).toBe('Kepala Bidang A');
    expect(u?.after).toMatchObject({
      _rev: '1-x',
      position: 'Kepala Bidang Anggaran',
      rank: 'Pembina (IV/a)',
      acting: [{ actingNip: STAFF, kind: 'plt', from: TODAY, to: TODAY }],
    });
  });

  it('moves a person (mutasi) and re-derives the heads of the units they leave and join', () => {
    // Sri, head of bidang A, moves to bidang B under the kepala dinas; Dewi and Agus stay behind.
    const moved = [
      person({
        nip: KABID,
        nama: 'Sri Wahyuni',
        gelar_belakang: 'S.Pd., M.Pd.',
        jabatan: 'Kepala Bidang B',
        kode_unit: 'bidang-b',
        nip_atasan: HEAD,
        peran: 'pengelola',
      }),
      person({
        nip: PPPK,
        nama: 'Putri Anggraini',
        gelar_belakang: '',
        jenis_asn: 'PPPK',
        jabatan: 'Staf Pelayanan',
        jenis_jabatan: 'pelaksana',
        kode_unit: 'bidang-b',
        nip_atasan: KABID,
        pangkat_golongan: 'Golongan V',
      }),
      person({
        nip: STAFF,
        nama: 'Dewi Lestari',
        jabatan: 'Analis',
        jenis_jabatan: 'fungsional',
        kode_unit: 'bidang-a',
        nip_atasan: HEAD,
      }),
    ];
    const plan = accepted(checkOrgImport({ units: [], people: moved }, current, TODAY, { roles }));
    expect(plan.people.updates.map((u) => u.after.nip).sort()).toEqual([KABID, STAFF, PPPK].sort());
    const heads = Object.fromEntries(
      plan.units.updates.map((u) => [u.after.unitId, u.after.headNip]),
    );
    expect(heads).toEqual({ 'bidang-a': STAFF, 'bidang-b': KABID });
  });
});

describe('checkOrgImport row errors', () => {
  it('numbers rows as a spreadsheet does, blank rows included', () => {
    const plan = check(UNITS, [
      PEOPLE[0] as PersonRow,
      { nip: '', nama: ' ', kode_unit: '' },
      person({ nip: KABID, nama: '', nip_atasan: HEAD }),
    ]);
    expect(errorsOf(plan)).toEqual([
      { file: 'people', row: 4, column: 'nama', reason: 'nama wajib diisi' },
    ]);
  });

  it('reports columns missing from the header on row 1', () => {
    const rows = PEOPLE.map(({ nip_atasan, ...r }) => {
      void nip_atasan;
      return r;
    });
    expect(errorsOf(check(UNITS, rows))).toEqual([
      {
        file: 'people',
        row: 1,
        column: 'nip_atasan',
        reason: 'Kolom nip_atasan tidak ada di baris judul',
      },
    ]);
  });

  it('checks NIPs: rules, spreadsheet habits, duplicates', () => {
    const plan = check(
      [unit()],
      [
        person({ nip: '19800101 200501 1 001' }),
        person({ nip: "'198001012005011002" }),
        person({ nip: '1,98E+17' }),
        person({ nip: '198013012005011003' }),
        person({ nip: '198001012005011001' }),
        person({ nip: '198001012005011004', nip_atasan: '12345' }),
      ],
    );
    expect(errorsOf(plan)).toEqual([
      {
        file: 'people',
        row: 4,
        column: 'nip',
        reason:
          'NIP terbaca sebagai angka (1,98E+17): format kolom nip sebagai teks lalu isi ulang',
      },
      {
        file: 'people',
        row: 5,
        column: 'nip',
        reason: 'Tanggal lahir pada NIP bukan tanggal yang ada (19801301)',
      },
      {
        file: 'people',
        row: 6,
        column: 'nip',
        reason: 'NIP 198001012005011001 sudah ada di baris 2',
      },
      {
        file: 'people',
        row: 7,
        column: 'nip_atasan',
        reason: 'nip_atasan "12345" bukan NIP 18 digit',
      },
    ]);
  });

  it('rejects unknown words in every vocabulary column', () => {
    const plan = check(
      [unit({ jenis: 'kementerian' })],
      [
        person({
          jenis_asn: 'honorer',
          jenis_jabatan: 'tinggi',
          status: 'mutasi',
          peran: 'kepala',
        }),
      ],
    );
    expect(errorsOf(plan).map((e) => `${e.file}:${e.column}`)).toEqual([
      'units:jenis',
      'people:jenis_asn',
      'people:jenis_jabatan',
      'people:status',
      'people:peran',
    ]);
    expect(errorsOf(check([unit()], [person({ peran: 'admin' })]))[0]?.reason).toBe(
      'Peran admin hanya untuk akun sistem; gunakan pengelola',
    );
  });

  it('matches the ASN kind with the NIP', () => {
    expect(errorsOf(check([unit()], [person({ nip: PPPK, jenis_asn: 'PNS' })]))[0]?.reason).toMatch(
      /bernomor PPPK/,
    );
    expect(errorsOf(check([unit()], [person({ jenis_asn: 'PPPK' })]))[0]?.reason).toMatch(
      /tidak bernomor PPPK/,
    );
  });

  it('finds unknown units, parents and superiors in the file and the store', () => {
    const plan = check(
      [unit(), unit({ kode_unit: 'bidang', kode_induk: 'tidak-ada', jenis: 'bidang' })],
      [person(), person({ nip: STAFF, kode_unit: 'entah', nip_atasan: KABID })],
    );
    expect(errorsOf(plan)).toEqual([
      {
        file: 'units',
        row: 3,
        column: 'kode_induk',
        reason: 'Unit induk tidak-ada tidak ada di berkas unit maupun di data',
      },
      {
        file: 'people',
        row: 3,
        column: 'kode_unit',
        reason: 'Unit entah tidak ada di berkas unit maupun di data',
      },
      {
        file: 'people',
        row: 3,
        column: 'nip_atasan',
        reason: `Atasan ${KABID} tidak ada di berkas pegawai maupun di data`,
      },
    ]);
    // The same references are fine when the store holds them.
    const current = stored(accepted(check(UNITS, PEOPLE)));
    expect(
      check(
        [],
        [person({ nip: '199101252017011008', kode_unit: 'bidang-b', nip_atasan: KABID })],
        current,
      ).ok,
    ).toBe(true);
  });

  it('finds a head with no unit', () => {
    const plan = check(
      [unit()],
      [person({ kode_unit: '' }), person({ nip: STAFF, nip_atasan: '198001012005011001' })],
    );
    expect(errorsOf(plan)).toEqual([
      {
        file: 'people',
        row: 2,
        column: 'kode_unit',
        reason:
          'Pegawai ini atasan bagi 1 pegawai, tetapi kode_unit kosong: kepala harus punya unit',
      },
    ]);
    expect(errorsOf(check([unit()], [person({ kode_unit: ' ' })]))[0]?.reason).toBe(
      'kode_unit wajib diisi',
    );
  });

  it('keeps active people under active superiors', () => {
    const plan = check(
      [unit()],
      [person({ status: 'pensiun' }), person({ nip: STAFF, nip_atasan: '198001012005011001' })],
    );
    expect(errorsOf(plan)).toEqual([
      {
        file: 'people',
        row: 3,
        column: 'nip_atasan',
        reason:
          'Atasan 198001012005011001 berstatus pensiun: pegawai aktif harus beratasan pegawai aktif',
      },
    ]);
    // A head who retires while reports outside the file still answer to them.
    const current = stored(accepted(check(UNITS, PEOPLE)));
    const retire = check([], [{ ...(PEOPLE[1] as PersonRow), status: 'pensiun' }], current);
    expect(errorsOf(retire)).toEqual([
      {
        file: 'people',
        row: 2,
        column: 'status',
        reason: `1 pegawai aktif lain masih beratasan pegawai ini (${STAFF}): tetapkan atasan baru mereka dulu`,
      },
    ]);
  });

  it('finds supervisor cycles and unit cycles', () => {
    const A = '198001012005011001';
    const B = '198001012005011002';
    const C = '198001012005011003';
    const plan = check(
      [
        unit({ kode_induk: 'b' }),
        unit({ kode_unit: 'b', kode_induk: 'dinas' }),
        unit({ kode_unit: 'c', kode_induk: 'c' }),
      ],
      [
        person({ nip: A, nip_atasan: C }),
        person({ nip: B, nip_atasan: A }),
        person({ nip: C, nip_atasan: B }),
        person({ nip: STAFF, nip_atasan: STAFF }),
      ],
    );
    expect(errorsOf(plan)).toEqual([
      {
        file: 'units',
        row: 2,
        column: 'kode_induk',
        reason: 'Induk unit melingkar: b → dinas → b',
      },
      {
        file: 'units',
        row: 3,
        column: 'kode_induk',
        reason: 'Induk unit melingkar: b → dinas → b',
      },
      {
        file: 'units',
        row: 4,
        column: 'kode_induk',
        reason: 'Unit tidak boleh menjadi induk dirinya sendiri',
      },
      {
        file: 'people',
        row: 2,
        column: 'nip_atasan',
        reason: `Rantai atasan melingkar: ${A} → ${C} → ${B} → ${A}`,
      },
      {
        file: 'people',
        row: 3,
        column: 'nip_atasan',
        reason: `Rantai atasan melingkar: ${A} → ${C} → ${B} → ${A}`,
      },
      {
        file: 'people',
        row: 4,
        column: 'nip_atasan',
        reason: `Rantai atasan melingkar: ${A} → ${C} → ${B} → ${A}`,
      },
      {
        file: 'people',
        row: 5,
        column: 'nip_atasan',
        reason: 'Pegawai tidak boleh menjadi atasan dirinya sendiri',
      },
    ]);
  });

  it('refuses a unit with two heads', () => {
    const A = '198001012005011001';
    const B = '198001012005011002';
    const plan = check(
      [unit({ kode_unit: 'pemda', jenis: 'pemda' }), unit({ kode_induk: 'pemda' })],
      [
        person({ nip: A }),
        person({ nip: B }),
        person({ nip: STAFF, nip_atasan: A }),
        person({ nip: STAFF2, nip_atasan: B }),
      ],
    );
    const reason = `Unit dinas akan punya 2 kepala (${A}, ${B}): kepala unit adalah satu-satunya pegawai unit itu yang membawahi pegawai dan atasannya di luar unit`;
    expect(errorsOf(plan)).toEqual([
      { file: 'people', row: 2, column: 'nip_atasan', reason },
      { file: 'people', row: 3, column: 'nip_atasan', reason },
    ]);
  });

  it('keeps roles other than pengelola', () => {
    const roles = new Map([[HEAD, ['admin' as const]]]);
    const plan = checkOrgImport({ units: UNITS, people: PEOPLE }, EMPTY, TODAY, {
      roles,
      mayAssignRoles: true,
    });
    expect(accepted(plan).roleChanges.find((r) => r.nip === HEAD)).toBeUndefined();
    const named = PEOPLE.map((r) => (r.nip === HEAD ? { ...r, peran: 'pengelola' } : r));
    const again = checkOrgImport({ units: UNITS, people: named }, EMPTY, TODAY, {
      roles,
      mayAssignRoles: true,
    });
    expect(accepted(again).roleChanges.find((r) => r.nip === HEAD)).toEqual({
      nip: HEAD,
      before: ['admin'],
      after: ['admin', 'pengelola'],
    });
  });

  it('lets only the admin change a role', () => {
    const plan = check(UNITS, PEOPLE, EMPTY, false);
    expect(errorsOf(plan)).toEqual([
      {
        file: 'people',
        row: 3,
        column: 'peran',
        reason: 'Hanya admin yang dapat mengubah peran pengelola',
      },
    ]);
  });
});
