import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  makeAttendance,
  makeAttendanceDecision,
  makeCorrection,
  makeYearPeriod,
} from '../../core/testing/factories';
import { closeDevices, projectedDevice } from '../testing/devices';
import { HEAD, kelurahanEmployee, OTHER, STAFF, UNIT } from '../testing/kelurahan';
import { memberAttendance, teamAttendance } from './team-attendance-queries';

afterEach(closeDevices);

const TODAY = '2025-03-12';
const people = [kelurahanEmployee(HEAD), kelurahanEmployee(STAFF), kelurahanEmployee(OTHER)];
/** February whole, late 45 minutes on the 3rd; March so far, late 10 minutes on the 10th. */
const february = makeAttendance({ nip: STAFF, month: '2025-02', unitId: UNIT }, [
  { date: '2025-02-03', in: '08:15' },
]);
const march = makeAttendance({
  nip: STAFF,
  month: '2025-03',
  unitId: UNIT,
  days: [
    { date: '2025-03-10', status: 'hadir', in: '07:40', out: '16:05' },
    { date: '2025-03-11', status: 'hadir', in: '07:20', out: '16:05' },
  ],
});
/** A request about February (waiting), and one about March the head declined. */
const aboutFebruary = makeCorrection({
  nip: STAFF,
  date: '2025-02-03',
  unitId: UNIT,
  requestedAt: '2025-03-01T01:00:00.000Z',
});
const aboutMarch = makeCorrection({
  nip: STAFF,
  date: '2025-03-10',
  unitId: UNIT,
  requestedAt: '2025-03-11T01:00:00.000Z',
});
const declined = makeAttendanceDecision(aboutMarch, {
  appraiserNip: HEAD,
  decision: 'declined',
  reason: 'Tidak ada surat tugas hari itu.',
});

describe('memberAttendance', () => {
  it('reads the latest month, and each request beside its own month’s recorded day', async () => {
    const rm = await projectedDevice([
      ...people,
      makeYearPeriod(2025),
      february,
      march,
      aboutFebruary,
      aboutMarch,
      declined,
    ]);
    const att = await memberAttendance(rm, STAFF, TODAY);
    expect(att.latest?.month.month).toBe('2025-03');
    expect(att.latest?.totals).toMatchObject({ workingDays: 2, lateDays: 1, lateMinutes: 10 });
    expect(att.latest?.tpp.deductionPct).toBe(0.5);
    expect(att.waiting.map((c) => [c.request.date, c.imported?.in])).toEqual([
      ['2025-02-03', '08:15'],
    ]);
    expect(att.decided.map((c) => [c.request.date, c.status, c.imported?.in])).toEqual([
      ['2025-03-10', 'declined', '07:40'],
    ]);
    expect(att.names.get(HEAD)).toBe(`Pegawai ${HEAD.slice(-3)}`);
  });

  it('has no month before an import, and never a month after today’s', async () => {
    const april = makeAttendance({ nip: STAFF, month: '2025-04', unitId: UNIT });
    const none = await projectedDevice([...people]);
    expect(await memberAttendance(none, STAFF, TODAY)).toMatchObject({
      latest: null,
      waiting: [],
    });
    const ahead = await projectedDevice([...people, february, april]);
    expect((await memberAttendance(ahead, STAFF, TODAY)).latest?.month.month).toBe('2025-02');
  });
});

describe('teamAttendance', () => {
  it('gives each report their latest month’s late days and deduction, and the requests waiting', async () => {
    const rm = await projectedDevice([
      ...people,
      makeYearPeriod(2025),
      february,
      march,
      aboutFebruary,
      aboutMarch,
      declined,
    ]);
    const team = await teamAttendance(rm, HEAD, TODAY);
    expect(team).toEqual(
      expect.arrayContaining([
        {
          nip: STAFF,
          month: { month: '2025-03', lateDays: 1, lateMinutes: 10, deductionPct: 0.5 },
          waiting: 1,
        },
        { nip: OTHER, month: null, waiting: 0 },
      ]),
    );
    expect(team).toHaveLength(2);
  });

  it('before this month is imported, takes last month: the one the page shows, never one ahead', async () => {
    const april = makeAttendance({ nip: STAFF, month: '2025-04', unitId: UNIT });
    const rm = await projectedDevice([...people, makeYearPeriod(2025), february, april]);
    const [team, page] = await Promise.all([
      teamAttendance(rm, HEAD, TODAY),
      memberAttendance(rm, STAFF, TODAY),
    ]);
    // February: late 45 minutes on the 3rd, 1% of the discipline component.
    expect(team.find((m) => m.nip === STAFF)?.month).toEqual({
      month: '2025-02',
      lateDays: 1,
      lateMinutes: 45,
      deductionPct: 1,
    });
    expect(page.latest?.month.month).toBe('2025-02');
    expect(page.latest?.tpp.deductionPct).toBe(1);
  });
});
