// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeActivity } from '../core/testing/factories';
import { canPurge, purgeLocally } from './local-db';
import { Projector } from './projector';
import { reconcileDevice } from './reconcile';
import { SyncEngine } from './sync-engine';
import { countPending, SyncLedger } from './sync-ledger';
import { idbDb, memoryDb, readModel } from './testing/devices';
import { HEAD, OTHER, STAFF } from './testing/kelurahan';

describe('reconcileDevice', () => {
  it('purges the documents the server says are gone, without a deletion to send', async () => {
    const db = idbDb();
    const rm = readModel();
    const keep = makeActivity({ nip: HEAD });
    const gone = makeActivity({ nip: STAFF });
    const goneConflicted = makeActivity({ nip: OTHER });
    await db.bulkDocs([keep, gone]);
    await db.bulkDocs(
      [
        { ...goneConflicted, _rev: '1-aaa' },
        { ...goneConflicted, kegiatan: 'Versi lain', _rev: '1-bbb' },
      ],
      { new_edits: false },
    );
    const projector = new Projector(db, rm);
    await projector.catchUp();
    const pushedSeq = (await db.info()).update_seq;
    expect(await rm.activities.count()).toBe(3);

    const asked: string[][] = [];
    const removed = await reconcileDevice(db, {
      fetchGone: async (ids) => {
        asked.push(ids);
        return ids.filter((id) => id !== keep._id);
      },
      onPurged: (ids) => projector.remove(ids),
    });

    expect(asked).toEqual([[keep._id, gone._id, goneConflicted._id].sort()]);
    expect(removed.sort()).toEqual([gone._id, goneConflicted._id].sort());
    await expect(db.get(gone._id)).rejects.toMatchObject({ status: 404 });
    await expect(db.get(goneConflicted._id)).rejects.toMatchObject({ status: 404 });
    expect((await db.changes({ since: 0 })).results.map((r) => r.id)).toEqual([keep._id]);
    expect(await countPending(db, pushedSeq)).toBe(0);
    expect((await rm.activities.toArray()).map((r) => r.id)).toEqual([keep._id]);
    rm.close();
    await db.destroy();
  });

  it('never asks about, nor purges, the ids it is told are unsent', async () => {
    const db = idbDb();
    const synced = makeActivity({ nip: STAFF });
    const unsent = makeActivity({ nip: STAFF });
    await db.bulkDocs([synced, unsent]);
    const asked: string[] = [];
    const removed = await reconcileDevice(db, {
      fetchGone: async (ids) => {
        asked.push(...ids);
        return ids;
      },
      unsent: new Set([unsent._id]),
    });
    expect(asked).toEqual([synced._id]);
    expect(removed).toEqual([synced._id]);
    expect((await db.get(unsent._id))._id).toBe(unsent._id);
    await db.destroy();
  });

  it('the sync engine keeps what waits to be sent and what the server refused', async () => {
    const db = idbDb();
    const sent = makeActivity({ nip: STAFF });
    const refused = makeActivity({ nip: STAFF });
    await db.bulkDocs([sent, refused]);
    const ledger = new SyncLedger(db);
    await ledger.advancePush((await db.info()).update_seq);
    await ledger.recordDenied({ id: refused._id, reason: 'not-writer' }, new Date(0).toISOString());
    const waiting = makeActivity({ nip: STAFF });
    await db.put(waiting);

    const asked: string[] = [];
    const engine = new SyncEngine({
      local: db,
      remoteUrl: 'http://127.0.0.1:9/kinerja',
      isOnline: () => false,
      fetchGone: async (ids) => {
        asked.push(...ids);
        return ids;
      },
    });
    await engine.start();
    expect(await engine.reconcile()).toEqual([sent._id]);
    expect(asked).toEqual([sent._id]);
    expect((await db.allDocs()).rows.map((r) => r.id).sort()).toEqual(
      [refused._id, waiting._id].sort(),
    );
    await engine.stop();
    await db.destroy();
  });

  it('refuses on an adapter that cannot purge rather than replicating deletions', async () => {
    const db = memoryDb();
    await db.put(makeActivity({ nip: STAFF }));
    expect(canPurge(db)).toBe(false);
    await expect(purgeLocally(db, ['x'])).rejects.toThrow(/cannot purge/);
    await db.destroy();
  });
});
