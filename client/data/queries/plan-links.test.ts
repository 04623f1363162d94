import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ids } from '../../core/ids';
import type { ReadModel } from '../read-model';
import {
  closeDevices,
  employee,
  HEAD,
  OTHER,
  period,
  projectedDevice,
  STAFF,
  unit,
} from '../test-factories';
import { linkedParentPlan, parentRhkOf, pickableParentPlan } from './plan-links';
import { signingParties } from './signing-parties';

const BOSS = '196501011990031001';
const PLT = '196801011995031002';
const DAY = '2025-03-12';
afterEach(closeDevices);

/** A staff device: its own record, the superior's (unit channel) and `docs` (which may replace them). */
async function device(docs: Record<string, unknown>[]): Promise<ReadModel> {
  const all = [
    employee(HEAD, { superiorNip: BOSS, name: 'Lurah A', position: 'Lurah', rank: 'III/c' }),
    employee(STAFF, { name: 'Staf A' }),
    unit('kelurahan-a', 'Kelurahan A', HEAD),
    period(),
    ...docs,
  ];
  return projectedDevice(all);
}

const skp = (nip: string, status: 'draft' | 'submitted', periodId = '2025') => ({
  _id: ids.skp(nip, periodId),
  type: 'skp',
  schemaVersion: 1,
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
      {
        _id: ids.skpApproval(HEAD, '2025'),
        type: 'skp-approval',
        schemaVersion: 1,
        nip: HEAD,
        periodId: '2025',
        appraiserNip: BOSS,
        decision: 'returned',
        note: 'Perbaiki target',
        expectations: {},
        skpRev: rev,
        decidedAt: '2025-01-08T01:00:00.000Z',
      },
    ]);
    expect(await pickableParentPlan(withReturn, STAFF, '2025', DAY)).toBeNull();
  });

  it("falls back to an acting head's SKP when the recorded superior has none", async () => {
    const acting = [{ actingNip: OTHER, kind: 'plt', from: '2025-03-01', to: '2025-03-31' }];
    const rm = await device([
      employee(HEAD, { superiorNip: BOSS, name: 'Lurah A', position: 'Lurah', acting }),
      employee(OTHER, { name: 'Plt Lurah' }),
      skp(OTHER, 'submitted'),
    ]);
    expect((await pickableParentPlan(rm, STAFF, '2025', DAY))?.name).toBe('Plt Lurah');
    expect(await pickableParentPlan(rm, STAFF, '2025', '2025-05-01')).toBeNull();
  });
});

describe('the parties who sign', () => {
  const party = (nip: string, name: string) => ({
    nip,
    name,
    position: '',
    rank: '',
    unitName: '',
  });
  const earlierFinal = {
    _id: ids.appraisal(OTHER, '2024-q4'),
    type: 'appraisal',
    schemaVersion: 1,
    nip: OTHER,
    periodId: '2024-q4',
    appraiserNip: HEAD,
    status: 'final',
    rhk: {},
    hasilKerja: { rating: 'sesuai', note: '', evidence: [], updatedAt: '2025-01-03T01:00:00.000Z' },
    perilaku: {},
    perilakuOverall: {
      rating: 'sesuai',
      note: '',
      evidence: [],
      updatedAt: '2025-01-03T01:00:00.000Z',
    },
    recommendations: [],
    predikat: 'baik',
    parties: {
      pegawai: party(OTHER, 'Staf B'),
      penilai: party(HEAD, 'Lurah A'),
      atasanPenilai: party(BOSS, 'Camat (dari penilaian lalu)'),
    },
    finalizedAt: '2025-01-03T01:00:00.000Z',
    updatedAt: '2025-01-03T01:00:00.000Z',
  };
  const boss = (acting: unknown[] = []) =>
    employee(BOSS, {
      superiorNip: null,
      name: 'Drs. Camat',
      position: 'Camat',
      rank: 'Pembina (IV/a)',
      unitId: 'kecamatan',
      acting,
    });
  const kecamatan = {
    _id: ids.unit('kecamatan'),
    type: 'unit',
    schemaVersion: 1,
    unitId: 'kecamatan',
    name: 'Kecamatan Gayungan',
    parentId: null,
    headNip: BOSS,
  };

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
    const acting = [{ actingNip: PLT, kind: 'plt', from: '2025-03-01', to: '2025-03-31' }];
    const rm = await device([
      boss(acting),
      kecamatan,
      employee(PLT, { superiorNip: null, name: 'Plt Camat', unitId: 'kecamatan' }),
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
