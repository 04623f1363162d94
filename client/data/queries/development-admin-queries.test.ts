import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  makeCompletion,
  makeEnrolment,
  makeEnrolmentAdmin,
  makeEnrolmentDecision,
  makeSelfLearning,
  makeTraining,
  NIP,
  pengelolaUser,
} from '../../core/testing/factories';
import { confirmedSeat, dinasDevelopmentDocs, verifiedCheck } from '../testing/development-records';
import { closeDevices, projectedDevice } from '../testing/devices';
import { belowTargetByUnit, developmentQueue } from './development-admin-queries';

afterEach(closeDevices);

/** A Pengelola's device with the fixture Dinas and its development records. */
function device() {
  const staffB1 = { nip: NIP.staffB1, unitId: 'bidang-b' };
  const staffB2 = { nip: NIP.staffB2, unitId: 'bidang-b' };
  const checked = { seat: confirmedSeat(), verification: verifiedCheck() };
  return projectedDevice([
    // staffA1 waiting for a seat; staffA2 seated, with a belajar mandiri report waiting.
    ...dinasDevelopmentDocs(),
    makeTraining({ trainingId: 'besar', title: 'Pelatihan Besar', jp: 24, seats: null }),
    // staffB1: a verified 24 JP training of this year.
    makeEnrolment({ ...staffB1, trainingId: 'besar', completion: makeCompletion() }),
    makeEnrolmentDecision({ ...staffB1, key: 'besar' }),
    makeEnrolmentAdmin({ ...staffB1, key: 'besar', ...checked }),
    // staffB2: a verified 8 JP training and a pending hour of study: each record counts its own.
    makeEnrolment({ ...staffB2, completion: makeCompletion() }),
    makeEnrolmentDecision(staffB2),
    makeEnrolmentAdmin({ ...staffB2, ...checked }),
    makeSelfLearning(staffB2),
  ]);
}

describe('developmentQueue', () => {
  it('lists approved requests waiting for a seat with the seats taken, and reported completions', async () => {
    const rm = await device();
    const queue = await developmentQueue(rm, pengelolaUser);
    expect(
      queue.seats.map((e) => [
        e.name,
        e.unitName,
        e.record.training?.title,
        e.seatsTaken,
        e.seatsOffered,
      ]),
    ).toEqual([['Dewi Lestari', 'Bidang Anggaran', 'Kerja Sama Tim', 2, 2]]);
    expect(queue.checks.map((e) => [e.name, e.record.enrolment.self?.title]).sort()).toEqual([
      ['Rudi Hartono', 'Kursus daring Excel'],
      ['Siti Aminah', 'Kursus daring Excel'],
    ]);
  });

  it('shows a Pengelola of one unit only the records of the units they keep', async () => {
    const rm = await device();
    const queue = await developmentQueue(rm, { ...pengelolaUser, scope: 'bidang-b' });
    expect(queue.seats).toEqual([]);
    expect(queue.checks.map((e) => e.name)).toEqual(['Siti Aminah']);
  });
});

describe('belowTargetByUnit', () => {
  it('lists per unit who has fewer verified JP than the target, with their pending JP', async () => {
    const rm = await device();
    const units = await belowTargetByUnit(rm, pengelolaUser, 2026);
    const bidangA = units.find((u) => u.unitId === 'bidang-a');
    expect(
      bidangA?.below.map((p) => [
        p.name,
        p.progress.verified,
        p.progress.pending,
        p.progress.target,
      ]),
    ).toEqual([
      ['Dewi Lestari', 0, 0, 20],
      ['Rudi Hartono', 0, 2, 20],
      ['Sri Wahyuni, S.E.', 0, 0, 20],
    ]);
    const bidangB = units.find((u) => u.unitId === 'bidang-b');
    expect(bidangB?.people).toBe(3);
    expect(bidangB?.below.map((p) => [p.name, p.progress.verified, p.progress.pending])).toEqual([
      ['Agus Santoso, S.T.', 0, 0],
      ['Siti Aminah', 8, 2],
    ]);
    const scoped = await belowTargetByUnit(rm, { ...pengelolaUser, scope: 'bidang-b' }, 2026);
    expect(scoped.map((u) => u.unitId)).toEqual(['bidang-b']);
  });
});
