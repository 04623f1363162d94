import { describe, expect, it } from 'vitest';
import { attendanceMonth } from './attendance';
import {
  makeActivity,
  makeAppraisal,
  makeApplied,
  makeAttendance,
  makeCorrection,
  makeFeedback,
  makeFinalAppraisal,
  makePraktikBaik,
  makeSkp,
  makeVerification,
  ratedItem,
} from './testing/factories';
import { threeAspects, type AspectSources } from './three-aspects';
import type { Aspect, AspectLabel } from './three-aspects-lines';

// The second quarter of 2026; April has 22 working days (Monday to Friday).
const Q2 = { start: '2026-04-01', end: '2026-06-30' };

const empty: AspectSources = {
  attendance: [],
  activities: [],
  verifications: [],
  rhk: null,
  parentRhk: null,
  praktikBaik: [],
  feedback: [],
};

function figure(aspect: Aspect, label: AspectLabel) {
  return aspect.figures.find((f) => f.label === label)?.line;
}
const howKeys = (aspect: Aspect) => aspect.how.map((h) => h.key);

describe('kehadiran', () => {
  it('counts the range’s working days present, absences by status, late and early minutes, and corrected days', () => {
    const april = makeAttendance({ month: '2026-04' }, [
      { date: '2026-04-06', in: '07:45' }, // 15 minutes late
      { date: '2026-04-07', in: '08:10', out: '15:30' }, // 40 late, 30 early
      { date: '2026-04-08', status: 'cuti', in: null, out: null },
      { date: '2026-04-09', status: 'sakit', in: null, out: null },
      { date: '2026-04-10', status: 'tanpa-keterangan', in: null, out: null },
      { date: '2026-04-13', out: null }, // forgot to check out
      { date: '2026-04-14', in: '09:00' }, // late 90, corrected below as dinas luar
    ]);
    const request = makeCorrection({
      date: '2026-04-14',
      change: { status: 'dinas-luar', in: null, out: null },
    });
    const applied = makeApplied(request);
    const { attendance } = threeAspects(
      { ...empty, attendance: [attendanceMonth(april, [applied])] },
      { range: Q2, appraisal: null, view: 'employee' },
    );
    expect(attendance.summary).toEqual({
      key: 'summary.attendance',
      params: { days: 19, of: 22 },
    });
    expect(figure(attendance, 'present')?.params).toEqual({ days: 19, of: 22 });
    expect(figure(attendance, 'dinas-luar')?.params).toEqual({ days: 1 });
    expect(figure(attendance, 'cuti')?.params).toEqual({ days: 1 });
    expect(figure(attendance, 'sakit')?.params).toEqual({ days: 1 });
    expect(figure(attendance, 'tanpa-keterangan')?.params).toEqual({ days: 1 });
    expect(figure(attendance, 'late')?.params).toEqual({ days: 2, minutes: 55 });
    expect(figure(attendance, 'early')?.params).toEqual({ days: 1, minutes: 30 });
    expect(figure(attendance, 'missingScans')?.params).toEqual({ days: 1 });
    expect(figure(attendance, 'corrected')?.params).toEqual({ days: 1 });
    expect(attendance.how).toContainEqual({
      key: 'how.attendance.corrected',
      params: { days: 1 },
    });
    expect(attendance.how).toContainEqual({ key: 'how.attendance.source', params: { months: 1 } });
  });

  it('counts only the days inside the range', () => {
    const april = makeAttendance({ month: '2026-04' }, [{ date: '2026-04-01', in: '08:00' }]);
    const { attendance } = threeAspects(
      { ...empty, attendance: [attendanceMonth(april, [])] },
      { range: { start: '2026-04-02', end: '2026-04-30' }, appraisal: null, view: 'employee' },
    );
    expect(attendance.totals.workingDays).toBe(21);
    expect(figure(attendance, 'late')?.params).toEqual({ days: 0, minutes: 0 });
  });

  it('says when nothing was imported instead of showing zeros', () => {
    const { attendance } = threeAspects(empty, {
      range: Q2,
      appraisal: null,
      view: 'employee',
    });
    expect(attendance.summary.key).toBe('summary.attendanceNone');
    expect(attendance.figures).toEqual([]);
    expect(howKeys(attendance)).toContain('how.attendance.none');
  });
});

