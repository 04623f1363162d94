import { describe, expect, it } from 'vitest';
import {
  annualPeriodId,
  buildYearPeriods,
  isPeriodYear,
  latestSubmitBy,
  passedSubmitBy,
  quarterPeriodId,
  tanggalOf,
} from './periods';
import { parseDoc } from './schemas/registry';
import { validateWrite } from './validate-write';
import { buildOrgChart } from './org-chart';

describe('buildYearPeriods', () => {
  const docs = buildYearPeriods(2027);

  it('gives the open annual period then its four open quarters, back to back', () => {
    expect(docs.map((d) => d._id)).toEqual([
      'period:2027',
      'period:2027-q1',
      'period:2027-q2',
      'period:2027-q3',
      'period:2027-q4',
    ]);
    expect(docs.every((d) => d.status === 'open' && d.year === 2027)).toBe(true);
    expect(docs[0]).toMatchObject({ kind: 'annual', start: '2027-01-01', end: '2027-12-31' });
    const quarters = docs.slice(1);
    expect(quarters.map((q) => [q.label, q.start, q.end])).toEqual([
      ['Triwulan I 2027', '2027-01-01', '2027-03-31'],
      ['Triwulan II 2027', '2027-04-01', '2027-06-30'],
      ['Triwulan III 2027', '2027-07-01', '2027-09-30'],
      ['Triwulan IV 2027', '2027-10-01', '2027-12-31'],
    ]);
  });

  it('builds documents that the schema accepts and a Pengelola or the admin may write', () => {
    const ctx = {
      chart: buildOrgChart([]),
      now: Date.parse('2027-01-05T00:00:00Z'),
      periods: new Map(),
      related: {},
    };
    for (const doc of docs) {
      expect(parseDoc(doc).ok).toBe(true);
      expect(validateWrite(doc, null, { nip: 'admin', roles: ['admin'] }, ctx).ok).toBe(true);
      expect(validateWrite(doc, null, { nip: '198602142010012015', roles: [] }, ctx).ok).toBe(
        false,
      );
    }
  });

  it('names its periods as the demo does and knows which years a period may have', () => {
    expect(annualPeriodId(2026)).toBe('2026');
    expect(quarterPeriodId(2026, 3)).toBe('2026-q3');
    expect(isPeriodYear(2026)).toBe(true);
    expect(isPeriodYear(1999)).toBe(false);
    expect(isPeriodYear(2026.5)).toBe(false);
  });
});

describe('passedSubmitBy', () => {
  const [year, q1, q2] = buildYearPeriods(2026).map((p) => ({ ...p, submitBy: undefined }));
  const withQ1 = { ...q1!, submitBy: '2026-04-10' };

  it('names the period of the date whose batas pengisian is before today', () => {
    expect(passedSubmitBy('2026-03-20', '2026-04-11', [year!, withQ1, q2!])).toBe(withQ1);
    expect(passedSubmitBy('2026-03-20', '2026-04-10', [year!, withQ1])).toBeNull();
    expect(passedSubmitBy('2026-04-20', '2026-05-11', [year!, withQ1, q2!])).toBeNull();
  });

  it('names the shorter period when the year and its quarter have both passed', () => {
    const yearLate = { ...year!, submitBy: '2026-04-01' };
    expect(passedSubmitBy('2026-03-20', '2026-05-01', [yearLate, withQ1])).toBe(withQ1);
  });

  it('allows a batas pengisian up to 60 days after the end, and writes dates in words', () => {
    expect(latestSubmitBy({ end: '2026-12-31' })).toBe('2027-03-01');
    expect(tanggalOf('2026-04-10')).toBe('10 April 2026');
  });
});
