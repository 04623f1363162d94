import { describe, expect, it } from 'vitest';
import type { JpRecord } from './jp';
import { developmentSettingsOf } from './jp';
import {
  exclusionOf,
  jpOfMonth,
  monthsOfPeriod,
  periodOfMonth,
  placementDate,
  assignmentOn,
  planPeriodOfMonth,
  personMonthRow,
  reportMonths,
  reportTouchOf,
  type PersonMonthInput,
} from './report';
import {
  makeAcknowledgement,
  makeActivity,
  makeApplied,
  makeAppraisal,
  makeAttendance,
  makeCorrection,
  makeFeedback,
  makeObjection,
  makeObjectionDecision,
  makePeriod,
  makeSkp,
  makeSkpApproval,
  makeVerification,
  NIP,
} from './testing/factories';
import { DEFAULT_TPP_SETTINGS } from './tpp';

const MONTH = '2026-04';

/** An entry of staffA1 on a day of April, submitted (round 1) unless told. */
function entry(
  date: string,
  start: string,
  end: string,
  extra: Partial<PersonMonthInput['activities'][number]> = {},
) {
  return makeActivity({
    nip: NIP.staffA1,
    date,
    start,
    end,
    status: 'submitted',
    round: 1,
    updatedAt: `${date}T03:00:00.000Z`,
    ...extra,
  });
}

function input(overrides: Partial<PersonMonthInput> = {}): PersonMonthInput {
  return {
    month: MONTH,
    employee: { nip: NIP.staffA1, name: 'Staf A1', position: 'Pelaksana', status: 'aktif' },
    appraiserNip: NIP.headA,
    activities: [],
    verifications: [],
    feedback: [],
    skp: null,
    skpApproval: null,
    appraisal: null,
    acknowledgement: null,
    objectionDecision: null,
    attendance: null,
    applied: [],
    tpp: DEFAULT_TPP_SETTINGS,
    jp: null,
    ...overrides,
  };
}

