import { describe, expect, it } from 'vitest';
import {
  attendanceFigures,
  compliance,
  complianceGaps,
  curveLimits,
  curveOf,
  groupByOpd,
  groupFigures,
  jpFigures,
  loggedDaysPerWeek,
  opdOf,
  predikatSpread,
} from './report-figures';
import { makeReportPerson } from './testing/factories';

const dewi = makeReportPerson({
  nip: '199001012020012001',
  name: 'Dewi',
  days: [1, 2, 8],
  minutes: 600,
  entries: { draft: 1, submitted: 2, approved: 3, returned: 1 },
  verified: { count: 4, totalHours: 100, within3Days: 3 },
  feedback: 2,
  skp: 'approved',
  appraisal: 'final',
  predikat: 'baik',
  acknowledgement: 'accept',
});
const budi = makeReportPerson({
  nip: '199001012020012002',
  name: 'Budi',
  days: [],
  skp: 'submitted',
  appraisal: 'draft',
});
const cuti = makeReportPerson({ nip: '199001012020012003', name: 'Citra', excluded: 'cuti' });

describe('groupFigures', () => {
  it('counts the people who logged among those not excluded, and the entries and latency', () => {
    const g = groupFigures([dewi, budi, cuti]);
    expect(g.people).toBe(3);
    expect(g.counted).toBe(2);
    expect(g.excluded).toEqual({ cuti: 1, 'tugas-belajar': 0 });
    expect(g.logged).toBe(1);
    expect(g.loggedShare).toBe(0.5);
    expect(g.averageDays).toBe(1.5);
    expect(g.hours).toBe(10);
    expect(g.entries).toEqual({ submitted: 6, approved: 3, returned: 1, pending: 2 });
    expect(g.feedback).toBe(2);
    expect(g.verification).toEqual({ count: 4, meanHours: 25, within3DaysShare: 0.75 });
  });

  it('has no latency when nothing was decided', () => {
    expect(groupFigures([budi]).verification.meanHours).toBeNull();
  });
});

describe('compliance', () => {
  it('measures the counted people and lists who is missing', () => {
    const c = compliance([dewi, budi, cuti]);
    expect(c.counted).toBe(2);
    expect(c.skpApproved).toMatchObject({ count: 1, of: 2, share: 0.5 });
    expect(c.skpApproved.missing.map((p) => p.name)).toEqual(['Budi']);
    expect(c.logSubmitted.missing.map((p) => p.name)).toEqual(['Budi']);
    expect(c.entriesVerified.missing.map((p) => p.name)).toEqual(['Dewi']);
    expect(c.appraisalFinal.count).toBe(1);
    expect(c.acknowledged.count).toBe(1);
  });

  it('measures acknowledgement of those whose appraisal is final only', () => {
    const c = compliance([
      dewi,
      budi,
      { ...dewi, nip: '199001012020012004', acknowledgement: 'none' },
    ]);
    // Budi's appraisal is a draft: he cannot acknowledge yet, so he is neither counted nor missing.
    expect(c.acknowledged).toMatchObject({ count: 1, of: 2, share: 0.5 });
    expect(c.acknowledged.missing.map((p) => p.nip)).toEqual(['199001012020012004']);
  });

  it('has no share, not 0 %, when everyone is excluded', () => {
    const c = compliance([cuti]);
    expect(c.skpApproved).toMatchObject({ count: 0, of: 0, share: null });
    expect(groupFigures([cuti]).loggedShare).toBeNull();
    expect(groupFigures([cuti]).averageDays).toBeNull();
  });

  it('counts open objections as the people who have one', () => {
    const c = compliance([dewi, { ...budi, objectionOpen: true }]);
    expect(c.objectionOpen.count).toBe(1);
    expect(c.objectionOpen.missing.map((p) => p.name)).toEqual(['Budi']);
  });
});

describe('loggedDaysPerWeek', () => {
  it('splits the month into weeks from Monday, clipped to the month', () => {
    // December 2026 starts on a Tuesday.
    const weeks = loggedDaysPerWeek('2026-12', [
      makeReportPerson({ days: [1, 6, 7] }),
      makeReportPerson({ days: [7, 31] }),
    ]);
    expect(weeks.map((w) => [w.from, w.to])).toEqual([
      [1, 6],
      [7, 13],
      [14, 20],
      [21, 27],
      [28, 31],
    ]);
    expect(weeks.map((w) => w.personDays)).toEqual([2, 2, 0, 0, 1]);
  });

  it('leaves out the weeks of the current month that have not begun', () => {
    const rows = [makeReportPerson({ days: [1, 7] })];
    const weeks = loggedDaysPerWeek('2026-12', rows, '2026-12-08');
    expect(weeks.map((w) => [w.from, w.to, w.personDays])).toEqual([
      [1, 6, 1],
      [7, 13, 1],
    ]);
    // A past month keeps every week.
    expect(loggedDaysPerWeek('2026-12', rows, '2027-01-04')).toHaveLength(5);
  });
});

