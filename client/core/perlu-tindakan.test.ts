import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import { perluTindakan, type PerluTindakanInput, type TodoItem } from './perlu-tindakan';
import type { FeedbackDoc } from './schemas/work';
import {
  makeAcknowledgement,
  makeApplied,
  makeAppraisal,
  makeAttendanceDecision,
  makeCompletion,
  makeCorrection,
  makeEnrolment,
  makeEnrolmentAdmin,
  makeEnrolmentDecision,
  makeFeedback,
  makeFeedbackResponse,
  makeFinalAppraisal,
  makeObjection,
  makeObjectionDecision,
  makePeriod,
  makeSelfLearning,
  makeSkp,
  makeSkpApproval,
  NIP,
  orgChart,
} from './testing/factories';

/** A civil time in WIB as epoch ms. */
const wib = (dateTime: string) => Date.parse(`${dateTime}+07:00`);

const Q2 = makePeriod({
  periodId: '2026-q2',
  kind: 'quarterly',
  quarter: 2,
  label: 'Triwulan II 2026',
  start: '2026-04-01',
  end: '2026-06-30',
});
const YEAR = makePeriod();
/** headA's own SKP, submitted: their own reminder stays quiet while they act as head. */
const HEAD_SKP = { ...makeSkp({ nip: NIP.headA, status: 'submitted' }), rev: '1-a' };

function input(overrides: Partial<PerluTindakanInput> = {}): PerluTindakanInput {
  return {
    nip: NIP.headA,
    now: wib('2026-05-15T10:00:00'),
    chart: orgChart(),
    periods: [YEAR, Q2],
    activities: [],
    feedback: [],
    responses: [],
    skps: [HEAD_SKP],
    skpApprovals: [],
    appraisals: [],
    acknowledgements: [],
    decisions: [],
    feedbackReminderWeeks: null,
    ...overrides,
  };
}

/** Feedback given recently to both of headA's staff, so the reminder stays quiet. */
function recentFeedback(date = '2026-05-14'): FeedbackDoc[] {
  return [NIP.staffA1, NIP.staffA2].map((nip) =>
    makeFeedback({ nip, date, createdAt: `${date}T09:00:00+07:00` }),
  );
}

const kinds = (items: readonly TodoItem[]) => items.map((i) => i.kind);
const ofKind = (items: readonly TodoItem[], kind: TodoItem['kind']) =>
  items.filter((i) => i.kind === kind);

describe('perluTindakan: entries to verify', () => {
  it('counts the waiting entries per staff member and sends the head to the queue', () => {
    const items = perluTindakan(
      input({
        feedback: recentFeedback(),
        activities: [
          { nip: NIP.staffA1, status: 'submitted' },
          { nip: NIP.staffA1, status: 'submitted' },
          { nip: NIP.staffA2, status: 'submitted' },
          { nip: NIP.staffA2, status: 'approved' },
          { nip: NIP.staffB2, status: 'submitted' },
        ],
      }),
    );
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'verify',
        count: 3,
        route: '/tim/verifikasi',
        urgency: 'normal',
        people: [
          { nip: NIP.staffA1, name: 'Dewi Lestari', count: 2 },
          { nip: NIP.staffA2, name: 'Rudi Hartono', count: 1 },
        ],
      }),
    ]);
  });

  it("opens one person's queue when only they wait", () => {
    const items = perluTindakan(
      input({
        feedback: recentFeedback(),
        activities: [{ nip: NIP.staffA2, status: 'submitted' }],
      }),
    );
    expect(items[0]?.route).toBe(`/tim/verifikasi?pegawai=${NIP.staffA2}`);
  });

  it('gives a Plt the staff from the first WIB day of acting, a UTC evening before', () => {
    const activities = [{ nip: NIP.staffB2, status: 'submitted' as const }];
    // 2026-05-31 23:59 WIB: headB is still in office.
    const before = wib('2026-05-31T23:59:00');
    // 2026-05-31 18:00 UTC is already 2026-06-01 01:00 WIB: the Plt acts.
    const after = Date.parse('2026-05-31T18:00:00Z');
    const plt = (now: number) => kinds(perluTindakan(input({ nip: NIP.staffB1, now, activities })));
    const head = (now: number) => kinds(perluTindakan(input({ nip: NIP.headB, now, activities })));
    expect(plt(before)).not.toContain('verify');
    expect(head(before)).toContain('verify');
    expect(plt(after)).toContain('verify');
    expect(head(after)).not.toContain('verify');
  });
});

