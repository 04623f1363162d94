// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from '../../core/dates';
import {
  openDevice,
  renderAt,
  storeActivity,
  storeDecision,
  serverHoldsAll,
  storedActivities,
  TODAY,
  type TestDevice,
} from './testing/activities-device';
import { ekinerjaCsv, exportedRows } from './export-csv';

let device: TestDevice;
beforeEach(async () => {
  device = await openDevice();
});
afterEach(async () => {
  await device.stop();
});

/** The last Monday to Friday before today: what "kemarin" means for a working week. */
function lastWorkingDay(): string {
  let day = addDays(TODAY, -1);
  while (isoWeekday(day) > 5) day = addDays(day, -1);
  return day;
}

describe('the activity list', () => {
  it('shows today by default with the minutes logged and one tap to add', async () => {
    await storeActivity(device, {
      start: '07:30',
      end: '09:00',
      kegiatan: 'Apel pagi dan briefing',
    });
    renderAt(device, '/kegiatan');
    await screen.findByText('Apel pagi dan briefing');
    expect(screen.getByText('1 kegiatan · 1 jam 30 menit')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tambah kegiatan' }).getAttribute('href')).toBe(
      '/kegiatan/baru',
    );
  });

  it('"Ulangi kemarin" copies the last working day as drafts; "Ajukan semua" submits the day', async () => {
    const yesterday = lastWorkingDay();
    await storeActivity(device, {
      date: yesterday,
      start: '08:00',
      end: '09:00',
      kegiatan: 'Rapat koordinasi',
    });
    await storeActivity(device, {
      date: yesterday,
      start: '09:00',
      end: '11:00',
      kegiatan: 'Menyusun laporan',
    });
    renderAt(device, '/kegiatan');
    fireEvent.click(await screen.findByRole('button', { name: 'Ulangi kemarin' }));
    await screen.findByText(/2 kegiatan dari .* disalin sebagai draf/);
    await screen.findByText('Menyusun laporan');
    expect(screen.getAllByText('Draf', { selector: '.chip' })).toHaveLength(2);
    // A second tap copies nothing twice.
    fireEvent.click(screen.getByRole('button', { name: 'Ulangi kemarin' }));
    await screen.findByText(/sudah ada semua di hari ini/);

    fireEvent.click(screen.getByRole('button', { name: 'Ajukan semua (2)' }));
    await screen.findByText(
      '2 kegiatan tersimpan di perangkat ini dan akan dikirim untuk diverifikasi saat daring.',
    );
    // The outcome shows at the top of the list, and focus is brought there.
    expect(document.activeElement?.getAttribute('role')).toBe('status');
    expect(document.activeElement?.textContent).toMatch(/2 kegiatan tersimpan/);
    await serverHoldsAll(device);
    await screen.findByText('2 kegiatan diajukan.');
    const today = (await storedActivities(device)).filter((d) => d.date === TODAY);
    expect(today.map((d) => [d.status, d.round])).toEqual([
      ['submitted', 1],
      ['submitted', 1],
    ]);
  });

  it('"Ulangi kemarin" onto a day already logged: a copy whose time is taken follows the last entry', async () => {
    const yesterday = lastWorkingDay();
    for (const [start, end, kegiatan] of [
      ['08:00', '09:00', 'Rapat koordinasi'],
      ['09:00', '11:00', 'Menyusun laporan'],
      ['13:00', '14:00', 'Pelayanan warga'],
    ])
      await storeActivity(device, { date: yesterday, start, end, kegiatan });
    await storeActivity(device, { start: '08:30', end: '09:30', kegiatan: 'Apel pagi' });
    renderAt(device, '/kegiatan');
    fireEvent.click(await screen.findByRole('button', { name: 'Ulangi kemarin' }));
    await screen.findByText(/3 kegiatan dari .* disalin sebagai draf/);
    const copies = (await storedActivities(device)).filter((d) => d.status === 'draft');
    expect(copies.map((d) => [d.kegiatan, d.start, d.end]).sort()).toEqual([
      ['Menyusun laporan', '10:30', '12:30'],
      ['Pelayanan warga', '13:00', '14:00'],
      ['Rapat koordinasi', '09:30', '10:30'],
    ]);
  });

  it('shows the week with totals per day and for the week, filtered by status', async () => {
    const monday = addDays(TODAY, 1 - isoWeekday(TODAY));
    const a = await storeActivity(device, {
      date: monday,
      start: '08:00',
      end: '10:00',
      kegiatan: 'Senin pagi',
    });
    await storeDecision(device, a._id, 'approved');
    const b = await storeActivity(device, {
      date: monday,
      start: '10:00',
      end: '10:45',
      kegiatan: 'Senin siang',
    });
    await storeDecision(device, b._id, 'returned', 'Kurang bukti.');
    await storeActivity(device, {
      date: addDays(monday, 1),
      start: '08:00',
      end: '09:00',
      kegiatan: 'Selasa',
    });
    renderAt(device, `/kegiatan?tampilan=minggu&tanggal=${monday}`);
    await screen.findByText('Selasa');
    expect(screen.getByText('3 kegiatan · 3 jam 45 menit')).toBeTruthy();
    const mondayGroup = screen.getByRole('region', { name: /Senin,.*2 jam 45 menit/ });
    expect(within(mondayGroup).getByText('Catatan atasan: Kurang bukti.')).toBeTruthy();

    fireEvent.click(screen.getByRole('link', { name: 'Dikembalikan' }));
    await waitFor(() => expect(screen.queryByText('Selasa')).toBeNull());
    expect(screen.getByText('1 kegiatan · 45 menit')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Dikembalikan' }).getAttribute('aria-current')).toBe(
      'true',
    );
  });

  it('a status filter alone opens the month', async () => {
    renderAt(device, '/kegiatan?status=dikembalikan');
    expect((await screen.findByRole('link', { name: 'Bulan' })).getAttribute('aria-current')).toBe(
      'page',
    );
  });
});

