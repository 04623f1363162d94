// The demo's previous quarter is logged, so its final appraisals, its Rapor and its evaluation
// document show one figure per IKI: the appraiser's note cites core's summariseRealisasi of the
// quarter's seeded entries (what the Rapor and the document compute), never 0. The entries are
// approved by the superior a working day later, carry no photo, and fall on working days the
// person was not away; each IKI's sum sits where its RHK's rating says.
import { describe, expect, it } from 'vitest';
import { activityStatus } from '../../client/core/activity-status';
import { isWorkingDay } from '../../client/core/dates';
import { summariseRealisasi, type IkiSummary } from '../../client/core/realisasi';
import type { AppraisalDoc } from '../../client/core/schemas/appraisal';
import type { AttendanceDoc, PeriodDoc } from '../../client/core/schemas/reference';
import type { ActivityDoc, SkpDoc, VerificationDoc } from '../../client/core/schemas/work';
import { nextWorkingDay, workingDaysBack } from './demo-activities';
import { FINAL_SCRIPTS } from './demo-appraisals';
import { buildDemoData, type DemoDoc } from './demo-org';
import { personOf, unitOf } from './demo-people';
import { planOf } from './demo-plans';

/** Q4 with the recent days inside it; then days whose recent days reach into the quarter before. */
const TODAYS = ['2026-12-07', '2026-11-20', '2026-01-02', '2026-04-01', '2026-07-05'];
/** The recent days the seed logs with photos, ending today (demo-org.ts LOG_DAYS). */
const RECENT_DAYS = 20;

function ofType<T>(docs: readonly DemoDoc[], type: string): (T & DemoDoc)[] {
  return docs.filter((d) => d.type === type) as unknown as (T & DemoDoc)[];
}

function demo(today: string) {
  const { docs } = buildDemoData(today);
  const byId = new Map(docs.map((d) => [d._id, d]));
  const verificationOf = (a: ActivityDoc) =>
    byId.get(`verification:${a._id.slice('activity:'.length)}`) as VerificationDoc | undefined;
  const activities = ofType<ActivityDoc>(docs, 'activity');
  const logged = activities.map((a) => ({ ...a, status: activityStatus(a, verificationOf(a)) }));
  const finals = ofType<AppraisalDoc>(docs, 'appraisal').filter((a) => a.status === 'final');
  /** Each final appraisal with its period, its SKP and core's sums of the period's entries. */
  const rated = finals.map((appraisal) => {
    const period = byId.get(`period:${appraisal.periodId}`) as PeriodDoc;
    const skp = byId.get(`skp:${appraisal.nip}:${period.year}`) as SkpDoc;
    const sums = summariseRealisasi(
      skp,
      logged.filter((a) => a.nip === appraisal.nip),
      period,
    );
    return { appraisal, period, skp, sums };
  });
  return { docs, activities, verificationOf, rated };
}

/** The IKI's figures as the note cites them, or null when the note does not cite them. */
function citedIn(note: string, ikiText: string): { realisasi: number; target: number } | null {
  const m = new RegExp(`${escape(ikiText)}: realisasi (\\d+) dari target ([\\d.]+) `).exec(note);
  return m ? { realisasi: Number(m[1]), target: Number(m[2]) } : null;
}

function ikiOf(skp: SkpDoc, s: IkiSummary) {
  const iki = skp.rhk.find((r) => r.id === s.rhkId)?.iki.find((i) => i.id === s.ikiId);
  if (!iki) throw new Error(`${s.rhkId}/${s.ikiId} not in ${skp._id}`);
  return iki;
}

