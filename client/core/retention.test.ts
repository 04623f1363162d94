import { describe, expect, it } from 'vitest';
import { docDateOf, feedWindowStart } from './retention';

const NIP = '198001012005011001';
const periods = new Map([['2025-q2', { end: '2025-06-30' }]]);

describe('docDateOf', () => {
  it('takes the day from an activity or verification id', () => {
    expect(
      docDateOf({ _id: `activity:${NIP}:2025-05-02:01J0000000000000000000000A` }, periods),
    ).toBe('2025-05-02');
    expect(
      docDateOf({ _id: `verification:${NIP}:2025-05-03:01J0000000000000000000000A` }, periods),
    ).toBe('2025-05-03');
  });

  it('uses the end of the period, or none when the period is unknown', () => {
    expect(docDateOf({ _id: `appraisal:${NIP}:2025-q2` }, periods)).toBe('2025-06-30');
    expect(docDateOf({ _id: `skp:${NIP}:2024` }, periods)).toBeNull();
  });

  it('uses the last day of an attendance month, including December and February', () => {
    expect(docDateOf({ _id: `attendance:${NIP}:2024-02` }, periods)).toBe('2024-02-29');
    expect(docDateOf({ _id: `attendance:${NIP}:2024-12` }, periods)).toBe('2024-12-31');
  });

  it('gives reference data and unknown ids no date', () => {
    expect(docDateOf({ _id: `employee:${NIP}` }, periods)).toBeNull();
    expect(docDateOf({ _id: 'nonsense' }, periods)).toBeNull();
    expect(
      docDateOf({ _id: `feedback:${NIP}:01J0000000000000000000000A`, date: 'x' }, periods),
    ).toBeNull();
  });
});

describe('docDateOf of continuous feedback', () => {
  const suffix = '01J0000000000000000000000A';

  it('dates a feedback by its day', () => {
    expect(docDateOf({ _id: `feedback:${NIP}:${suffix}`, date: '2025-05-02' }, periods)).toBe(
      '2025-05-02',
    );
  });

  it('gives the response, the praktik baik and the settings no date: fed whatever their age', () => {
    expect(docDateOf({ _id: `feedback-response:${NIP}:${suffix}` }, periods)).toBeNull();
    expect(docDateOf({ _id: `praktik-baik:${NIP}:${suffix}` }, periods)).toBeNull();
    expect(docDateOf({ _id: 'setting:kinerja' }, periods)).toBeNull();
  });
});

describe('feedWindowStart', () => {
  it('starts at the previous quarter', () => {
    expect(feedWindowStart('2025-05-15')).toBe('2025-01-01');
    expect(feedWindowStart('2025-12-31')).toBe('2025-07-01');
  });

  it('reaches into the previous year in the first quarter', () => {
    expect(feedWindowStart('2025-02-01')).toBe('2024-10-01');
  });
});