describe('the e-Kinerja export', () => {
  it('writes Progres Harian columns with the RHK text, photo names and links', async () => {
    const doc = await storeActivity(device, {
      rhkId: 'rhk-1',
      links: ['https://drive.example.go.id/a'],
      start: '08:00',
      end: '09:00',
      kegiatan: 'Melayani permohonan surat pengantar',
      realisasi: 3,
      satuan: 'surat',
    });
    const row = await device.rm.activities.get(doc._id);
    const csv = ekinerjaCsv(
      [
        {
          ...row!,
          photos: [
            {
              id: 'photo:x',
              name: 'foto-1.jpg',
              contentType: 'image/jpeg',
              length: 1,
              thumb: null,
            },
          ],
        },
      ],
      new Map([['rhk-1', 'Terlayaninya surat pengantar']]),
    );
    const [header, line] = csv.replace('\uFEFF', '').split('\r\n');
    expect(header).toBe(
      '"Rencana Aksi / RHK","Tanggal","Jam Mulai","Jam Selesai","Kegiatan","Realisasi","Satuan","Bukti Dukung","Status"',
    );
    const [y, m, d] = TODAY.split('-');
    expect(line).toBe(
      `"Terlayaninya surat pengantar","${d}/${m}/${y}","08:00","09:00","Melayani permohonan surat pengantar","3","surat","https://drive.example.go.id/a foto-1.jpg","Diajukan"`,
    );
  });

  it('exports the approved entries by default, or those of the chosen status, and neutralises formulas', async () => {
    const approved = await storeActivity(device, {
      start: '07:00',
      end: '08:00',
      kegiatan: 'Apel pagi',
    });
    await storeDecision(device, approved._id, 'approved');
    await storeActivity(device, { start: '08:00', end: '09:00', kegiatan: '=HYPERLINK("x")' });
    await storeActivity(device, {
      start: '09:00',
      end: '10:00',
      kegiatan: 'Konsep',
      status: 'draft',
      round: 0,
    });
    const rows = (await device.rm.activities.toArray()).sort((a, b) =>
      a.start.localeCompare(b.start),
    );
    expect(exportedRows(rows, null).map((r) => r.kegiatan)).toEqual(['Apel pagi']);
    expect(exportedRows(rows, 'draft').map((r) => r.kegiatan)).toEqual(['Konsep']);
    const csv = ekinerjaCsv(exportedRows(rows, 'submitted'), new Map());
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"Diajukan"');

    renderAt(device, '/kegiatan');
    await screen.findByText('Apel pagi');
    expect(
      screen.getByRole('button', { name: 'Ekspor CSV e-Kinerja' }).getAttribute('aria-describedby'),
    ).toBe('act-export-hint');
    expect(document.getElementById('act-export-hint')?.textContent).toContain(
      'berstatus Disetujui',
    );
  });
});