describe('personMonthRow', () => {
  it('counts entries by what the person sees, and the days and minutes of those sent', () => {
    const approved = entry('2026-04-06', '08:00', '09:30');
    const returned = entry('2026-04-06', '10:00', '10:30');
    const waiting = entry('2026-04-08', '13:00', '14:00');
    const draft = entry('2026-04-09', '08:00', '09:00', { status: 'draft', round: 0 });
    const otherMonth = entry('2026-05-04', '08:00', '09:00');
    const row = personMonthRow(
      input({
        activities: [approved, returned, waiting, draft, otherMonth],
        verifications: [
          makeVerification(approved, { decidedAt: '2026-04-06T08:00:00.000Z' }),
          makeVerification(returned, {
            decision: 'returned',
            decidedAt: '2026-04-10T03:00:00.000Z',
          }),
        ],
      }),
    );
    expect(row.entries).toEqual({ draft: 1, submitted: 1, approved: 1, returned: 1 });
    // The returned entry is the person's to mend: its day and minutes do not count yet.
    expect(row.days).toEqual([6, 8]);
    expect(row.minutes).toBe(90 + 60);
    // 5 hours (prompt) and 96 hours (four days: late).
    expect(row.verified).toEqual({ count: 2, totalHours: 101, within3Days: 1 });
  });

  it('leaves out the time to decide of an entry edited after its decision', () => {
    const returned = entry('2026-04-06', '10:00', '10:30');
    const decision = makeVerification(returned, {
      decision: 'returned',
      decidedAt: '2026-04-10T03:00:00.000Z',
    });
    // Mended four days later, as a draft: it no longer says when it was first sent.
    const mended = { ...returned, status: 'draft' as const, updatedAt: '2026-04-14T03:00:00.000Z' };
    const row = personMonthRow(input({ activities: [mended], verifications: [decision] }));
    expect(row.entries.returned).toBe(1);
    expect(row.verified).toEqual({ count: 0, totalHours: 0, within3Days: 0 });
  });

  it('ignores a decision on an earlier round of an entry sent again', () => {
    const again = entry('2026-04-07', '08:00', '09:00', { round: 2 });
    const row = personMonthRow(
      input({ activities: [again], verifications: [makeVerification({ ...again, round: 1 })] }),
    );
    expect(row.entries.submitted).toBe(1);
    expect(row.verified.count).toBe(0);
  });

  it('counts the feedback dated in the month only', () => {
    const row = personMonthRow(
      input({
        feedback: [
          makeFeedback({ date: '2026-04-02' }),
          makeFeedback({ date: '2026-04-30' }),
          makeFeedback({ date: '2026-03-31' }),
        ],
      }),
    );
    expect(row.feedback).toBe(2);
  });

  it("takes the SKP's status from the approval of its current revision", () => {
    const skp = { ...makeSkp({ status: 'submitted' }), _rev: '2-a' };
    const approval = makeSkpApproval({ decision: 'approved', skpRev: '2-a' });
    expect(personMonthRow(input({ skp, skpApproval: approval })).skp).toBe('approved');
    // Changed after the approval: sent again, waiting.
    expect(personMonthRow(input({ skp: { ...skp, _rev: '3-b' }, skpApproval: approval })).skp).toBe(
      'submitted',
    );
    expect(personMonthRow(input()).skp).toBe('none');
  });

  it('takes the predikat from the objection decision over the final appraisal', () => {
    const appraisal = makeAppraisal({ status: 'final', predikat: 'butuh-perbaikan' });
    const open = personMonthRow(input({ appraisal, acknowledgement: makeObjection() }));
    expect(open).toMatchObject({
      appraisal: 'final',
      predikat: 'butuh-perbaikan',
      acknowledgement: 'object',
      objectionOpen: true,
    });
    const decided = personMonthRow(
      input({
        appraisal,
        acknowledgement: makeObjection(),
        objectionDecision: makeObjectionDecision({ predikat: 'baik' }),
      }),
    );
    expect(decided).toMatchObject({ predikat: 'baik', objectionOpen: false });
    const draft = personMonthRow(
      input({ appraisal: makeAppraisal({ status: 'draft', predikat: null }) }),
    );
    expect(draft).toMatchObject({ appraisal: 'draft', predikat: null });
    expect(
      personMonthRow(input({ appraisal, acknowledgement: makeAcknowledgement() })),
    ).toMatchObject({ acknowledgement: 'accept', objectionOpen: false });
  });

  it('sums the attendance with an applied correction, and its TPP deduction', () => {
    const attendance = makeAttendance({ month: MONTH }, [
      { date: '2026-04-06', status: 'tanpa-keterangan', in: null, out: null },
      { date: '2026-04-07', status: 'hadir', in: '08:10', out: '16:05' },
      { date: '2026-04-08', status: 'tanpa-keterangan', in: null, out: null },
    ]);
    const before = personMonthRow(input({ attendance }));
    expect(before.attendance).toMatchObject({ absentDays: 2, lateDays: 1 });
    expect(before.attendance?.tppDeductionPct).toBeGreaterThan(0);
    // The head approved the 8th as official travel; the Pengelola applied it.
    const request = makeCorrection({ date: '2026-04-08' });
    const after = personMonthRow(input({ attendance, applied: [makeApplied(request)] }));
    expect(after.attendance?.absentDays).toBe(1);
    expect(after.attendance?.present).toBe((before.attendance?.present ?? 0) + 1);
    expect(after.attendance?.tppDeductionPct).toBeLessThan(before.attendance?.tppDeductionPct ?? 0);
    expect(before.attendance?.workingDays).toBe(after.attendance?.workingDays);
    // Another month's attendance is not this month's.
    expect(
      personMonthRow(input({ attendance: { ...attendance, month: '2026-03' } })).attendance,
    ).toBe(null);
  });

  it('excludes a person whose status or month is mostly leave', () => {
    expect(
      personMonthRow(input({ employee: { ...input().employee, status: 'tugas-belajar' } }))
        .excluded,
    ).toBe('tugas-belajar');
    const leave = makeAttendance(
      { month: MONTH },
      ['06', '07', '08', '09', '10', '13', '14', '15', '16', '17', '20', '21'].map((d) => ({
        date: `2026-04-${d}`,
        status: 'cuti' as const,
        in: null,
        out: null,
      })),
    );
    expect(personMonthRow(input({ attendance: leave })).excluded).toBe('cuti');
    expect(personMonthRow(input({ attendance: makeAttendance({ month: MONTH }) })).excluded).toBe(
      null,
    );
  });
});

