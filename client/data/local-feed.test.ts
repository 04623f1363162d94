import { afterEach, describe, expect, it } from 'vitest';
import { followLocalChanges, type FeedBatch } from './local-feed';
import type { LocalDb } from './local-db';
import { memoryDb } from './testing/devices';
import { eventually } from './testing/eventually';

const open: { db: LocalDb; stop: (() => void)[] }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    for (const s of o.stop) s();
    await o.db.destroy();
  }
});

function follow(db: LocalDb) {
  const batches: FeedBatch[] = [];
  const stop = followLocalChanges(db, (b) => batches.push(b));
  const entry = open.find((o) => o.db === db) ?? { db, stop: [] };
  if (!open.includes(entry)) open.push(entry);
  entry.stop.push(stop);
  return { batches, stop };
}

describe('followLocalChanges', () => {
  it('hands on every change once, in batches that each continue the one before', async () => {
    const db = memoryDb();
    await db.put({ _id: 'unit:before' });
    const before = (await db.info()).update_seq;
    const { batches } = follow(db);
    await db.bulkDocs([{ _id: 'unit:a' }, { _id: 'unit:b' }]);
    await eventually(() => expect(batches.flatMap((b) => b.changes)).toHaveLength(2));
    await db.put({ _id: 'unit:c', name: 'C' });
    await eventually(() => expect(batches.flatMap((b) => b.changes)).toHaveLength(3));

    expect(batches[0]?.after).toBe(before);
    for (let i = 1; i < batches.length; i++) {
      const prev = batches[i - 1]!.changes;
      expect(batches[i]!.after).toBe(prev[prev.length - 1]!.seq);
    }
    const all = batches.flatMap((b) => b.changes);
    expect(all.map((c) => c.id)).toEqual(['unit:a', 'unit:b', 'unit:c']);
    // With what the projector needs (the document) and the pending count (every leaf revision).
    expect(all[2]).toMatchObject({ deleted: false, doc: { _id: 'unit:c', name: 'C' } });
    expect(all[2]?.revs).toEqual([all[2]?.doc?._rev]);
  });

  it('ends a batch at a thousand changes: a long pull is handed on, not held', async () => {
    const db = memoryDb();
    const { batches } = follow(db);
    await db.bulkDocs(Array.from({ length: 2500 }, (_, i) => ({ _id: `unit:${i}` })));
    await eventually(() => expect(batches.flatMap((b) => b.changes)).toHaveLength(2500));
    expect(Math.max(...batches.map((b) => b.changes.length))).toBeLessThanOrEqual(1000);
    for (let i = 1; i < batches.length; i++) {
      const prev = batches[i - 1]!.changes;
      expect(batches[i]!.after).toBe(prev[prev.length - 1]!.seq);
    }
  });

  it('starts again after the feed fails: a follower already on it hears the next write', async () => {
    const db = memoryDb();
    const feeds: PouchDB.Core.Changes<object>[] = [];
    const changes = db.changes.bind(db);
    db.changes = ((opts: PouchDB.Core.ChangesOptions) => {
      const feed = changes(opts);
      if (opts.live) feeds.push(feed);
      return feed;
    }) as typeof db.changes;
    const { batches } = follow(db);
    await eventually(() => expect(feeds).toHaveLength(1));
    // A failed live feed reads no more.
    feeds[0]!.emit('error', new Error('IndexedDB said no'));
    feeds[0]!.cancel();
    await eventually(() => expect(feeds).toHaveLength(2));
    await db.put({ _id: 'unit:after' });
    await eventually(() =>
      expect(batches.flatMap((b) => b.changes.map((c) => c.id))).toEqual(['unit:after']),
    );
  });

  it('reads each write once for all its followers, with conflicts and every leaf', async () => {
    const db = memoryDb();
    const one = follow(db);
    const two = follow(db);
    await db.put({ _id: 'unit:warm' });
    await eventually(() => expect(two.batches).toHaveLength(1));
    const reads: unknown[] = [];
    const changes = db.changes.bind(db);
    db.changes = ((opts: PouchDB.Core.ChangesOptions) => {
      reads.push(opts);
      return changes(opts);
    }) as typeof db.changes;
    await db.bulkDocs(
      [
        { _id: 'unit:x', _rev: '1-a' },
        { _id: 'unit:x', _rev: '1-b' },
      ],
      { new_edits: false },
    );
    await eventually(() => expect(two.batches).toHaveLength(2));
    expect(one.batches).toEqual(two.batches);
    const [change] = one.batches[1]!.changes;
    expect(change?.revs.sort()).toEqual(['1-a', '1-b']);
    expect(change?.doc?._conflicts).toEqual(['1-a']);
    // One read of the write (the live feed's), not one per follower.
    expect(reads).toHaveLength(1);
  });

  it('stops reading once the last follower stops', async () => {
    const db = memoryDb();
    const one = follow(db);
    const two = follow(db);
    await db.put({ _id: 'unit:1' });
    await eventually(() => expect(two.batches).toHaveLength(1));
    one.stop();
    await db.put({ _id: 'unit:2' });
    await eventually(() => expect(two.batches).toHaveLength(2));
    expect(one.batches).toHaveLength(1);
    two.stop();
    const again = follow(db);
    await db.put({ _id: 'unit:3' });
    await eventually(() => expect(again.batches).toHaveLength(1));
    expect(two.batches).toHaveLength(2);
  });
});
