// The employee's competency development on their own device: a request for a catalog activity,
// its withdrawal, a completion report with a certificate photo (written together with the record
// or not at all), self-directed learning, and the plan of the year.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ids } from '../../core/ids';
import type {
  CertificateDoc,
  DevelopmentPlanDoc,
  EnrolmentDoc,
  PlanItem,
} from '../../core/schemas/development';
import {
  makeEnrolmentAdmin,
  makeEnrolmentDecision,
  makeTraining,
  TINY_JPEG_BASE64,
} from '../../core/testing/factories';
import { getOrNull, type LocalDb } from '../local-db';
import { contextFor, HEAD, NOW, STAFF, UNIT } from '../testing/kelurahan';
import { kelurahanDbEachTest } from '../testing/kelurahan-device';
import {
  addPlanItems,
  logSelfLearning,
  reportCompletion,
  requestTraining,
  savePlan,
  withdrawTraining,
} from './development-staff';

const device = kelurahanDbEachTest();
const TRAINING = makeTraining({
  trainingId: 'manajemen-waktu',
  title: 'Manajemen Waktu dan Prioritas Kerja',
  start: null,
  end: null,
  jp: 8,
});
const KEY = 'manajemen-waktu';
const record = async (db: LocalDb, key = KEY) =>
  (await getOrNull(db, ids.enrolment(STAFF, key))) as EnrolmentDoc | null;
const decided = (decision: 'approved' | 'declined' = 'approved') =>
  makeEnrolmentDecision({
    nip: STAFF,
    key: KEY,
    unitId: UNIT,
    appraiserNip: HEAD,
    decision,
    reason: decision === 'declined' ? 'Kuota unit tahun ini sudah terpakai' : '',
  });
const seated = (status: 'confirmed' | 'full' = 'confirmed') =>
  makeEnrolmentAdmin({
    nip: STAFF,
    key: KEY,
    unitId: UNIT,
    seat: { status, note: '', at: '2025-03-10T01:00:00.000Z', by: 'admin' },
  });
const photo = { name: 'sertifikat.jpg', data: TINY_JPEG_BASE64, contentType: 'image/jpeg' };
const ctxOf = (db: LocalDb) => contextFor(db, STAFF);

describe('requestTraining', () => {
  it('saves a request in the person’s unit, and refuses a second one', async () => {
    const db = await device(TRAINING);
    const ctx = ctxOf(db);
    const res = await requestTraining(
      { trainingId: KEY, note: ' Sering lembur menjelang tenggat ', planItemId: 'p1' },
      ctx,
    );
    expect(res).toEqual({ ok: true, id: ids.enrolment(STAFF, KEY) });
    expect(await record(db)).toMatchObject({
      unitId: UNIT,
      trainingId: KEY,
      note: 'Sering lembur menjelang tenggat',
      planItemId: 'p1',
      requestedAt: new Date(NOW).toISOString(),
      completion: null,
    });
    const again = await requestTraining({ trainingId: KEY, note: '', planItemId: null }, ctx);
    expect(again).toMatchObject({ ok: false, code: 'already-requested' });
  });

  it('refuses an activity that is not in the catalog', async () => {
    const db = await device();
    const res = await requestTraining(
      { trainingId: 'tidak-ada', note: '', planItemId: null },
      ctxOf(db),
    );
    expect(res).toMatchObject({ ok: false, code: 'unknown-training' });
    expect(await record(db, 'tidak-ada')).toBeNull();
  });
});

describe('withdrawTraining', () => {
  it('deletes a request nobody decided on, so it can be sent again', async () => {
    const db = await device(TRAINING);
    const ctx = ctxOf(db);
    await requestTraining({ trainingId: KEY, note: '', planItemId: null }, ctx);
    expect((await withdrawTraining(KEY, ctx)).ok).toBe(true);
    expect(await record(db)).toBeNull();
    expect((await requestTraining({ trainingId: KEY, note: '', planItemId: null }, ctx)).ok).toBe(
      true,
    );
  });

  it('keeps an approved request, marked withdrawn', async () => {
    const db = await device(TRAINING);
    const ctx = ctxOf(db);
    await requestTraining({ trainingId: KEY, note: '', planItemId: null }, ctx);
    await db.put(decided());
    expect((await withdrawTraining(KEY, ctx)).ok).toBe(true);
    expect((await record(db))?.withdrawnAt).toBe(new Date(NOW).toISOString());
  });
});

