// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeEmployee, NIP } from '../../../core/testing/factories';
import type { AuditEntry } from '../../../data/admin-api';
import { closeSections, renderSection, setConsoleOffline } from '../periods/testing/console-device';
import { AuditSection } from './audit-section';

// The server's answers, page by page (the real endpoint is exercised in
// tests/integration/console-periods.test.ts); `asked` records what the section requested.
const asked: string[] = [];
let pages: Record<string, { entries: AuditEntry[]; next: number | null }> = {};

function entry(id: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id,
    at: '2026-03-02T03:04:05.000Z',
    actor: NIP.pengelola,
    actorName: 'Ratna Sari',
    action: 'document.update',
    via: 'sync',
    target: `employee:${NIP.staffA1}`,
    subjects: [`nip:${NIP.staffA1}`],
    before: { _rev: '1-a', position: 'Analis Anggaran', unitId: 'bidang-a' },
    after: { _rev: '2-b', position: 'Analis Anggaran', unitId: 'bidang-b' },
    ...overrides,
  };
}

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const u = new URL(url);
      asked.push(`${u.pathname}${u.search}`);
      const page = pages[u.search] ?? { entries: [], next: null };
      return new Response(JSON.stringify(page), { status: 200 });
    }),
  );
});

const device = (path: string) => renderSection(<AuditSection />, [makeEmployee()], path);
afterEach(async () => {
  vi.unstubAllGlobals();
  asked.length = 0;
  pages = {};
  await closeSections();
});

describe('AuditSection', () => {
  it("shows a person's changes field by field, newest first, and loads more on request", async () => {
    pages = {
      [`?nip=${NIP.staffA1}`]: { entries: [entry(9)], next: 9 },
      [`?nip=${NIP.staffA1}&before=9`]: {
        entries: [entry(4, { action: 'document.create', before: null })],
        next: null,
      },
    };
    await device(`/kelola/riwayat?nip=${NIP.staffA1}`);
    const first = (await screen.findByText(/^Mengubah Pegawai/)).closest('li')!;
    expect(await within(first).findByText(`Dewi Lestari (${NIP.staffA1})`)).toBeTruthy();
    expect(within(first).getByText(`Ratna Sari (${NIP.pengelola})`)).toBeTruthy();
    const row = within(first).getByRole('rowheader', { name: 'Unit kerja' }).closest('tr')!;
    expect(within(row).getByText('bidang-a')).toBeTruthy();
    expect(within(row).getByText('bidang-b')).toBeTruthy();
    expect(within(first).queryByRole('rowheader', { name: 'Jabatan' })).toBeNull();
    expect(within(first).getByText(/2 Mar 2026 10\.04/)).toBeTruthy();
    const csv = screen.getByRole('link', { name: 'Unduh CSV' });
    expect(csv.getAttribute('href')).toMatch(
      new RegExp(`/api/admin/audit\\.csv\\?nip=${NIP.staffA1}$`),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    expect(await screen.findByText(/^Membuat Pegawai/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
    expect(asked).toEqual([
      `/api/admin/audit?nip=${NIP.staffA1}`,
      `/api/admin/audit?nip=${NIP.staffA1}&before=9`,
    ]);
  });

  it("names the organisation's feedback reminder setting and its field", async () => {
    pages = {
      '': {
        entries: [
          entry(12, {
            target: 'setting:kinerja',
            subjects: [],
            before: { _rev: '1-a', feedbackReminderWeeks: 4 },
            after: { _rev: '2-b', feedbackReminderWeeks: 3 },
          }),
        ],
        next: null,
      },
    };
    await device('/kelola/riwayat');
    const item = (await screen.findByText(/^Mengubah Pengaturan kinerja/)).closest('li')!;
    const row = within(item)
      .getByRole('rowheader', { name: 'Pengingat umpan balik (minggu)' })
      .closest('tr')!;
    expect(within(row).getByText('4')).toBeTruthy();
    expect(within(row).getByText('3')).toBeTruthy();
  });

  it('names a wrong NIP next to the field, keeping it, and filters by a valid one', async () => {
    await device('/kelola/riwayat');
    expect(await screen.findByText('Belum ada perubahan yang tercatat.')).toBeTruthy();
    const nip = screen.getByLabelText(/^NIP pegawai/);
    fireEvent.change(nip, { target: { value: '1988' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan' }));
    expect(await screen.findByText('NIP harus 18 angka.')).toBeTruthy();
    expect((nip as HTMLInputElement).value).toBe('1988');
    fireEvent.change(nip, { target: { value: NIP.staffA1 } });
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan' }));
    expect(await screen.findByText('Tentang pegawai Dewi Lestari')).toBeTruthy();
    expect(asked.at(-1)).toBe(`/api/admin/audit?nip=${NIP.staffA1}`);
  });

  it('offline says the history needs a connection and asks the server nothing', async () => {
    setConsoleOffline(true);
    await device('/kelola/riwayat');
    expect(await screen.findByText(/memerlukan koneksi/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Unduh CSV' })).toBeNull();
    expect(asked).toEqual([]);
  });
});
