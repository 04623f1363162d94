// @vitest-environment jsdom
// "Belum memenuhi" as its readers see it on a real local PouchDB and read model: a kepala dinas's
// unit lists who misses which compliance measure in words, one measure picked narrows the table and
// its file; a Pengelola's organisation-wide list runs across OPD and units, shows its first 100 rows
// and puts every row in the CSV; an OPD's list holds its own people only; no axe violations.
import 'fake-indexeddb/auto';
import { fireEvent, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { makeReport, makeReportPerson, makeUnit, NIP } from '../../core/testing/factories';
import { rowsOf, signIn, reportDevice } from './testing/report-device';

const device = reportDevice();
const show = device.show;

const MONTH = '2026-06';

const units = [
  makeUnit({ unitId: 'pemda', name: 'Pemerintah Gayungan', parentId: null, kind: 'pemda' }),
  makeUnit({ unitId: 'dinas', name: 'Dinas Pekerjaan Umum', parentId: 'pemda', kind: 'dinas' }),
  makeUnit({ unitId: 'bidang-a', name: 'Bidang Anggaran', parentId: 'dinas', kind: 'bidang' }),
  makeUnit({ unitId: 'bidang-b', name: 'Bidang Bina Marga', parentId: 'dinas', kind: 'bidang' }),
  makeUnit({
    unitId: 'kecamatan',
    name: 'Kecamatan Gayungan',
    parentId: 'pemda',
    kind: 'kecamatan',
  }),
];

// Dewi meets every measure but has 2 entries waiting; Agus has an SKP only submitted, no day
// logged and no appraisal; Sri has no appraisal; Budi's result is final but not acknowledged and
// he has an objection open; Citra is on tugas belajar and is not counted.
const dewi = makeReportPerson({
  nip: NIP.staffA1,
  name: 'Dewi Lestari',
  days: [1, 2, 8],
  entries: { draft: 0, submitted: 2, approved: 5, returned: 1 },
  skp: 'approved',
  appraisal: 'final',
  predikat: 'baik',
  acknowledgement: 'accept',
});
const agus = makeReportPerson({ nip: NIP.staffA2, name: 'Agus Salim', days: [], skp: 'submitted' });
const sri = makeReportPerson({
  nip: NIP.headA,
  name: 'Sri Wahyuni',
  appraiserNip: NIP.kepalaDinas,
  days: [3],
  skp: 'approved',
});
const budi = makeReportPerson({
  nip: NIP.staffB2,
  name: 'Budi Santoso',
  appraiserNip: NIP.headB,
  days: [4],
  skp: 'approved',
  appraisal: 'final',
  predikat: 'baik',
  objectionOpen: true,
});
const citra = makeReportPerson({
  nip: NIP.staffB1,
  name: 'Citra Dewanti',
  appraiserNip: NIP.headB,
  excluded: 'tugas-belajar',
});
const eko = makeReportPerson({
  nip: NIP.stranger,
  name: 'Eko Prasetyo',
  appraiserNip: null,
  days: [2],
  skp: 'approved',
  appraisal: 'draft',
});

const reportA = makeReport({ unitId: 'bidang-a', month: MONTH, people: [dewi, agus, sri] });
const reportB = makeReport({ unitId: 'bidang-b', month: MONTH, people: [budi, citra] });
const reportKec = makeReport({ unitId: 'kecamatan', month: MONTH, people: [eko] });

const seed = (docs: { _id: string }[]) => device.seed([...units, ...docs]);

/** Opens the "Belum memenuhi" disclosure whose summary starts with `scope`'s words. */
async function openList(summary: RegExp) {
  // The screen fills in as the read model answers: the first table can show before the list's
  // summary has its final count (CI under load found it so).
  const toggle = await screen.findByText(summary);
  fireEvent.click(toggle);
  return toggle.closest('details') as HTMLElement;
}

async function csvOf(caption: string) {
  fireEvent.click(
    within(screen.getByRole('group', { name: `Unduh ${caption}` })).getByRole('button', {
      name: 'Unduh CSV',
    }),
  );
  const file = device.saved.at(-1)!;
  return {
    name: file.name,
    lines: (await file.blob.text()).replace('\uFEFF', '').trim().split('\r\n'),
  };
}

describe('Belum memenuhi', () => {
  it('lists a unit’s people per measure they miss, in words, and narrows to one measure', async () => {
    signIn(NIP.kepalaDinas, ['pegawai', 'pejabat-penilai', 'atasan-penilai']);
    await seed([reportA, reportB]);
    show(`/laporan/unit/bidang-a?bulan=${MONTH}`, NIP.kepalaDinas);
    await screen.findByRole('table', { name: 'Pegawai Bidang Anggaran' });
    expect(screen.getByText('Entri diverifikasi: 1 belum')).toBeTruthy();
    const list = await openList(/^Belum memenuhi, Bidang Anggaran: 5 baris/);
    const table = within(list).getByRole('table', { name: 'Belum memenuhi: Bidang Anggaran' });
    expect(rowsOf(table)).toEqual([
      [
        'Agus Salim',
        NIP.staffA2,
        'Bidang Anggaran',
        'SKP disetujui',
        'SKP belum disetujui (status: Diajukan)',
      ],
      [
        'Agus Salim',
        NIP.staffA2,
        'Bidang Anggaran',
        'Kinerja harian diajukan',
        'Belum mengajukan kinerja harian bulan ini',
      ],
      [
        'Dewi Lestari',
        NIP.staffA1,
        'Bidang Anggaran',
        'Entri diverifikasi',
        '2 entri menunggu verifikasi pejabat penilai',
      ],
      [
        'Agus Salim',
        NIP.staffA2,
        'Bidang Anggaran',
        'Penilaian final',
        'Penilaian belum final (status: Belum dibuat)',
      ],
      [
        'Sri Wahyuni',
        NIP.headA,
        'Bidang Anggaran',
        'Penilaian final',
        'Penilaian belum final (status: Belum dibuat)',
      ],
    ]);

    const all = await csvOf('Belum memenuhi: Bidang Anggaran');
    expect(all.name).toBe(`laporan-belum-memenuhi-bidang-a-${MONTH}.csv`);
    expect(all.lines).toHaveLength(6);
    expect(all.lines[0]).toBe('Nama;NIP;Unit;Ukuran kepatuhan;Yang kurang');

    fireEvent.change(within(list).getByRole('combobox', { name: 'Ukuran kepatuhan' }), {
      target: { value: 'appraisalFinal' },
    });
    const narrowed = within(list).getByRole('table', {
      name: 'Belum memenuhi Penilaian final: Bidang Anggaran',
    });
    expect(rowsOf(narrowed).map((r) => r[0])).toEqual(['Agus Salim', 'Sri Wahyuni']);
    const one = await csvOf('Belum memenuhi Penilaian final: Bidang Anggaran');
    expect(one.name).toBe(`laporan-belum-memenuhi-bidang-a-penilaian-${MONTH}.csv`);
    expect(one.lines.slice(1)).toEqual([
      `Agus Salim;${NIP.staffA2};Bidang Anggaran;Penilaian final;Penilaian belum final (status: Belum dibuat)`,
      `Sri Wahyuni;${NIP.headA};Bidang Anggaran;Penilaian final;Penilaian belum final (status: Belum dibuat)`,
    ]);
  });

  it('lists the whole organisation’s people across OPD by measure and unit, an OPD its own', async () => {
    signIn(NIP.pengelola, ['pegawai', 'pengelola']);
    await seed([reportA, reportB, reportKec]);
    show(`/laporan/organisasi?bulan=${MONTH}`, NIP.pengelola);
    await screen.findByRole('table', { name: 'Kepatuhan per perangkat daerah' });
    const list = await openList(/^Belum memenuhi, seluruh organisasi: 8 baris/);
    const table = within(list).getByRole('table', {
      name: 'Belum memenuhi: seluruh organisasi',
    });
    // Citra (tugas belajar) is not counted, so she misses nothing.
    expect(rowsOf(table).map((r) => `${r[3]} · ${r[2]} · ${r[0]}`)).toEqual([
      'SKP disetujui · Bidang Anggaran · Agus Salim',
      'Kinerja harian diajukan · Bidang Anggaran · Agus Salim',
      'Entri diverifikasi · Bidang Anggaran · Dewi Lestari',
      'Penilaian final · Bidang Anggaran · Agus Salim',
      'Penilaian final · Bidang Anggaran · Sri Wahyuni',
      'Penilaian final · Kecamatan Gayungan · Eko Prasetyo',
      'Hasil penilaian diterima/ditanggapi · Bidang Bina Marga · Budi Santoso',
      'Keberatan terbuka · Bidang Bina Marga · Budi Santoso',
    ]);
    expect(rowsOf(table)[7]?.[4]).toBe('Keberatan menunggu keputusan atasan pejabat penilai');
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Semua ukuran (8)',
      'SKP disetujui (1)',
      'Kinerja harian diajukan (1)',
      'Entri diverifikasi (1)',
      'Penilaian final (3)',
      'Hasil penilaian diterima/ditanggapi (1)',
      'Keberatan terbuka (1)',
    ]);

    fireEvent.click(
      within(screen.getByRole('table', { name: 'Kepatuhan per perangkat daerah' })).getByRole(
        'link',
        { name: 'Dinas Pekerjaan Umum' },
      ),
    );
    await screen.findByRole('table', { name: 'Unit di Dinas Pekerjaan Umum' });
    const opd = await openList(/^Belum memenuhi, Dinas Pekerjaan Umum: 7 baris/);
    const opdTable = within(opd).getByRole('table', {
      name: 'Belum memenuhi: Dinas Pekerjaan Umum',
    });
    expect(rowsOf(opdTable).map((r) => r[0])).not.toContain('Eko Prasetyo');
    expect(rowsOf(opdTable)).toHaveLength(7);
  });

  it('shows the first 100 rows of a long list and puts every row in the CSV', async () => {
    signIn(NIP.pengelola, ['pegawai', 'pengelola']);
    // 60 people with no SKP approved and no appraisal, in two units: 120 rows.
    const person = (i: number) =>
      makeReportPerson({
        nip: `198001012005011${String(i).padStart(3, '0')}`,
        name: `Pegawai ${String(i).padStart(3, '0')}`,
        days: [1],
      });
    await seed([
      makeReport({
        unitId: 'bidang-a',
        month: MONTH,
        people: Array.from({ length: 30 }, (_, i) => person(i)),
      }),
      makeReport({
        unitId: 'kecamatan',
        month: MONTH,
        people: Array.from({ length: 30 }, (_, i) => person(i + 30)),
      }),
    ]);
    show(`/laporan/organisasi?bulan=${MONTH}`, NIP.pengelola);
    await screen.findByRole('table', { name: 'Kepatuhan per perangkat daerah' });
    const list = await openList(/^Belum memenuhi, seluruh organisasi: 120 baris/);
    const table = within(list).getByRole('table', { name: 'Belum memenuhi: seluruh organisasi' });
    expect(rowsOf(table)).toHaveLength(100);
    const csv = await csvOf('Belum memenuhi: seluruh organisasi');
    expect(csv.lines).toHaveLength(121);
    expect(csv.lines[120]).toBe(
      'Pegawai 059;198001012005011059;Kecamatan Gayungan;Penilaian final;Penilaian belum final (status: Belum dibuat)',
    );
  });

  it('says so when everyone counted meets every measure', async () => {
    signIn(NIP.kepalaDinas, ['pegawai', 'pejabat-penilai', 'atasan-penilai']);
    await seed([
      makeReport({
        unitId: 'bidang-a',
        month: MONTH,
        people: [{ ...dewi, entries: { ...dewi.entries, submitted: 0 } }],
      }),
      reportB,
    ]);
    show(`/laporan/unit/bidang-a?bulan=${MONTH}`, NIP.kepalaDinas);
    await screen.findByRole('table', { name: 'Pegawai Bidang Anggaran' });
    const list = await openList(/^Belum memenuhi, Bidang Anggaran: 0 baris/);
    expect(
      within(list).getByText('Semua pegawai yang dihitung sudah memenuhi setiap ukuran.'),
    ).toBeTruthy();
    expect(within(list).queryByRole('table')).toBeNull();
  });

  it('has no axe violations with the list open', async () => {
    signIn(NIP.kepalaDinas, ['pegawai', 'pejabat-penilai', 'atasan-penilai']);
    await seed([reportA, reportB]);
    show(`/laporan/unit/bidang-a?bulan=${MONTH}`, NIP.kepalaDinas);
    await screen.findByRole('table', { name: 'Pegawai Bidang Anggaran' });
    await openList(/^Belum memenuhi, Bidang Anggaran/);
    await screen.findByRole('table', { name: 'Belum memenuhi: Bidang Anggaran' });
    const result = await axe.run(document.body, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      rules: { 'color-contrast': { enabled: false } },
      resultTypes: ['violations'],
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.html ?? ''}`)).toEqual([]);
  });
});
