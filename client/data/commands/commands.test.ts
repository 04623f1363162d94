import { afterEach, describe, expect, it } from 'vitest';
import { activityIdOfPhoto, parseId } from '../../core/ids';
import { makeActivity, makeYearPeriod, nextSlot } from '../../core/testing/factories';
import type { LocalDb } from '../local-db';
import { memoryDb } from '../testing/devices';
import { contextFor, HEAD, OTHER, seedReference, STAFF, TODAY } from '../testing/kelurahan';
import { deleteActivity } from './delete-activity';
import { putDoc } from './put-doc';
import { saveActivity, type ActivityInput } from './save-activity';
import { verifyActivities, verifyActivity } from './verify-activities';

const dbs: LocalDb[] = [];
async function setup() {
  const db = memoryDb();
  dbs.push(db);
  await seedReference(db);
  return {
    db,
    staff: contextFor(db, STAFF),
    head: contextFor(db, HEAD),
    other: contextFor(db, OTHER),
  };
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.destroy();
});

const input = (overrides: Partial<ActivityInput> = {}): ActivityInput => ({
  date: TODAY,
  start: '08:00',
  end: '10:00',
  kegiatan: 'Rekap data kependudukan',
  realisasi: 2,
  satuan: 'laporan',
  submit: false,
  ...overrides,
});

// A tiny JPEG-like payload as base64 (Node tests cannot hash Blobs).
const PHOTO = Buffer.from('foto bukti dukung').toString('base64');

/** The live photo documents on a device. */
async function photoDocs(db: LocalDb) {
  const res = await db.allDocs({ startkey: 'photo:', endkey: 'photo:\ufff0', include_docs: true });
  return res.rows.map((r) => r.doc!);
}

describe('saveActivity', () => {
  it('creates a draft, submits it as round 1, and resubmits changed work as a new round', async () => {
    const { db, staff } = await setup();
    const created = await saveActivity(input(), staff);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await db.get(created.id)).toMatchObject({ status: 'draft', round: 0, nip: STAFF });
    await saveActivity(input({ id: created.id, submit: true }), staff);
    expect(await db.get(created.id)).toMatchObject({ status: 'submitted', round: 1 });
    expect(await saveActivity(input({ id: created.id, submit: true }), staff)).toMatchObject({
      ok: true,
    });
    expect(await db.get(created.id)).toMatchObject({ status: 'submitted', round: 1 });
    expect(
      await saveActivity(input({ id: created.id, submit: true, realisasi: 3 }), staff),
    ).toMatchObject({ ok: true });
    expect(await db.get(created.id)).toMatchObject({ status: 'submitted', round: 2, realisasi: 3 });
  });

  it('refuses what core refuses, naming the field', async () => {
    const { db, staff } = await setup();
    expect(await saveActivity(input({ date: '2025-03-13' }), staff)).toMatchObject({
      ok: false,
      code: 'future-date',
      field: 'date',
    });
    expect(await saveActivity(input({ kegiatan: '  ' }), staff)).toMatchObject({
      ok: false,
      code: 'invalid-doc',
      field: 'kegiatan',
    });
    expect(await saveActivity(input({ end: '07:00' }), staff)).toMatchObject({
      ok: false,
      code: 'invalid-doc',
      field: 'end',
    });
    await db.put(makeYearPeriod(2024, { status: 'closed' }));
    expect(await saveActivity(input({ date: '2024-12-30' }), staff)).toMatchObject({
      ok: false,
      code: 'closed-period',
      field: 'date',
    });
    const photos = Array.from({ length: 6 }, (_, i) => ({ name: `foto-${i}.jpg`, data: PHOTO }));
    expect(await saveActivity(input({ addPhotos: photos }), staff)).toMatchObject({
      ok: false,
      code: 'too-many-photos',
      field: 'photos',
    });
    const pdf = [{ name: 'surat.pdf', data: PHOTO, contentType: 'application/pdf' }];
    expect(await saveActivity(input({ addPhotos: pdf }), staff)).toMatchObject({
      ok: false,
      code: 'bad-attachment',
    });
    expect(
      (await db.allDocs({ startkey: 'activity:', endkey: 'activity:\ufff0' })).rows,
    ).toHaveLength(0);
    expect(await photoDocs(db)).toEqual([]);
  });

  it('stores each evidence photo as its own document, listed by the activity with its preview', async () => {
    const { db, staff } = await setup();
    const thumb = `data:image/jpeg;base64,${PHOTO}`;
    const saved = await saveActivity(
      input({ addPhotos: [{ name: 'foto-1.jpg', data: PHOTO, thumb }] }),
      staff,
    );
    if (!saved.ok) throw new Error(saved.reason);
    const [photo] = await photoDocs(db);
    expect(photo).toMatchObject({ type: 'photo', nip: STAFF, name: 'foto-1.jpg' });
    expect(activityIdOfPhoto(photo!._id)).toBe(saved.id);
    expect(((await db.getAttachment(photo!._id, 'foto-1.jpg')) as Buffer).toString()).toBe(
      'foto bukti dukung',
    );
    const act = (await db.get(saved.id)) as { photos?: unknown; _attachments?: unknown };
    expect(act._attachments).toBeUndefined();
    expect(act.photos).toEqual([
      { id: photo!._id, name: 'foto-1.jpg', contentType: 'image/jpeg', length: 17, thumb },
    ]);

    // A later edit keeps the photo; removing it from the entry deletes its document.
    await saveActivity(input({ id: saved.id, kegiatan: 'Rekap data (revisi)' }), staff);
    expect(await db.get(saved.id)).toMatchObject({ photos: [{ id: photo!._id }] });
    await saveActivity(input({ id: saved.id, removePhotos: ['foto-1.jpg'] }), staff);
    expect(await db.get(saved.id)).toMatchObject({ photos: [] });
    expect(await photoDocs(db)).toEqual([]);
  });

  it('deletes an entry with its photos', async () => {
    const { db, staff } = await setup();
    const saved = await saveActivity(input({ addPhotos: [{ name: 'a.jpg', data: PHOTO }] }), staff);
    if (!saved.ok) throw new Error(saved.reason);
    expect(await photoDocs(db)).toHaveLength(1);
    expect(await deleteActivity(saved.id, staff)).toMatchObject({ ok: true });
    expect(await photoDocs(db)).toEqual([]);
  });

  it('moves a draft to another date under a new id, and refuses to move a submitted one', async () => {
    const { db, staff } = await setup();
    const saved = await saveActivity(input({ addPhotos: [{ name: 'a.jpg', data: PHOTO }] }), staff);
    if (!saved.ok) throw new Error(saved.reason);
    const moved = await saveActivity(input({ id: saved.id, date: '2025-03-11' }), staff);
    if (!moved.ok) throw new Error(moved.reason);
    expect(parseId(moved.id)).toMatchObject({ type: 'activity', date: '2025-03-11' });
    await expect(db.get(saved.id)).rejects.toMatchObject({ status: 404 });
    // Its photo moved with it: a copy under the new id, the old document gone.
    const [photo, ...more] = await photoDocs(db);
    expect(more).toEqual([]);
    expect(parseId(photo!._id)).toMatchObject({ type: 'photo', date: '2025-03-11' });
    expect(await db.get(moved.id)).toMatchObject({ photos: [{ id: photo!._id, name: 'a.jpg' }] });
    expect(((await db.getAttachment(photo!._id, 'a.jpg')) as Buffer).toString()).toBe(
      'foto bukti dukung',
    );
    await saveActivity(input({ id: moved.id, date: '2025-03-11', submit: true }), staff);
    expect(
      await saveActivity(input({ id: moved.id, date: '2025-03-10', submit: true }), staff),
    ).toMatchObject({
      ok: false,
      code: 'date-locked',
      field: 'date',
    });
  });

  it('refuses to change an approved activity', async () => {
    const { staff, head } = await setup();
    const saved = await saveActivity(input({ submit: true }), staff);
    if (!saved.ok) throw new Error(saved.reason);
    expect(await verifyActivity(saved.id, 'approved', undefined, head)).toMatchObject({ ok: true });
    expect(
      await saveActivity(input({ id: saved.id, realisasi: 9, submit: true }), staff),
    ).toMatchObject({
      ok: false,
      code: 'activity-approved',
    });
    expect(await deleteActivity(saved.id, staff)).toMatchObject({
      ok: false,
      code: 'delete-forbidden',
    });
  });
});

