// @vitest-environment jsdom
// The employee's "Kehadiran" on their own device (a real local PouchDB and read model): the
// calendar shows the late days, the TPP breakdown lists what each costs, a correction request
// goes out and comes back applied (the deduction then gone), a refused write says why next to
// the form and keeps the text, and the page reads in English.
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ids } from '../../core/ids';
import type { AttendanceCorrectionDoc } from '../../core/schemas/attendance';
import {
  makeApplied,
  makeAttendance,
  makeAttendanceDecision,
  makeCorrection,
} from '../../core/testing/factories';
import { getOrNull } from '../../data/local-db';
import { userDataFor } from '../../data/testing/devices';
import { eventually } from '../../data/testing/eventually';
import { HEAD, kelurahanEmployee, NOW, STAFF, UNIT } from '../../data/testing/kelurahan';
import { kelurahanDeviceEachTest } from '../../data/testing/kelurahan-device';
import { UserDataContext } from '../../data/user-data';
import { usePrefsStore } from '../../ui/prefs-store';
import { AttendanceScreen } from './attendance-screen';

const PENGELOLA = '198602142010012015';
// February 2025 at kelurahan-a (the common hours, 07:30 to 16:00): late on the 4th and the 11th.
const MONTH = makeAttendance({ nip: STAFF, unitId: UNIT, month: '2025-02' }, [
  { date: '2025-02-04', in: '08:05' },
  { date: '2025-02-11', in: '07:50' },
]);
const device = kelurahanDeviceEachTest([
  MONTH,
  kelurahanEmployee(PENGELOLA, { name: 'Ratna Sari', superiorNip: null }),
]);

let online = true;
Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });

// The page's "today" is the device's clock: the day the kelurahan's data is as of.
beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  cleanup();
  online = true;
  act(() => usePrefsStore.setState({ lang: 'id' }));
});

function show() {
  return render(
    <UserDataContext value={userDataFor(device.db, device.rm, STAFF)}>
      <AttendanceScreen />
    </UserDataContext>,
  );
}

const region = (name: string | RegExp) => screen.findByRole('region', { name });
const request = async () =>
  (await getOrNull(
    device.db,
    ids.attendanceCorrection(STAFF, '2025-02-04'),
  )) as AttendanceCorrectionDoc | null;

