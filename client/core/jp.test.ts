import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coachingRecordsOf,
  DEFAULT_JP_RULES,
  developmentSettingsOf,
  jpProgress,
  jpRecordOf,
  reachedTarget,
  type JpRecord,
} from './jp';
import {
  makeCompletion,
  makeEnrolment,
  makeEnrolmentAdmin,
  makeFeedback,
  makeSelfLearning,
  makeTraining,
} from './testing/factories';
import type { DevForm } from './vocabulary';

const defaults = developmentSettingsOf(null);

function rec(over: Partial<JpRecord> & { id: string }): JpRecord {
  return {
    source: 'mandiri',
    form: 'belajar-mandiri',
    title: over.id,
    catalogJp: null,
    date: '2026-05-12',
    sessions: [],
    verified: true,
    ...over,
  };
}

const study = (id: string, date: string, hours: number, verified = true) =>
  rec({ id, date, sessions: [{ date, hours }], verified });

describe('jpProgress', () => {
  it('counts a catalog training by its catalog JP, a seminar by the fixed rule', () => {
    const p = jpProgress(
      [
        rec({ id: 'a', source: 'catalog', form: 'pelatihan', catalogJp: 8 }),
        rec({ id: 'b', source: 'catalog', form: 'seminar', catalogJp: 30 }),
      ],
      defaults,
      'pns',
      2026,
    );
    expect(p).toMatchObject({ target: 20, verified: 12, pending: 0 });
  });

  it('counts e-learning logged by oneself (no catalog JP) by the hours studied', () => {
    const p = jpProgress(
      [
        rec({
          id: 'e',
          form: 'e-learning',
          sessions: [
            { date: '2026-05-12', hours: 3 },
            { date: '2026-05-13', hours: 1.5 },
          ],
        }),
      ],
      defaults,
      'pns',
      2026,
    );
    expect(p.verified).toBe(4.5);
  });

  it('caps belajar mandiri at 2 JP a day, whatever the hours, across records of that day', () => {
    const p = jpProgress(
      [study('a', '2026-05-12', 3), study('b', '2026-05-12', 1), study('c', '2026-05-13', 1.5)],
      defaults,
      'pns',
      2026,
    );
    expect(p.verified).toBe(3.5);
    const a = p.items.find((i) => i.record.id === 'a');
    const b = p.items.find((i) => i.record.id === 'b');
    expect(a).toMatchObject({ jp: 2, capped: 1 });
    expect(b).toMatchObject({ jp: 0, capped: 1 });
  });

  it('caps a form per month (komunitas belajar: 8 JP a month by default) and starts again next month', () => {
    const sessions = (month: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ date: `2026-${month}-${10 + i}`, hours: 1 }));
    const p = jpProgress(
      [
        rec({ id: 'm', form: 'komunitas-belajar', sessions: sessions('03', 5) }),
        rec({ id: 'n', form: 'komunitas-belajar', sessions: sessions('04', 1) }),
      ],
      defaults,
      'pns',
      2026,
    );
    expect(p.verified).toBe(10);
    expect(p.items.find((i) => i.record.id === 'm')).toMatchObject({ jp: 8, capped: 2 });
  });

  it('counts each session in the year it took place, and a completed activity in the year it ended', () => {
    const records = [
      rec({
        id: 'coach',
        form: 'mentoring',
        date: '2027-01-05',
        sessions: [
          { date: '2026-12-20', hours: 1 },
          { date: '2027-01-05', hours: 1 },
        ],
      }),
      rec({ id: 'ws', form: 'workshop', date: '2027-01-02' }),
    ];
    expect(jpProgress(records, defaults, 'pns', 2026).verified).toBe(2);
    expect(jpProgress(records, defaults, 'pns', 2027).verified).toBe(7);
    expect(jpProgress(records, defaults, 'pns', 2025).items).toEqual([]);
  });

  it('uses the target of the ASN kind from the settings (PPPK configurable)', () => {
    const settings = developmentSettingsOf({
      development: { targets: { pns: 20, pppk: 12 }, rules: {} },
    });
    expect(jpProgress([], settings, 'pppk', 2026).target).toBe(12);
    expect(jpProgress([], settings, 'pns', 2026).target).toBe(20);
    expect(jpProgress([], defaults, 'pppk', 2026).target).toBe(20);
  });

  it('takes a form’s rule from the settings over the default, the other forms keep theirs', () => {
    const settings = developmentSettingsOf({
      development: {
        targets: { pns: 20, pppk: 20 },
        rules: { seminar: { basis: 'fixed', jp: 3, capPerDay: null, capPerMonth: null } },
      },
    });
    expect(settings.rules.seminar.jp).toBe(3);
    expect(settings.rules.workshop).toEqual(DEFAULT_JP_RULES.workshop);
  });

  it('a pending record never takes JP a verified one counts; it shows what would still fit', () => {
    const p = jpProgress(
      [study('later-verified', '2026-05-12', 2), study('earlier-pending', '2026-05-12', 2, false)],
      defaults,
      'pns',
      2026,
    );
    expect(p).toMatchObject({ verified: 2, pending: 0 });
    expect(p.items.map((i) => i.record.id)).toEqual(['later-verified', 'earlier-pending']);
  });

  it('reaches the target with verified JP only', () => {
    const p = jpProgress(
      [
        rec({ id: 'a', form: 'pelatihan', catalogJp: 16 }),
        rec({ id: 'b', form: 'workshop', verified: false }),
      ],
      defaults,
      'pns',
      2026,
    );
    expect(p).toMatchObject({ verified: 16, pending: 5 });
    expect(reachedTarget(p)).toBe(false);
  });

  it('never counts more than the caps allow, whatever the records (property)', () => {
    const forms: DevForm[] = ['belajar-mandiri', 'komunitas-belajar', 'coaching', 'seminar'];
    const arb = fc.array(
      fc.record({
        form: fc.constantFrom(...forms),
        day: fc.integer({ min: 1, max: 28 }),
        month: fc.integer({ min: 1, max: 12 }),
        hours: fc.integer({ min: 1, max: 16 }).map((h) => h / 2),
        verified: fc.boolean(),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (xs) => {
        const records = xs.map((x, i) => {
          const date = `2026-${String(x.month).padStart(2, '0')}-${String(x.day).padStart(2, '0')}`;
          return rec({
            id: `r${i}`,
            form: x.form,
            date,
            sessions: [{ date, hours: x.hours }],
            verified: x.verified,
          });
        });
        const p = jpProgress(records, defaults, 'pns', 2026);
        const byDay = new Map<string, number>();
        const byMonth = new Map<string, number>();
        for (const it of p.items) {
          const d = `${it.record.form}|${it.record.date}`;
          const m = `${it.record.form}|${it.record.date.slice(0, 7)}`;
          byDay.set(d, (byDay.get(d) ?? 0) + it.jp);
          byMonth.set(m, (byMonth.get(m) ?? 0) + it.jp);
          expect(it.jp).toBeGreaterThanOrEqual(0);
        }
        for (const [k, v] of byDay) {
          const cap = DEFAULT_JP_RULES[k.split('|')[0] as DevForm].capPerDay;
          if (cap !== null) expect(v).toBeLessThanOrEqual(cap);
        }
        for (const [k, v] of byMonth) {
          const cap = DEFAULT_JP_RULES[k.split('|')[0] as DevForm].capPerMonth;
          if (cap !== null) expect(v).toBeLessThanOrEqual(cap);
        }
        expect(p.verified + p.pending).toBe(p.items.reduce((s, i) => s + i.jp, 0));
      }),
    );
  });
});