describe.each(TODAYS)('the previous quarter of the demo on %s', (today) => {
  const { docs, activities, verificationOf, rated } = demo(today);

  it("cites in every final appraisal each IKI's realisasi as core sums the quarter's logs, never 0", () => {
    expect(rated.map((r) => r.appraisal.nip).sort()).toEqual(
      FINAL_SCRIPTS.map((s) => s.nip).sort(),
    );
    let cited = 0;
    for (const { appraisal, skp, sums } of rated) {
      const person = personOf(appraisal.nip);
      const fed = new Set(planOf(person, unitOf(person.unitId).name).tasks.map((t) => t.ikiId));
      for (const s of sums) {
        const iki = ikiOf(skp, s);
        const note = appraisal.rhk[s.rhkId]?.note ?? '';
        const where = `${appraisal._id} ${iki.text}`;
        // The plan's tasks feed it: the quarter logged it.
        if (fed.has(iki.id)) expect(s.realisasi, where).toBeGreaterThan(0);
        // A note in the appraiser's own words (the script's) names no IKI and cites no figure.
        if (!note.includes(iki.text)) continue;
        const figures = citedIn(note, iki.text);
        if (s.entries === 0) {
          expect(figures, where).toBeNull();
          continue;
        }
        expect(figures, where).toEqual({ realisasi: s.realisasi, target: s.target });
        cited++;
      }
    }
    expect(cited).toBeGreaterThanOrEqual(15);
  });

  it('logs the quarter on working days they were present, approved a working day later, without photos', () => {
    const recentStart = workingDaysBack(today, RECENT_DAYS)[0] ?? today;
    const away = new Set(
      ofType<AttendanceDoc>(docs, 'attendance').flatMap((m) =>
        m.days
          .filter((d) => d.status === 'cuti' || d.status === 'sakit')
          .map((d) => `${m.nip}:${d.date}`),
      ),
    );
    let awayInQuarter = 0;
    for (const { appraisal, period } of rated) {
      const mine = activities.filter(
        (a) => a.nip === appraisal.nip && a.date >= period.start && a.date < recentStart,
      );
      expect(mine.length, appraisal.nip).toBeGreaterThan(0);
      for (const a of mine) {
        expect(isWorkingDay(a.date), a._id).toBe(true);
        expect(away.has(`${a.nip}:${a.date}`), a._id).toBe(false);
        expect(a.photos ?? [], a._id).toEqual([]);
        const v = verificationOf(a);
        expect(v?.decision, a._id).toBe('approved');
        expect(v?.appraiserNip).toBe(personOf(a.nip).superiorNip);
        expect(v?.decidedAt.slice(0, 10), a._id).toBe(nextWorkingDay(a.date));
      }
      awayInQuarter += [...away].filter((k) => {
        const [nip = '', date = ''] = k.split(':');
        return nip === appraisal.nip && date >= period.start && date < recentStart;
      }).length;
    }
    // The absences the seed plans reach into the quarter, so the rule above is exercised.
    expect(awayInQuarter).toBeGreaterThan(0);
  });
});

describe.each(['2026-12-07', '2026-11-20'])(
  'the previous quarter’s sums on %s (the recent days all in this quarter)',
  (today) => {
    const { rated } = demo(today);

    it('sit above the target for Di Atas, about it for Sesuai, well below for Di Bawah', () => {
      let checked = 0;
      for (const { appraisal, skp, sums } of rated) {
        for (const s of sums) {
          if (s.entries === 0 || s.capaian === null) continue;
          const iki = ikiOf(skp, s);
          const rating = appraisal.rhk[s.rhkId]?.rating;
          const where = `${appraisal._id} ${iki.text}: ${s.realisasi} of ${s.target}`;
          if (rating === 'di-atas') {
            // A deadline IKI (laporan by the 5th) meets its count: what is above is how early.
            if (iki.aspect === 'waktu') expect(s.capaian, where).toBeGreaterThanOrEqual(1);
            else expect(s.capaian, where).toBeGreaterThan(1);
          } else if (rating === 'sesuai') {
            expect(s.capaian, where).toBeGreaterThanOrEqual(0.85);
            expect(s.capaian, where).toBeLessThanOrEqual(1.15);
          } else expect(s.capaian, where).toBeLessThan(0.9);
          checked++;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(18);
    });
  },
);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
