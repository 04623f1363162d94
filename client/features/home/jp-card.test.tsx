// @vitest-environment jsdom
// Beranda's JP ring for an employee: the year's verified JP against the target (a completion still
// waiting for verification does not count), below Perlu tindakan, leading to Pengembangan.
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  makeCompletion,
  makeEnrolment,
  makeEnrolmentAdmin,
  makeTraining,
} from '../../core/testing/factories';
import { useSessionStore } from '../../data/session-store';
import { userDataFor } from '../../data/testing/devices';
import { eventually } from '../../data/testing/eventually';
import { kelurahanDeviceEachTest } from '../../data/testing/kelurahan-device';
import { STAFF, UNIT } from '../../data/testing/kelurahan';
import { UserDataContext } from '../../data/user-data';
import { HomeScreen } from './home-screen';

const year = new Date().getFullYear();
const at = (mmdd: string) => `${year}-${mmdd}T01:00:00.000Z`;
const seat = { status: 'confirmed' as const, note: '', at: at('01-02'), by: 'admin' };

/** A catalog activity of `jp` JP that STAFF completed; verified or still waiting. */
function completed(trainingId: string, jp: number, verified: boolean) {
  return [
    makeTraining({ trainingId, title: trainingId, jp, start: null, end: null }),
    makeEnrolment({
      nip: STAFF,
      unitId: UNIT,
      key: trainingId,
      trainingId,
      completion: makeCompletion({ reportedAt: at('01-20'), date: `${year}-01-19` }),
    }),
    makeEnrolmentAdmin({
      nip: STAFF,
      key: trainingId,
      unitId: UNIT,
      seat,
      verification: verified
        ? { status: 'verified', note: '', at: at('02-01'), by: 'admin', reportedAt: at('01-20') }
        : null,
    }),
  ];
}

const device = kelurahanDeviceEachTest([
  ...completed('manajemen-waktu', 8, true),
  ...completed('literasi-digital', 12, false),
]);

afterEach(() => {
  cleanup();
});

describe('Beranda JP ring', () => {
  it('shows the verified JP of the year against the target and leads to Pengembangan', async () => {
    await eventually(async () =>
      expect(await device.rm.docs.where('type').equals('enrolment-admin').count()).toBe(2),
    );
    useSessionStore.setState({
      status: 'signed-in',
      user: { nip: STAFF, name: 'Dewi', position: 'Guru', unitId: UNIT, roles: ['pegawai'] },
    });
    render(
      <UserDataContext value={userDataFor(device.db, device.rm, STAFF)}>
        <main>
          <HomeScreen />
        </main>
      </UserDataContext>,
    );
    const card = await screen.findByRole('region', { name: 'Pengembangan kompetensi' });
    await within(card).findByRole('img', {
      name: `8 dari 20 JP terverifikasi tahun ${year}; 12 JP menunggu verifikasi`,
    });
    expect(within(card).getByText('8 / 20 JP')).toBeTruthy();
    expect(within(card).getByText(`JP terverifikasi tahun ${year}`)).toBeTruthy();
    expect(within(card).getByText('12 JP menunggu verifikasi')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Buka Pengembangan' }).getAttribute('href')).toBe(
      '/pengembangan',
    );
    // Right below Perlu tindakan.
    const regions = screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'));
    const names = regions.map((id) => (id ? document.getElementById(id)?.textContent : null));
    expect(names.indexOf('Perlu tindakan')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('Pengembangan kompetensi')).toBe(names.indexOf('Perlu tindakan') + 1);
  });
});
