import { describe, expect, it } from 'vitest';
import {
  canReadChannels,
  channelsFor,
  channelsOf,
  fetchOnlyChannelsFor,
  mayFetchOnDemand,
  mayKeepId,
  reportUnitsFor,
} from './channels';
import { DOC_TYPES, ids, type DocType } from './ids';
import {
  makeActivity,
  makeAppraisal,
  makeDocOfType,
  makeFeedback,
  makeFeedbackResponse,
  makePhoto,
  makePraktikBaik,
  makeFinalAppraisal,
  NIP,
  NORMAL_DATE,
  NOW_ISO,
  orgChart,
  pengelolaUser,
  PLT_DATE,
  ratedItem,
  userOf,
} from './testing/factories';

const chart = orgChart();
const own = `emp:${NIP.staffA1}`;
const review = `review:${NIP.headA}`;

// Where each document type lives, for a document about staffA1 (appraised by headA).
const EXPECTED: Record<DocType, string[]> = {
  employee: [own, 'unit:bidang-a'],
  unit: ['org'],
  period: ['org'],
  report: ['rep:bidang-a'],
  catalog: ['org'],
  expectation: ['org'],
  training: ['org'],
  'org-rating': ['unit:bidang-a'],
  skp: [own, `plan:${NIP.staffA1}`],
  'skp-approval': [own],
  activity: [own],
  verification: [own],
  feedback: [own],
  'feedback-response': [own],
  'praktik-baik': [own, 'unit:bidang-a'],
  setting: ['org'],
  'self-assessment': [own],
  enrolment: [own, 'dev:bidang-a'],
  'enrolment-decision': [own, 'dev:bidang-a'],
  'enrolment-admin': [own, 'dev:bidang-a'],
  certificate: [`photo:${NIP.staffA1}`],
  'development-plan': [own],
  attendance: [own],
  'attendance-correction': [own, 'dev:bidang-a'],
  'attendance-decision': [own, 'dev:bidang-a'],
  'attendance-applied': [own, 'dev:bidang-a'],
  appraisal: [own, review],
  acknowledgement: [own, review],
  'objection-decision': [own, review],
  photo: [`photo:${NIP.staffA1}`],
};

describe('channelsOf', () => {
  it.each(DOC_TYPES.map((t) => [t]))('%s', (type) => {
    expect(channelsOf(makeDocOfType(type, NIP.staffA1))).toEqual(EXPECTED[type]);
  });

  it('uses the appraiser of the document, not of today', () => {
    const byPlt = makeAppraisal({ nip: NIP.staffB2, appraiserNip: NIP.staffB1 });
    expect(channelsOf(byPlt)).toEqual([`emp:${NIP.staffB2}`, `review:${NIP.staffB1}`]);
  });

  it('puts an appraisal without an appraiser field in the owner channel only', () => {
    expect(channelsOf({ _id: `appraisal:${NIP.staffA1}:2026` })).toEqual([own]);
  });

  it('puts unknown or malformed ids in no channel', () => {
    expect(channelsOf({ _id: 'report:x' })).toEqual([]);
    expect(channelsOf({ _id: 'skp:123:2026' })).toEqual([]);
    expect(channelsOf({ _id: '_design/kinerja' })).toEqual([]);
    expect(channelsOf({ _id: 'units' })).toEqual([]);
  });
});