describe('jpRecordOf', () => {
  const training = makeTraining({ trainingId: 'kerja-tim', jp: 8 });
  const done = makeEnrolment({ completion: makeCompletion() });
  const seated = {
    status: 'confirmed' as const,
    note: '',
    at: '2026-05-01T09:00:00+07:00',
    by: '198001012005011001',
  };

  it('has nothing to count before a completion is reported', () => {
    expect(jpRecordOf(makeEnrolment(), null, training)).toBeNull();
  });

  it('counts a verified completion; a reported one is pending; a rejected one counts nothing', () => {
    const verify = (status: 'verified' | 'rejected') =>
      makeEnrolmentAdmin({
        seat: seated,
        verification: {
          status,
          note: 'Sertifikat tidak terbaca',
          at: '2026-06-10T09:00:00+07:00',
          by: seated.by,
          reportedAt: done.completion?.reportedAt ?? '',
        },
      });
    expect(jpRecordOf(done, verify('verified'), training)).toMatchObject({
      verified: true,
      catalogJp: 8,
      form: 'pelatihan',
    });
    expect(jpRecordOf(done, makeEnrolmentAdmin({ seat: seated }), training)).toMatchObject({
      verified: false,
    });
    expect(jpRecordOf(done, verify('rejected'), training)).toBeNull();
  });

  it('takes the form and title of self-directed learning from the record', () => {
    expect(jpRecordOf(makeSelfLearning(), null, null)).toMatchObject({
      source: 'mandiri',
      form: 'belajar-mandiri',
      title: 'Kursus daring Excel',
      verified: false,
    });
  });
});

describe('coachingRecordsOf', () => {
  it('counts each bimbingan a head recorded as a verified coaching session, and nothing else', () => {
    const records = coachingRecordsOf([
      makeFeedback({ kind: 'bimbingan', date: '2026-05-03' }),
      makeFeedback({ kind: 'apresiasi' }),
    ]);
    expect(records).toHaveLength(1);
    expect(jpProgress(records, defaults, 'pns', 2026).verified).toBe(2);
  });
});
