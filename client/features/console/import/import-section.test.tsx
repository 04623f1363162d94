// @vitest-environment jsdom
// The import page over a stand-in for the server's answers (the real server and browser run in
// tests/e2e/console-first-start.test.ts): what a check shows, and when Terapkan may be pressed.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OrgImportReply } from '../../../data/admin-api';
import { INITIAL_SYNC_STATUS, publishSyncStatus } from '../../../data/sync-store';
import { ImportSection } from './import-section';

const counts = (create: number, update = 0, unchanged = 0) => ({ create, update, unchanged });
const CLEAN: OrgImportReply = {
  errors: [],
  summary: { units: counts(2), people: counts(1, 1, 3), roles: 0 },
  applied: false,
};
const CODE = {
  nip: '199001012015011001',
  nama: 'Andi Wijaya',
  kode_aktivasi: 'ABCD-EFGH-JKLM-NPQR',
};

type Sent = { units: string; people: string; apply: boolean; codes: boolean };
let sent: Sent[] = [];
let answer: (body: Sent) => OrgImportReply;

beforeEach(() => {
  sent = [];
  answer = () => CLEAN;
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
  act(() => publishSyncStatus(INITIAL_SYNC_STATUS));
});

function choose(label: RegExp, name: string, text: string, type = 'text/csv') {
  const input = screen.getByLabelText(label);
  fireEvent.change(input, { target: { files: [new File([text], name, { type })] } });
}

const checkButton = () => screen.getByRole('button', { name: 'Periksa berkas' });
const applyButton = () => screen.getByRole('button', { name: 'Terapkan' });

async function checkFiles() {
  fireEvent.click(checkButton());
  await screen.findByRole('heading', { name: 'Hasil pemeriksaan' });
}

