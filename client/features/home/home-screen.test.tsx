// @vitest-environment jsdom
// A lurah's Beranda: what waits for verification is said once, in Perlu tindakan; the Tim card
// tells how many of the team logged today and leads to Tim.
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { civilDate } from '../../core/dates';
import { makeActivity } from '../../core/testing/factories';
import { useSessionStore } from '../../data/session-store';
import { userDataFor } from '../../data/testing/devices';
import { eventually } from '../../data/testing/eventually';
import { kelurahanDeviceEachTest } from '../../data/testing/kelurahan-device';
import { HEAD, STAFF, UNIT } from '../../data/testing/kelurahan';
import { UserDataContext } from '../../data/user-data';
import { HomeScreen } from './home-screen';

const TODAY = civilDate(Date.now());

const device = kelurahanDeviceEachTest();

afterEach(() => {
  cleanup();
});

function showHead() {
  useSessionStore.setState({
    status: 'signed-in',
    user: { nip: HEAD, name: 'Lurah', position: 'Lurah', unitId: UNIT, roles: ['pejabat-penilai'] },
  });
  return render(
    <UserDataContext value={userDataFor(device.db, device.rm, HEAD)}>
      <main>
        <HomeScreen />
      </main>
    </UserDataContext>,
  );
}

describe('Beranda of a head', () => {
  it('says once what waits for verification, and how many of the team logged today', async () => {
    // STAFF logged two entries today, both waiting; OTHER logged nothing.
    await device.db.bulkDocs([
      makeActivity({ nip: STAFF, date: TODAY, status: 'submitted', round: 1 }),
      makeActivity({
        nip: STAFF,
        date: TODAY,
        start: '10:00',
        end: '11:00',
        status: 'submitted',
        round: 1,
      }),
    ]);
    await eventually(async () => expect(await device.rm.activities.count()).toBe(2));
    showHead();

    await screen.findByText('1 dari 2 anggota tim sudah mencatat kegiatan hari ini.');
    const team = screen.getByRole('region', { name: 'Tim' });
    expect(within(team).getByRole('link', { name: 'Buka Tim' }).getAttribute('href')).toBe('/tim');
    await screen.findByText('2 kegiatan menunggu verifikasi');
    expect(screen.getAllByText(/menunggu verifikasi/)).toHaveLength(1);

    const result = await axe.run(document.body, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
