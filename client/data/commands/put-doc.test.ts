import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../core/dates';
import 'fake-indexeddb/auto';
import { makeActivity } from '../../core/testing/factories';
import type { RawDoc } from '../../core/write-context';
import type { LocalDb } from '../local-db';
import { Projector } from '../projector';
import type { ReadModel } from '../read-model';
import { memoryDb, readModel } from '../testing/devices';
import { contextFor, HEAD, seedReference, STAFF, TODAY } from '../testing/kelurahan';
import { putDoc, putDocs } from './put-doc';
import { verifyActivity } from './verify-activities';

const dbs: LocalDb[] = [];
async function staffDevice() {
  const db = memoryDb();
  dbs.push(db);
  await seedReference(db);
  return { db, ctx: contextFor(db, STAFF) };
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.destroy();
});

const entry = (start: string, end: string, date = TODAY) =>
  makeActivity({ nip: STAFF, date, start, end, rhkId: null, ikiId: null });

describe('putDoc: one time, one activity', () => {
  it("refuses an entry whose time overlaps the person's other entry of the day", async () => {
    const { db, ctx } = await staffDevice();
    const morning = entry('07:00', '08:00');
    expect(await putDoc(morning, ctx)).toMatchObject({ ok: true });

    const clash = entry('07:30', '08:30');
    expect(await putDoc(clash, ctx)).toMatchObject({
      ok: false,
      code: 'overlap',
      field: 'start',
      reason: expect.stringContaining('07:00–08:00'),
    });
    await expect(db.get(clash._id)).rejects.toMatchObject({ status: 404 });
    // Right after it, or the same time on another day, is no overlap.
    expect(await putDoc(entry('08:00', '09:00'), ctx)).toMatchObject({ ok: true });
    expect(await putDoc(entry('07:30', '08:30', addDays(TODAY, -1)), ctx)).toMatchObject({
      ok: true,
    });
  });

  it('lets an entry move over its own old time, and counts no deleted entry', async () => {
    const { db, ctx } = await staffDevice();
    const morning = entry('07:00', '08:00');
    await putDoc(morning, ctx);
    expect(await putDoc({ ...morning, start: '07:30', end: '08:30' }, ctx)).toMatchObject({
      ok: true,
    });
    expect(await db.get(morning._id)).toMatchObject({ start: '07:30', _rev: /^2-/ });

    const { _rev } = await db.get(morning._id);
    await putDoc({ _id: morning._id, _rev, _deleted: true }, ctx);
    expect(await putDoc(entry('07:00', '09:00'), ctx)).toMatchObject({ ok: true });
  });

  it('judges each entry of one batch with the ones accepted before it', async () => {
    const { db, ctx } = await staffDevice();
    const first = entry('07:00', '08:00');
    const second = entry('07:45', '08:30');
    const third = entry('08:00', '09:00');
    const results = await putDocs([first, second, third] as RawDoc[], ctx);
    expect(results.map((r) => (r.ok ? 'ok' : r.code))).toEqual(['ok', 'overlap', 'ok']);
    const stored = await db.allDocs({ keys: [first._id, second._id, third._id] });
    expect(stored.rows.map((r) => 'value' in r)).toEqual([true, false, true]);
  });
});

describe('putDocs projects what it wrote at once', () => {
  const rms: ReadModel[] = [];
  afterEach(() => {
    for (const rm of rms.splice(0)) rm.close();
  });
  /** A staff device whose commands project into a read model; its projector runs only when told. */
  async function projectingDevice(nip = STAFF) {
    const { db } = await staffDevice();
    const rm = readModel();
    rms.push(rm);
    return { db, rm, ctx: { ...contextFor(db, nip), readModel: rm } };
  }

  it('puts a new entry in the read model before it returns, with its status, and returns its row', async () => {
    const { rm, ctx } = await projectingDevice();
    const draft = { ...entry('07:00', '08:00'), status: 'draft', round: 0 };
    const result = await putDoc(draft, ctx);
    const row = await rm.activities.get(draft._id);
    expect(row).toMatchObject({
      kegiatan: draft.kegiatan,
      status: 'draft',
      rev: expect.stringMatching(/^1-/),
      conflicted: false,
    });
    expect(result).toEqual({ ok: true, id: draft._id, row });
  });

  it("shows the head's decision on the entry at once", async () => {
    const { db, rm, ctx } = await projectingDevice(HEAD);
    const submitted = { ...entry('07:00', '08:00'), status: 'submitted', round: 1 };
    await db.put(submitted);
    await new Projector(db, rm).catchUp();
    expect(await verifyActivity(submitted._id, 'returned', 'Lengkapi', ctx)).toMatchObject({
      ok: true,
    });
    expect(await rm.activities.get(submitted._id)).toMatchObject({
      status: 'returned',
      returnNote: 'Lengkapi',
    });
  });

  it('leaves to the projector a write over a version the read model does not show yet', async () => {
    const { db, rm, ctx } = await projectingDevice();
    const morning = entry('07:00', '08:00');
    await db.put(morning);
    // Written, and no row to show: the read model is behind.
    expect(await putDoc({ ...morning, kegiatan: 'Diubah' }, ctx)).toEqual({
      ok: true,
      id: morning._id,
    });
    expect(await rm.activities.get(morning._id)).toBeUndefined();
    await new Projector(db, rm).catchUp();
    expect(await rm.activities.get(morning._id)).toMatchObject({ kegiatan: 'Diubah', rev: /^2-/ });
  });

  it('keeps a conflicted entry as the projector shows it', async () => {
    const { db, rm, ctx } = await projectingDevice();
    const morning = entry('07:00', '08:00');
    await db.bulkDocs(
      [
        { ...morning, _rev: '1-aaa' },
        { ...morning, _rev: '1-bbb', kegiatan: 'Dari perangkat lain' },
      ],
      { new_edits: false },
    );
    const projector = new Projector(db, rm);
    await projector.catchUp();
    const before = await rm.activities.get(morning._id);
    expect(before?.conflicted).toBe(true);
    expect(await putDoc({ ...morning, kegiatan: 'Diubah' }, ctx)).toMatchObject({ ok: true });
    expect(await rm.activities.get(morning._id)).toEqual(before);
    await projector.catchUp();
    expect(await rm.activities.get(morning._id)).toMatchObject({
      kegiatan: 'Diubah',
      conflicted: true,
    });
  });
});