describe('perluTindakan: staff without feedback', () => {
  const lastGiven = makeFeedback({
    nip: NIP.staffA1,
    date: '2026-05-01',
    createdAt: '2026-05-01T09:00:00+07:00',
  });
  const toA2 = makeFeedback({
    nip: NIP.staffA2,
    date: '2026-05-20',
    createdAt: '2026-05-20T09:00:00+07:00',
  });

  it('lists a staff member exactly N weeks after the last feedback, not a day earlier', () => {
    const at = (day: string) =>
      ofKind(
        perluTindakan(input({ now: wib(`${day}T10:00:00`), feedback: [lastGiven, toA2] })),
        'feedback-due',
      );
    expect(at('2026-05-28')).toEqual([]);
    expect(at('2026-05-29')).toEqual([
      expect.objectContaining({
        key: `feedback-due:${NIP.staffA1}`,
        due: '2026-05-29',
        daysLeft: 0,
        count: 28,
        urgency: 'soon',
        route: `/tim/${NIP.staffA1}`,
      }),
    ]);
    expect(at('2026-05-30')[0]).toMatchObject({ daysLeft: -1, urgency: 'overdue' });
  });

  it("takes the organisation's setting for N", () => {
    const items = perluTindakan(
      input({
        now: wib('2026-05-15T10:00:00'),
        feedback: [lastGiven, toA2],
        feedbackReminderWeeks: 2,
      }),
    );
    expect(ofKind(items, 'feedback-due')).toEqual([
      expect.objectContaining({
        due: '2026-05-15',
        people: [expect.objectContaining({ nip: NIP.staffA1 })],
      }),
    ]);
  });

  it('counts from the start of the period for staff who never had feedback', () => {
    const items = perluTindakan(input({ now: wib('2026-04-28T10:00:00'), feedback: [] }));
    expect(ofKind(items, 'feedback-due')).toEqual([]);
    const later = perluTindakan(input({ now: wib('2026-04-29T10:00:00'), feedback: [] }));
    expect(ofKind(later, 'feedback-due').map((i) => [i.people[0]?.nip, i.due])).toEqual([
      [NIP.staffA1, '2026-04-29'],
      [NIP.staffA2, '2026-04-29'],
    ]);
  });

  it('counts a follow-up message as feedback, on its WIB day', () => {
    const followedUp = {
      ...lastGiven,
      // 2026-05-14 18:00 UTC is 2026-05-15 in WIB.
      replies: [{ text: 'Bagaimana kelanjutannya?', at: '2026-05-14T18:00:00Z' }],
    };
    const items = perluTindakan(
      input({ now: wib('2026-06-11T10:00:00'), feedback: [followedUp, toA2] }),
    );
    expect(ofKind(items, 'feedback-due')).toEqual([]);
    const dayLater = perluTindakan(
      input({ now: wib('2026-06-12T10:00:00'), feedback: [followedUp, toA2] }),
    );
    expect(ofKind(dayLater, 'feedback-due')[0]?.due).toBe('2026-06-12');
  });

  it("counts only the head's own feedback, and for a Plt from the day acting began", () => {
    const fromHeadB = makeFeedback({ nip: NIP.staffB2, authorNip: NIP.headB, date: '2026-06-10' });
    const plt = (day: string) =>
      ofKind(
        perluTindakan(
          input({ nip: NIP.staffB1, now: wib(`${day}T10:00:00`), feedback: [fromHeadB] }),
        ),
        'feedback-due',
      );
    expect(plt('2026-06-28')).toEqual([]);
    expect(plt('2026-06-29')).toEqual([
      expect.objectContaining({
        due: '2026-06-29',
        people: [expect.objectContaining({ nip: NIP.staffB2 })],
      }),
    ]);
  });
});

