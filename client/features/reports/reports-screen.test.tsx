// @vitest-environment jsdom
// Laporan as each reader sees it on a real local PouchDB and read model: a head's Tim (own staff,
// days per week, a name opening the team page, the CSV of the table), a kepala dinas's Unit (one
// line per unit, the curve waiting for ratings, a unit opened to its people), a Pengelola's
// Organisasi (compliance per OPD, exclusions, an OPD opened, the XLSX file), a long list of people
// shown in part with every row in the file, the empty state, and no axe violations.
import 'fake-indexeddb/auto';
import { act, fireEvent, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { makeReport, makeReportPerson, makeUnit, NIP } from '../../core/testing/factories';
import { useSyncStore } from '../../data/sync-store';
import { rowsOf, signIn, reportDevice } from './testing/report-device';

const device = reportDevice();
const show = device.show;

const MONTH = '2026-06';

const units = [
  makeUnit({
    unitId: 'pemda',
    name: 'Pemerintah Gayungan',
    parentId: null,
    kind: 'pemda',
    headNip: null,
  }),
  makeUnit({
    unitId: 'dinas',
    name: 'Dinas Pekerjaan Umum',
    parentId: 'pemda',
    kind: 'dinas',
    headNip: NIP.kepalaDinas,
  }),
  makeUnit({
    unitId: 'bidang-a',
    name: 'Bidang Anggaran',
    parentId: 'dinas',
    kind: 'bidang',
    headNip: NIP.headA,
  }),
  makeUnit({
    unitId: 'bidang-b',
    name: 'Bidang Bina Marga',
    parentId: 'dinas',
    kind: 'bidang',
    headNip: NIP.headB,
  }),
  makeUnit({
    unitId: 'kecamatan',
    name: 'Kecamatan Gayungan',
    parentId: 'pemda',
    kind: 'kecamatan',
    headNip: null,
  }),
];

const dewi = makeReportPerson({
  nip: NIP.staffA1,
  name: 'Dewi Lestari',
  appraiserNip: NIP.headA,
  days: [1, 2, 8],
  minutes: 900,
  entries: { draft: 0, submitted: 2, approved: 5, returned: 1 },
  verified: { count: 6, totalHours: 60, within3Days: 6 },
  feedback: 2,
  skp: 'approved',
  appraisal: 'final',
  predikat: 'baik',
  acknowledgement: 'accept',
});
const agus = makeReportPerson({
  nip: NIP.staffA2,
  name: 'Agus Salim',
  appraiserNip: NIP.headA,
  days: [],
  skp: 'submitted',
});
const sri = makeReportPerson({
  nip: NIP.headA,
  name: 'Sri Wahyuni',
  position: 'Kepala Bidang Anggaran',
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
  excluded: null,
});
const citra = makeReportPerson({
  nip: NIP.staffB1,
  name: 'Citra Dewanti',
  appraiserNip: NIP.headB,
  excluded: 'tugas-belajar',
});

const seed = (docs: { _id: string }[]) => device.seed([...units, ...docs]);

const reportA = makeReport({ unitId: 'bidang-a', month: MONTH, people: [dewi, agus, sri] });
const reportB = makeReport({ unitId: 'bidang-b', month: MONTH, people: [budi, citra] });

describe('Laporan', () => {
  it('shows a head their own staff, links each to their team page, and exports the table', async () => {
    signIn(NIP.headA, ['pegawai', 'pejabat-penilai']);
    await seed([reportA]);
    show(`/laporan/tim?bulan=${MONTH}`, NIP.headA);
    const table = await screen.findByRole('table', { name: 'Kinerja harian tim per pegawai' });
    const rows = rowsOf(table);
    expect(rows.map((r) => r[0])).toEqual(['Agus Salim', 'Dewi Lestari']);
    // Dewi: 3 days, 15 hours, 2 waiting, 1 returned, 2 feedback, SKP approved, appraisal final.
    expect(rows[1]).toEqual([
      'Dewi Lestari',
      'Pelaksana',
      '3',
      '15',
      '2',
      '1',
      '2',
      'Disetujui',
      'Final',
      '10',
    ]);
    expect(screen.getByText('1 dari 2 pegawai mencatat kinerja harian bulan ini.')).toBeTruthy();
    expect(within(table).getByRole('link', { name: 'Dewi Lestari' }).getAttribute('href')).toBe(
      `/tim/${NIP.staffA1}`,
    );
    const weeks = screen.getByRole('figure', { name: 'Hari tercatat per minggu (hari-orang)' });
    // June 2026 starts on a Monday: days 1 and 2 in the first week, 8 in the second.
    expect(rowsOf(within(weeks).getByRole('table')).slice(0, 2)).toEqual([
      ['1–7', '2'],
      ['8–14', '1'],
    ]);

    fireEvent.click(
      within(screen.getByRole('group', { name: 'Unduh Kinerja harian tim per pegawai' })).getByRole(
        'button',
        { name: 'Unduh CSV' },
      ),
    );
    fireEvent.click(
      within(
        screen.getByRole('group', { name: 'Unduh Hari tercatat per minggu (hari-orang)' }),
      ).getByRole('button', { name: 'Unduh CSV' }),
    );
    expect(device.saved.map((s) => s.name)).toEqual([
      `laporan-tim-${MONTH}.csv`,
      `laporan-tim-per-minggu-${MONTH}.csv`,
    ]);
    expect((await device.saved[1]!.blob.text()).split('\r\n')[1]).toBe('1–7;2');
    const csv = await device.saved[0]!.blob.text();
    expect(csv.replace('\uFEFF', '').split('\r\n')[2]).toBe(
      'Dewi Lestari;Pelaksana;3;15;2;1;2;Disetujui;Final;10',
    );
  });

  it('shows a kepala dinas each unit, the curve waiting for ratings, and a unit’s people', async () => {
    signIn(NIP.kepalaDinas, ['pegawai', 'pejabat-penilai', 'atasan-penilai']);
    await seed([reportA, reportB]);
    show(`/laporan/unit?bulan=${MONTH}`, NIP.kepalaDinas);
    const table = await screen.findByRole('table', {
      name: 'Kinerja harian dan kepatuhan per unit',
    });
    const rows = rowsOf(table);
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ['Bidang Anggaran', '3', '3', '66,7'],
      ['Bidang Bina Marga', '2', '1', '100'],
    ]);
    // Bidang Anggaran: only Dewi is rated; the curve waits for the two others.
    expect(
      screen.getAllByText('Kurva belum dapat dinilai: 2 dari 3 pegawai belum dinilai.').length,
    ).toBeGreaterThan(0);

    // Per appraiser and unit: Sri appraises Dewi (rated) and Agus (not yet).
    const byAppraiser = screen.getByRole('table', { name: 'Sebaran predikat per pejabat penilai' });
    expect(rowsOf(byAppraiser).find((r) => r[0] === 'Sri Wahyuni (Bidang Anggaran)')).toEqual([
      'Sri Wahyuni (Bidang Anggaran)',
      '0',
      '1',
      '0',
      '0',
      '0',
      '1',
      'Kurva belum dapat dinilai: 1 dari 2 pegawai belum dinilai.',
    ]);

    fireEvent.click(within(table).getByRole('link', { name: 'Bidang Anggaran' }));
    const people = await screen.findByRole('table', { name: 'Pegawai Bidang Anggaran' });
    // Sri is the kepala dinas's own staff: her name opens her team page; Dewi's is only a row.
    expect(within(people).getByRole('link', { name: 'Sri Wahyuni' }).getAttribute('href')).toBe(
      `/tim/${NIP.headA}`,
    );
    expect(within(people).queryByRole('link', { name: 'Dewi Lestari' })).toBeNull();
    expect(within(people).getByText('Dewi Lestari')).toBeTruthy();
    expect(screen.getByText('SKP disetujui: 1 belum')).toBeTruthy();
  });

  it('shows a Pengelola compliance per OPD with the excluded apart, an OPD’s units, the XLSX', async () => {
    signIn(NIP.pengelola, ['pegawai', 'pengelola']);
    const kec = makeReport({
      unitId: 'kecamatan',
      month: MONTH,
      people: [makeReportPerson({ nip: NIP.stranger, name: 'Eko Prasetyo', appraiserNip: null })],
    });
    await seed([reportA, reportB, kec]);
    show(`/laporan/organisasi?bulan=${MONTH}`, NIP.pengelola);
    const table = await screen.findByRole('table', {
      name: 'Kepatuhan per perangkat daerah',
    });
    // Dinas: 4 counted (Citra on tugas belajar apart), 3 SKP approved; Kecamatan: 1, none.
    expect(rowsOf(table).map((r) => r.slice(0, 4))).toEqual([
      ['Dinas Pekerjaan Umum', '4', '1', '75'],
      ['Kecamatan Gayungan', '1', '0', '0'],
    ]);
    expect(
      rowsOf(screen.getByRole('table', { name: 'Pegawai yang dikecualikan dari kepatuhan' })),
    ).toEqual([['Citra Dewanti', 'Bidang Bina Marga', 'Tugas belajar']]);

    fireEvent.click(
      within(screen.getByRole('group', { name: 'Unduh Kepatuhan per perangkat daerah' })).getByRole(
        'button',
        { name: 'Unduh XLSX' },
      ),
    );
    await vi.waitFor(() => expect(device.saved).toHaveLength(1), { timeout: 5000 });
    expect(device.saved[0]?.name).toBe(`laporan-kepatuhan-${MONTH}.xlsx`);
    const files = unzipSync(new Uint8Array(await device.saved[0]!.blob.arrayBuffer()));
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(strings).toContain('Kecamatan Gayungan');

    fireEvent.click(within(table).getByRole('link', { name: 'Dinas Pekerjaan Umum' }));
    const opd = await screen.findByRole('table', { name: 'Unit di Dinas Pekerjaan Umum' });
    expect(rowsOf(opd).map((r) => r[0])).toEqual(['Bidang Anggaran', 'Bidang Bina Marga']);
    // On to a unit's people: names only, the Pengelola heads none of them.
    fireEvent.click(within(opd).getByRole('link', { name: 'Bidang Bina Marga' }));
    const people = await screen.findByRole('table', { name: 'Pegawai Bidang Bina Marga' });
    expect(rowsOf(people).map((r) => r[0])).toEqual(['Budi Santoso', 'Citra Dewanti']);
    expect(within(people).queryAllByRole('link')).toEqual([]);
  });

  it('shows the first 100 of a long list of people, the rest on request, every row in the file', async () => {
    signIn(NIP.pengelola, ['pegawai', 'pengelola']);
    // 150 people of one unit, none at their JP target yet: the Pengelola's list of them.
    const people = Array.from({ length: 150 }, (_, i) =>
      makeReportPerson({
        nip: `198001012005011${String(i).padStart(3, '0')}`,
        name: `Pegawai ${String(i).padStart(3, '0')}`,
        appraiserNip: NIP.headA,
        jp: { verified: 4, target: 20 },
      }),
    );
    await seed([makeReport({ unitId: 'bidang-a', month: MONTH, people })]);
    show(`/laporan/organisasi?bulan=${MONTH}`, NIP.pengelola);
    const table = await screen.findByRole('table', { name: 'Belum mencapai target JP' });
    expect(rowsOf(table)).toHaveLength(100);
    expect(rowsOf(table)[99]).toEqual(['Pegawai 099', 'Bidang Anggaran', '4 / 20']);
    expect(
      screen.getByText(/^100 dari 150 baris ditampilkan; berkas unduhan memuat semuanya\.$/),
    ).toBeTruthy();

    fireEvent.click(
      within(screen.getByRole('group', { name: 'Unduh Belum mencapai target JP' })).getByRole(
        'button',
        { name: 'Unduh CSV' },
      ),
    );
    const csv = (await device.saved[0]!.blob.text()).replace('\uFEFF', '').trim().split('\r\n');
    expect(csv).toHaveLength(151);
    expect(csv[150]).toBe('Pegawai 149;Bidang Anggaran;4 / 20');

    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan semua 150 baris' }));
    expect(rowsOf(table)).toHaveLength(150);
    // Its own button is gone (the list of who misses what has its own).
    expect(screen.queryByRole('button', { name: 'Tampilkan semua 150 baris' })).toBeNull();
    // The button is gone: focus is on the table it opened, not lost.
    expect(document.activeElement).toBe(
      screen.getByRole('region', { name: 'Belum mencapai target JP' }),
    );
  });

  it('picks the month, says how fresh the figures are, and that they are the last sync’s offline', async () => {
    signIn(NIP.headA, ['pegawai', 'pejabat-penilai']);
    act(() => useSyncStore.setState({ lastSyncedAt: null }));
    const may = makeReport({
      unitId: 'bidang-a',
      month: '2026-05',
      people: [{ ...dewi, days: [4, 5, 6, 7, 8] }],
    });
    await seed([reportA, may]);
    show(`/laporan/tim?bulan=${MONTH}`, NIP.headA);
    const month = await screen.findByRole('combobox', { name: 'Bulan' });
    expect(
      within(month)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Juni 2026', 'Mei 2026']);
    expect(screen.getByRole('status').textContent).toMatch(
      /^Disinkronkan belum pernah · angka terakhir berubah .+2026.+$/,
    );
    fireEvent.change(month, { target: { value: '2026-05' } });
    const table = await screen.findByRole('table', { name: 'Kinerja harian tim per pegawai' });
    await vi.waitFor(() => expect(rowsOf(table).map((r) => r[2])).toEqual(['5']));

    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => window.dispatchEvent(new Event('offline')));
    expect(screen.getByRole('status').textContent).toMatch(
      /^Luring: angka dari sinkronisasi terakhir \(belum pernah\)/,
    );
  });

  it('says no report is there yet until the device has synced one', async () => {
    signIn(NIP.headA, ['pegawai', 'pejabat-penilai']);
    await seed([]);
    show('/laporan', NIP.headA);
    expect(await screen.findByText('Laporan belum tersedia')).toBeTruthy();
    expect(
      screen.getByText('Laporan belum tersedia; tersambung sekali untuk mengunduh.'),
    ).toBeTruthy();
  });

  it('has no axe violations on the unit dashboard', async () => {
    signIn(NIP.kepalaDinas, ['pegawai', 'pejabat-penilai', 'atasan-penilai']);
    // One unit: every part of the dashboard once, so axe has half the page to walk.
    await seed([reportA]);
    show(`/laporan/unit?bulan=${MONTH}`, NIP.kepalaDinas);
    await screen.findByRole('table', { name: 'Kinerja harian dan kepatuhan per unit' });
    const result = await axe.run(document.body, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      rules: { 'color-contrast': { enabled: false } },
      // Only what is wrong: collecting every passing node doubles axe's work on a long page.
      resultTypes: ['violations'],
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.html ?? ''}`)).toEqual([]);
  });
});