describe('ImportSection', () => {
  it('shows every refused row with its file, row number, column and reason, a page at a time', async () => {
    answer = () => ({
      errors: Array.from({ length: 60 }, (_, i) => ({
        file: 'people' as const,
        row: i + 2,
        column: 'nip_atasan',
        reason: `Atasan baris ${i + 2} tidak ada di berkas pegawai atau data tersimpan`,
      })),
      summary: { units: counts(0), people: counts(0), roles: 0 },
      applied: false,
    });
    render(<ImportSection />);
    choose(/Berkas pegawai/, 'pegawai.csv', 'nip,nama\n1,A\n');
    await checkFiles();

    expect(screen.getByText(/60 kesalahan ditemukan\. Tidak ada yang diubah/)).toBeTruthy();
    expect(screen.getByText('60 baris ditolak; lihat daftar di bawah.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Baris yang ditolak' });
    const first = within(table).getAllByRole('row')[1];
    expect(first?.textContent).toContain('berkas pegawai');
    expect(first?.textContent).toContain('nip_atasan');
    expect(
      within(table).getByText('Atasan baris 2 tidak ada di berkas pegawai atau data tersimpan'),
    ).toBeTruthy();
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    expect(screen.getByText('1–50 dari 60')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Berikutnya' }));
    expect(screen.getByText('51–60 dari 60')).toBeTruthy();
    expect(within(table).getByText(/Atasan baris 61 /)).toBeTruthy();
    expect(applyButton()).toHaveProperty('disabled', true);
    expect(sent).toEqual([{ units: '', people: 'nip,nama\n1,A\n', apply: false, codes: false }]);
  });

  it('enables Terapkan only after a clean check of the files now chosen, and applies exactly those', async () => {
    render(<ImportSection />);
    expect(applyButton()).toHaveProperty('disabled', true);
    choose(/Berkas unit kerja/, 'unit.csv', 'kode_unit\nx\n');
    choose(/Berkas pegawai/, 'pegawai.csv', 'nip\n1\n');
    await checkFiles();
    const counted = screen.getByRole('table', { name: 'Jumlah menurut jenis perubahan' });
    expect(within(counted).getByRole('row', { name: /Pegawai/ }).textContent).toBe('Pegawai113');
    expect(applyButton()).toHaveProperty('disabled', false);

    // Another file: the check no longer speaks for what would be sent.
    choose(/Berkas pegawai/, 'pegawai.csv', 'nip\n2\n');
    expect(applyButton()).toHaveProperty('disabled', true);
    await checkFiles();
    expect(applyButton()).toHaveProperty('disabled', false);

    answer = (body) => (body.apply ? { ...CLEAN, applied: true, codes: [CODE] } : CLEAN);
    fireEvent.click(applyButton());
    const dialog = await screen.findByRole('dialog', { name: 'Terapkan impor?' });
    expect(dialog.textContent).toContain('Pegawai: 1 baru, 1 berubah.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Terapkan' }));
    await screen.findByRole('heading', { name: 'Kode aktivasi pegawai baru' });

    expect(sent.at(-1)).toEqual({
      units: 'kode_unit\nx\n',
      people: 'nip\n2\n',
      apply: true,
      codes: true,
    });
    expect(screen.getByText(/hanya ditampilkan sekali/)).toBeTruthy();
    expect(screen.getByText('ABCD-EFGH-JKLM-NPQR')).toBeTruthy();
    const download = screen.getByRole('link', { name: 'Unduh kode-aktivasi.csv' });
    expect(download.getAttribute('download')).toBe('kode-aktivasi.csv');
    expect(decodeURIComponent(download.getAttribute('href') ?? '')).toContain(
      'nip,nama,kode_aktivasi\r\n199001012015011001,Andi Wijaya,ABCD-EFGH-JKLM-NPQR',
    );
    expect(applyButton()).toHaveProperty('disabled', true);
  });

  it('keeps Terapkan disabled when a clean check changes nothing', async () => {
    answer = () => ({
      ...CLEAN,
      summary: { units: counts(0, 0, 2), people: counts(0, 0, 5), roles: 0 },
    });
    render(<ImportSection />);
    choose(/Berkas pegawai/, 'pegawai.csv', 'nip\n1\n');
    await checkFiles();
    expect(screen.getAllByText(/tidak mengubah apa pun/).length).toBeGreaterThan(0);
    expect(applyButton()).toHaveProperty('disabled', true);
  });

  it('says next to the field what is wrong with the choice, and sends nothing', async () => {
    render(<ImportSection />);
    fireEvent.click(checkButton());
    expect(
      await screen.findByText('Pilih berkas unit kerja, berkas pegawai, atau keduanya.'),
    ).toBeTruthy();
    choose(/Berkas pegawai/, 'pegawai.xlsx', 'PK', 'application/vnd.ms-excel');
    fireEvent.click(checkButton());
    const field = screen.getByLabelText(/Berkas pegawai/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(await screen.findByText(/Berkas ini bukan CSV/)).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('asks to choose again a file the browser can no longer read (saved again after choosing)', async () => {
    render(<ImportSection />);
    const saved = new File(['nip\n1\n'], 'pegawai.csv', { type: 'text/csv' });
    Object.defineProperty(saved, 'text', {
      value: () => Promise.reject(new DOMException('changed', 'NotReadableError')),
    });
    fireEvent.change(screen.getByLabelText(/Berkas pegawai/), { target: { files: [saved] } });
    fireEvent.click(checkButton());
    expect(await screen.findByText(/Pilih berkasnya sekali lagi/)).toBeTruthy();
    expect(screen.getByLabelText(/Berkas pegawai/).getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);
    expect(checkButton()).toHaveProperty('disabled', false);
  });

  it('offline: nothing can be checked, applied or exported, and it says so', () => {
    act(() => publishSyncStatus({ state: 'offline', lastSyncedAt: null }));
    render(<ImportSection />);
    expect(checkButton()).toHaveProperty('disabled', true);
    expect(applyButton()).toHaveProperty('disabled', true);
    expect(screen.getByLabelText(/Berkas pegawai/)).toHaveProperty('disabled', true);
    expect(screen.queryByRole('link', { name: 'Unduh pegawai.csv' })).toBeNull();
    expect(screen.getAllByText(/memerlukan koneksi/).length).toBeGreaterThan(0);
  });
});