describe('perluTindakan: agreed actions', () => {
  const bimbingan = makeFeedback({
    kind: 'bimbingan',
    value: null,
    actions: [
      {
        id: 'a1',
        text: 'Jadwal rapat lintas bidang',
        due: '2026-05-22',
        status: 'open',
        carriedFrom: null,
      },
      {
        id: 'a2',
        text: 'Ringkasan anggaran',
        due: '2026-05-23',
        status: 'open',
        carriedFrom: null,
      },
      { id: 'a3', text: 'Daftar hadir', due: '2026-05-10', status: 'open', carriedFrom: null },
      { id: 'a4', text: 'Sudah selesai', due: '2026-05-12', status: 'done', carriedFrom: null },
      { id: 'a5', text: 'Tanpa tanggal', due: null, status: 'open', carriedFrom: null },
    ],
  });

  it('lists actions due within 7 days or overdue for the head, overdue first', () => {
    const items = ofKind(
      perluTindakan(input({ feedback: [bimbingan, ...recentFeedback()] })),
      'action-due',
    );
    expect(items.map((i) => [i.text, i.daysLeft, i.urgency, i.route])).toEqual([
      ['Daftar hadir', -5, 'overdue', `/tim/${NIP.staffA1}`],
      ['Jadwal rapat lintas bidang', 7, 'soon', `/tim/${NIP.staffA1}`],
    ]);
  });

  it('lists the actions an earlier head agreed with a member of the staff', () => {
    const earlier = { ...bimbingan, authorNip: NIP.headB };
    const items = ofKind(perluTindakan(input({ feedback: [earlier] })), 'action-due');
    expect(items.map((i) => i.text)).toEqual(['Daftar hadir', 'Jadwal rapat lintas bidang']);
  });

  it("lists the employee's own actions, to read in Umpan balik", () => {
    const items = perluTindakan(
      input({
        nip: NIP.staffA1,
        feedback: [bimbingan],
        responses: [makeFeedbackResponse(bimbingan)],
      }),
    );
    expect(ofKind(items, 'action-due-mine').map((i) => [i.text, i.route])).toEqual([
      ['Daftar hadir', '/umpan-balik'],
      ['Jadwal rapat lintas bidang', '/umpan-balik'],
    ]);
  });
});

describe('perluTindakan: SKPs', () => {
  it('lists a submitted SKP to approve, not one already decided at its revision', () => {
    const submitted = { ...makeSkp({ status: 'submitted' }), rev: '3-b' };
    const decidedEarlier = makeSkpApproval({ skpRev: '2-a' });
    const a2 = { ...makeSkp({ nip: NIP.staffA2, status: 'submitted' }), rev: '2-a' };
    const a2Approved = makeSkpApproval({ nip: NIP.staffA2, skpRev: '2-a' });
    const items = perluTindakan(
      input({
        feedback: recentFeedback(),
        skps: [HEAD_SKP, submitted, a2],
        skpApprovals: [decidedEarlier, a2Approved],
      }),
    );
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'skp-approve',
        route: `/penilaian/skp/${NIP.staffA1}/2026`,
        people: [expect.objectContaining({ nip: NIP.staffA1 })],
      }),
    ]);
  });

  it('reminds the employee of an SKP not submitted in a year that has begun, or returned', () => {
    const mine = (
      skps: PerluTindakanInput['skps'],
      approvals: PerluTindakanInput['skpApprovals'] = [],
    ) =>
      ofKind(
        perluTindakan(input({ nip: NIP.staffA1, skps, skpApprovals: approvals })),
        'skp-submit',
      );
    expect(mine([])).toEqual([
      expect.objectContaining({
        route: '/kinerja/skp/2026',
        period: expect.objectContaining({ periodId: '2026' }),
      }),
    ]);
    expect(mine([{ ...makeSkp(), rev: '1-a' }])).toHaveLength(1);
    expect(mine([{ ...makeSkp({ status: 'submitted' }), rev: '2-a' }])).toEqual([]);
    const returned = makeSkpApproval({ decision: 'returned', note: 'Lengkapi IKI', skpRev: '2-a' });
    expect(mine([{ ...makeSkp({ status: 'submitted' }), rev: '2-a' }], [returned])).toHaveLength(1);
    const nextYear = makePeriod({
      periodId: '2027',
      year: 2027,
      start: '2027-01-01',
      end: '2027-12-31',
    });
    const early = perluTindakan(input({ nip: NIP.staffA1, periods: [nextYear] }));
    expect(ofKind(early, 'skp-submit')).toEqual([]);
  });
});