describe('AttendanceScreen', () => {
  it('shows the latest month with its late days and totals', async () => {
    show();
    const calendar = await region('Kalender Februari 2025');
    expect(
      within(calendar).getByRole('button', {
        name: 'Selasa, 4 Februari 2025: Hadir, 08.05–16.05, terlambat 35 menit',
      }),
    ).toBeTruthy();
    expect(within(calendar).getByText('TL 35')).toBeTruthy();
    expect(within(calendar).getByText('TL 20')).toBeTruthy();
    const totals = await region('Ringkasan Februari 2025');
    expect(within(totals).getByText('20 dari 20 hari kerja')).toBeTruthy();
    expect(within(totals).getByText('2 hari, 55 menit')).toBeTruthy();
  });

  it('offers no correction for a day older than the head’s device keeps, and says whom to ask', async () => {
    // Half a year on: February lies before the previous quarter (from 1 April 2025).
    vi.setSystemTime(Date.parse('2025-08-04T03:00:00Z'));
    show();
    const calendar = await region('Kalender Februari 2025');
    fireEvent.click(within(calendar).getByRole('button', { name: /^Selasa, 4 Februari 2025/ }));
    const day = await region('Rincian Selasa, 4 Februari 2025');
    expect(within(day).getByText(/hanya untuk hari sejak Selasa, 1 April 2025/)).toBeTruthy();
    expect(within(day).queryByRole('button', { name: 'Ajukan koreksi' })).toBeNull();
  });

  it('lists every TPP deduction with its day and reason', async () => {
    show();
    const tpp = await region('TPP bulan ini');
    expect(within(tpp).getByText('Selasa, 4 Februari 2025: 1%')).toBeTruthy();
    expect(within(tpp).getByText('Terlambat 35 menit: 1%')).toBeTruthy();
    expect(within(tpp).getByText('Terlambat 20 menit: 0,5%')).toBeTruthy();
    // 1.5% of the 40% discipline component: 0.6% of the TPP lost.
    expect(within(tpp).getByText('99,4% dari TPP')).toBeTruthy();
    expect(within(tpp).queryByText(/Rp/)).toBeNull();
  });

  it('sends a correction offline, then shows it applied and the deduction gone', async () => {
    online = false;
    show();
    const calendar = await region('Kalender Februari 2025');
    fireEvent.click(within(calendar).getByRole('button', { name: /^Selasa, 4 Februari 2025/ }));
    const day = await region('Rincian Selasa, 4 Februari 2025');
    expect(within(day).getByText('35 menit')).toBeTruthy();
    expect(within(day).getByText('Terlambat 35 menit: 1%')).toBeTruthy();
    fireEvent.click(within(day).getByRole('button', { name: 'Ajukan koreksi' }));
    fireEvent.change(within(day).getByLabelText('Status yang seharusnya'), {
      target: { value: 'dinas-luar' },
    });
    fireEvent.change(within(day).getByLabelText('Jam masuk'), { target: { value: '' } });
    fireEvent.change(within(day).getByLabelText('Jam pulang'), { target: { value: '' } });
    fireEvent.change(within(day).getByLabelText('Alasan'), {
      target: { value: 'Rapat koordinasi di kecamatan sesuai surat tugas' },
    });
    fireEvent.click(within(day).getByRole('button', { name: 'Kirim permohonan' }));
    expect(
      await screen.findByText(
        'Permohonan koreksi terkirim. Menunggu keputusan atasan. Tersimpan di perangkat; dikirim saat online.',
      ),
    ).toBeTruthy();
    const requests = await region('Permohonan koreksi');
    expect(await within(requests).findByText('Menunggu keputusan atasan')).toBeTruthy();
    expect(within(requests).getByText('Diminta: Dinas luar')).toBeTruthy();

    // The head approves and the Pengelola applies (their documents arrive by sync).
    const sent = await request();
    if (!sent) throw new Error('the request was not saved');
    const decision = makeAttendanceDecision(sent, {
      appraiserNip: HEAD,
      decidedAt: sent.requestedAt,
    });
    await device.db.bulkDocs([
      decision,
      makeApplied(sent, decision, { appliedBy: PENGELOLA, appliedAt: sent.requestedAt }),
    ]);
    expect(await within(requests).findByText('Sudah diterapkan')).toBeTruthy();
    expect(within(requests).getByText(/Diterapkan Ratna Sari pada/)).toBeTruthy();
    const tpp = await region('TPP bulan ini');
    await eventually(() => expect(within(tpp).queryByText('Terlambat 35 menit: 1%')).toBeNull());
    expect(within(tpp).getByText('Terlambat 20 menit: 0,5%')).toBeTruthy();
    const calendar2 = await region('Kalender Februari 2025');
    expect(
      within(calendar2).getByRole('button', {
        name: 'Selasa, 4 Februari 2025: Dinas luar, dikoreksi',
      }),
    ).toBeTruthy();
  });

  it('says why a short reason is refused, next to the field, and keeps the text', async () => {
    show();
    fireEvent.click(
      within(await region('Kalender Februari 2025')).getByRole('button', {
        name: /^Selasa, 11 Februari/,
      }),
    );
    const day = await region(/Rincian Selasa, 11 Februari 2025/);
    fireEvent.click(within(day).getByRole('button', { name: 'Ajukan koreksi' }));
    const reason = within(day).getByLabelText('Alasan');
    fireEvent.change(reason, { target: { value: 'Macet' } });
    fireEvent.click(within(day).getByRole('button', { name: 'Kirim permohonan' }));
    expect(await within(day).findByText('Tulis alasan paling sedikit 10 karakter')).toBeTruthy();
    expect((reason as HTMLTextAreaElement).value).toBe('Macet');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows core’s refusal when the head approved while the request was being changed', async () => {
    const pending = makeCorrection({
      nip: STAFF,
      date: '2025-02-04',
      unitId: UNIT,
      requestedAt: '2025-03-01T02:00:00.000Z',
    });
    await device.db.bulkDocs([pending]);
    show();
    const requests = await region('Permohonan koreksi');
    fireEvent.click(await within(requests).findByRole('button', { name: 'Ubah dan kirim ulang' }));
    const day = await region('Rincian Selasa, 4 Februari 2025');
    const reason = within(day).getByLabelText('Alasan');
    fireEvent.change(reason, { target: { value: 'Rapat di kecamatan, surat tugas menyusul' } });
    await device.db.bulkDocs([makeAttendanceDecision(pending, { appraiserNip: HEAD })]);
    await within(requests).findByText('Disetujui atasan, menunggu diterapkan Pengelola');
    fireEvent.click(within(day).getByRole('button', { name: 'Kirim permohonan' }));
    expect(
      await within(day).findByText(
        'Permohonan koreksi yang sudah disetujui tidak dapat diubah atau dihapus',
      ),
    ).toBeTruthy();
    expect((reason as HTMLTextAreaElement).value).toBe('Rapat di kecamatan, surat tugas menyusul');
    expect((await request())?.reason).toBe(pending.reason);
  });

  it('withdraws a pending request after confirming', async () => {
    await device.db.bulkDocs([makeCorrection({ nip: STAFF, date: '2025-02-04', unitId: UNIT })]);
    show();
    const requests = await region('Permohonan koreksi');
    fireEvent.click(await within(requests).findByRole('button', { name: 'Tarik permohonan' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ya, tarik' }));
    expect(await screen.findByText('Permohonan koreksi ditarik.')).toBeTruthy();
    expect(await within(requests).findByText('Belum ada permohonan koreksi.')).toBeTruthy();
    expect(await request()).toBeNull();
  });

  it('reads in English', async () => {
    act(() => usePrefsStore.setState({ lang: 'en' }));
    show();
    expect(await screen.findByRole('heading', { level: 1, name: 'Attendance' })).toBeTruthy();
    const calendar = await region('Calendar February 2025');
    expect(
      within(calendar).getByRole('button', {
        name: /4 February 2025: Present, .*late by 35 minutes/,
      }),
    ).toBeTruthy();
    const tpp = await region('TPP this month');
    expect(within(tpp).getByText('Late by 35 minutes: 1%')).toBeTruthy();
    expect(within(tpp).getByText('99.4% of the TPP')).toBeTruthy();
  });
});
