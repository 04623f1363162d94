// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  makeAppraisal,
  makeOrgRating,
  makeUnit,
  makeYearPeriod,
  ratedItem,
} from '../../../core/testing/factories';
import { BERAKHLAK, type Predikat, type Rating } from '../../../core/vocabulary';
import { calibrationFor } from '../../../data/queries/calibration-queries';
import type { LocalDb } from '../../../data/local-db';
import { Projector } from '../../../data/projector';
import type { ReadModel } from '../../../data/read-model';
import { useSessionStore } from '../../../data/session-store';
import { memoryDb, readModel, userDataFor } from '../../../data/testing/devices';
import { HEAD, kelurahanEmployee, OTHER, STAFF, UNIT } from '../../../data/testing/kelurahan';
import { UserDataContext } from '../../../data/user-data';
import { calibrate } from './calibration-model';
import { CalibrationScreen } from './calibration-screen';

const BOSS = '196501011990031001';
const THIRD = '199201012020012004';
const Q1 = '2025-q1';
const Q2 = '2025-q2';
const open: { db: LocalDb; rm: ReadModel }[] = [];

afterEach(async () => {
  cleanup();
  for (const o of open.splice(0)) {
    o.rm.close();
    await o.db.destroy();
  }
});

const item = (rating: Rating | null) =>
  ratedItem(rating, { note: '', updatedAt: '2025-04-03T01:00:00.000Z' });

/** An appraisal by HEAD; `values` rates the seven BerAKHLAK values (halo when all the same). */
function appraisal(
  nip: string,
  periodId: string,
  r: { hasil: Rating; perilaku: Rating; predikat: Predikat | null; values?: Rating[] },
) {
  const values = r.values ?? [
    'sesuai',
    'di-atas',
    'sesuai',
    'sesuai',
    'sesuai',
    'sesuai',
    'sesuai',
  ];
  return makeAppraisal({
    nip,
    periodId,
    appraiserNip: HEAD,
    status: r.predikat ? 'final' : 'draft',
    rhk: {},
    hasilKerja: item(r.hasil),
    perilaku: Object.fromEntries(BERAKHLAK.map((v, i) => [v, item(values[i] ?? null)])),
    perilakuOverall: item(r.perilaku),
    predikat: r.predikat,
    finalizedAt: r.predikat ? '2025-04-03T01:00:00.000Z' : null,
    updatedAt: '2025-04-03T01:00:00.000Z',
  });
}

/** The atasan's device: the appraiser HEAD under BOSS, three staff, Q1 finals, a Q2 draft. */
async function atasanDevice(
  finals: Record<string, unknown>[],
): Promise<{ db: LocalDb; rm: ReadModel }> {
  const db = memoryDb();
  const rm = readModel();
  open.push({ db, rm });
  await db.bulkDocs([
    kelurahanEmployee(BOSS, { superiorNip: null, name: 'Kepala Dinas', unitId: 'dinas' }),
    kelurahanEmployee(HEAD, { superiorNip: BOSS, name: 'Lurah A', position: 'Lurah' }),
    kelurahanEmployee(STAFF, { name: 'Staf A' }),
    kelurahanEmployee(OTHER, { name: 'Staf B' }),
    kelurahanEmployee(THIRD, { name: 'Staf C' }),
    makeUnit({ unitId: UNIT, name: 'Kelurahan A', parentId: null, headNip: HEAD }),
    makeOrgRating({
      unitId: UNIT,
      periodId: Q1,
      rating: 'baik',
      setBy: BOSS,
      setAt: '2025-04-02T01:00:00.000Z',
    }),
    makeYearPeriod(2025, { periodId: Q1, kind: 'quarterly', quarter: 1, end: '2025-03-31' }),
    makeYearPeriod(2025, {
      periodId: Q2,
      kind: 'quarterly',
      quarter: 2,
      start: '2025-04-01',
      end: '2025-06-30',
    }),
    appraisal(STAFF, Q2, { hasil: 'sesuai', perilaku: 'sesuai', predikat: null }),
    ...finals,
  ]);
  await new Projector(db, rm).catchUp();
  return { db, rm };
}

