/**
 * The People section's tests play on a Pengelola's device: a real local PouchDB holding a small
 * directory (a dinas with a school, a kelurahan, a retired teacher), its read model projected
 * and following, and the section rendered at a path.
 */
import { render, screen, within } from '@testing-library/react';
import { makeEmployee, makeUnit } from '../../../../core/testing/factories';
import type { LocalDb } from '../../../../data/local-db';
import { Projector } from '../../../../data/projector';
import type { ReadModel } from '../../../../data/read-model';
import { memoryDb, readModel } from '../../../../data/testing/devices';
import { UserDataContext, type UserData } from '../../../../data/user-data';
import { PeopleSection } from '../people-section';

export const KADIS = '197203151998031002';
export const KASEK = '197805202003122001';
export const LURAH = '198207072006042010';
export const DEWI = '198811122011012003';
export const PUTRI = '199708172023212014';
export const YOGA = '199303032020121011';
export const RETIRED = '196001011985031005';

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
async function pengelolaDevice(extra: readonly { _id: string }[] = []): Promise<UserData> {
  const db = memoryDb();
  const rm = readModel();
  await db.bulkDocs([...UNITS, ...PEOPLE, ...extra]);
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

/** Renders the section at `path` on a new Pengelola device holding the directory and `extra`. */
export async function show(path: string, extra: readonly { _id: string }[] = []) {
  window.history.pushState(null, '', path);
  const data = await pengelolaDevice(extra);
  render(
    <UserDataContext value={data}>
      <PeopleSection />
    </UserDataContext>,
  );
  return data;
}

/** The names in the table's rows, in order. */
export const rowNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0]?.textContent);

/** Closes every device `show` opened (call from afterEach, after cleanup). */
export async function closePeopleDevices(): Promise<void> {
  for (const o of open.splice(0)) {
    o.projector.stop();
    o.rm.close();
    await o.db.destroy();
  }
}