describe('predikat spread and the curve', () => {
  it('counts each predikat and those not rated yet', () => {
    const s = predikatSpread([dewi, budi, cuti]);
    expect(s.counts.baik).toBe(1);
    expect(s.notRated).toBe(1);
    expect(s.total).toBe(2);
  });

  it('waits for ratings still to come before judging the curve', () => {
    const team = [dewi, budi, { ...budi, nip: '199001012020012009' }];
    const check = curveOf(team, 'baik');
    expect(check.pending).toBe(2);
    expect(check.broken).toEqual([]);
    const allBaik = team.map((p) => ({ ...p, predikat: 'baik' as const }));
    expect(curveOf(allBaik, 'baik').broken.map((r) => r.code)).toEqual([
      'baik-max-70-b',
      'baik-min-1-bp-k',
    ]);
  });

  it('states the rules in people', () => {
    expect(curveLimits('baik', 10)).toEqual([
      expect.objectContaining({ code: 'baik-max-70-b', bound: 'at-most', people: 7 }),
      expect.objectContaining({ code: 'baik-min-1-bp-k', bound: 'at-least', people: 1 }),
    ]);
    expect(curveLimits('butuh-perbaikan', 4)[0]).toMatchObject({ people: 3 });
  });
});

describe('JP and attendance', () => {
  it('counts who reached the JP target and sums attendance', () => {
    const rows = [
      makeReportPerson({ jp: { verified: 24, target: 20 } }),
      makeReportPerson({
        name: 'Kurang JP',
        jp: { verified: 8, target: 20 },
        attendance: {
          workingDays: 20,
          present: 18,
          lateDays: 3,
          absentDays: 2,
          tppDeductionPct: 7,
        },
      }),
      makeReportPerson({
        attendance: {
          workingDays: 20,
          present: 20,
          lateDays: 1,
          absentDays: 0,
          tppDeductionPct: 0,
        },
      }),
    ];
    const jp = jpFigures(rows);
    expect(jp).toMatchObject({ withTarget: 2, reached: 1 });
    expect(jp.short.map((p) => p.name)).toEqual(['Kurang JP']);
    expect(attendanceFigures(rows)).toEqual({
      withAttendance: 2,
      lateDays: 4,
      absentDays: 2,
      averageDeductionPct: 3.5,
    });
  });
});

describe('OPD', () => {
  const units = new Map(
    [
      { unitId: 'pemda', parentId: null, kind: 'pemda' },
      { unitId: 'dinas', parentId: 'pemda', kind: 'dinas' },
      { unitId: 'sd-1', parentId: 'dinas', kind: 'sekolah' },
      { unitId: 'kec', parentId: 'pemda', kind: 'kecamatan' },
      { unitId: 'kel', parentId: 'kec', kind: 'kelurahan' },
    ].map((u) => [u.unitId, u]),
  );

  it('is the unit right under the pemda', () => {
    expect(opdOf('sd-1', units)).toBe('dinas');
    expect(opdOf('dinas', units)).toBe('dinas');
    expect(opdOf('kel', units)).toBe('kec');
  });

  it('groups units by OPD', () => {
    expect([...groupByOpd(['sd-1', 'kel', 'dinas'], units)]).toEqual([
      ['dinas', ['sd-1', 'dinas']],
      ['kec', ['kel']],
    ]);
  });
});

describe('complianceGaps', () => {
  it('lists each counted person once per measure they miss, measure by measure, by name', () => {
    const ana = makeReportPerson({
      nip: '199001012020012005',
      name: 'Ana',
      days: [],
      skp: 'draft',
      appraisal: 'final',
      acknowledgement: 'none',
      objectionOpen: true,
    });
    const gaps = complianceGaps([dewi, budi, cuti, ana]);
    expect(gaps.map((g) => `${g.key} ${g.person.name}`)).toEqual([
      'skpApproved Ana',
      'skpApproved Budi',
      'logSubmitted Ana',
      'logSubmitted Budi',
      'entriesVerified Dewi',
      'appraisalFinal Budi',
      'acknowledged Ana',
      'objectionOpen Ana',
    ]);
  });

  it('is empty when everyone counted meets every measure, or nobody is counted', () => {
    expect(complianceGaps([{ ...dewi, entries: { ...dewi.entries, submitted: 0 } }])).toEqual([]);
    expect(complianceGaps([cuti])).toEqual([]);
  });
});
