// @vitest-environment jsdom
/**
 * The People section over a real local PouchDB and read model, as a Pengelola's device holds
 * them: the list's filters, the mutasi form's refusals next to their fields, read-only offline.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { civilDate } from '../../../core/dates';
import { makeEmployee, makeUnit } from '../../../core/testing/factories';
import type { LocalDb } from '../../../data/local-db';
import { Projector } from '../../../data/projector';
import type { ReadModel } from '../../../data/read-model';
import { INITIAL_SYNC_STATUS, useSyncStore } from '../../../data/sync-store';
import { memoryDb, readModel } from '../../../data/testing/devices';
import { UserDataContext, type UserData } from '../../../data/user-data';
import { PeopleSection } from './people-section';

const KADIS = '197203151998031002';
const KASEK = '197805202003122001';
const LURAH = '198207072006042010';
const DEWI = '198811122011012003';
const PUTRI = '199708172023212014';
const YOGA = '199303032020121011';
const RETIRED = '196001011985031005';

const UNITS = [
  makeUnit({ unitId: 'dinas', name: 'Dinas Pendidikan', parentId: null, headNip: KADIS }),
  makeUnit({ unitId: 'sdn-1', name: 'SD Negeri Gayungan I', parentId: 'dinas', headNip: KASEK }),
  makeUnit({ unitId: 'kel', name: 'Kelurahan Ketintang', parentId: null, headNip: LURAH }),
];
const PEOPLE = [
  makeEmployee({
    nip: KADIS,
    name: 'Drs. Bambang Sutrisno',
    position: 'Kepala Dinas',
    unitId: 'dinas',
    superiorNip: null,
  }),
  makeEmployee({
    nip: KASEK,
    name: 'Sri Wahyuni, S.Pd.',
    position: 'Kepala Sekolah',
    unitId: 'sdn-1',
    superiorNip: KADIS,
  }),
  makeEmployee({
    nip: DEWI,
    name: 'Dewi Lestari, S.Pd.',
    position: 'Guru Kelas',
    unitId: 'sdn-1',
    superiorNip: KASEK,
    assignedFrom: '2020-01-01',
  }),
  makeEmployee({
    nip: LURAH,
    name: 'Siti Aminah, S.Sos.',
    position: 'Lurah',
    unitId: 'kel',
    superiorNip: null,
  }),
  makeEmployee({
    nip: PUTRI,
    name: 'Putri Anggraini',
    position: 'Staf Pelayanan',
    unitId: 'kel',
    superiorNip: LURAH,
    kind: 'pppk',
  }),
  makeEmployee({
    nip: YOGA,
    name: 'Yoga Pratama',
    position: 'Staf Pelayanan',
    unitId: 'kel',
    superiorNip: LURAH,
  }),
  makeEmployee({
    nip: RETIRED,
    name: 'Hartono',
    position: 'Guru Kelas',
    unitId: 'sdn-1',
    superiorNip: KASEK,
    active: false,
    status: 'pensiun',
  }),
];

const open: { db: LocalDb; rm: ReadModel; projector: Projector }[] = [];

/** A Pengelola's device holding the directory, its read model projected and following. */
async function pengelolaDevice(): Promise<UserData> {
  const db = memoryDb();
  const rm = readModel();
  await db.bulkDocs([...UNITS, ...PEOPLE]);
  const projector = new Projector(db, rm);
  await projector.start();
  await projector.catchUp();
  open.push({ db, rm, projector });
  return {
    ctx: { db, user: { nip: '198602142010012015', roles: ['pengelola'] } },
    readModel: rm,
    syncNow: () => undefined,
  };
}

async function show(path: string) {
  window.history.pushState(null, '', path);
  const data = await pengelolaDevice();
  render(
    <UserDataContext value={data}>
      <PeopleSection />
    </UserDataContext>,
  );
  return data;
}

const rowNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0]?.textContent);

beforeEach(() => {
  useSyncStore.setState({ ...INITIAL_SYNC_STATUS, state: 'synced' });
});
afterEach(async () => {
  cleanup();
  for (const o of open.splice(0)) {
    o.projector.stop();
    o.rm.close();
    await o.db.destroy();
  }
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
});

describe('the mutasi form', () => {
  it('shows core’s refusal next to the superior field and keeps what was typed', async () => {
    await show(`/kelola/pegawai/${DEWI}/mutasi`);
    const superior = await screen.findByLabelText('Atasan baru');
    fireEvent.change(superior, { target: { value: RETIRED } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan mutasi' }));
    expect(await screen.findByText('Atasan harus pegawai berstatus aktif')).toBeTruthy();
    expect((screen.getByLabelText('Atasan baru') as HTMLInputElement).value).toBe(RETIRED);
    expect(screen.getByLabelText('Atasan baru').getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a TMT after today next to the TMT, with the rule said beforehand', async () => {
    await show(`/kelola/pegawai/${DEWI}/mutasi`);
    fireEvent.change(await screen.findByLabelText('Jabatan baru'), {
      target: { value: 'Guru Kelas Ahli Muda' },
    });
    const tomorrow = civilDate(Date.now() + 86_400_000);
    fireEvent.change(screen.getByLabelText('TMT'), { target: { value: tomorrow } });
    expect(
      screen.getByText(/TMT paling lambat hari ini, dan tidak sebelum TMT jabatan sekarang/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Simpan mutasi' }));
    expect(await screen.findByText('TMT paling lambat hari ini')).toBeTruthy();
    expect(screen.getByLabelText('TMT').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText('Jabatan baru') as HTMLInputElement).value).toBe(
      'Guru Kelas Ahli Muda',
    );
  });

  it('moves the person: the page shows the new superior and the riwayat', async () => {
    await show(`/kelola/pegawai/${DEWI}/mutasi`);
    fireEvent.change(await screen.findByLabelText('Atasan baru'), { target: { value: LURAH } });
    fireEvent.change(screen.getByLabelText('Unit kerja baru'), { target: { value: 'kel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan mutasi' }));
    const history = await screen.findByRole('region', { name: 'Riwayat jabatan' });
    expect(await within(history).findByText('Sri Wahyuni, S.Pd.')).toBeTruthy();
    const now = screen.getByRole('region', { name: 'Jabatan sekarang' });
    expect(within(now).getByText(`Siti Aminah, S.Sos. (${LURAH})`)).toBeTruthy();
  });
});

describe('offline', () => {
  it('keeps the person readable and every change control disabled', async () => {
    useSyncStore.setState({ ...INITIAL_SYNC_STATUS, state: 'offline' });
    await show(`/kelola/pegawai/${KASEK}`);
    expect(
      await screen.findByRole('heading', { name: 'Sri Wahyuni, S.Pd.', level: 2 }),
    ).toBeTruthy();
    expect(screen.getByText('SD Negeri Gayungan I')).toBeTruthy();
    for (const button of screen.getAllByRole('button'))
      expect(button).toHaveProperty('disabled', true);
    for (const field of [...screen.getAllByRole('textbox'), ...screen.getAllByRole('combobox')])
      expect(field).toHaveProperty('disabled', true);
    expect(screen.queryAllByRole('link', { name: /Ubah data|Mutasi/ })).toEqual([]);
  });
});