describe('exclusionOf', () => {
  it('names the listed status first, else a leave over half the working days', () => {
    expect(exclusionOf('cuti', null)).toBe('cuti');
    expect(exclusionOf('aktif', null)).toBe(null);
    expect(exclusionOf('aktif', { hadir: 10, cuti: 11, libur: 8 })).toBe('cuti');
    expect(exclusionOf('aktif', { hadir: 11, cuti: 11, libur: 8 })).toBe(null);
    expect(exclusionOf(undefined, { hadir: 2, 'tugas-belajar': 20 })).toBe('tugas-belajar');
  });
});

describe('assignmentOn and placementDate', () => {
  const moved = {
    unitId: 'bidang-b',
    superiorNip: NIP.headB,
    assignedFrom: '2026-05-11',
    history: [{ unitId: 'bidang-a', superiorNip: NIP.headA, position: 'Analis', to: '2026-05-10' }],
  };

  it('places a day before a move in the assignment of then, and from the move on in the current', () => {
    expect(assignmentOn(moved, '2026-04-30')).toEqual({
      unitId: 'bidang-a',
      superiorNip: NIP.headA,
      current: false,
    });
    expect(assignmentOn(moved, '2026-05-11').unitId).toBe('bidang-b');
    // Without a recorded history, the current assignment.
    expect(assignmentOn({ unitId: 'bidang-b', superiorNip: null }, '2020-01-01').unitId).toBe(
      'bidang-b',
    );
  });

  it('places a month by its last day, the month under way by today', () => {
    expect(placementDate('2026-04', '2026-06-15')).toBe('2026-04-30');
    expect(placementDate('2026-06', '2026-06-15')).toBe('2026-06-15');
  });
});

describe('planPeriodOfMonth', () => {
  it("is the year's SKP, whichever quarter the month is in", () => {
    expect(planPeriodOfMonth('2026-01')).toBe('2026');
    expect(planPeriodOfMonth('2026-12')).toBe('2026');
  });
});

describe('periodOfMonth', () => {
  const annual = makePeriod();
  const q2 = makePeriod({
    periodId: '2026-q2',
    kind: 'quarterly',
    start: '2026-04-01',
    end: '2026-06-30',
  });
  const april = makePeriod({
    periodId: '2026-04',
    kind: 'monthly',
    start: '2026-04-01',
    end: '2026-04-30',
  });

  const q1 = makePeriod({
    periodId: '2026-q1',
    kind: 'quarterly',
    start: '2026-01-01',
    end: '2026-03-31',
  });

  it('is the quarter that ended before the month began: its appraisals are that month’s work', () => {
    expect(periodOfMonth('2026-04', [annual, q1, q2])).toBe('2026-q1');
    expect(periodOfMonth('2026-06', [annual, q1, q2])).toBe('2026-q1');
    expect(periodOfMonth('2026-07', [annual, q1, q2])).toBe('2026-q2');
    // A quarter long past is no month's work: the period holding the month then.
    expect(periodOfMonth('2026-10', [annual, q1])).toBe('2026');
  });

  it('before any period ended, prefers the quarter, then a monthly period, then the year', () => {
    expect(periodOfMonth('2026-04', [annual, april, q2])).toBe('2026-q2');
    expect(periodOfMonth('2026-04', [annual, april])).toBe('2026-04');
    // May appraises April, which has ended; the year ended appraises January.
    expect(periodOfMonth('2026-05', [annual, april])).toBe('2026-04');
    expect(periodOfMonth('2027-01', [annual, april, q2])).toBe('2026');
    expect(periodOfMonth('2028-01', [annual, april, q2])).toBe(null);
  });
});