describe('channelsFor', () => {
  it("a staff member reads own, own unit, org and the superior's plan", () => {
    expect(channelsFor(userOf(NIP.staffA1), chart, NORMAL_DATE)).toEqual([
      'emp:' + NIP.staffA1,
      'org',
      `photo:${NIP.staffA1}`,
      `plan:${NIP.headA}`,
      'unit:bidang-a',
    ]);
  });

  it('a head also reads each direct report and the reviews of their appraisals', () => {
    expect(channelsFor(userOf(NIP.headA), chart, NORMAL_DATE)).toEqual(
      [
        `emp:${NIP.headA}`,
        `emp:${NIP.staffA1}`,
        `emp:${NIP.staffA2}`,
        'org',
        `photo:${NIP.headA}`,
        `plan:${NIP.kepalaDinas}`,
        `review:${NIP.staffA1}`,
        `review:${NIP.staffA2}`,
        'rep:bidang-a',
        'unit:bidang-a',
        'unit:dinas',
      ].sort(),
    );
  });

  it('the atasan penilai reads the reviews of the heads, not the staff under them', () => {
    const granted = channelsFor(userOf(NIP.kepalaDinas), chart, NORMAL_DATE);
    expect(granted).toEqual(
      [
        `emp:${NIP.kepalaDinas}`,
        `emp:${NIP.headA}`,
        `emp:${NIP.headB}`,
        `emp:${NIP.pengelola}`,
        'org',
        `photo:${NIP.kepalaDinas}`,
        `plan:${NIP.staffA1}`,
        `plan:${NIP.staffA2}`,
        `plan:${NIP.staffB1}`,
        `plan:${NIP.staffB2}`,
        `review:${NIP.headA}`,
        `review:${NIP.headB}`,
        `review:${NIP.pengelola}`,
        'rep:bidang-a',
        'rep:bidang-b',
        'rep:dinas',
        'rep:sekretariat',
        'unit:bidang-a',
        'unit:bidang-b',
        'unit:dinas',
        'unit:sekretariat',
      ].sort(),
    );
    expect(granted).not.toContain(`emp:${NIP.staffA1}`);
    expect(canReadChannels(channelsOf(makeAppraisal()), new Set(granted))).toBe(true);
  });

  it('the pengelola reads every unit and its development records, but no one else', () => {
    const granted = channelsFor(pengelolaUser, chart, NORMAL_DATE);
    expect(granted).toEqual(
      [
        'dev:bidang-a',
        'dev:bidang-b',
        'dev:dinas',
        'dev:sekretariat',
        `emp:${NIP.pengelola}`,
        'org',
        `photo:${NIP.pengelola}`,
        `plan:${NIP.kepalaDinas}`,
        'rep:bidang-a',
        'rep:bidang-b',
        'rep:dinas',
        'rep:sekretariat',
        'unit:bidang-a',
        'unit:bidang-b',
        'unit:dinas',
        'unit:sekretariat',
      ].sort(),
    );
  });

  it('follows the Plt: the acting staff member reads the team, the absent head does not', () => {
    expect(channelsFor(userOf(NIP.staffB1), chart, PLT_DATE)).toContain(`emp:${NIP.staffB2}`);
    expect(channelsFor(userOf(NIP.staffB1), chart, PLT_DATE)).toContain('rep:bidang-b');
    expect(channelsFor(userOf(NIP.headB), chart, PLT_DATE)).toEqual([
      `emp:${NIP.headB}`,
      'org',
      `photo:${NIP.headB}`,
      `plan:${NIP.kepalaDinas}`,
      'unit:bidang-b',
      'unit:dinas',
    ]);
    expect(channelsFor(userOf(NIP.kepalaDinas), chart, PLT_DATE)).toContain(
      `review:${NIP.staffB1}`,
    );
  });

  it('a stranger reads only org and their own channel', () => {
    expect(channelsFor(userOf(NIP.stranger), chart, NORMAL_DATE)).toEqual([
      `emp:${NIP.stranger}`,
      'org',
      `photo:${NIP.stranger}`,
    ]);
  });

  it('a colleague cannot read another staff member appraisal', () => {
    const granted = new Set(channelsFor(userOf(NIP.staffA2), chart, NORMAL_DATE));
    expect(canReadChannels(channelsOf(makeAppraisal()), granted)).toBe(false);
  });
});