describe('reportCompletion', () => {
  it('writes the certificate and the record’s reference to it together', async () => {
    const db = await device(TRAINING);
    const ctx = ctxOf(db);
    await requestTraining({ trainingId: KEY, note: '', planItemId: null }, ctx);
    await db.bulkDocs([decided(), seated()]);
    const res = await reportCompletion(
      KEY,
      { date: '2025-03-11', sessions: [], note: 'Selesai', certificate: photo },
      ctx,
    );
    expect(res).toEqual({ ok: true, id: ids.enrolment(STAFF, KEY) });
    const completion = (await record(db))?.completion;
    expect(completion).toMatchObject({ date: '2025-03-11', note: 'Selesai' });
    const ref = completion?.certificate;
    expect(ref).toMatchObject({ name: 'sertifikat.jpg', contentType: 'image/jpeg' });
    const cert = (await getOrNull(db, ref?.id ?? '')) as CertificateDoc | null;
    expect(cert).toMatchObject({ type: 'certificate', nip: STAFF, key: KEY });
  });

  it('writes nothing before the seat is confirmed, not even the certificate', async () => {
    const db = await device(TRAINING);
    const ctx = ctxOf(db);
    await requestTraining({ trainingId: KEY, note: '', planItemId: null }, ctx);
    await db.put(decided());
    const res = await reportCompletion(
      KEY,
      { date: '2025-03-11', sessions: [], note: '', certificate: photo },
      ctx,
    );
    expect(res).toMatchObject({ ok: false, code: 'seat-not-confirmed' });
    expect((await record(db))?.completion).toBeNull();
    const certs = await db.allDocs({ startkey: 'certificate:', endkey: 'certificate:\ufff0' });
    expect(certs.rows).toHaveLength(0);
  });

  it('replaces the certificate when a new one comes with a report sent again', async () => {
    const db = await device(TRAINING);
    const ctx = ctxOf(db);
    await requestTraining({ trainingId: KEY, note: '', planItemId: null }, ctx);
    await db.bulkDocs([decided(), seated()]);
    const input = { date: '2025-03-11', sessions: [], note: '', certificate: photo };
    await reportCompletion(KEY, input, ctx);
    const first = (await record(db))?.completion?.certificate?.id ?? '';
    await reportCompletion(KEY, { ...input, certificate: { ...photo, name: 'baru.jpg' } }, ctx);
    expect(await getOrNull(db, first)).toBeNull();
    expect((await record(db))?.completion?.certificate?.name).toBe('baru.jpg');
  });

  it('refuses a completion dated in the future', async () => {
    const db = await device(TRAINING);
    const ctx = ctxOf(db);
    await requestTraining({ trainingId: KEY, note: '', planItemId: null }, ctx);
    await db.bulkDocs([decided(), seated()]);
    const res = await reportCompletion(KEY, { date: '2025-03-20', sessions: [], note: '' }, ctx);
    expect(res).toMatchObject({ ok: false, code: 'future-date' });
  });
});

describe('logSelfLearning', () => {
  it('records belajar mandiri with its days, dated by the last one', async () => {
    const db = await device();
    const res = await logSelfLearning(
      {
        form: 'belajar-mandiri',
        title: ' Membaca buku manajemen waktu ',
        provider: '',
        sessions: [
          { date: '2025-03-10', hours: 3 },
          { date: '2025-03-11', hours: 1 },
        ],
        note: '',
      },
      ctxOf(db),
    );
    if (!res.ok) throw new Error(res.reason);
    const doc = (await getOrNull(db, res.id)) as EnrolmentDoc;
    expect(doc.key).toMatch(/^m-[0-9a-z]{26}$/);
    expect(doc).toMatchObject({
      trainingId: null,
      self: { form: 'belajar-mandiri', title: 'Membaca buku manajemen waktu' },
      completion: { date: '2025-03-11', certificate: null },
    });
  });

  it('refuses a log without any day of study', async () => {
    const db = await device();
    const res = await logSelfLearning(
      { form: 'e-learning', title: 'Kursus', provider: '', sessions: [], note: '' },
      ctxOf(db),
    );
    expect(res).toMatchObject({ ok: false, field: 'completion.sessions' });
  });
});

describe('savePlan and addPlanItems', () => {
  const item = (over: Partial<PlanItem> = {}): PlanItem => ({
    id: 'p1',
    focus: 'hasil-kerja',
    trainingId: KEY,
    form: 'pelatihan',
    text: 'Mengikuti Manajemen Waktu',
    due: '2025-12-31',
    agreedIn: null,
    status: 'planned',
    ...over,
  });
  const plan = async (db: LocalDb) =>
    (await getOrNull(db, ids.developmentPlan(STAFF, 2025))) as DevelopmentPlanDoc | null;

  it('saves the items, then adds only the ones the plan does not hold', async () => {
    const db = await device();
    const ctx = ctxOf(db);
    expect((await savePlan(2025, [item({ text: ' Diubah ' })], ctx)).ok).toBe(true);
    await addPlanItems(2025, [item(), item({ id: 'd-1', agreedIn: 'feedback:x#1' })], ctx);
    expect((await plan(db))?.items.map((i) => [i.id, i.text])).toEqual([
      ['p1', 'Diubah'],
      ['d-1', 'Mengikuti Manajemen Waktu'],
    ]);
  });

  it('refuses an item without text', async () => {
    const db = await device();
    const res = await savePlan(2025, [item({ text: '  ' })], ctxOf(db));
    expect(res.ok).toBe(false);
    expect(await plan(db)).toBeNull();
  });
});
