// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeActivity } from '../core/testing/factories';
import { purgeLocally, revsLeavesFirst } from './local-db';
import { Projector, untilProjected } from './projector';
import { idbDb, readModel } from './testing/devices';
import { HEAD, STAFF, TODAY } from './testing/kelurahan';

describe('purgeLocally', () => {
  it('removes hundreds of documents with every revision, edited, conflicted or deleted, and keeps the rest', async () => {
    const db = idbDb();
    const kept = makeActivity({ nip: HEAD });
    const gone = Array.from({ length: 300 }, () => makeActivity({ nip: STAFF }));
    await db.bulkDocs([kept, ...gone]);
    const [edited, conflicted, deleted] = gone;
    const e = await db.get(edited!._id);
    await db.put({ ...e, kegiatan: 'Diubah' });
    await db.bulkDocs([{ ...conflicted, _rev: '1-zzz', kegiatan: 'Versi lain' }], {
      new_edits: false,
    });
    const d = await db.get(deleted!._id);
    await db.remove(d);
    const before = (await db.info()).update_seq;

    const asked = [...gone.map((g) => g._id), 'activity:never-here'];
    const removed = await purgeLocally(db, asked);

    // Every one of them, in the order asked; the deleted one was present too (its tombstone).
    expect(removed).toEqual(gone.map((g) => g._id));
    for (const g of [edited, conflicted, deleted])
      await expect(db.get(g!._id, { open_revs: 'all' })).rejects.toMatchObject({ status: 404 });
    expect((await db.allDocs()).rows.map((r) => r.id)).toEqual([kept._id]);
    // Nothing entered the changes feed: nothing is pushed.
    expect((await db.changes({ since: before })).results).toEqual([]);
    // A second purge finds nothing.
    expect(await purgeLocally(db, [gone[5]!._id])).toEqual([]);
    await db.destroy();
  });
});

describe('revsLeavesFirst', () => {
  it('lists every revision after its descendants, branches included', () => {
    const tree = [
      {
        pos: 1,
        ids: [
          'a',
          {},
          [
            ['b', {}, [['c', {}, []]]],
            ['x', {}, []],
          ],
        ] as never,
      },
    ];
    expect(revsLeavesFirst(tree)).toEqual(['3-c', '2-b', '2-x', '1-a']);
  });
});

describe('a purge and the read model', () => {
  it('says projected when the last documents were purged before the projector saw them', async () => {
    const db = idbDb();
    const rm = readModel();
    const projector = new Projector(db, rm);
    const kept = makeActivity({ nip: STAFF, date: TODAY });
    const purged = makeActivity({ nip: HEAD, date: TODAY });
    await db.put(kept);
    await projector.catchUp();
    await db.put(purged);
    await purgeLocally(db, [purged._id]);
    const { update_seq: written } = await db.info();

    const synced = untilProjected(rm, written, 60_000);
    await projector.catchUp();
    await synced;
    expect((await rm.activities.toArray()).map((r) => r.id)).toEqual([kept._id]);
    projector.stop();
    rm.close();
    await db.destroy();
  });
});
