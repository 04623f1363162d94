// @vitest-environment jsdom
// The attendance part of Impor & ekspor over a stand-in for the server's answers (the real
// server runs in tests/integration/attendance-import.test.ts): the summary of a check (with the
// stored days a re-import loses), the refused rows (and how many more a long list leaves out),
// Terapkan, the template, and what a Pengelola of one OPD sees.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttendanceImportReply } from '../../../data/admin-api';
import { useSessionStore } from '../../../data/session-store';
import { ImportSection } from './import-section';

const SUMMARY = {
  rows: 1234,
  people: 56,
  months: ['2026-11'],
  documents: 56,
  replaced: 3,
  unchanged: 0,
  droppedDays: 45,
  changedDays: 12,
  lateDays: 41,
  missingScans: 7,
  refusedRows: 0,
  errorCount: 0,
};
const CLEAN: AttendanceImportReply = { errors: [], summary: SUMMARY, applied: false, written: 0 };

type Sent = { csv: string; apply: boolean };
let sent: Sent[] = [];
let answer: (body: Sent) => AttendanceImportReply;

beforeEach(() => {
  sent = [];
  answer = () => CLEAN;
  window.history.pushState(null, '', '/kelola/impor/kehadiran');
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as Sent;
    sent.push(body);
    return new Response(JSON.stringify(answer(body)), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  act(() => useSessionStore.setState({ user: null }));
  window.history.pushState(null, '', '/');
});

const CSV =
  'nip,tanggal,jam_masuk,jam_pulang,status\n198811122011012003,2026-11-02,07:41,16:05,H\n';

function choose(text = CSV, name = 'kehadiran.csv', type = 'text/csv') {
  fireEvent.change(screen.getByLabelText(/Berkas kehadiran/), {
    target: { files: [new File([text], name, { type })] },
  });
}

const applyButton = () => screen.getByRole('button', { name: 'Terapkan' });

async function check() {
  fireEvent.click(screen.getByRole('button', { name: 'Periksa berkas' }));
  await screen.findByRole('heading', { name: 'Hasil pemeriksaan kehadiran' });
}

describe('Impor kehadiran', () => {
  it('checks the file, tells what it would do, and applies exactly the checked file', async () => {
    render(<ImportSection />);
    const tabs = screen.getByRole('navigation', { name: 'Bagian impor' });
    expect(
      within(tabs).getByRole('link', { name: 'Impor kehadiran' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(applyButton()).toHaveProperty('disabled', true);
    choose();
    await check();

    expect(
      screen.getByText(
        '1.234 baris, 56 pegawai, bulan November 2026; 3 bulan pegawai akan diganti.',
      ),
    ).toBeTruthy();
    const summary = screen.getByRole('table', { name: 'Ringkasan berkas kehadiran' });
    expect(within(summary).getByRole('row', { name: /Hari terlambat/ }).textContent).toContain(
      '41',
    );
    expect(within(summary).getByRole('row', { name: /Bulan pegawai baru/ }).textContent).toContain(
      '53',
    );
    expect(within(summary).getByRole('row', { name: /tidak ada di berkas/ }).textContent).toContain(
      '45',
    );
    expect(within(summary).getByRole('row', { name: /yang berubah/ }).textContent).toContain('12');
    expect(
      screen.getByText(/^45 hari yang tersimpan tidak ada di berkas ini dan akan hilang/),
    ).toBeTruthy();
    expect(sent).toEqual([{ csv: CSV, apply: false }]);
    expect(applyButton()).toHaveProperty('disabled', false);

    answer = (body) => (body.apply ? { ...CLEAN, applied: true, written: 56 } : CLEAN);
    fireEvent.click(applyButton());
    const dialog = await screen.findByRole('dialog', { name: 'Terapkan impor?' });
    expect(dialog.textContent).toContain(
      'Kehadiran 56 pegawai, bulan November 2026: 53 bulan pegawai baru, 3 diganti.',
    );
    expect(dialog.textContent).toContain(
      '3 bulan pegawai diganti; 45 hari yang tersimpan tidak ada di berkas ini dan akan hilang.',
    );
    expect(dialog.textContent).toContain('12 hari yang tersimpan berubah mengikuti berkas.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Terapkan' }));
    await screen.findByRole('heading', { name: 'Hasil impor kehadiran' });
    expect(sent.at(-1)).toEqual({ csv: CSV, apply: true });
    expect(screen.getByText(/56 bulan pegawai disimpan\./)).toBeTruthy();
    expect(screen.queryByText(/akan hilang/)).toBeNull();
    expect(screen.getByText(/Impor diterapkan/)).toBeTruthy();
    expect(applyButton()).toHaveProperty('disabled', true);
  });

  it('lists the refused rows with row, column and reason, and keeps Terapkan disabled', async () => {
    answer = () => ({
      ...CLEAN,
      summary: {
        ...SUMMARY,
        people: 0,
        months: [],
        documents: 0,
        replaced: 0,
        droppedDays: 0,
        changedDays: 0,
        refusedRows: 2,
        errorCount: 2,
      },
      errors: [
        { row: 2, column: 'status', reason: 'Status "bolos" tidak dikenal' },
        { row: 5, column: 'nip', reason: 'NIP 199901012020121999 tidak ada di data pegawai' },
      ],
    });
    render(<ImportSection />);
    choose();
    await check();
    const table = screen.getByRole('table', { name: 'Baris yang ditolak' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]?.textContent).toBe('2statusStatus "bolos" tidak dikenal');
    expect(screen.getByText('2 baris ditolak; lihat daftar di bawah.')).toBeTruthy();
    expect(screen.getByLabelText(/Berkas kehadiran/).getAttribute('aria-invalid')).toBe('true');
    expect(applyButton()).toHaveProperty('disabled', true);
    expect(screen.queryByText(/ditampilkan/)).toBeNull();
  });

  it('says how many refused rows a long list leaves out, and counts them all', async () => {
    // The server lists the errors of the first 1,000 refused rows: here the status of each.
    const errors = Array.from({ length: 1000 }, (_, i) => ({
      row: i + 2,
      column: 'status',
      reason: 'Status "x" tidak dikenal',
    }));
    answer = () => ({
      ...CLEAN,
      summary: { ...SUMMARY, refusedRows: 110_000, errorCount: 220_000 },
      errors: [...errors, { row: 1001, column: 'apel', reason: 'apel "x" tidak dikenal' }],
    });
    render(<ImportSection />);
    choose();
    await check();
    expect(
      screen.getByText(
        '1.000 dari 110.000 baris ditolak ditampilkan; perbaiki pola kesalahannya lalu periksa lagi.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('110.000 baris ditolak; lihat daftar di bawah.')).toBeTruthy();
    expect(screen.getByText(/^220\.000 kesalahan ditemukan/)).toBeTruthy();
    expect(applyButton()).toHaveProperty('disabled', true);
  });

  it('says next to the field when no file or not a CSV was chosen, and sends nothing', async () => {
    render(<ImportSection />);
    fireEvent.click(screen.getByRole('button', { name: 'Periksa berkas' }));
    expect(await screen.findByText('Pilih berkas kehadiran (CSV).')).toBeTruthy();
    choose('PK', 'kehadiran.xlsx', 'application/vnd.ms-excel');
    fireEvent.click(screen.getByRole('button', { name: 'Periksa berkas' }));
    expect(await screen.findByText(/Berkas ini bukan CSV/)).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('offers a template in the layout of the import', () => {
    render(<ImportSection />);
    const link = screen.getByRole('link', { name: 'Unduh contoh kehadiran.csv' });
    expect(link.getAttribute('download')).toBe('kehadiran.csv');
    const text = decodeURIComponent(link.getAttribute('href') ?? '');
    expect(text).toContain('nip,tanggal,jam_masuk,jam_pulang,status,apel\r\n');
    expect(text).toContain(',DL,');
  });

  it('is the only part a Pengelola of one OPD sees, and says whose attendance they import', () => {
    window.history.pushState(null, '', '/kelola/impor');
    act(() =>
      useSessionStore.setState({
        user: {
          nip: '197604141999031009',
          name: 'Eko',
          position: 'Camat',
          unitId: 'kecamatan-gayungan',
          roles: ['pengelola'],
          scope: 'kecamatan-gayungan',
        },
      }),
    );
    render(<ImportSection />);
    expect(screen.queryByRole('navigation', { name: 'Bagian impor' })).toBeNull();
    expect(screen.queryByLabelText(/Berkas pegawai/)).toBeNull();
    expect(screen.getByLabelText(/Berkas kehadiran/)).toBeTruthy();
    expect(screen.getByText(/unit kerja yang Anda kelola saja/)).toBeTruthy();
  });
});
