// @vitest-environment jsdom
/** The People list over a Pengelola's device: everyone, the filters, search as one types, pages. */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEmployee } from '../../../core/testing/factories';
import { INITIAL_SYNC_STATUS, useSyncStore } from '../../../data/sync-store';
import { closePeopleDevices, LURAH, rowNames, show } from './testing/people-device';

beforeEach(() => {
  useSyncStore.setState({ ...INITIAL_SYNC_STATUS, state: 'synced' });
});
afterEach(async () => {
  cleanup();
  await closePeopleDevices();
});

describe('the people list', () => {
  it('lists everyone, inactive people included, and says how many match', async () => {
    await show('/kelola/pegawai');
    expect(await screen.findByText('7 pegawai cocok')).toBeTruthy();
    expect(rowNames()).toContain('Hartono');
  });

  it('filters by unit with its sub-units, by ASN type, status and role, and searches as one types', async () => {
    await show('/kelola/pegawai');
    await screen.findByText('7 pegawai cocok');
    const choose = (label: string, value: string) =>
      fireEvent.change(screen.getByLabelText(label), { target: { value } });

    await choose('Unit kerja', 'dinas');
    expect(await screen.findByText('4 pegawai cocok')).toBeTruthy();
    expect(rowNames()).toEqual([
      'Dewi Lestari, S.Pd.',
      'Drs. Bambang Sutrisno',
      'Hartono',
      'Sri Wahyuni, S.Pd.',
    ]);

    await choose('Status', 'pensiun');
    expect(await screen.findByText('1 pegawai cocok')).toBeTruthy();
    await choose('Status', '');
    await choose('Unit kerja', '');

    await choose('Jenis ASN', 'pppk');
    expect(rowNames()).toEqual(['Putri Anggraini']);
    await choose('Jenis ASN', '');

    await choose('Peran', 'kepala');
    expect(rowNames()).toEqual([
      'Drs. Bambang Sutrisno',
      'Siti Aminah, S.Sos.',
      'Sri Wahyuni, S.Pd.',
    ]);
    await choose('Peran', '');

    fireEvent.change(screen.getByLabelText('Cari nama atau NIP'), { target: { value: 'yog' } });
    expect(await screen.findByText('1 pegawai cocok')).toBeTruthy();
    expect(rowNames()).toEqual(['Yoga Pratama']);
    fireEvent.change(screen.getByLabelText('Cari nama atau NIP'), {
      target: { value: '19970817' },
    });
    expect(await screen.findByText('1 pegawai cocok')).toBeTruthy();
    expect(rowNames()).toEqual(['Putri Anggraini']);
  });

  it('shows a page of 50 at a time with the count of all, and moves between pages', async () => {
    const staff = Array.from({ length: 120 }, (_, i) =>
      makeEmployee({
        nip: `199001012015011${String(i).padStart(3, '0')}`,
        name: `Staf ${String(i).padStart(3, '0')}`,
        unitId: 'kel',
        superiorNip: LURAH,
      }),
    );
    await show('/kelola/pegawai?unit=kel', staff);
    expect(await screen.findByText('123 pegawai cocok')).toBeTruthy();
    expect(rowNames()).toHaveLength(50);
    expect(screen.getByText('Halaman 1 dari 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Berikutnya' }));
    expect(await screen.findByText('Halaman 2 dari 3')).toBeTruthy();
    expect(rowNames()[0]).toBe('Staf 048');
  });
});