describe('perluTindakan: appraisals to finalise', () => {
  const finalA1 = makeFinalAppraisal('sesuai', 'sesuai', { periodId: '2026-q2' });
  const draftA2 = makeAppraisal({ nip: NIP.staffA2, periodId: '2026-q2' });
  const at = (day: string, periods = [YEAR, Q2]) =>
    ofKind(
      perluTindakan(
        input({
          now: wib(`${day}T10:00:00`),
          periods,
          feedback: recentFeedback(addDays(day, -1)),
          appraisals: [finalA1, draftA2],
        }),
      ),
      'appraisal-finalise',
    );

  it('lists those not final from two weeks before the period ends, with the days left', () => {
    expect(at('2026-06-15')).toEqual([]);
    expect(at('2026-06-16')).toEqual([
      expect.objectContaining({
        key: 'appraisal-finalise:2026-q2',
        count: 1,
        people: [expect.objectContaining({ nip: NIP.staffA2 })],
        due: '2026-06-30',
        daysLeft: 14,
        urgency: 'normal',
        route: '/penilaian?periode=2026-q2',
      }),
    ]);
  });

  it('is due today on the last day, tomorrow the day before, overdue after', () => {
    expect(at('2026-06-29')[0]).toMatchObject({ daysLeft: 1, urgency: 'soon' });
    expect(at('2026-06-30')[0]).toMatchObject({ daysLeft: 0, urgency: 'soon' });
    expect(at('2026-07-01')[0]).toMatchObject({ daysLeft: -1, urgency: 'overdue' });
  });

  it('is due on the batas pengisian when the Pengelola set one, and gone once closed', () => {
    const withSubmitBy = { ...Q2, submitBy: '2026-07-10' };
    expect(at('2026-07-01', [withSubmitBy])[0]).toMatchObject({ due: '2026-07-10', daysLeft: 9 });
    expect(at('2026-07-01', [{ ...Q2, status: 'closed' }])).toEqual([]);
  });

  it('stops at the latest batas pengisian a period may have, 60 days after its end', () => {
    expect(at('2026-08-29')[0]).toMatchObject({ daysLeft: -60, urgency: 'overdue' });
    expect(at('2026-08-30')).toEqual([]);
  });
});

