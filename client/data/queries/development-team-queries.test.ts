// The head's reads of competency development on the lurah's device: each report's JP for the year
// and their requests waiting, one staff member's records, JP (two records of a person each count)
// and plan.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  makeCompletion,
  makeDevelopmentPlan,
  makeEnrolment,
  makeEnrolmentAdmin,
  makeEnrolmentDecision,
  makeTraining,
  makeYearPeriod,
} from '../../core/testing/factories';
import { closeDevices, projectedDevice } from '../testing/devices';
import { HEAD, kelurahanEmployee, OTHER, STAFF, TODAY, UNIT } from '../testing/kelurahan';
import { memberDevelopment, teamDevelopment } from './development-team-queries';

afterEach(closeDevices);

const verified = (key: string, date: string) => [
  makeTraining({ trainingId: key, title: key, jp: 8 }),
  makeEnrolment({
    nip: STAFF,
    key,
    trainingId: key,
    unitId: UNIT,
    requestedAt: `${date}T07:00:00+07:00`,
    completion: makeCompletion({ date, reportedAt: `${date}T09:00:00+07:00` }),
  }),
  makeEnrolmentAdmin({
    nip: STAFF,
    key,
    unitId: UNIT,
    seat: { status: 'confirmed', note: '', at: `${date}T08:00:00+07:00`, by: 'admin' },
    verification: {
      status: 'verified',
      note: '',
      at: `${date}T10:00:00+07:00`,
      by: 'admin',
      reportedAt: `${date}T09:00:00+07:00`,
    },
  }),
];

const docs = [
  kelurahanEmployee(HEAD),
  kelurahanEmployee(STAFF, { name: 'Ani' }),
  kelurahanEmployee(OTHER, { name: 'Budi' }),
  makeYearPeriod(2025),
  ...verified('pelayanan-prima', '2025-02-10'),
  ...verified('literasi-digital', '2025-03-01'),
  // Asked first, then a second request; one decided.
  makeTraining({ trainingId: 'kerja-tim', title: 'Kerja Sama Tim' }),
  makeTraining({ trainingId: 'arsip', title: 'Kearsipan' }),
  makeTraining({ trainingId: 'excel', title: 'Excel' }),
  makeEnrolment({
    nip: STAFF,
    key: 'kerja-tim',
    unitId: UNIT,
    requestedAt: '2025-03-02T08:00:00+07:00',
  }),
  makeEnrolment({
    nip: STAFF,
    key: 'arsip',
    trainingId: 'arsip',
    unitId: UNIT,
    requestedAt: '2025-03-05T08:00:00+07:00',
  }),
  makeEnrolment({ nip: OTHER, key: 'excel', trainingId: 'excel', unitId: UNIT }),
  makeEnrolmentDecision({ nip: OTHER, key: 'excel', unitId: UNIT, appraiserNip: HEAD }),
  makeDevelopmentPlan({ nip: STAFF, year: 2025 }),
];

describe('teamDevelopment', () => {
  it("lists each report by name with the year's JP and the requests waiting", async () => {
    const rm = await projectedDevice(docs);
    const team = await teamDevelopment(rm, HEAD, TODAY);
    expect(team.map((m) => [m.name, m.progress.verified, m.progress.target, m.waiting])).toEqual([
      ['Ani', 16, 20, 2],
      ['Budi', 0, 20, 0],
    ]);
  });
});

describe('memberDevelopment', () => {
  it('splits the waiting requests (oldest first) from the other records, with the plan', async () => {
    const rm = await projectedDevice(docs);
    const dev = await memberDevelopment(rm, STAFF, 2025);
    expect(dev.waiting.map((r) => r.enrolment.key)).toEqual(['kerja-tim', 'arsip']);
    // Newest request first.
    expect(dev.records.map((r) => [r.enrolment.key, r.status])).toEqual([
      ['literasi-digital', 'verified'],
      ['pelayanan-prima', 'verified'],
    ]);
    expect(dev.progress.items.map((i) => [i.record.title, i.jp])).toEqual([
      ['literasi-digital', 8],
      ['pelayanan-prima', 8],
    ]);
    expect(dev.plan?.items.map((i) => i.text)).toEqual(['Ikut pelatihan Kerja Sama Tim']);
    expect((await memberDevelopment(rm, STAFF, 2024)).plan).toBeNull();
  });
});