describe('kualitas pekerjaan', () => {
  const submitted = (date: string, round = 1) => makeActivity({ date, status: 'submitted', round });

  it('counts the verified activities approved on their first round against those returned at least once', () => {
    const first = [submitted('2026-04-06'), submitted('2026-04-07'), submitted('2026-04-08')];
    const againApproved = submitted('2026-04-09', 2); // returned, fixed, approved
    const returned = makeActivity({ date: '2026-04-10', status: 'draft', round: 1 });
    const waiting = submitted('2026-04-13');
    const draft = makeActivity({ date: '2026-04-14' });
    const outside = submitted('2026-03-31');
    const sources: AspectSources = {
      ...empty,
      activities: [...first, againApproved, returned, waiting, draft, outside],
      verifications: [
        ...first.map((a) => makeVerification(a)),
        makeVerification(againApproved),
        makeVerification(returned, { decision: 'returned', note: 'Lampirkan daftar hadir.' }),
        makeVerification(outside),
      ],
    };
    const { quality } = threeAspects(sources, { range: Q2, appraisal: null, view: 'employee' });
    expect(quality.activities).toEqual({ decided: 5, firstRound: 3, returned: 2, pending: 1 });
    expect(quality.summary).toEqual({ key: 'summary.quality', params: { count: 3, of: 5 } });
    expect(figure(quality, 'firstRound')?.params).toEqual({ count: 3, of: 5 });
    expect(figure(quality, 'returned')?.params).toEqual({ count: 2 });
    expect(figure(quality, 'pending')?.params).toEqual({ count: 1 });
    expect(quality.how).toContainEqual({ key: 'how.quality.pending', params: { count: 1 } });
  });

  it('shows the hasil kerja and RHK ratings to the employee only once final, and to the appraiser in the draft', () => {
    const rhk = {
      'rhk-1': ratedItem('di-atas', { evidence: ['activity:a', 'activity:b'] }),
      'rhk-2': ratedItem('sesuai', { evidence: ['activity:b'] }),
      'rhk-3': ratedItem('sesuai'),
    };
    const final = makeFinalAppraisal('di-atas', 'sesuai', { rhk });
    const shown = threeAspects(empty, { range: Q2, appraisal: final, view: 'employee' }).quality;
    expect(shown.ratings).toEqual([{ label: 'hasilKerja', rating: 'di-atas' }]);
    expect(figure(shown, 'rhkRatings')?.params).toEqual({ diAtas: 1, sesuai: 2, diBawah: 0 });
    expect(figure(shown, 'evidence')?.params).toEqual({ count: 2 });
    expect(howKeys(shown)).toContain('how.quality.ratings');

    const draft = makeAppraisal({ rhk, hasilKerja: ratedItem('sesuai') });
    const employee = threeAspects(empty, { range: Q2, appraisal: draft, view: 'employee' });
    expect(employee.quality.ratings).toEqual([]);
    expect(figure(employee.quality, 'rhkRatings')).toBeUndefined();
    expect(howKeys(employee.quality)).toContain('how.quality.ratingsLater');
    expect(employee.team.ratings).toEqual([]);

    const appraiser = threeAspects(empty, { range: Q2, appraisal: draft, view: 'appraiser' });
    expect(appraiser.quality.ratings).toEqual([{ label: 'hasilKerja', rating: 'sesuai' }]);
    const halfway = threeAspects(empty, {
      range: Q2,
      appraisal: makeAppraisal({ rhk: { ...rhk, 'rhk-3': ratedItem(null) } }),
      view: 'appraiser',
    });
    expect(figure(halfway.quality, 'rhkRatings')).toEqual({
      key: 'figure.rhkRatingsOpen',
      params: { diAtas: 1, sesuai: 1, diBawah: 0, open: 1 },
    });
    expect(howKeys(appraiser.quality)).toContain('how.quality.ratingsDraft');
  });
});

describe('kontribusi terhadap tim', () => {
  const skp = makeSkp({
    rhk: [
      { ...makeSkp().rhk[0]!, id: 'rhk-1', parentRhkId: 'atasan-1' },
      { ...makeSkp().rhk[0]!, id: 'rhk-2', parentRhkId: 'atasan-gone' },
      { ...makeSkp().rhk[0]!, id: 'rhk-3', kind: 'tambahan', parentRhkId: null },
    ],
  });

  it('counts the RHK that intervene an RHK of the superior’s SKP, the shared and received apresiasi', () => {
    const apresiasi = makeFeedback({ date: '2026-05-04', value: 'kolaboratif' });
    const sources: AspectSources = {
      ...empty,
      rhk: skp.rhk,
      parentRhk: [{ id: 'atasan-1' }, { id: 'atasan-2' }],
      praktikBaik: [
        makePraktikBaik(apresiasi, { consentedAt: '2026-05-05T09:00:00+07:00' }),
        // 1 April 00:30 in Jakarta is still 31 March in UTC: counted by the WIB date.
        makePraktikBaik(undefined, { consentedAt: '2026-03-31T17:30:00Z' }),
        makePraktikBaik(undefined, { consentedAt: '2026-03-20T09:00:00+07:00' }),
      ],
      feedback: [
        apresiasi,
        makeFeedback({ date: '2026-06-01', value: null }),
        makeFeedback({ date: '2026-06-02', kind: 'perlu-perbaikan', value: 'harmonis' }),
        makeFeedback({ date: '2026-07-01', value: 'harmonis' }),
      ],
    };
    const { team } = threeAspects(sources, { range: Q2, appraisal: null, view: 'employee' });
    expect(team.rhk).toEqual({ total: 3, linked: 1 });
    expect(team.summary).toEqual({ key: 'summary.team', params: { count: 1, of: 3 } });
    expect(figure(team, 'shared')?.params).toEqual({ count: 2 });
    expect(figure(team, 'apresiasi')?.params).toEqual({ count: 2, team: 1 });
    expect(howKeys(team)).toContain('how.team.rhk');
    expect(howKeys(team)).toContain('how.team.ratingsLater');
  });

  it('takes a stored link as it stands when the superior’s SKP is not on the device', () => {
    const { team } = threeAspects(
      { ...empty, rhk: skp.rhk, parentRhk: null },
      { range: Q2, appraisal: null, view: 'employee' },
    );
    expect(team.rhk).toEqual({ total: 3, linked: 2 });
    expect(howKeys(team)).toContain('how.team.rhkNoParentPlan');
  });

  it('shows perilaku kerja with Kolaboratif and Harmonis once final', () => {
    const final = makeFinalAppraisal('sesuai', 'sesuai', {
      perilaku: { kolaboratif: ratedItem('di-atas') },
    });
    const { team } = threeAspects(empty, { range: Q2, appraisal: final, view: 'employee' });
    expect(team.ratings).toEqual([
      { label: 'perilaku', rating: 'sesuai' },
      { label: 'kolaboratif', rating: 'di-atas' },
      { label: 'harmonis', rating: null },
    ]);
    expect(team.summary.key).toBe('summary.teamNone');
    expect(howKeys(team)).toEqual([
      'how.team.rhkNoSkp',
      'how.team.shared',
      'how.team.apresiasi',
      'how.team.ratings',
    ]);
  });
});
