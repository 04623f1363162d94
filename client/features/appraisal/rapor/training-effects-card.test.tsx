// @vitest-environment jsdom
// The Rapor's "did it help?": an activity verified between two final appraisals shows, for the
// area it addressed, the rating before and now; without such an activity the card is absent.
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  makeCompletion,
  makeEnrolment,
  makeEnrolmentAdmin,
  makeFinalAppraisal,
  makePeriod,
  makeTraining,
} from '../../../core/testing/factories';
import { userDataFor } from '../../../data/testing/devices';
import { eventually } from '../../../data/testing/eventually';
import { HEAD, STAFF, UNIT } from '../../../data/testing/kelurahan';
import { kelurahanDeviceEachTest } from '../../../data/testing/kelurahan-device';
import { UserDataContext } from '../../../data/user-data';
import { TrainingEffectsCard } from './training-effects-card';

const quarter = (periodId: string, start: string, end: string) =>
  makePeriod({ periodId, kind: 'quarterly', year: 2025, label: periodId, start, end });
const appraisal = (periodId: string, hasil: 'di-bawah' | 'sesuai') =>
  makeFinalAppraisal(hasil, 'sesuai', { nip: STAFF, appraiserNip: HEAD, periodId });
const TITLE = 'Manajemen Waktu dan Prioritas Kerja';

const device = kelurahanDeviceEachTest([
  quarter('2025-q1', '2025-01-01', '2025-03-31'),
  quarter('2025-q2', '2025-04-01', '2025-06-30'),
  appraisal('2025-q1', 'di-bawah'),
  appraisal('2025-q2', 'sesuai'),
  makeTraining({ trainingId: 'manajemen-waktu', title: TITLE, focus: ['hasil-kerja'] }),
  makeEnrolment({
    nip: STAFF,
    unitId: UNIT,
    key: 'manajemen-waktu',
    trainingId: 'manajemen-waktu',
    completion: makeCompletion({ reportedAt: '2025-05-11T01:00:00.000Z', date: '2025-05-10' }),
  }),
  makeEnrolmentAdmin({
    nip: STAFF,
    key: 'manajemen-waktu',
    unitId: UNIT,
    seat: { status: 'confirmed', note: '', at: '2025-04-20T01:00:00.000Z', by: 'admin' },
    verification: {
      status: 'verified',
      note: '',
      at: '2025-05-12T01:00:00.000Z',
      by: 'admin',
      reportedAt: '2025-05-11T01:00:00.000Z',
    },
  }),
]);

afterEach(() => {
  cleanup();
});

function show(periodId: string) {
  return render(
    <UserDataContext value={userDataFor(device.db, device.rm, STAFF)}>
      <TrainingEffectsCard nip={STAFF} periodId={periodId} />
    </UserDataContext>,
  );
}

async function projected() {
  await eventually(async () => {
    expect(await device.rm.appraisals.count()).toBe(2);
    expect(await device.rm.docs.where('type').equals('enrolment-admin').count()).toBe(1);
  });
}

describe('TrainingEffectsCard', () => {
  it('shows the rating before and after for the area the verified activity addressed', async () => {
    await projected();
    show('2025-q2');
    const card = await screen.findByRole('region', { name: 'Apakah pengembangan membantu?' });
    expect(within(card).getByText('Hasil Kerja')).toBeTruthy();
    expect(card.textContent).toMatch(
      /Sebelumnya Di Bawah Ekspektasi → sekarang Sesuai Ekspektasi · naik/,
    );
    expect(within(card).getByText(`Setelah mengikuti: ${TITLE}`)).toBeTruthy();
  });

  it('is absent from a Rapor with no activity completed since the one before', async () => {
    await projected();
    render(
      <UserDataContext value={userDataFor(device.db, device.rm, STAFF)}>
        <div data-testid="q1">
          <TrainingEffectsCard nip={STAFF} periodId="2025-q1" />
        </div>
        <TrainingEffectsCard nip={STAFF} periodId="2025-q2" />
      </UserDataContext>,
    );
    // Once the second period's card shows, the first one's query has answered too: nothing.
    await screen.findByRole('region', { name: 'Apakah pengembangan membantu?' });
    await eventually(() =>
      expect(screen.getAllByRole('region', { name: 'Apakah pengembangan membantu?' })).toHaveLength(
        1,
      ),
    );
    expect(screen.getByTestId('q1').textContent).toBe('');
  });
});