describe('reportMonths and monthsOfPeriod', () => {
  it('keeps the previous quarter to the current month, across a year boundary', () => {
    expect(reportMonths('2027-01-15')).toEqual(['2026-10', '2026-11', '2026-12', '2027-01']);
    expect(reportMonths('2026-06-30')).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
  });

  it("lists the kept months a period's dates cover", () => {
    const months = reportMonths('2027-01-15');
    expect(monthsOfPeriod({ start: '2026-01-01', end: '2026-12-31' }, months)).toEqual([
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
  });
});

describe('reportTouchOf', () => {
  const months = ['2026-04', '2026-05', '2026-06'];
  const periods = new Map([
    ['2026-q2', { start: '2026-04-01', end: '2026-06-30' }],
    ['2026-q1', { start: '2026-01-01', end: '2026-03-31' }],
    ['2025-q3', { start: '2025-07-01', end: '2025-09-30' }],
  ]);
  const touch = (doc: { _id: string; date?: unknown }) => reportTouchOf(doc, months, periods);
  const nip = NIP.staffA1;

  it("touches one person's month for entries, verifications and attendance", () => {
    const act = entry('2026-05-04', '08:00', '09:00');
    expect(touch(act)).toEqual({ kind: 'person', nip, months: ['2026-05'] });
    expect(touch(makeVerification(act))).toEqual({ kind: 'person', nip, months: ['2026-05'] });
    expect(touch({ _id: `attendance:${nip}:2026-06` })).toEqual({
      kind: 'person',
      nip,
      months: ['2026-06'],
    });
    expect(touch(makeApplied(makeCorrection({ date: '2026-04-08' })))).toEqual({
      kind: 'person',
      nip,
      months: ['2026-04'],
    });
    expect(touch(entry('2026-03-31', '08:00', '09:00'))).toEqual({ kind: 'none' });
  });

  it('touches feedback from its month on (coaching JP), and period documents in the months showing them', () => {
    expect(touch(makeFeedback({ nip, date: '2026-05-20' }))).toEqual({
      kind: 'person',
      nip,
      months: ['2026-05', '2026-06'],
    });
    expect(touch({ _id: `skp:${nip}:2026-q2` })).toEqual({ kind: 'person', nip, months });
    expect(touch({ _id: `objection-decision:${nip}:2026-q2` })).toEqual({
      kind: 'person',
      nip,
      months,
    });
    // The first quarter's appraisal is April's to June's work: those months show it.
    expect(touch({ _id: `appraisal:${nip}:2026-q1` })).toEqual({ kind: 'person', nip, months });
    expect(touch({ _id: `appraisal:${nip}:2025-q3` })).toEqual({ kind: 'none' });
    expect(touch({ _id: `appraisal:${nip}:2031` })).toEqual({ kind: 'none' });
  });

  it("touches every kept month of a person's directory entry and development records", () => {
    for (const id of [
      `employee:${nip}`,
      `enrolment:${nip}:pelatihan-1`,
      `enrolment-admin:${nip}:x`,
    ])
      expect(touch({ _id: id })).toEqual({ kind: 'person', nip, months });
  });

  it('touches everything for reference data, nothing for the rest', () => {
    for (const id of ['unit:bidang-a', 'period:2026-q2', 'setting:kinerja', 'training:latsar'])
      expect(touch({ _id: id })).toEqual({ kind: 'all' });
    for (const id of ['catalog:abc', 'report:bidang-a:2026-04', `photo:${nip}:x`, 'nonsense'])
      expect(touch({ _id: id })).toEqual({ kind: 'none' });
  });
});

describe('jpOfMonth', () => {
  const settings = developmentSettingsOf(null);
  const coaching = (date: string): JpRecord => ({
    id: `feedback:${date}`,
    source: 'coaching',
    form: 'coaching',
    title: 'Bimbingan',
    catalogJp: null,
    date,
    sessions: [{ date, hours: 1 }],
    verified: true,
  });

  it("counts the year's verified JP up to the month's end against the target", () => {
    const records = [coaching('2026-02-10'), coaching('2026-04-30'), coaching('2026-05-02')];
    expect(jpOfMonth(records, settings, 'pns', '2026-04')).toEqual({ verified: 4, target: 20 });
    expect(jpOfMonth(records, settings, 'pns', '2026-05')).toEqual({ verified: 6, target: 20 });
    expect(jpOfMonth([coaching('2025-12-01')], settings, 'pns', '2026-01')?.verified).toBe(0);
    const noTarget = { ...settings, targets: { ...settings.targets, pppk: 0 } };
    expect(jpOfMonth(records, noTarget, 'pppk', '2026-04')).toBe(null);
  });
});
