import { describe, expect, it } from 'vitest';
import { perluTindakan, type PerluTindakanInput } from './perlu-tindakan';
import {
  makeApplied,
  makeAttendanceDecision,
  makeCorrection,
  NIP,
  orgChart,
} from './testing/factories';

type Corrections = NonNullable<PerluTindakanInput['corrections']>;

const input = (
  corrections: Corrections,
  correctionsKept: PerluTindakanInput['correctionsKept'],
): PerluTindakanInput => ({
  nip: NIP.pengelola,
  now: Date.parse('2026-05-15T10:00:00+07:00'),
  chart: orgChart(),
  periods: [],
  activities: [],
  feedback: [],
  responses: [],
  skps: [],
  skpApprovals: [],
  appraisals: [],
  acknowledgements: [],
  decisions: [],
  corrections,
  correctionsKept,
  feedbackReminderWeeks: null,
});

describe('perluTindakan: attendance corrections waiting for the Pengelola', () => {
  // Dewi: two approved days; Rudi: one approved, then changed (a new version to decide);
  // Eko: approved and applied; Siti: approved, in a unit this Pengelola does not keep.
  const dewi1 = makeCorrection({ date: '2026-05-12' });
  const dewi2 = makeCorrection({ date: '2026-05-13' });
  const rudiOld = makeCorrection({ nip: NIP.staffA2 });
  const rudi = { ...rudiOld, requestedAt: '2026-05-15T09:00:00+07:00' };
  const eko = makeCorrection({ nip: NIP.staffB1, unitId: 'bidang-b' });
  const siti = makeCorrection({ nip: NIP.staffB2, unitId: 'bidang-b' });
  const all = {
    requests: [dewi1, dewi2, rudi, eko, siti],
    decisions: [dewi1, dewi2, rudiOld, eko, siti].map((r) => makeAttendanceDecision(r)),
    applied: [makeApplied(eko)],
  };
  const keeps = (nip: string) => nip !== NIP.staffB2;

  it('counts the approved, not yet applied corrections of the people kept, leading to Kehadiran', () => {
    const items = perluTindakan(input(all, keeps));
    expect(items.filter((i) => i.kind === 'attendance-apply')).toEqual([
      expect.objectContaining({
        count: 2,
        route: '/kelola/kehadiran',
        people: [{ nip: NIP.staffA1, name: 'Dewi Lestari', count: 2 }],
        due: null,
      }),
    ]);
  });

  it('lists nothing once they are applied, nor for someone who is not a Pengelola', () => {
    const done = { ...all, applied: [dewi1, dewi2, eko].map((r) => makeApplied(r)) };
    const kinds = (c: Corrections, kept: PerluTindakanInput['correctionsKept']) =>
      perluTindakan(input(c, kept)).map((i) => i.kind);
    expect(kinds(done, keeps)).not.toContain('attendance-apply');
    expect(kinds(all, null)).not.toContain('attendance-apply');
    expect(kinds(all, keeps)).toContain('attendance-apply');
  });
});