describe('evidence photos', () => {
  it("reach only their owner's devices: no head is fed a report's photos", () => {
    const photo = channelsOf(makeDocOfType('photo', NIP.staffA1));
    expect(
      canReadChannels(photo, new Set(channelsFor(userOf(NIP.staffA1), chart, NORMAL_DATE))),
    ).toBe(true);
    expect(
      canReadChannels(photo, new Set(channelsFor(userOf(NIP.headA), chart, NORMAL_DATE))),
    ).toBe(false);
  });

  it('may be fetched one at a time by the appraiser only', () => {
    expect(fetchOnlyChannelsFor(userOf(NIP.headA), chart, NORMAL_DATE)).toEqual([
      `photo:${NIP.staffA1}`,
      `photo:${NIP.staffA2}`,
    ]);
    expect(fetchOnlyChannelsFor(userOf(NIP.staffA2), chart, NORMAL_DATE)).toEqual([]);
    // The atasan penilai reviews appraisals, not the daily evidence of the staff under the heads.
    expect(fetchOnlyChannelsFor(userOf(NIP.kepalaDinas), chart, NORMAL_DATE)).not.toContain(
      `photo:${NIP.staffA1}`,
    );
  });

  it('follow the Plt: the acting head may fetch, the absent head may not', () => {
    expect(fetchOnlyChannelsFor(userOf(NIP.staffB1), chart, PLT_DATE)).toContain(
      `photo:${NIP.staffB2}`,
    );
    expect(fetchOnlyChannelsFor(userOf(NIP.headB), chart, PLT_DATE)).toEqual([]);
  });
});

describe('fetching on demand what an appraisal cites (the Atasan Pejabat Penilai)', () => {
  const cited = makeActivity({ nip: NIP.staffA1, date: '2026-05-04' });
  const citedPhoto = makePhoto(cited);
  const uncited = makeActivity({ nip: NIP.staffA1, date: '2026-05-05' });
  const onlyItsPhoto = makeActivity({ nip: NIP.staffA1, date: '2026-05-06' });
  const final = makeFinalAppraisal('sesuai', 'sesuai', {
    nip: NIP.staffA1,
    appraiserNip: NIP.headA,
    rhk: { 'rhk-1': ratedItem('sesuai', { evidence: [cited._id] }) },
    perilaku: { kolaboratif: ratedItem('sesuai', { evidence: [`${onlyItsPhoto._id}#foto.jpg`] }) },
  });
  const boss = userOf(NIP.kepalaDinas);
  const may = (user: ReturnType<typeof userOf>, id: string, appraisals = [final]) =>
    mayFetchOnDemand(user, id, chart, NORMAL_DATE, appraisals);

  it('opens the cited activity and its photos, also when only a photo of it is cited', () => {
    expect(may(boss, cited._id)).toBe(true);
    expect(may(boss, citedPhoto._id)).toBe(true);
    expect(may(boss, onlyItsPhoto._id)).toBe(true);
    expect(may(boss, makePhoto(onlyItsPhoto)._id)).toBe(true);
  });

  it('never the rest of the daily log, the feedback or the self-assessment', () => {
    expect(may(boss, uncited._id)).toBe(false);
    expect(may(boss, makePhoto(uncited)._id)).toBe(false);
    expect(may(boss, ids.feedback(NIP.staffA1, 'X'.repeat(26)))).toBe(false);
    expect(may(boss, ids.selfAssessment(NIP.staffA1, '2026'))).toBe(false);
    // Nor is anything fed: the grant is one document at a time, not a channel.
    expect(channelsFor(boss, chart, NORMAL_DATE)).not.toContain(`emp:${NIP.staffA1}`);
  });

  it('only through a final appraisal of that employee by a direct report of the reader', () => {
    const draft = makeAppraisal({ ...final, status: 'draft' });
    expect(may(boss, cited._id, [draft])).toBe(false);
    expect(may(boss, cited._id, [])).toBe(false);
    // An appraisal of someone else citing the id proves nothing about its owner.
    const otherNip = makeFinalAppraisal('sesuai', 'sesuai', {
      nip: NIP.staffA2,
      rhk: { 'rhk-1': ratedItem('sesuai', { evidence: [cited._id] }) },
    });
    expect(may(boss, cited._id, [otherNip])).toBe(false);
    // A colleague head, the employee's colleague and the appraiser's colleague may not.
    expect(may(userOf(NIP.headB), cited._id)).toBe(false);
    expect(may(userOf(NIP.staffA2), cited._id)).toBe(false);
    expect(may(userOf(NIP.pengelola), cited._id)).toBe(false);
  });

  it('opens the SKP approval of the people the reader’s direct reports appraise, no other', () => {
    expect(may(boss, ids.skpApproval(NIP.staffA1, '2026'), [])).toBe(true);
    expect(may(userOf(NIP.headB), ids.skpApproval(NIP.staffA1, '2026'), [])).toBe(false);
    expect(may(userOf(NIP.staffA2), ids.skpApproval(NIP.staffA1, '2026'), [])).toBe(false);
    // The heads' own approvals are fed to the kepala dinas already; there is no atasan above.
    expect(may(boss, ids.skpApproval(NIP.headA, '2026'), [])).toBe(false);
  });
});

