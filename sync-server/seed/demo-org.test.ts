import { describe, expect, it } from 'vitest';
import { activityStatus } from '../../client/core/activity-status';
import { checkDistribution } from '../../client/core/distribution';
import { minutesOfDay, quarterOf } from '../../client/core/dates';
import { expectationsFor } from '../../client/core/expectation-rules';
import { activityIdFor, parseId } from '../../client/core/ids';
import { buildOrgChart } from '../../client/core/org-chart';
import { predikat } from '../../client/core/predikat';
import type { AcknowledgementDoc, AppraisalDoc } from '../../client/core/schemas/appraisal';
import type {
  AttendanceDoc,
  EmployeeDoc,
  ExpectationDoc,
  OrgRatingDoc,
  PeriodDoc,
  UnitDoc,
} from '../../client/core/schemas/reference';
import { parseDoc } from '../../client/core/schemas/registry';
import type {
  ActivityDoc,
  FeedbackDoc,
  FeedbackResponseDoc,
  PhotoDoc,
  PraktikBaikDoc,
  SkpApprovalDoc,
  SkpDoc,
  VerificationDoc,
} from '../../client/core/schemas/work';
import { validateWrite } from '../../client/core/validate-write';
import { BERAKHLAK, JENIS_JABATAN } from '../../client/core/vocabulary';
import type { RawDoc, WriteContext } from '../../client/core/write-context';
import { workingDaysBack } from './demo-activities';
import { buildDemoData, DEMO_PASSWORD, type DemoDoc } from './demo-org';

/** The people table of the brief, kept here independently of the generator: NIP -> superior. */
const TABLE: Record<string, { name: string; superior: string | null }> = {
  '197203151998031002': { name: 'Drs. Bambang Sutrisno, M.Pd.', superior: null },
  '197805202003122001': { name: 'Sri Wahyuni, S.Pd., M.Pd.', superior: '197203151998031002' },
  '198811122011012003': { name: 'Dewi Lestari, S.Pd.', superior: '197805202003122001' },
  '199004072015031004': { name: 'Agus Prasetyo, S.Pd.', superior: '197805202003122001' },
  '199206182019032005': { name: 'Rina Marlina, S.Pd.', superior: '197805202003122001' },
  '198510302009021006': { name: 'Hendra Gunawan', superior: '197805202003122001' },
  '197911092005012007': { name: 'Suharti, S.Pd.', superior: '197203151998031002' },
  '199101252017011008': { name: 'Fajar Nugroho, S.Pd.', superior: '197911092005012007' },
  '197604141999031009': { name: 'Drs. Eko Wibowo, M.Si.', superior: null },
  '198207072006042010': { name: 'Siti Aminah, S.Sos.', superior: '197604141999031009' },
  '199303032020121011': { name: 'Yoga Pratama', superior: '198207072006042010' },
  '199512252022032012': { name: 'Nur Hidayah, A.Md.', superior: '198207072006042010' },
  '198009192007011013': { name: 'Budi Santoso, S.E.', superior: '197604141999031009' },
  '199708172023212014': { name: 'Putri Anggraini', superior: '198009192007011013' },
  '197112011997031016': { name: 'Ir. Hadi Susanto, M.M.', superior: null },
  '198602142010012015': { name: 'Ratna Sari, S.Psi.', superior: '197112011997031016' },
};
const DEWI = '198811122011012003';
const RATNA = '198602142010012015';

/** A Friday in Q4, the first days of Q1 (logs reach into last year), a quarter's first day, a Sunday. */
const TODAYS = ['2026-11-20', '2026-01-02', '2026-04-01', '2026-07-05'];

function ofType<T>(docs: readonly DemoDoc[], type: string): (T & DemoDoc)[] {
  return docs.filter((d) => d.type === type) as unknown as (T & DemoDoc)[];
}

function previousQuarterId(today: string): string {
  const y = Number(today.slice(0, 4));
  const q = quarterOf(today);
  return q === 1 ? `${y - 1}-q4` : `${y}-q${q - 1}`;
}

