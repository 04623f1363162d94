// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../core/dates';
import { makeCatalog, makePeriod, makeUnit } from '../../core/testing/factories';
import { publishSyncStatus } from '../../data/sync-store';
import { eventually } from '../../data/testing/eventually';
import { HEAD, STAFF, UNIT } from '../../data/testing/kelurahan';
import {
  fillValid,
  LATE_TODAY,
  openDevice,
  renderAt,
  storeActivity,
  storeDecision,
  serverHoldsAll,
  storedActivities,
  TODAY,
  type,
  type TestDevice,
} from './testing/activities-device';

let device: TestDevice;
beforeEach(async () => {
  device = await openDevice();
});
afterEach(async () => {
  await device.stop();
});

/** The reason shown under a field, read through the field's aria-describedby. */
function reasonOf(label: string): string {
  const field = screen.getByLabelText(label, { exact: true });
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

const valueOf = (label: string) =>
  (screen.getByLabelText(label, { exact: true }) as HTMLInputElement).value;

/** The staff's kelurahan under a kecamatan that keeps a six-day week from 07:00. */
async function storeUnits() {
  await device.db.bulkDocs([
    makeUnit({
      unitId: 'kecamatan',
      name: 'Kecamatan',
      parentId: null,
      headNip: null,
      workHours: { days: [1, 2, 3, 4, 5, 6], start: '07:00', end: '13:30' },
    }),
    makeUnit({ unitId: UNIT, name: 'Kelurahan A', parentId: 'kecamatan', headNip: HEAD }),
  ]);
  await eventually(async () => expect(await device.rm.units.count()).toBe(2));
}

describe('the entry form', () => {
  it('has the labels of the issue and both buttons', async () => {
    renderAt(device, '/kegiatan/baru');
    await screen.findByLabelText('Kegiatan', { exact: true });
    for (const label of [
      'Tanggal',
      'Jam mulai',
      'Jam selesai',
      'Uraian',
      'RHK',
      'Realisasi',
      'Satuan',
    ]) {
      expect(screen.getByLabelText(label, { exact: true })).toBeTruthy();
    }
    expect(screen.getByRole('group', { name: 'Bukti dukung' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Lokasi' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Simpan' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ajukan' })).toBeTruthy();
  });

  it("starts a day without entries at the unit's working start, inherited from the unit above", async () => {
    await storeUnits();
    renderAt(device, '/kegiatan/baru');
    await screen.findByLabelText('Kegiatan', { exact: true });
    expect(valueOf('Jam mulai')).toBe('07:00');
    expect(valueOf('Jam selesai')).toBe('08:00');
  });

  it("starts at the common 07:30 when no unit sets hours, and after the day's last entry", async () => {
    renderAt(device, '/kegiatan/baru');
    await screen.findByLabelText('Kegiatan', { exact: true });
    expect(valueOf('Jam mulai')).toBe('07:30');
    cleanup();
    await storeActivity(device, { start: '09:00', end: '10:15' });
    renderAt(device, '/kegiatan/baru');
    await screen.findByLabelText('Kegiatan', { exact: true });
    expect(valueOf('Jam mulai')).toBe('10:15');
  });

  it('moves the default times with the date, until the person types a time', async () => {
    await storeUnits();
    await storeActivity(device, { start: '09:00', end: '10:15' });
    const yesterday = addDays(TODAY, -1);
    await storeActivity(device, {
      date: yesterday,
      start: '12:30',
      end: '13:30',
      kegiatan: 'Rapat koordinasi',
    });
    renderAt(device, '/kegiatan/baru');
    await screen.findByLabelText('Kegiatan', { exact: true });
    expect(valueOf('Jam mulai')).toBe('10:15');
    type('Tanggal', addDays(TODAY, -2));
    await waitFor(() => expect(valueOf('Jam mulai')).toBe('07:00'));
    expect(valueOf('Jam selesai')).toBe('08:00');
    type('Tanggal', yesterday);
    await waitFor(() => expect(valueOf('Jam mulai')).toBe('13:30'));
    type('Tanggal', TODAY);
    await waitFor(() => expect(valueOf('Jam mulai')).toBe('10:15'));

    // Typed times stay on another date, even where they overlap an entry of that day.
    type('Jam mulai', '13:00');
    type('Jam selesai', '14:00');
    type('Tanggal', yesterday);
    await waitFor(() =>
      expect(reasonOf('Jam mulai')).toMatch(/Waktunya bertumpuk dengan: .*Rapat koordinasi/),
    );
    expect(valueOf('Jam mulai')).toBe('13:00');
    expect(valueOf('Jam selesai')).toBe('14:00');
  });

  it('starts on a date before a mutasi at the hours of the unit the person worked in then', async () => {
    await storeUnits();
    const mutasi = addDays(TODAY, -7);
    await device.db.put(
      makeUnit({
        unitId: 'sekolah',
        name: 'Sekolah',
        parentId: null,
        headNip: null,
        workHours: { days: [1, 2, 3, 4, 5], start: '06:45', end: '13:00' },
      }),
    );
    const me = await device.db.get(`employee:${STAFF}`);
    await device.db.put({
      ...me,
      history: [
        { unitId: 'sekolah', superiorNip: null, position: 'Pelaksana', to: addDays(mutasi, -1) },
      ],
    });
    await eventually(async () =>
      expect((await device.rm.employees.get(`employee:${STAFF}`))?.history).toHaveLength(1),
    );
    await eventually(async () => expect(await device.rm.units.count()).toBe(3));
    renderAt(device, `/kegiatan/baru?tanggal=${addDays(mutasi, -2)}`);
    await screen.findByLabelText('Kegiatan', { exact: true });
    expect(valueOf('Jam mulai')).toBe('06:45');
    type('Tanggal', mutasi);
    await waitFor(() => expect(valueOf('Jam mulai')).toBe('07:00'));
  });

  it('refuses an end before the start with the reason next to "Jam selesai", writing nothing', async () => {
    renderAt(device, '/kegiatan/baru');
    await fillValid();
    type('Jam selesai', '12:00');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(reasonOf('Jam selesai')).toContain('Jam selesai harus setelah jam mulai.'),
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Jam selesai', { exact: true }));
    expect((screen.getByLabelText('Kegiatan', { exact: true }) as HTMLTextAreaElement).value).toBe(
      'Menyusun laporan bulanan',
    );
    expect(await storedActivities(device)).toEqual([]);
  });

  it('shows the length of "Kegiatan" as typed, announces only near the limit, and keeps a longer text', async () => {
    renderAt(device, '/kegiatan/baru');
    await fillValid();
    expect(reasonOf('Kegiatan')).toBe('24 dari 300 karakter');
    const live = document.querySelector('[aria-live="polite"].visually-hidden');
    expect(live?.textContent).toBe('');
    type('Kegiatan', 'k'.repeat(295));
    expect(reasonOf('Kegiatan')).toBe('295 dari 300 karakter');
    expect(live?.textContent).toBe('Sisa 5 karakter');
    type('Kegiatan', 'k'.repeat(310));
    expect(live?.textContent).toBe('Lebih 10 karakter dari batas');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(reasonOf('Kegiatan')).toContain('Kegiatan paling banyak 300 karakter.'),
    );
    expect((screen.getByLabelText('Kegiatan', { exact: true }) as HTMLTextAreaElement).value).toBe(
      'k'.repeat(310),
    );
    expect(await storedActivities(device)).toEqual([]);
  });

  it('refuses a future date and a date in a closed period', async () => {
    await device.db.put(
      makePeriod({
        periodId: 'lalu',
        start: addDays(TODAY, -40),
        end: addDays(TODAY, -10),
        status: 'closed',
      }),
    );
    renderAt(device, '/kegiatan/baru');
    await fillValid();
    type('Tanggal', addDays(TODAY, 1));
    fireEvent.click(screen.getByRole('button', { name: 'Ajukan' }));
    await waitFor(() =>
      expect(reasonOf('Tanggal')).toContain('Tanggal tidak boleh setelah hari ini.'),
    );
    type('Tanggal', addDays(TODAY, -20));
    await waitFor(() => expect(reasonOf('Tanggal')).toContain('Periode tanggal ini sudah ditutup'));
    expect(await storedActivities(device)).toEqual([]);
  });

  it('refuses overlapping times with the reason next to "Jam mulai", and saves once they do not', async () => {
    await storeActivity(device, { start: '13:30', end: '14:00', kegiatan: 'Rapat koordinasi' });
    renderAt(device, '/kegiatan/baru');
    await fillValid();
    await waitFor(() =>
      expect(reasonOf('Jam mulai')).toMatch(/Waktunya bertumpuk dengan: .*Rapat koordinasi/),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText('Jam mulai', { exact: true })),
    );
    expect(await storedActivities(device)).toHaveLength(1);
    type('Jam mulai', '14:00');
    await waitFor(() => expect(reasonOf('Jam mulai')).toBe(''));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(async () => expect(await storedActivities(device)).toHaveLength(2));
  });

  it('"Simpan" shows the entry in the list at once, without waiting for the projector', async () => {
    await device.stop();
    device = await openDevice(STAFF, LATE_TODAY, { projecting: false });
    renderAt(device, '/kegiatan/baru');
    await fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    const item = await screen.findByText('Menyusun laporan bulanan', {
      selector: '.act-item__what',
    });
    expect(item.closest('li')?.textContent).toContain('Draf');
    expect(screen.getByText('Kegiatan disimpan sebagai draf.')).toBeTruthy();
  });

  it('"Simpan" opens the list with the new entry in it, never a loading list first', async () => {
    await storeActivity(device, { start: '07:30', end: '09:00', kegiatan: 'Apel pagi' });
    renderAt(device, '/kegiatan/baru');
    await fillValid();
    // Every state the page passes through after the click, as a person would see it.
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      if (document.querySelector('.skeleton')) seen.push('loading');
      const items = [...document.querySelectorAll('.act-item__what')].map((e) => e.textContent);
      if (items.length > 0) seen.push(items.join(', '));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByText('Menyusun laporan bulanan', { selector: '.act-item__what' });
    observer.disconnect();
    expect(seen).not.toContain('loading');
    expect(seen[0]).toBe('Apel pagi, Menyusun laporan bulanan');
    expect(screen.getByText('2 kegiatan · 3 jam 0 menit')).toBeTruthy();
  });

  it('"Ajukan" offline says the entry waits on the device, and "diajukan" once the server has it', async () => {
    publishSyncStatus({ state: 'offline' });
    renderAt(device, '/kegiatan/baru');
    await fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Ajukan' }));
    await screen.findByText(
      'Kegiatan tersimpan di perangkat ini dan akan dikirim untuk diverifikasi saat daring.',
    );
    expect(screen.queryByText('Kegiatan diajukan untuk diverifikasi.')).toBeNull();
    await serverHoldsAll(device);
    await screen.findByText('Kegiatan diajukan untuk diverifikasi.');
    await screen.findByText('Menyusun laporan bulanan');
    expect(screen.getByText('1 kegiatan · 1 jam 30 menit')).toBeTruthy();
    const [doc] = await storedActivities(device);
    expect(doc).toMatchObject({
      status: 'submitted',
      round: 1,
      start: '13:00',
      end: '14:30',
      date: TODAY,
    });
  });

  it('fills kegiatan and satuan from a catalog template', async () => {
    await device.db.put(
      makeCatalog({
        code: 'laporan-bulanan',
        name: 'Menyusun laporan bulanan',
        satuan: 'laporan',
        defaultMinutes: 90,
      }),
    );
    renderAt(device, '/kegiatan/baru');
    const picker = await screen.findByLabelText('Isi cepat dari templat');
    await screen.findByRole('option', { name: 'Menyusun laporan bulanan' });
    type('Jam mulai', '08:00');
    fireEvent.change(picker, { target: { value: 'c:laporan-bulanan' } });
    expect((screen.getByLabelText('Kegiatan', { exact: true }) as HTMLTextAreaElement).value).toBe(
      'Menyusun laporan bulanan',
    );
    expect((screen.getByLabelText('Satuan', { exact: true }) as HTMLInputElement).value).toBe(
      'laporan',
    );
    expect((screen.getByLabelText('Jam selesai', { exact: true }) as HTMLInputElement).value).toBe(
      '09:30',
    );
  });

  it("shows a returned entry with the head's note, and submits the fix as a new round", async () => {
    const doc = await storeActivity(device);
    await storeDecision(device, doc._id, 'returned', 'Lampirkan daftar hadir.');
    renderAt(device, `/kegiatan/${doc._id}`);
    await screen.findByText(/Dikembalikan oleh atasan\. Catatan: Lampirkan daftar hadir\./);
    type('Tautan bukti dukung', 'https://drive.example.go.id/daftar-hadir');
    fireEvent.click(screen.getByRole('button', { name: 'Ajukan' }));
    await screen.findByText(/Kegiatan tersimpan di perangkat ini/);
    const [saved] = await storedActivities(device);
    expect(saved).toMatchObject({
      status: 'submitted',
      round: 2,
      links: ['https://drive.example.go.id/daftar-hadir'],
    });
  });

  it('shows an approved entry read-only', async () => {
    const doc = await storeActivity(device);
    await storeDecision(device, doc._id, 'approved');
    renderAt(device, `/kegiatan/${doc._id}`);
    await screen.findByText('Kegiatan ini sudah disetujui dan tidak dapat diubah.');
    expect(screen.getByLabelText('Kegiatan', { exact: true }).matches(':disabled')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Simpan' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Duplikat' }).getAttribute('href')).toContain('salin=');
  });

  it('duplicates an entry: the copy starts as a new draft with the same work', async () => {
    const doc = await storeActivity(device, {
      kegiatan: 'Rapat koordinasi',
      start: '10:00',
      end: '11:00',
    });
    renderAt(device, `/kegiatan/baru?salin=${encodeURIComponent(doc._id)}`);
    await waitFor(() =>
      expect(
        (screen.getByLabelText('Kegiatan', { exact: true }) as HTMLTextAreaElement).value,
      ).toBe('Rapat koordinasi'),
    );
    // Its own hour is taken that day: the copy follows the day's last entry, an hour long.
    expect([valueOf('Jam mulai'), valueOf('Jam selesai')]).toEqual(['11:00', '12:00']);
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByText('Kegiatan disimpan sebagai draf.');
    const docs = await storedActivities(device);
    expect(docs).toHaveLength(2);
    expect(docs.filter((d) => d.status === 'draft')).toMatchObject([
      { kegiatan: 'Rapat koordinasi', start: '11:00', end: '12:00' },
    ]);
  });

  it('copies an entry to a day where its time is free at the same times', async () => {
    const doc = await storeActivity(device, { start: '10:00', end: '11:00' });
    const yesterday = addDays(TODAY, -1);
    await storeActivity(device, { date: yesterday, start: '07:00', end: '08:00' });
    renderAt(device, `/kegiatan/baru?tanggal=${yesterday}&salin=${encodeURIComponent(doc._id)}`);
    await waitFor(() => expect(valueOf('Tanggal')).toBe(yesterday));
    expect([valueOf('Jam mulai'), valueOf('Jam selesai')]).toEqual(['10:00', '11:00']);
  });
});
