// @vitest-environment jsdom
// Beranda's three aspects for the year so far: a summary line each, the figures and "Cara
// dihitung" folded under it, the year's draft ratings kept from the employee, and the ways to
// Kehadiran and to the latest Rapor.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  makeActivity,
  makeAppraisal,
  makeAttendance,
  makeFinalAppraisal,
  makeVerification,
  ratedItem,
} from '../../core/testing/factories';
import { useSessionStore } from '../../data/session-store';
import { userDataFor } from '../../data/testing/devices';
import { kelurahanDeviceEachTest } from '../../data/testing/kelurahan-device';
import { HEAD, STAFF, TODAY, UNIT } from '../../data/testing/kelurahan';
import { UserDataContext } from '../../data/user-data';
import { HomeScreen } from './home-screen';
import { ThreeAspectsCard } from './three-aspects-card';

const approved = makeActivity({ nip: STAFF, date: '2025-02-03', status: 'submitted', round: 1 });
const returned = makeActivity({ nip: STAFF, date: '2025-03-10', status: 'draft', round: 1 });
const device = kelurahanDeviceEachTest([
  // February 2025: 20 working days, one of them without leave. March is not imported yet.
  makeAttendance({ nip: STAFF, month: '2025-02', unitId: UNIT }, [
    { date: '2025-02-12', status: 'tanpa-keterangan', in: null, out: null },
  ]),
  approved,
  returned,
  makeVerification(approved, { appraiserNip: HEAD }),
  makeVerification(returned, { appraiserNip: HEAD, decision: 'returned', note: 'Foto buram.' }),
  // This year's appraisal is a draft: its ratings are the head's until final.
  makeAppraisal({
    nip: STAFF,
    periodId: '2025',
    appraiserNip: HEAD,
    hasilKerja: ratedItem('di-bawah'),
  }),
]);

afterEach(() => {
  cleanup();
});

function show(children: React.ReactNode) {
  render(
    <UserDataContext value={userDataFor(device.db, device.rm, STAFF)}>
      <main>{children}</main>
    </UserDataContext>,
  );
}

describe('Beranda’s three aspects', () => {
  it('sums up the year so far, folds the figures under "Cara dihitung" and keeps draft ratings back', async () => {
    show(<ThreeAspectsCard nip={STAFF} today={TODAY} />);
    const card = await screen.findByRole('region', { name: 'Tiga aspek kinerja' });
    within(card).getByText('Tahun 2025 sampai hari ini');
    const attendance = await within(card).findByRole('region', { name: 'Kehadiran' });
    within(attendance).getByText('Hadir 19 dari 20 hari kerja');
    const absent = within(attendance).getByText('Tanpa keterangan');
    expect(absent.closest('details')?.open).toBe(false);
    fireEvent.click(within(attendance).getByText('Cara dihitung'));
    expect(absent.closest('details')?.open).toBe(true);
    expect(absent.nextElementSibling?.textContent).toBe('1 hari');
    expect(
      within(attendance).getByRole('link', { name: 'Buka Kehadiran' }).getAttribute('href'),
    ).toBe('/kehadiran');

    const quality = within(card).getByRole('region', { name: 'Kualitas pekerjaan' });
    within(quality).getByText('1 dari 2 kegiatan disetujui tanpa dikembalikan');
    expect(within(quality).queryByText('Hasil Kerja')).toBeNull();
    within(quality).getByText('Nilai hasil kerja muncul di sini setelah penilaian final.');
    // No Rapor yet: the way leads to Kinerja.
    expect(within(card).getByRole('link', { name: 'Lihat kinerja' }).getAttribute('href')).toBe(
      '/kinerja',
    );
  });

  it('leads to the latest Rapor once an appraisal is final', async () => {
    await device.db.put(
      makeFinalAppraisal('sesuai', 'sesuai', { nip: STAFF, periodId: '2024', appraiserNip: HEAD }),
    );
    show(<ThreeAspectsCard nip={STAFF} today={TODAY} />);
    const card = await screen.findByRole('region', { name: 'Tiga aspek kinerja' });
    const rapor = await within(card).findByRole('link', { name: 'Buka Rapor' });
    expect(rapor.getAttribute('href')).toBe('/kinerja/rapor/2024');
  });

  it('is on the employee’s Beranda', async () => {
    useSessionStore.setState({
      status: 'signed-in',
      user: { nip: STAFF, name: 'Dewi', position: 'Guru', unitId: UNIT, roles: ['pegawai'] },
    });
    show(<HomeScreen />);
    const card = await screen.findByRole('region', { name: 'Tiga aspek kinerja' });
    await within(card).findByRole('region', { name: 'Kontribusi terhadap tim' });
    within(card).getByRole('link', { name: 'Buka Kehadiran' });
  });
});