describe('perluTindakan: acknowledgement and objections', () => {
  // 2026-05-01 20:00 UTC is 2026-05-02 in WIB: the window runs to 2026-05-16.
  const final = makeFinalAppraisal('sesuai', 'sesuai', {
    periodId: '2026-q1',
    finalizedAt: '2026-05-01T20:00:00Z',
  });
  const mine = (day: string, extra: Partial<PerluTindakanInput> = {}) =>
    ofKind(
      perluTindakan(
        input({ nip: NIP.staffA1, now: wib(`${day}T10:00:00`), appraisals: [final], ...extra }),
      ),
      'acknowledge',
    );

  it("counts the objection window's days from the WIB day of finalising", () => {
    expect(mine('2026-05-15')).toEqual([
      expect.objectContaining({
        due: '2026-05-16',
        daysLeft: 1,
        urgency: 'soon',
        route: '/kinerja/rapor/2026-q1',
      }),
    ]);
    expect(mine('2026-05-16')[0]).toMatchObject({ daysLeft: 0 });
    expect(mine('2026-05-17')).toEqual([]);
  });

  it('is gone once acknowledged', () => {
    const ack = makeAcknowledgement({ periodId: '2026-q1' });
    expect(mine('2026-05-10', { acknowledgements: [ack] })).toEqual([]);
  });

  it('gives the atasan penilai an undecided objection to decide, not the appraiser', () => {
    const objection = makeObjection({ periodId: '2026-q1' });
    const items = (nip: string, decisions: PerluTindakanInput['decisions'] = []) =>
      ofKind(
        perluTindakan(input({ nip, acknowledgements: [objection], decisions })),
        'objection-decide',
      );
    expect(items(NIP.kepalaDinas)).toEqual([
      expect.objectContaining({
        route: `/penilaian/keberatan/${NIP.staffA1}/2026-q1`,
        people: [expect.objectContaining({ nip: NIP.staffA1, name: 'Dewi Lestari' })],
      }),
    ]);
    expect(items(NIP.headA)).toEqual([]);
    expect(items(NIP.kepalaDinas, [makeObjectionDecision({ periodId: '2026-q1' })])).toEqual([]);
  });
});

describe('perluTindakan: feedback to read', () => {
  const read = makeFeedback({ createdAt: '2026-05-10T09:00:00+07:00' });
  const unread = makeFeedback({ createdAt: '2026-05-12T09:00:00+07:00' });
  const followedUp = makeFeedback({
    createdAt: '2026-05-11T09:00:00+07:00',
    replies: [{ text: 'Sudah dicoba?', at: '2026-05-14T09:00:00+07:00' }],
  });
  const responses = [
    makeFeedbackResponse(read, { readAt: '2026-05-10T12:00:00+07:00' }),
    makeFeedbackResponse(followedUp, { readAt: '2026-05-11T12:00:00+07:00' }),
  ];

  it("counts the employee's unread feedback, a new follow-up included", () => {
    const items = perluTindakan(
      input({ nip: NIP.staffA1, feedback: [read, unread, followedUp], responses }),
    );
    expect(ofKind(items, 'unread-feedback')).toEqual([
      expect.objectContaining({ count: 2, route: '/umpan-balik' }),
    ]);
  });

  it("tells the head when a staff member replied after the head's last message", () => {
    const replied = makeFeedbackResponse(read, {
      replies: [{ text: 'Baik, Bu.', at: '2026-05-13T08:00:00+07:00' }],
    });
    const items = perluTindakan(
      input({ feedback: [read, ...recentFeedback()], responses: [replied] }),
    );
    expect(ofKind(items, 'feedback-reply')).toEqual([
      expect.objectContaining({ route: `/tim/${NIP.staffA1}`, key: `feedback-reply:${read._id}` }),
    ]);
  });
});

describe('perluTindakan: the whole list', () => {
  it('is empty for someone outside the directory and for a head with nothing waiting', () => {
    expect(perluTindakan(input({ nip: 'admin' }))).toEqual([]);
    expect(perluTindakan(input({ feedback: recentFeedback() }))).toEqual([]);
    expect(kinds(perluTindakan(input({ feedback: recentFeedback(), skps: [] })))).toEqual([
      'skp-submit',
    ]);
  });

  it('puts overdue items first, then soon, then the rest', () => {
    const items = perluTindakan(
      input({
        now: wib('2026-06-25T10:00:00'),
        activities: [{ nip: NIP.staffA1, status: 'submitted' }],
        feedback: [makeFeedback({ nip: NIP.staffA2, date: '2026-06-20' })],
      }),
    );
    expect(items.map((i) => [i.kind, i.urgency])).toEqual([
      ['feedback-due', 'overdue'],
      ['appraisal-finalise', 'soon'],
      ['verify', 'normal'],
    ]);
  });
});

