import { describe, expect, it } from 'vitest';
import {
  activityIdFor,
  activityIdOfPhoto,
  DOC_TYPES,
  ids,
  isIsoDate,
  isNip,
  ownerNipOfId,
  colonPrefixes,
  parseId,
  typeOfId,
  verificationIdFor,
  type ParsedId,
} from './ids';
import { NIP, testUlid } from './testing/factories';

const nip = NIP.staffA1;
const suffix = testUlid(1);

// One built id per document type, with what parseId must give back.
const ROUND_TRIP: [string, ParsedId][] = [
  [ids.employee(nip), { type: 'employee', nip }],
  [ids.unit('bidang-a'), { type: 'unit', unitId: 'bidang-a' }],
  [ids.report('bidang-a', '2026-06'), { type: 'report', unitId: 'bidang-a', month: '2026-06' }],
  [ids.period('2026-tw1'), { type: 'period', periodId: '2026-tw1' }],
  [ids.catalog('rapat'), { type: 'catalog', code: 'rapat' }],
  [ids.expectation('akuntabel-1'), { type: 'expectation', code: 'akuntabel-1' }],
  [ids.training('kerja-tim'), { type: 'training', trainingId: 'kerja-tim' }],
  [ids.skp(nip, '2026'), { type: 'skp', nip, periodId: '2026' }],
  [ids.skpApproval(nip, '2026'), { type: 'skp-approval', nip, periodId: '2026' }],
  [ids.activity(nip, '2026-05-14', suffix), { type: 'activity', nip, date: '2026-05-14', suffix }],
  [
    ids.verification(nip, '2026-05-14', suffix),
    { type: 'verification', nip, date: '2026-05-14', suffix },
  ],
  [ids.feedback(nip, suffix), { type: 'feedback', nip, suffix }],
  [ids.feedbackResponse(nip, suffix), { type: 'feedback-response', nip, suffix }],
  [ids.praktikBaik(nip, suffix), { type: 'praktik-baik', nip, suffix }],
  [ids.setting('kinerja'), { type: 'setting', key: 'kinerja' }],
  [ids.selfAssessment(nip, '2026'), { type: 'self-assessment', nip, periodId: '2026' }],
  [ids.appraisal(nip, '2026'), { type: 'appraisal', nip, periodId: '2026' }],
  [ids.acknowledgement(nip, '2026'), { type: 'acknowledgement', nip, periodId: '2026' }],
  [ids.objectionDecision(nip, '2026'), { type: 'objection-decision', nip, periodId: '2026' }],
  [ids.enrolment(nip, 'kerja-tim'), { type: 'enrolment', nip, key: 'kerja-tim' }],
  [ids.enrolmentDecision(nip, 'm-01hz'), { type: 'enrolment-decision', nip, key: 'm-01hz' }],
  [ids.enrolmentAdmin(nip, 'kerja-tim'), { type: 'enrolment-admin', nip, key: 'kerja-tim' }],
  [
    ids.certificate(nip, 'kerja-tim', '01HZY3K9Q2V7W8X9Y0Z1A2B3C4'),
    { type: 'certificate', nip, key: 'kerja-tim', suffix: '01HZY3K9Q2V7W8X9Y0Z1A2B3C4' },
  ],
  [ids.developmentPlan(nip, 2026), { type: 'development-plan', nip, year: 2026 }],
  [ids.attendance(nip, '2026-04'), { type: 'attendance', nip, month: '2026-04' }],
  [
    ids.attendanceCorrection(nip, '2026-04-03'),
    { type: 'attendance-correction', nip, date: '2026-04-03' },
  ],
  [
    ids.attendanceDecision(nip, '2026-04-03'),
    { type: 'attendance-decision', nip, date: '2026-04-03' },
  ],
  [
    ids.attendanceApplied(nip, '2026-04-03'),
    { type: 'attendance-applied', nip, date: '2026-04-03' },
  ],
  [ids.orgRating('bidang-a', '2026'), { type: 'org-rating', unitId: 'bidang-a', periodId: '2026' }],
  [
    ids.photo(nip, '2026-05-14', suffix, testUlid(2)),
    { type: 'photo', nip, date: '2026-05-14', suffix, photoSuffix: testUlid(2) },
  ],
];

describe('ids: build and parse', () => {
  it.each(ROUND_TRIP)('%s parses back to its parts', (id, parts) => {
    expect(parseId(id)).toEqual(parts);
    expect(typeOfId(id)).toBe(parts.type);
  });

  it('round-trips every document type', () => {
    expect(new Set(ROUND_TRIP.map(([, p]) => p.type))).toEqual(new Set(DOC_TYPES));
  });

  it('gives a fresh ULID suffix to activities and feedback', () => {
    const a = parseId(ids.activity(nip, '2026-05-14'));
    const b = parseId(ids.activity(nip, '2026-05-14'));
    expect(a?.type).toBe('activity');
    expect(a).not.toEqual(b);
    expect(parseId(ids.feedback(nip))?.type).toBe('feedback');
  });
});