describe.each(TODAYS)('buildDemoData(%s)', (today) => {
  const { docs, accounts } = buildDemoData(today);
  const byId = new Map(docs.map((d) => [d._id, d]));
  const employees = ofType<EmployeeDoc>(docs, 'employee');
  const units = ofType<UnitDoc>(docs, 'unit');
  const periods = ofType<PeriodDoc>(docs, 'period');
  const skps = ofType<SkpDoc>(docs, 'skp');
  const activities = ofType<ActivityDoc>(docs, 'activity');
  const verifications = ofType<VerificationDoc>(docs, 'verification');
  const appraisals = ofType<AppraisalDoc>(docs, 'appraisal');
  const chart = buildOrgChart(employees, units);
  const endOfToday = Date.parse(`${today}T23:59:59+07:00`);

  it('gives every document a valid schema, id, type, version and first revision', () => {
    for (const d of docs) {
      const parsed = parseDoc(d);
      expect(parsed.ok ? [] : parsed.issues, d._id).toEqual([]);
      const id = parseId(d._id);
      expect(id?.type, d._id).toBe(d.type);
      if (id && 'nip' in id) expect(d.nip, d._id).toBe(id.nip);
      expect(d.schemaVersion).toBe(1);
      expect(d._rev, d._id).toMatch(/^1-[0-9a-f]{32}$/);
    }
  });

  it('has unique ids', () => {
    expect(byId.size).toBe(docs.length);
  });

  it('puts no timestamp after today', () => {
    const fields = [
      'createdAt',
      'updatedAt',
      'decidedAt',
      'submittedAt',
      'finalizedAt',
      'at',
      'setAt',
      'importedAt',
      'enrolledAt',
      'completedAt',
      'readAt',
      'consentedAt',
    ];
    for (const d of docs) {
      for (const f of fields) {
        const v = d[f];
        if (typeof v === 'string') {
          expect(v, `${d._id} ${f}`).toMatch(/\+07:00$/);
          expect(Date.parse(v), `${d._id} ${f}`).toBeLessThanOrEqual(endOfToday);
        }
      }
    }
  });

  it('records exactly the people of the table with their superiors', () => {
    expect(
      Object.fromEntries(employees.map((e) => [e.nip, { name: e.name, superior: e.superiorNip }])),
    ).toEqual(TABLE);
    const putri = employees.find((e) => e.nip === '199708172023212014');
    expect(putri?.kind).toBe('pppk');
    expect(employees.find((e) => e.nip === DEWI)?.functional).toBe(true);
    expect(employees.find((e) => e.nip === RATNA)?.functional).toBe(true);
    for (const u of units) {
      if (u.parentId !== null) expect(byId.has(`unit:${u.parentId}`)).toBe(true);
      if (u.headNip !== null)
        expect(employees.find((e) => e.nip === u.headNip)?.unitId).toBe(u.unitId);
    }
  });

  it('lists the accounts with stored roles only for Ratna and admin', () => {
    expect(DEMO_PASSWORD).toBe('gayungan2026');
    expect(accounts).toHaveLength(17);
    expect(accounts.find((a) => a.nip === RATNA)?.roles).toEqual(['pengelola']);
    expect(accounts.find((a) => a.nip === 'admin')).toEqual({
      nip: 'admin',
      name: 'Administrator Sistem',
      roles: ['admin'],
    });
    expect(accounts.filter((a) => a.roles.length > 0)).toHaveLength(2);
  });

  it('opens the year and the current and later quarters, closes earlier ones', () => {
    const y = Number(today.slice(0, 4));
    const q = quarterOf(today);
    expect(periods.find((p) => p.periodId === String(y))?.status).toBe('open');
    for (let k = 1; k <= 4; k++) {
      expect(periods.find((p) => p.periodId === `${y}-q${k}`)?.status).toBe(
        k < q ? 'closed' : 'open',
      );
    }
    expect(byId.has(`period:${previousQuarterId(today)}`)).toBe(true);
    for (const p of periods) if (p.year < y) expect(p.status).toBe('closed');
  });

  it('approves each SKP at its stored revision, by the superior, with parents in the superior SKP', () => {
    for (const skp of skps) {
      const superior = TABLE[skp.nip]?.superior ?? null;
      const approval = byId.get(`skp-approval:${skp.nip}:${skp.periodId}`) as
        (SkpApprovalDoc & DemoDoc) | undefined;
      expect(skp.status).toBe('submitted');
      expect(skp.rhk.length).toBeGreaterThanOrEqual(2);
      expect(skp.rhk.length).toBeLessThanOrEqual(4);
      if (superior === null) {
        expect(approval).toBeUndefined();
        for (const r of skp.rhk) expect(r.parentRhkId).toBeNull();
        continue;
      }
      expect(approval?.skpRev).toBe(skp._rev);
      expect(approval?.appraiserNip).toBe(superior);
      expect(approval?.decision).toBe('approved');
      expect(Object.keys(approval?.expectations ?? {}).length).toBeGreaterThan(0);
      const parentSkp = byId.get(`skp:${superior}:${skp.periodId}`) as
        (SkpDoc & DemoDoc) | undefined;
      for (const r of skp.rhk) {
        expect(r.iki.length).toBeGreaterThanOrEqual(1);
        expect(r.iki.length).toBeLessThanOrEqual(2);
        expect(
          parentSkp?.rhk.map((x) => x.id),
          `${skp._id} ${r.id}`,
        ).toContain(r.parentRhkId);
      }
    }
  });

  it('logs work only up to today, 07:00-15:00, without overlaps, tied to the SKP', () => {
    const perDay = new Map<string, ActivityDoc[]>();
    for (const a of activities) {
      expect(a.date <= today).toBe(true);
      expect(a.status).toBe('submitted');
      expect(a.round).toBe(1);
      expect(minutesOfDay(a.start)).toBeGreaterThanOrEqual(7 * 60);
      expect(minutesOfDay(a.end)).toBeLessThanOrEqual(15 * 60);
      expect(TABLE[a.nip]?.superior).not.toBeNull();
      const skp = byId.get(`skp:${a.nip}:${a.date.slice(0, 4)}`) as (SkpDoc & DemoDoc) | undefined;
      const rhk = skp?.rhk.find((r) => r.id === a.rhkId);
      expect(
        rhk?.iki.map((i) => i.id),
        a._id,
      ).toContain(a.ikiId);
      const key = `${a.nip}:${a.date}`;
      perDay.set(key, [...(perDay.get(key) ?? []), a]);
    }
    for (const [key, list] of perDay) {
      expect(list.length, key).toBeLessThanOrEqual(3);
      const sorted = [...list].sort((x, y) => x.start.localeCompare(y.start));
      for (let i = 1; i < sorted.length; i++) {
        expect(sorted[i]!.start >= sorted[i - 1]!.end, key).toBe(true);
      }
    }
    for (const [nip, row] of Object.entries(TABLE)) {
      const mine = activities.filter((a) => a.nip === nip);
      if (row.superior === null) expect(mine).toHaveLength(0);
      else expect(new Set(mine.map((a) => a.date)).size).toBeGreaterThanOrEqual(15);
    }
  });

  it('verifies most activities, returns a few with a note, leaves the newest days open', () => {
    for (const v of verifications) {
      const act = byId.get(v.activityId) as (ActivityDoc & DemoDoc) | undefined;
      expect(act, v._id).toBeDefined();
      expect(activityIdFor(v._id)).toBe(v.activityId);
      expect(v.round).toBe(act?.round);
      expect(v.appraiserNip).toBe(TABLE[v.nip]?.superior);
      expect(Date.parse(v.decidedAt)).toBeGreaterThan(Date.parse(act?.createdAt ?? ''));
      if (v.decision === 'returned') expect(v.note.length).toBeGreaterThan(10);
    }
    const statuses = activities.map((a) =>
      activityStatus(
        a,
        byId.get(`verification:${a._id.slice('activity:'.length)}`) as VerificationDoc | undefined,
      ),
    );
    expect(statuses.filter((s) => s === 'approved').length).toBeGreaterThan(
      activities.length * 0.7,
    );
    expect(statuses).toContain('returned');
    expect(statuses).toContain('submitted');
    const lastDay = activities.reduce((m, a) => (a.date > m ? a.date : m), '');
    expect(verifications.some((v) => v.date === lastDay)).toBe(false);
    const dewi = verifications.filter((v) => v.nip === DEWI);
    expect(dewi.some((v) => v.decision === 'returned')).toBe(true);
  });

  it('rates appraisals by the predikat matrix; Dewi has a final previous quarter and accepted it', () => {
    const prev = previousQuarterId(today);
    for (const a of appraisals) {
      expect(a.appraiserNip).toBe(TABLE[a.nip]?.superior);
      if (a.status === 'final') {
        expect(a.periodId).toBe(prev);
        const h = a.hasilKerja.rating;
        const p = a.perilakuOverall.rating;
        expect(h !== null && p !== null && a.predikat === predikat(h, p)).toBe(true);
        expect(Object.keys(a.perilaku).sort()).toHaveLength(7);
        const skp = byId.get(`skp:${a.nip}:${prev.slice(0, 4)}`) as (SkpDoc & DemoDoc) | undefined;
        expect(Object.keys(a.rhk).sort()).toEqual(skp?.rhk.map((r) => r.id).sort());
        expect(a.parties?.penilai.nip).toBe(a.appraiserNip);
        const period = byId.get(`period:${prev}`) as (PeriodDoc & DemoDoc) | undefined;
        expect(a.finalizedAt !== null && a.finalizedAt.slice(0, 10) > (period?.end ?? '')).toBe(
          true,
        );
      } else {
        expect(a.nip).not.toBe(DEWI);
        expect(a.predikat).toBeNull();
        expect(a.periodId).not.toBe(prev);
      }
    }
    const dewi = byId.get(`appraisal:${DEWI}:${prev}`) as (AppraisalDoc & DemoDoc) | undefined;
    expect(dewi?.status).toBe('final');
    expect(dewi?.parties?.atasanPenilai?.nip).toBe('197203151998031002');
    const ack = byId.get(`acknowledgement:${DEWI}:${prev}`) as
      (AcknowledgementDoc & DemoDoc) | undefined;
    expect(ack?.kind).toBe('accept');
    expect(ack?.appraiserNip).toBe(dewi?.appraiserNip);
    expect(appraisals.some((a) => a.status === 'draft')).toBe(true);
  });

  it("keeps each unit's appraised staff within its organisation rating's curve", () => {
    const prev = previousQuarterId(today);
    const ratings = ofType<OrgRatingDoc>(docs, 'org-rating');
    expect(ratings).toHaveLength(units.length);
    for (const r of ratings) {
      expect(r.periodId).toBe(prev);
      expect(r.setBy).toBe(RATNA);
      const staff = employees.filter((e) => e.unitId === r.unitId).map((e) => e.nip);
      const predikats = appraisals
        .filter((a) => a.status === 'final' && staff.includes(a.nip))
        .flatMap((a) => (a.predikat ? [a.predikat] : []));
      expect(checkDistribution(r.rating, predikats), r.unitId).toEqual([]);
    }
  });

  it('gives everyone attendance for the last three months and feedback from heads', () => {
    const attendance = ofType<AttendanceDoc>(docs, 'attendance');
    for (const nip of Object.keys(TABLE))
      expect(attendance.filter((a) => a.nip === nip).length).toBeGreaterThanOrEqual(3);
    const feedback = ofType<FeedbackDoc>(docs, 'feedback');
    for (const f of feedback) {
      expect(f.authorNip).toBe(TABLE[f.nip]?.superior);
      expect(f.date < today).toBe(true);
    }
    for (const [nip, row] of Object.entries(TABLE))
      if (row.superior !== null)
        expect(feedback.filter((f) => f.nip === nip).length, nip).toBeGreaterThan(0);
  });

  it('offers a head two or more expectation texts per BerAKHLAK value, as the Pengelola wrote them', () => {
    const texts = ofType<ExpectationDoc>(docs, 'expectation');
    for (const jenis of JENIS_JABATAN)
      for (const value of BERAKHLAK)
        expect(expectationsFor(value, jenis, texts).length, `${value} ${jenis}`).toBeGreaterThan(1);
    const ctx: WriteContext = { chart, now: endOfToday, periods: new Map(), related: {} };
    for (const e of texts)
      expect(validateWrite(e as RawDoc, null, { nip: 'admin', roles: ['admin'] }, ctx)).toEqual({
        ok: true,
      });
  });

  it('passes validateWrite as the writers would have written it', () => {
    const open = new Map(periods.filter((p) => p.status === 'open').map((p) => [p.periodId, p]));
    const all = new Map(periods.map((p) => [p.periodId, p]));
    // Appraisals are written while their period is open; the Pengelola closes it afterwards.
    const beforeClosing = new Map(
      periods.map((p) => [p.periodId, { ...p, status: 'open' as const }]),
    );
    const ctx = (
      periodMap: Map<string, PeriodDoc>,
      related: Record<string, unknown> = {},
    ): WriteContext => ({
      chart,
      now: Date.parse(`${today}T12:00:00+07:00`),
      periods: periodMap,
      related,
    });
    const sample = activities.filter((_, i) => i % 7 === 0);
    expect(sample.length).toBeGreaterThan(20);
    for (const a of sample) {
      expect(validateWrite(a as RawDoc, null, { nip: a.nip, roles: [] }, ctx(open)), a._id).toEqual(
        { ok: true },
      );
    }
    for (const v of verifications.filter((_, i) => i % 7 === 0)) {
      const verdict = validateWrite(
        v as RawDoc,
        null,
        { nip: v.appraiserNip, roles: [] },
        ctx(all, { [v.activityId]: byId.get(v.activityId) }),
      );
      expect(verdict, v._id).toEqual({ ok: true });
    }
    for (const ap of ofType<SkpApprovalDoc>(docs, 'skp-approval')) {
      const skpId = `skp:${ap.nip}:${ap.periodId}`;
      const verdict = validateWrite(
        ap as RawDoc,
        null,
        { nip: ap.appraiserNip, roles: [] },
        ctx(all, { [skpId]: byId.get(skpId) }),
      );
      expect(verdict, ap._id).toEqual({ ok: true });
    }
    for (const a of appraisals) {
      expect(
        validateWrite(a as RawDoc, null, { nip: a.appraiserNip, roles: [] }, ctx(beforeClosing)),
        a._id,
      ).toEqual({ ok: true });
    }
    for (const ack of ofType<AcknowledgementDoc>(docs, 'acknowledgement')) {
      const apId = `appraisal:${ack.nip}:${ack.periodId}`;
      const verdict = validateWrite(
        ack as RawDoc,
        null,
        { nip: ack.nip, roles: [] },
        ctx(all, { [apId]: byId.get(apId) }),
      );
      expect(verdict, ack._id).toEqual({ ok: true });
    }
    for (const f of ofType<FeedbackDoc>(docs, 'feedback')) {
      expect(
        validateWrite(f as RawDoc, null, { nip: f.authorNip, roles: [] }, ctx(all)),
        f._id,
      ).toEqual({ ok: true });
    }
    // The employee answers and consents to the feedback as it stands.
    for (const d of [
      ...ofType<FeedbackResponseDoc>(docs, 'feedback-response'),
      ...ofType<PraktikBaikDoc>(docs, 'praktik-baik'),
    ]) {
      const verdict = validateWrite(
        d as RawDoc,
        null,
        { nip: d.nip, roles: [] },
        ctx(all, { [d.feedbackId]: byId.get(d.feedbackId) }),
      );
      expect(verdict, d._id).toEqual({ ok: true });
    }
    for (const r of ofType<OrgRatingDoc>(docs, 'org-rating')) {
      expect(
        validateWrite(r as RawDoc, null, { nip: RATNA, roles: ['pengelola'] }, ctx(all)),
        r._id,
      ).toEqual({ ok: true });
    }
    // Photos are written before their entry is decided, as the app writes them.
    for (const p of ofType<PhotoDoc>(docs, 'photo').filter((_, i) => i % 5 === 0)) {
      expect(validateWrite(p as RawDoc, null, { nip: p.nip, roles: [] }, ctx(open)), p._id).toEqual(
        { ok: true },
      );
    }
  });

  it('gives about a third of the recent entries an evidence photo of its kind, with a thumbnail', () => {
    const photos = new Map(ofType<PhotoDoc>(docs, 'photo').map((p) => [p._id, p]));
    // The previous quarter's older days (logged for its appraisals) carry none.
    const recentStart = workingDaysBack(today, 20)[0] ?? today;
    const recent = activities.filter((a) => a.date >= recentStart);
    const withPhotos = activities.filter((a) => (a.photos ?? []).length > 0);
    expect(withPhotos.every((a) => a.date >= recentStart)).toBe(true);
    expect(withPhotos.length / recent.length).toBeGreaterThan(0.2);
    expect(withPhotos.length / recent.length).toBeLessThan(0.5);
    expect(photos.size).toBe(withPhotos.length);
    for (const a of withPhotos) {
      const [ref] = a.photos ?? [];
      const photo = photos.get(ref?.id ?? '');
      expect(photo, a._id).toBeDefined();
      const att = photo?._attachments?.[ref!.name];
      expect(Buffer.from(att?.data ?? '', 'base64').length).toBe(ref?.length);
      expect(ref?.thumb).toMatch(/^data:image\/jpeg;base64,\/9j\//);
    }
    const scenes = new Set(withPhotos.map((a) => a.photos?.[0]?.name));
    expect(scenes.size).toBeGreaterThan(2);
  });
});

describe('buildDemoData determinism', () => {
  it('returns the same documents for the same day and seed', () => {
    expect(buildDemoData('2026-11-20')).toEqual(buildDemoData('2026-11-20'));
    expect(buildDemoData('2026-11-20', { seed: 7 })).toEqual(
      buildDemoData('2026-11-20', { seed: 7 }),
    );
  });

  it('varies with the seed but keeps the reference data', () => {
    const a = buildDemoData('2026-11-20', { seed: 1 }).docs;
    const b = buildDemoData('2026-11-20', { seed: 2 }).docs;
    expect(a.filter((d) => d.type === 'employee')).toEqual(
      b
        .filter((d) => d.type === 'employee')
        .map((d) => ({ ...d, _rev: a.find((x) => x._id === d._id)?._rev })),
    );
    expect(a.filter((d) => d.type === 'activity').map((d) => d._id)).not.toEqual(
      b.filter((d) => d.type === 'activity').map((d) => d._id),
    );
  });

  it('refuses a day that is not yyyy-mm-dd', () => {
    expect(() => buildDemoData('20-11-2026')).toThrow();
  });
});