describe('verifyActivities', () => {
  it('approves or returns many at once, answering each in order', async () => {
    const { db, staff, head } = await setup();
    const ids: string[] = [];
    // Each in its own time of the morning (one time, one activity).
    const slot = () => nextSlot(STAFF, TODAY, { from: '07:00' });
    for (const k of ['Satu', 'Dua']) {
      const r = await saveActivity(input({ kegiatan: k, submit: true, ...slot() }), staff);
      if (r.ok) ids.push(r.id);
    }
    const draft = await saveActivity(input({ kegiatan: 'Draf', ...slot() }), staff);
    if (!draft.ok) throw new Error(draft.reason);
    const results = await verifyActivities(
      {
        activityIds: [...ids, draft.id, 'activity:nope'],
        decision: 'returned',
        note: 'Tambahkan foto',
      },
      head,
    );
    expect(results.map((r) => (r.ok ? 'ok' : r.code))).toEqual([
      'ok',
      'ok',
      'activity-not-submitted',
      'not-found',
    ]);
    const v = await db.get(results[0]!.ok ? results[0]!.id : '');
    expect(v).toMatchObject({ decision: 'returned', round: 1, appraiserNip: HEAD });
  });

  it('refuses a return without a note, and a verifier who is not the superior', async () => {
    const { staff, head, other } = await setup();
    const saved = await saveActivity(input({ submit: true }), staff);
    if (!saved.ok) throw new Error(saved.reason);
    expect(await verifyActivity(saved.id, 'returned', '', head)).toMatchObject({
      ok: false,
      code: 'invalid-doc',
      field: 'note',
    });
    expect(await verifyActivity(saved.id, 'approved', undefined, other)).toMatchObject({
      ok: false,
      code: 'not-writer',
    });
  });
});

describe('putDoc', () => {
  it("refuses another person's document and writes to the latest revision otherwise", async () => {
    const { db, staff, other } = await setup();
    const doc = makeActivity({ nip: STAFF, date: TODAY });
    expect(await putDoc(doc, other)).toMatchObject({ ok: false, code: 'not-writer' });
    expect(await putDoc(doc, staff)).toMatchObject({ ok: true, id: doc._id });
    expect(await putDoc({ ...doc, realisasi: 5 }, staff)).toMatchObject({ ok: true });
    expect((await db.get(doc._id))._rev).toMatch(/^2-/);
  });

  it('turns a full device into a clear quota refusal', async () => {
    const { db, staff } = await setup();
    db.bulkDocs = (() =>
      Promise.reject(
        Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' }),
      )) as never;
    expect(await putDoc(makeActivity({ nip: STAFF, date: TODAY }), staff)).toMatchObject({
      ok: false,
      code: 'quota',
      reason: expect.stringContaining('penuh'),
    });
  });
});