describe('calibration for the Atasan Pejabat Penilai', () => {
  it("spreads an appraiser's final predikat per period and checks the unit's curve", async () => {
    const { rm } = await atasanDevice([
      appraisal(STAFF, Q1, { hasil: 'di-atas', perilaku: 'di-atas', predikat: 'sangat-baik' }),
      appraisal(OTHER, Q1, { hasil: 'sesuai', perilaku: 'sesuai', predikat: 'baik' }),
      appraisal(THIRD, Q1, { hasil: 'di-bawah', perilaku: 'sesuai', predikat: 'butuh-perbaikan' }),
    ]);
    const [head, ...others] = await calibrationFor(rm, BOSS, '2025-04-12');
    expect(others).toEqual([]);
    expect(head?.appraiser.nip).toBe(HEAD);
    expect(head?.periods.map((p) => [p.period.periodId, p.finals.length, p.drafts])).toEqual([
      [Q2, 0, 1],
      [Q1, 3, 0],
    ]);
    const q1 = head?.periods[1];
    if (!q1) throw new Error('no Q1');
    const c = calibrate(q1);
    expect(c.total).toBe(3);
    expect(c.spread.filter((s) => s.count > 0).map((s) => s.predikat)).toEqual([
      'sangat-baik',
      'baik',
      'butuh-perbaikan',
    ]);
    expect(c.curves).toMatchObject([{ unitName: 'Kelurahan A', rated: 3, broken: [] }]);
    expect(c.hints).toEqual([]);
    expect(c.halo).toEqual([]);
    // The appraiser is not an atasan's report here: nothing to calibrate.
    expect(await calibrationFor(rm, HEAD, '2025-04-12')).toEqual([]);
  });

  it("checks a unit's curve only once its people are all final, and says how many are still in draft", async () => {
    const { rm } = await atasanDevice([
      appraisal(STAFF, Q1, { hasil: 'sesuai', perilaku: 'sesuai', predikat: 'baik' }),
      appraisal(OTHER, Q1, { hasil: 'sesuai', perilaku: 'sesuai', predikat: null }),
      appraisal(THIRD, Q1, { hasil: 'sesuai', perilaku: 'sesuai', predikat: null }),
    ]);
    const [head] = await calibrationFor(rm, BOSS, '2025-04-12');
    const q1 = head?.periods.find((p) => p.period.periodId === Q1);
    if (!q1) throw new Error('no Q1');
    // One Baik of a Baik unit lacks its Butuh Perbaikan or Kurang, but two are still in draft.
    expect(calibrate(q1).curves).toMatchObject([{ rated: 1, pending: 2, broken: [] }]);
  });

  it('shows the broken curve rule and the halo and leniency hints on the screen', async () => {
    const top = { hasil: 'di-atas', perilaku: 'di-atas', predikat: 'sangat-baik' } as const;
    const { db, rm } = await atasanDevice([
      appraisal(STAFF, Q1, { ...top, values: Array<Rating>(7).fill('di-atas') }),
      appraisal(OTHER, Q1, top),
      appraisal(THIRD, Q1, top),
    ]);
    useSessionStore.setState({
      status: 'signed-in',
      user: {
        nip: BOSS,
        name: 'Kepala Dinas',
        position: 'Kepala Dinas',
        unitId: 'dinas',
        roles: ['pegawai', 'pejabat-penilai', 'atasan-penilai'],
      },
    });
    render(
      <UserDataContext value={userDataFor(db, rm, BOSS)}>
        <CalibrationScreen />
      </UserDataContext>,
    );
    const section = await screen.findByRole('region', { name: 'Lurah A' });
    const q1 = within(section).getByRole('region', { name: 'Triwulan I 2025' });
    within(q1).getByText('3 penilaian final · 0 masih draf');
    within(q1).getByText('Capaian kinerja organisasi Kelurahan A: Baik.');
    within(q1).getByText(/melanggar kurva distribusi.*paling sedikit satu Butuh Perbaikan/);
    within(q1).getByText(/Semua 3 pegawai berpredikat Sangat Baik/);
    within(q1).getByText(/Semua 3 pegawai mendapat nilai hasil kerja Di Atas Ekspektasi/);
    within(q1).getByText(/Ketujuh nilai BerAKHLAK Staf A diberi Di Atas Ekspektasi/);
    expect(within(q1).getByRole('link', { name: 'Staf B' }).getAttribute('href')).toBe(
      `/penilaian/${OTHER}/${Q1}/dokumen`,
    );
    const q2 = within(section).getByRole('region', { name: 'Triwulan II 2025' });
    within(q2).getByText('Belum ada penilaian final pada periode ini.');
  });
});