describe('ids: malformed ids are rejected', () => {
  it.each([
    ['NIP of 17 digits', `skp:${nip.slice(1)}:2026`],
    ['NIP of 19 digits', `skp:${nip}1:2026`],
    ['NIP with a letter', `employee:19850404201001100A`],
    ['impossible date 2026-02-30', `activity:${nip}:2026-02-30:${suffix}`],
    ['month 13 in a date', `activity:${nip}:2026-13-01:${suffix}`],
    ['date without padding', `activity:${nip}:2026-5-14:${suffix}`],
    ['ULID too short', `activity:${nip}:2026-05-14:${suffix.slice(1)}`],
    ['ULID with I (not Crockford)', `feedback:${nip}:${suffix.slice(0, 25)}I`],
    ['ULID in lower case', `feedback:${nip}:${suffix.toLowerCase()}`],
    ['extra part on an activity', `activity:${nip}:2026-05-14:${suffix}:x`],
    ['photo without its own suffix', `photo:${nip}:2026-05-14:${suffix}`],
    ['photo with a bad suffix', `photo:${nip}:2026-05-14:${suffix}:x`],
    ['extra part on an skp', `skp:${nip}:2026:x`],
    ['extra part on a unit', 'unit:bidang-a:x'],
    ['missing part', `appraisal:${nip}`],
    ['upper-case key', 'unit:Bidang-A'],
    ['key starting with a hyphen', 'period:-2026'],
    ['attendance month 13', `attendance:${nip}:2026-13`],
    ['attendance month 00', `attendance:${nip}:2026-00`],
    ['attendance with a full date', `attendance:${nip}:2026-04-01`],
    ['correction of a month', `attendance-correction:${nip}:2026-04`],
    ['decision of a date that does not exist', `attendance-decision:${nip}:2026-02-30`],
    ['unknown type', `report:${nip}:2026`],
    ['no colon at all', 'unit'],
    ['empty', ''],
  ])('%s: %s', (_label, id) => {
    expect(parseId(id)).toBeNull();
  });
});

describe('ids: helpers', () => {
  it('typeOfId reads the prefix only when it is a whole type followed by a colon', () => {
    expect(typeOfId(`activity:${nip}:bad`)).toBe('activity');
    expect(typeOfId('units')).toBeNull();
    expect(typeOfId('periods')).toBeNull();
    expect(typeOfId('_design/kinerja')).toBeNull();
  });

  it('ownerNipOfId names the employee for their documents, null for reference data', () => {
    expect(ownerNipOfId(ids.appraisal(nip, '2026'))).toBe(nip);
    expect(ownerNipOfId(ids.attendance(nip, '2026-04'))).toBe(nip);
    expect(ownerNipOfId(ids.employee(nip))).toBeNull();
    expect(ownerNipOfId(ids.orgRating('bidang-a', '2026'))).toBeNull();
    expect(ownerNipOfId(`skp:${nip.slice(1)}:2026`)).toBeNull();
  });

  it('pairs an activity with its verification and back', () => {
    const activityId = ids.activity(nip, '2026-05-14', suffix);
    const verificationId = ids.verification(nip, '2026-05-14', suffix);
    expect(verificationIdFor(activityId)).toBe(verificationId);
    expect(activityIdFor(verificationId)).toBe(activityId);
    expect(verificationIdFor(verificationId)).toBeNull();
    expect(activityIdFor(activityId)).toBeNull();
  });

  it('isNip and isIsoDate', () => {
    expect(isNip(nip)).toBe(true);
    expect(isNip(nip.slice(1))).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
  });

  it('isIsoDate agrees with the calendar of Date, century years and malformed text included', () => {
    const byDate = (v: string) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    };
    const two = (n: number) => String(n).padStart(2, '0');
    for (const year of ['0000', '1900', '1999', '2000', '2024', '2026', '2100', '2400', '9999'])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const value = `${year}-${two(month)}-${two(day)}`;
          expect(isIsoDate(value), value).toBe(byDate(value));
        }
    for (const bad of ['2026-5-14', '2026-05-14 ', '20260514', '2026-05-1a', '+02026-05-14', ''])
      expect(isIsoDate(bad), bad).toBe(false);
  });
});

describe('ids: photos belong to their activity', () => {
  it('names the activity a photo is evidence of', () => {
    const activity = ids.activity(nip, '2026-05-14', suffix);
    expect(activityIdOfPhoto(ids.photo(nip, '2026-05-14', suffix))).toBe(activity);
    expect(activityIdOfPhoto(activity)).toBeNull();
  });
});

describe('ids: colonPrefixes', () => {
  it('gives every prefix ending in a colon, shortest first, and none without a colon', () => {
    expect(colonPrefixes('activity:123:2026-05-14:X')).toEqual([
      'activity:',
      'activity:123:',
      'activity:123:2026-05-14:',
    ]);
    expect(colonPrefixes('_design/x')).toEqual([]);
  });
});