describe('perluTindakan: development requests', () => {
  const request = (nip: string, key: string) =>
    makeEnrolment({ nip, key, trainingId: key, unitId: 'bidang-a' });

  it("counts each staff member's undecided requests and sends the head to the person's page", () => {
    const items = perluTindakan(
      input({
        feedback: recentFeedback(),
        enrolments: [
          request(NIP.staffA1, 'manajemen-waktu'),
          request(NIP.staffA1, 'kerja-tim'),
          // Decided, withdrawn, self-directed learning, another head's staff: nothing to decide.
          request(NIP.staffA2, 'kerja-tim'),
          { ...request(NIP.staffA2, 'literasi-digital'), withdrawnAt: '2026-05-10T02:00:00Z' },
          makeSelfLearning({ nip: NIP.staffA2 }),
          request(NIP.staffB2, 'kerja-tim'),
        ],
        enrolmentDecisions: [makeEnrolmentDecision({ nip: NIP.staffA2, key: 'kerja-tim' })],
      }),
    );
    expect(ofKind(items, 'development-decide')).toEqual([
      expect.objectContaining({
        count: 2,
        route: `/tim/${NIP.staffA1}`,
        due: null,
        urgency: 'normal',
        people: [{ nip: NIP.staffA1, name: 'Dewi Lestari', count: 2 }],
      }),
    ]);
  });

  it('opens Tim when several people wait, and is gone once each request is decided', () => {
    const enrolments = [request(NIP.staffA1, 'kerja-tim'), request(NIP.staffA2, 'kerja-tim')];
    const waiting = perluTindakan(input({ feedback: recentFeedback(), enrolments }));
    expect(ofKind(waiting, 'development-decide')).toEqual([
      expect.objectContaining({ count: 2, route: '/tim' }),
    ]);
    const decided = perluTindakan(
      input({
        feedback: recentFeedback(),
        enrolments,
        enrolmentDecisions: [
          makeEnrolmentDecision({ nip: NIP.staffA1 }),
          makeEnrolmentDecision({ nip: NIP.staffA2, decision: 'declined' }),
        ],
      }),
    );
    expect(kinds(decided)).toEqual([]);
  });

  it("leaves the employee's own request off their list", () => {
    const items = perluTindakan(
      input({ nip: NIP.staffA1, enrolments: [request(NIP.staffA1, 'kerja-tim')] }),
    );
    expect(kinds(items)).not.toContain('development-decide');
  });
});

describe('perluTindakan: the Pengelola’s development queue', () => {
  const request = (nip: string, key: string, unitId: string) =>
    makeEnrolment({ nip, key, trainingId: key, unitId });
  const approved = (nip: string, key: string) => makeEnrolmentDecision({ nip, key });
  const seat = {
    status: 'confirmed' as const,
    note: '',
    at: '2026-05-10T09:00:00+07:00',
    by: NIP.pengelola,
  };

  it('counts approved requests waiting for a seat and reports waiting for verification, in the units kept', () => {
    const reported = makeEnrolment({
      nip: NIP.staffA2,
      key: 'kerja-tim',
      unitId: 'bidang-a',
      completion: makeCompletion({ date: '2026-05-14' }),
    });
    const enrolments = [
      request(NIP.staffA1, 'kerja-tim', 'bidang-a'),
      reported,
      // Not approved yet, and another unit's: neither waits for this Pengelola.
      request(NIP.staffA1, 'manajemen-waktu', 'bidang-a'),
      request(NIP.staffB2, 'kerja-tim', 'bidang-b'),
    ];
    const items = perluTindakan(
      input({
        nip: NIP.pengelola,
        enrolments,
        enrolmentDecisions: [
          approved(NIP.staffA1, 'kerja-tim'),
          approved(NIP.staffA2, 'kerja-tim'),
          approved(NIP.staffB2, 'kerja-tim'),
        ],
        development: {
          keeps: (unitId) => unitId === 'bidang-a',
          admins: [makeEnrolmentAdmin({ nip: NIP.staffA2, key: 'kerja-tim', seat })],
        },
      }),
    );
    expect(ofKind(items, 'development-seat')).toEqual([
      expect.objectContaining({
        count: 1,
        route: '/kelola/pengembangan',
        people: [{ nip: NIP.staffA1, name: 'Dewi Lestari', count: 1 }],
      }),
    ]);
    expect(ofKind(items, 'development-verify')).toEqual([
      expect.objectContaining({ count: 1, route: '/kelola/pengembangan' }),
    ]);
  });

  it('lists nothing of it for someone who is not a Pengelola', () => {
    const items = perluTindakan(
      input({
        nip: NIP.pengelola,
        enrolments: [request(NIP.staffA1, 'kerja-tim', 'bidang-a')],
        enrolmentDecisions: [approved(NIP.staffA1, 'kerja-tim')],
      }),
    );
    expect(kinds(items)).not.toContain('development-seat');
  });
});

