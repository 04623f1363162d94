import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ids } from '../../core/ids';
import type { OrgRatingDoc } from '../../core/schemas/reference';
import {
  makeActivity,
  makeFeedback,
  makeFinalAppraisal,
  makeObjection,
  makeObjectionDecision,
  makeOrgRating,
  makeSkp,
  makeSkpApproval,
  makeUnit,
  makeYearPeriod,
  party,
} from '../../core/testing/factories';
import type { ReadModel } from '../read-model';
import { closeDevices, projectedDevice } from '../testing/devices';
import { HEAD, kelurahanEmployee, OTHER, STAFF, UNIT } from '../testing/kelurahan';
import { appraisalContext, feedbackAbout, objectionsFor, orgRatingFor } from './appraisal-queries';
import { skpsToDecide, skpState } from './skp-queries';

const BOSS = '196501011990031001';
const Q1 = '2025-q1';
const Q2 = '2025-q2';
afterEach(closeDevices);

/** A device holding `docs`, projected into its read model. */
async function device(docs: { _id: string }[]): Promise<ReadModel> {
  return projectedDevice([
    kelurahanEmployee(HEAD, {
      superiorNip: BOSS,
      name: 'Lurah A',
      position: 'Lurah',
      rank: 'Penata (III/c)',
    }),
    kelurahanEmployee(STAFF, { name: 'Staf A' }),
    kelurahanEmployee(OTHER, { name: 'Staf B' }),
    makeUnit({ unitId: UNIT, name: 'Kelurahan A', parentId: null, headNip: HEAD }),
    makeYearPeriod(2025),
    makeYearPeriod(2025, { periodId: Q1, kind: 'quarterly', quarter: 1, end: '2025-03-31' }),
    makeYearPeriod(2025, {
      periodId: Q2,
      kind: 'quarterly',
      quarter: 2,
      start: '2025-04-01',
      end: '2025-06-30',
    }),
    ...docs,
  ]);
}

const skp = (nip: string, status: 'draft' | 'submitted') =>
  makeSkp({
    nip,
    periodId: '2025',
    rhk: [
      {
        id: 'rhk-1',
        kind: 'utama',
        text: 'Layanan',
        parentRhkId: null,
        iki: [{ id: 'iki-1-1', aspect: 'kuantitas', text: 'Surat', target: 400, satuan: 'surat' }],
      },
    ],
    status,
    updatedAt: '2025-01-06T01:00:00.000Z',
  });

const approval = (nip: string, skpRev: string) =>
  makeSkpApproval({
    nip,
    periodId: '2025',
    appraiserNip: HEAD,
    expectations: { kolaboratif: 'Aktif di tim' },
    skpRev,
    decidedAt: '2025-01-08T01:00:00.000Z',
  });

const finalAppraisal = (nip: string, periodId: string) =>
  makeFinalAppraisal('sesuai', 'sesuai', {
    nip,
    periodId,
    appraiserNip: HEAD,
    rhk: {},
    parties: {
      pegawai: party(nip, { name: 'Staf' }),
      penilai: party(HEAD, { name: 'Lurah A' }),
      atasanPenilai: null,
    },
    finalizedAt: '2025-04-03T01:00:00.000Z',
    updatedAt: '2025-04-03T01:00:00.000Z',
  });

describe('SKP queries', () => {
  it('an approval counts only for the SKP revision it answered', async () => {
    const rm = await device([skp(STAFF, 'submitted'), skp(OTHER, 'submitted')]);
    const rev = (await rm.skps.get(ids.skp(STAFF, '2025')))?.rev ?? '';
    expect((await skpState(rm, STAFF, '2025')).status).toBe('submitted');
    expect((await skpsToDecide(rm, HEAD, '2025-03-12')).map((s) => s.nip).sort()).toEqual(
      [STAFF, OTHER].sort(),
    );

    const approved = await device([skp(STAFF, 'submitted'), approval(STAFF, rev)]);
    expect((await skpState(approved, STAFF, '2025')).status).toBe('approved');
    expect(await skpsToDecide(approved, HEAD, '2025-03-12')).toEqual([]);
    const stale = await device([skp(STAFF, 'submitted'), approval(STAFF, '1-other')]);
    expect((await skpState(stale, STAFF, '2025')).status).toBe('submitted');
  });
});

