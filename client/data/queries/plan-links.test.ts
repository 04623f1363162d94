import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ids } from '../../core/ids';
import type { Acting } from '../../core/schemas/reference';
import {
  makeFinalAppraisal,
  makeSkp,
  makeSkpApproval,
  makeUnit,
  makeYearPeriod,
  party,
} from '../../core/testing/factories';
import type { ReadModel } from '../read-model';
import { closeDevices, projectedDevice } from '../testing/devices';
import { HEAD, kelurahanEmployee, OTHER, STAFF, UNIT } from '../testing/kelurahan';
import { linkedParentPlan, parentRhkOf, pickableParentPlan } from './plan-links';
import { signingParties } from './signing-parties';

const BOSS = '196501011990031001';
const PLT = '196801011995031002';
const DAY = '2025-03-12';
afterEach(closeDevices);

/** A staff device: its own record, the superior's (unit channel) and `docs` (which may replace them). */
async function device(docs: { _id: string }[]): Promise<ReadModel> {
  const all = [
    kelurahanEmployee(HEAD, {
      superiorNip: BOSS,
      name: 'Lurah A',
      position: 'Lurah',
      rank: 'III/c',
    }),
    kelurahanEmployee(STAFF, { name: 'Staf A' }),
    makeUnit({ unitId: UNIT, name: 'Kelurahan A', parentId: null, headNip: HEAD }),
    makeYearPeriod(2025),
    ...docs,
  ];
  return projectedDevice(all);
}

const skp = (nip: string, status: 'draft' | 'submitted', periodId = '2025') =>
  makeSkp({
    nip,
    periodId,
    rhk: [
      {
        id: 'rhk-1',
        kind: 'utama',
        text: `Layanan prima ${nip.slice(-3)}`,
        parentRhkId: null,
        iki: [{ id: 'iki-1-1', aspect: 'kuantitas', text: 'Surat', target: 400, satuan: 'surat' }],
      },
    ],
    status,
    updatedAt: '2025-01-06T01:00:00.000Z',
  });

describe("the superior's SKP a staff RHK supports", () => {
  it("offers the superior's submitted SKP of the same year, with their name", async () => {
    const rm = await device([skp(HEAD, 'submitted')]);
    const plan = await pickableParentPlan(rm, STAFF, '2025', DAY);
    expect(plan).toMatchObject({ nip: HEAD, name: 'Lurah A', periodId: '2025' });
    expect(plan?.status).toBe('submitted');
    expect(parentRhkOf(plan, 'rhk-1')).toMatchObject({ n: 1, rhk: { text: 'Layanan prima 001' } });
    expect(parentRhkOf(plan, 'rhk-9')).toBeNull();
  });

  it("offers nothing from a draft, a returned SKP or another year, yet names a draft's RHK", async () => {
    const draft = await device([skp(HEAD, 'draft')]);
    expect(await pickableParentPlan(draft, STAFF, '2025', DAY)).toBeNull();
    expect((await linkedParentPlan(draft, STAFF, '2025', DAY))?.status).toBe('draft');

    const otherYear = await device([skp(HEAD, 'submitted', '2024')]);
    expect(await pickableParentPlan(otherYear, STAFF, '2025', DAY)).toBeNull();
    expect(await linkedParentPlan(otherYear, STAFF, '2025', DAY)).toBeNull();

    const returned = await device([skp(HEAD, 'submitted')]);
    const rev = (await returned.skps.get(ids.skp(HEAD, '2025')))?.rev ?? '';
    const withReturn = await device([
      skp(HEAD, 'submitted'),
      makeSkpApproval({
        nip: HEAD,
        periodId: '2025',
        appraiserNip: BOSS,
        decision: 'returned',
        note: 'Perbaiki target',
        expectations: {},
        skpRev: rev,
        decidedAt: '2025-01-08T01:00:00.000Z',
      }),
    ]);
    expect(await pickableParentPlan(withReturn, STAFF, '2025', DAY)).toBeNull();
  });

  it("falls back to an acting head's SKP when the recorded superior has none", async () => {
    const acting: Acting[] = [
      { actingNip: OTHER, kind: 'plt', from: '2025-03-01', to: '2025-03-31' },
    ];
    const rm = await device([
      kelurahanEmployee(HEAD, { superiorNip: BOSS, name: 'Lurah A', position: 'Lurah', acting }),
      kelurahanEmployee(OTHER, { name: 'Plt Lurah' }),
      skp(OTHER, 'submitted'),
    ]);
    expect((await pickableParentPlan(rm, STAFF, '2025', DAY))?.name).toBe('Plt Lurah');
    expect(await pickableParentPlan(rm, STAFF, '2025', '2025-05-01')).toBeNull();
  });
});

describe('the parties who sign', () => {
  const earlierFinal = makeFinalAppraisal('sesuai', 'sesuai', {
    nip: OTHER,
    periodId: '2024-q4',
    appraiserNip: HEAD,
    rhk: {},
    parties: {
      pegawai: party(OTHER, { name: 'Staf B' }),
      penilai: party(HEAD, { name: 'Lurah A' }),
      atasanPenilai: party(BOSS, { name: 'Camat (dari penilaian lalu)' }),
    },
    finalizedAt: '2025-01-03T01:00:00.000Z',
    updatedAt: '2025-01-03T01:00:00.000Z',
  });
  const boss = (acting: Acting[] = []) =>
    kelurahanEmployee(BOSS, {
      superiorNip: null,
      name: 'Drs. Camat',
      position: 'Camat',
      rank: 'Pembina (IV/a)',
      unitId: 'kecamatan',
      acting,
    });
  const kecamatan = makeUnit({
    unitId: 'kecamatan',
    name: 'Kecamatan Gayungan',
    parentId: null,
    headNip: BOSS,
  });

  it("takes the atasan's name, NIP, rank, position and unit from their record", async () => {
    const rm = await device([boss(), kecamatan, earlierFinal]);
    const parties = await signingParties(rm, STAFF, HEAD, DAY);
    expect(parties?.pegawai).toMatchObject({ nip: STAFF, name: 'Staf A', unitName: 'Kelurahan A' });
    expect(parties?.penilai).toMatchObject({ nip: HEAD, rank: 'III/c', position: 'Lurah' });
    expect(parties?.atasanPenilai).toEqual({
      nip: BOSS,
      name: 'Drs. Camat',
      position: 'Camat',
      rank: 'Pembina (IV/a)',
      unitName: 'Kecamatan Gayungan',
    });
  });

  it('lets a Plt sign for an absent atasan, and falls back to an earlier appraisal', async () => {
    const acting: Acting[] = [
      { actingNip: PLT, kind: 'plt', from: '2025-03-01', to: '2025-03-31' },
    ];
    const rm = await device([
      boss(acting),
      kecamatan,
      kelurahanEmployee(PLT, { superiorNip: null, name: 'Plt Camat', unitId: 'kecamatan' }),
    ]);
    expect((await signingParties(rm, STAFF, HEAD, DAY))?.atasanPenilai?.name).toBe('Plt Camat');

    const notHere = await device([earlierFinal]);
    expect((await signingParties(notHere, STAFF, HEAD, DAY))?.atasanPenilai).toMatchObject({
      nip: BOSS,
      name: 'Camat (dari penilaian lalu)',
    });
    expect(await signingParties(notHere, OTHER, HEAD, DAY)).toBeNull();
  });
});