describe('an imported attendance month on demand (the Pengelola applying a correction)', () => {
  const month = ids.attendance(NIP.staffA1, '2026-05');
  const may = (user: ReturnType<typeof userOf>) =>
    mayFetchOnDemand(user, month, chart, NORMAL_DATE, []);

  it('opens to the Pengelola keeping the person, never fed to them', () => {
    expect(may(pengelolaUser)).toBe(true);
    expect(may({ ...pengelolaUser, scope: 'bidang-a' })).toBe(true);
    expect(channelsFor(pengelolaUser, chart, NORMAL_DATE)).not.toContain(`emp:${NIP.staffA1}`);
  });

  it('not to the Pengelola of another unit, a colleague, or another head', () => {
    expect(may({ ...pengelolaUser, scope: 'bidang-b' })).toBe(false);
    expect(may(userOf(NIP.staffA2))).toBe(false);
    expect(may(userOf(NIP.headB))).toBe(false);
    // The rest of the person's documents stay closed to the Pengelola.
    expect(
      mayFetchOnDemand(
        pengelolaUser,
        ids.selfAssessment(NIP.staffA1, '2026'),
        chart,
        NORMAL_DATE,
        [],
      ),
    ).toBe(false);
  });
});

describe('mayKeepId', () => {
  const keeps = (user: ReturnType<typeof userOf>, id: string) =>
    mayKeepId(id, user, new Set(channelsFor(user, chart, NORMAL_DATE)), chart, NORMAL_DATE);
  const staffA1 = userOf(NIP.staffA1);

  it('keeps what the id puts in the user’s channels, written yet or not', () => {
    expect(keeps(staffA1, ids.activity(NIP.staffA1, NORMAL_DATE, 'X'.repeat(26)))).toBe(true);
    expect(keeps(staffA1, ids.appraisal(NIP.staffA1, '2026'))).toBe(true);
    expect(keeps(staffA1, ids.period('2026'))).toBe(true);
    expect(keeps(userOf(NIP.headA), ids.appraisal(NIP.staffA1, '2026'))).toBe(true);
  });

  it('does not keep a colleague’s documents, whatever their stored fields would say', () => {
    expect(keeps(staffA1, ids.activity(NIP.staffA2, NORMAL_DATE, 'X'.repeat(26)))).toBe(false);
    expect(keeps(staffA1, ids.objectionDecision(NIP.staffA2, '2026'))).toBe(false);
    expect(keeps(staffA1, ids.employee(NIP.staffB1))).toBe(false);
    expect(keeps(staffA1, 'report:x')).toBe(false);
  });

  it('keeps what the user writes without reading it by id', () => {
    const decision = ids.objectionDecision(NIP.staffA1, '2026');
    expect(keeps(userOf(NIP.kepalaDinas), decision)).toBe(true);
    expect(keeps(userOf(NIP.kepalaDinas), ids.appraisal(NIP.staffA1, '2026'))).toBe(false);
    expect(keeps(userOf(NIP.headB), decision)).toBe(false);
    expect(keeps(pengelolaUser, ids.attendance(NIP.staffA1, '2026-05'))).toBe(true);
    expect(keeps(pengelolaUser, ids.employee(NIP.stranger))).toBe(true);
    expect(keeps(pengelolaUser, ids.activity(NIP.staffA1, NORMAL_DATE, 'X'.repeat(26)))).toBe(
      false,
    );
  });
});

