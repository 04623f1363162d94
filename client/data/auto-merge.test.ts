import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ids } from '../core/ids';
import { makeActivity, makeSkp } from '../core/testing/factories';
import { autoMergeConflicts } from './auto-merge';
import { loadLeaves } from './conflict-leaves';
import type { LocalDb } from './local-db';
import type { ReadModel } from './read-model';
import { memoryDb, readModel } from './testing/devices';
import { contextFor, HEAD, NOW, seedReference, STAFF, TODAY } from './testing/kelurahan';

const open: { db: LocalDb; rm: ReadModel }[] = [];
async function device() {
  const db = memoryDb();
  const rm = readModel();
  open.push({ db, rm });
  await seedReference(db);
  return { db, rm };
}
afterEach(async () => {
  for (const o of open.splice(0)) {
    o.rm.close();
    await o.db.destroy();
  }
});

const at = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();

/** Writes `base` as rev 1 and two edits of it as sibling revs 2-a… and 2-b…, as replication would. */
async function conflict(
  db: LocalDb,
  base: Record<string, unknown> & { _id: string },
  a: object,
  b: object,
) {
  const first = await db.put(base);
  const hash = first.rev.split('-')[1]!;
  const child = (edit: object, h: string) => ({
    ...base,
    ...edit,
    _rev: `2-${h}`,
    _revisions: { start: 2, ids: [h, hash] },
  });
  await db.bulkDocs([child(a, 'a'.repeat(32)), child(b, 'b'.repeat(32))], { new_edits: false });
}

function skp(rhkText: string, updatedAt: string) {
  return makeSkp({
    nip: STAFF,
    periodId: '2025',
    rhk: rhkText
      ? [
          {
            id: 'r1',
            kind: 'utama',
            text: rhkText,
            parentRhkId: null,
            iki: [
              { id: 'i1', aspect: 'kuantitas', text: 'Jumlah surat', target: 100, satuan: 'surat' },
            ],
          },
        ]
      : [],
    status: 'draft',
    updatedAt,
  });
}

describe('autoMergeConflicts', () => {
  it('joins edits of different fields of an activity, the same way on two devices', async () => {
    const base = makeActivity({ nip: STAFF, date: TODAY });
    const results = [];
    for (const { db, rm } of [await device(), await device()]) {
      await conflict(
        db,
        base,
        { kegiatan: 'Rapat RT', updatedAt: at(5) },
        { realisasi: 7, updatedAt: at(9) },
      );
      await autoMergeConflicts([base._id], contextFor(db, STAFF), rm);
      const leaves = await loadLeaves(db, base._id);
      expect(leaves).toHaveLength(1);
      expect(leaves[0]).toMatchObject({ kegiatan: 'Rapat RT', realisasi: 7, updatedAt: at(9) });
      expect(await rm.conflicts.count()).toBe(0);
      results.push(leaves[0]!._rev);
    }
    expect(results[0]).toBe(results[1]);
  });

  it('lists an SKP changed in the same field on both devices, keeping both versions', async () => {
    const { db, rm } = await device();
    await conflict(
      db,
      skp('', at(0)),
      skp('Layanan surat A', at(3)),
      skp('Layanan surat B', at(4)),
    );
    await autoMergeConflicts([ids.skp(STAFF, '2025')], contextFor(db, STAFF), rm);
    const row = await rm.conflicts.get(ids.skp(STAFF, '2025'));
    expect(row).toMatchObject({
      type: 'skp',
      revs: [expect.stringMatching(/^2-/), expect.stringMatching(/^2-/)],
    });
    expect(await loadLeaves(db, ids.skp(STAFF, '2025'))).toHaveLength(2);
  });

  it("leaves another writer's conflict alone", async () => {
    const { db, rm } = await device();
    const base = makeActivity({ nip: STAFF, date: TODAY });
    await conflict(
      db,
      base,
      { kegiatan: 'X', updatedAt: at(1) },
      { kegiatan: 'Y', updatedAt: at(2) },
    );
    await autoMergeConflicts([base._id], contextFor(db, HEAD), rm);
    expect(await loadLeaves(db, base._id)).toHaveLength(2);
    expect(await rm.conflicts.count()).toBe(0);
  });
});