describe('appraisal queries', () => {
  it("gathers a period's context: the year's SKP and the approved expectations", async () => {
    const rm = await device([skp(STAFF, 'submitted')]);
    const rev = (await rm.skps.get(ids.skp(STAFF, '2025')))?.rev ?? '';
    const ctx = await appraisalContext(rm, STAFF, Q1);
    expect(ctx?.plan.skp?.rhk).toHaveLength(1);
    expect(ctx?.expectations).toEqual({});
    expect(await appraisalContext(rm, STAFF, '2024-q1')).toBeNull();

    const withApproval = await device([skp(STAFF, 'submitted'), approval(STAFF, rev)]);
    expect((await appraisalContext(withApproval, STAFF, Q1))?.expectations).toEqual({
      kolaboratif: 'Aktif di tim',
    });
  });

  it("gives each RHK and value the period's feedback about it, oldest first", async () => {
    const about = { nip: STAFF, authorNip: HEAD };
    const log = makeActivity({
      nip: STAFF,
      date: '2025-02-03',
      rhkId: 'rhk-1',
      status: 'submitted',
    });
    const onRhk = makeFeedback({ ...about, date: '2025-03-10', value: null, rhkId: 'rhk-1' });
    const onLog = makeFeedback({
      ...about,
      kind: 'perlu-perbaikan',
      date: '2025-02-04',
      value: null,
      activityIds: [log._id],
    });
    const onValue = makeFeedback({ ...about, date: '2025-01-20', value: 'kolaboratif' });
    const nextQuarter = makeFeedback({ ...about, date: '2025-04-02', value: 'kolaboratif' });
    const rm = await device([skp(STAFF, 'submitted'), log, onRhk, onLog, onValue, nextQuarter]);
    const ctx = await appraisalContext(rm, STAFF, Q1);
    if (!ctx) throw new Error('no context');
    expect(feedbackAbout(ctx, { rhkId: 'rhk-1' }).map((f) => f.id)).toEqual([onLog._id, onRhk._id]);
    expect(feedbackAbout(ctx, { rhkId: 'rhk-2' })).toEqual([]);
    expect(feedbackAbout(ctx, { value: 'kolaboratif' }).map((f) => f.id)).toEqual([onValue._id]);
    expect(feedbackAbout(ctx, { value: 'loyal' })).toEqual([]);
  });

  it("uses an earlier organisation rating while the period's is not set", async () => {
    const rating = (periodId: string, value: OrgRatingDoc['rating']) =>
      makeOrgRating({
        unitId: UNIT,
        periodId,
        rating: value,
        setBy: BOSS,
        setAt: '2025-04-02T01:00:00.000Z',
      });
    const rm = await device([rating(Q1, 'istimewa')]);
    const q2 = { periodId: Q2, start: '2025-04-01' };
    expect(await orgRatingFor(rm, 'kelurahan-a', q2)).toMatchObject({
      periodId: Q1,
      rating: 'istimewa',
    });
    const both = await device([rating(Q1, 'istimewa'), rating(Q2, 'baik')]);
    expect(await orgRatingFor(both, 'kelurahan-a', q2)).toMatchObject({ rating: 'baik' });
    expect(
      await orgRatingFor(rm, 'kelurahan-a', { periodId: Q1, start: '2025-01-01' }),
    ).toMatchObject({ rating: 'istimewa' });
  });

  it("lists objections to appraisals of the atasan's appraisers, undecided first", async () => {
    const objection = (nip: string, at: string) =>
      makeObjection({ nip, periodId: Q1, appraiserNip: HEAD, at });
    const decision = makeObjectionDecision({
      nip: STAFF,
      periodId: Q1,
      appraiserNip: HEAD,
      deciderNip: BOSS,
      reason: 'Tetap',
      decidedAt: '2025-04-10T01:00:00.000Z',
    });
    const rm = await device([
      kelurahanEmployee(BOSS, { superiorNip: null }),
      finalAppraisal(STAFF, Q1),
      finalAppraisal(OTHER, Q1),
      objection(STAFF, '2025-04-05T01:00:00.000Z'),
      objection(OTHER, '2025-04-04T01:00:00.000Z'),
      decision,
    ]);
    const cases = await objectionsFor(rm, BOSS, '2025-04-12');
    expect(cases.map((c) => [c.acknowledgement.nip, c.decision !== null])).toEqual([
      [OTHER, false],
      [STAFF, true],
    ]);
    expect(await objectionsFor(rm, HEAD, '2025-04-12')).toEqual([]);
  });
});