describe('continuous feedback', () => {
  const feedback = makeFeedback({ share: { text: 'Laporan rapi.', proposedAt: NOW_ISO } });
  const readers = (doc: { _id: string; unitId?: string }) =>
    Object.values(NIP).filter((nip) =>
      canReadChannels(channelsOf(doc), new Set(channelsFor(userOf(nip), chart, NORMAL_DATE))),
    );

  it('feeds the feedback and the response to the employee and their appraiser only', () => {
    expect(readers(feedback)).toEqual([NIP.headA, NIP.staffA1]);
    expect(readers(makeFeedbackResponse(feedback))).toEqual([NIP.headA, NIP.staffA1]);
  });

  it('feeds a praktik baik to everyone who reads the unit, and no other unit', () => {
    expect(readers(makePraktikBaik(feedback))).toEqual([
      NIP.kepalaDinas,
      NIP.headA,
      NIP.staffA1,
      NIP.staffA2,
    ]);
  });

  it('lets a colleague keep a praktik baik only while the server has it in their unit', () => {
    const id = makePraktikBaik(feedback)._id;
    const staffA2 = userOf(NIP.staffA2);
    const granted = new Set(channelsFor(staffA2, chart, NORMAL_DATE));
    expect(mayKeepId(id, staffA2, granted, chart, NORMAL_DATE)).toBe(false);
    expect(mayKeepId(id, userOf(NIP.staffA1), granted, chart, NORMAL_DATE)).toBe(true);
  });
});

describe('reportUnitsFor: whose figures reach whom (Laporan)', () => {
  it('a unit head reads their own unit only, the kepala dinas every unit of the dinas', () => {
    expect(reportUnitsFor(userOf(NIP.headA), chart, NORMAL_DATE)).toEqual(['bidang-a']);
    expect(reportUnitsFor(userOf(NIP.kepalaDinas), chart, NORMAL_DATE)).toEqual([
      'bidang-a',
      'bidang-b',
      'dinas',
      'sekretariat',
    ]);
  });

  it('a staff member reads no report, not even of their own unit', () => {
    expect(reportUnitsFor(userOf(NIP.staffA1), chart, NORMAL_DATE)).toEqual([]);
    const granted = new Set(channelsFor(userOf(NIP.staffA1), chart, NORMAL_DATE));
    expect(canReadChannels(channelsOf({ _id: ids.report('bidang-a', '2026-06') }), granted)).toBe(
      false,
    );
  });

  it('a Pengelola scoped to an OPD reads the reports of that OPD, not of another', () => {
    const scoped = { ...pengelolaUser, scope: 'bidang-b' };
    expect(reportUnitsFor(scoped, chart, NORMAL_DATE)).toEqual(['bidang-b']);
  });

  it('the Plt reads the reports of the unit they act for; the absent head does not', () => {
    expect(reportUnitsFor(userOf(NIP.staffB1), chart, PLT_DATE)).toContain('bidang-b');
    expect(reportUnitsFor(userOf(NIP.headB), chart, PLT_DATE)).toEqual([]);
  });
});