describe('perluTindakan: attendance corrections', () => {
  const request = (nip: string, date: string, requestedAt = '2026-05-14T01:00:00.000Z') =>
    makeCorrection({ nip, date, requestedAt });

  it("counts each staff member's undecided requests and sends the head to the person's page", () => {
    const first = request(NIP.staffA1, '2026-05-12');
    const second = request(NIP.staffA1, '2026-05-13');
    // Decided, applied, another head's staff: nothing to decide.
    const decided = request(NIP.staffA2, '2026-05-12');
    const applied = request(NIP.staffA2, '2026-05-11');
    const other = request(NIP.staffB2, '2026-05-12');
    const items = perluTindakan(
      input({
        feedback: recentFeedback(),
        corrections: {
          requests: [first, second, decided, applied, other],
          decisions: [
            makeAttendanceDecision(decided, { decision: 'declined', reason: 'Tidak ada surat.' }),
            makeAttendanceDecision(applied),
          ],
          applied: [makeApplied(applied)],
        },
      }),
    );
    expect(ofKind(items, 'attendance-decide')).toEqual([
      expect.objectContaining({
        count: 2,
        route: `/tim/${NIP.staffA1}`,
        due: null,
        urgency: 'normal',
        people: [{ nip: NIP.staffA1, name: 'Dewi Lestari', count: 2 }],
      }),
    ]);
  });

  it('waits again for a request changed after the decision, and opens Tim for several people', () => {
    const asked = request(NIP.staffA1, '2026-05-12');
    const resent = { ...asked, requestedAt: '2026-05-15T01:00:00.000Z' };
    const decision = makeAttendanceDecision(asked, {
      decision: 'declined',
      reason: 'Tanpa surat.',
    });
    const corrections = (requests: ReturnType<typeof request>[]) => ({
      requests,
      decisions: [decision],
      applied: [],
    });
    expect(
      kinds(
        perluTindakan(input({ feedback: recentFeedback(), corrections: corrections([asked]) })),
      ),
    ).toEqual([]);
    const waiting = perluTindakan(
      input({
        feedback: recentFeedback(),
        corrections: corrections([resent, request(NIP.staffA2, '2026-05-12')]),
      }),
    );
    expect(ofKind(waiting, 'attendance-decide')).toEqual([
      expect.objectContaining({ count: 2, route: '/tim' }),
    ]);
  });

  it("leaves the employee's own request off their list", () => {
    const items = perluTindakan(
      input({
        nip: NIP.staffA1,
        corrections: { requests: [request(NIP.staffA1, '2026-05-12')], decisions: [], applied: [] },
      }),
    );
    expect(kinds(items)).not.toContain('attendance-decide');
  });
});
