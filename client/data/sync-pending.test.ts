import { afterEach, describe, expect, it } from 'vitest';
import { followLocalChanges } from './local-feed';
import type { LocalDb } from './local-db';
import { countPending } from './sync-ledger';
import { PendingTracker } from './sync-pending';
import { memoryDb } from './testing/devices';
import { eventually } from './testing/eventually';

const open: LocalDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.destroy();
});

/** Writes documents as the pull does (revisions made elsewhere), and tells the tracker. */
async function pull(db: LocalDb, tracker: PendingTracker, docs: { _id: string; _rev: string }[]) {
  await db.bulkDocs(docs, { new_edits: false });
  tracker.notePulled(docs);
}

function setup() {
  const db = memoryDb();
  open.push(db);
  return { db, tracker: new PendingTracker(db) };
}

describe('PendingTracker', () => {
  it('counts entries: an activity and its evidence photos wait as one', async () => {
    const { db, tracker } = setup();
    const activity = 'activity:198811122011012003:2026-05-15:01J0000000000000000000000A';
    await db.bulkDocs([
      { _id: activity },
      {
        _id: 'photo:198811122011012003:2026-05-15:01J0000000000000000000000A:01J0000000000000000000000P',
      },
      {
        _id: 'photo:198811122011012003:2026-05-15:01J0000000000000000000000A:01J0000000000000000000000Q',
      },
    ]);
    expect(await tracker.scan()).toBe(1);
    expect(await countPending(db, 0)).toBe(1);
    await db.put({ _id: 'skp:198811122011012003:2026' });
    expect(await tracker.scan()).toBe(2);
    expect(await countPending(db, 0)).toBe(2);
    // A photo alone (its entry already sent) is still that entry waiting.
    tracker.pushedTo(4);
    await db.bulkDocs([
      {
        _id: 'photo:198811122011012003:2026-05-15:01J0000000000000000000000A:01J0000000000000000000000R',
      },
    ]);
    expect(await tracker.scan()).toBe(1);
  });

  it('counts local writes, not what the pull wrote, and lets the push start after the pulled ones', async () => {
    const { db, tracker } = setup();
    await pull(db, tracker, [
      { _id: 'activity:a', _rev: '1-a' },
      { _id: 'activity:b', _rev: '1-b' },
    ]);
    expect(await tracker.scan()).toBe(0);
    expect(tracker.knownPrefix()).toBe(2);

    await db.put({ _id: 'activity:mine' });
    await pull(db, tracker, [{ _id: 'activity:c', _rev: '1-c' }]);
    expect(await tracker.scan()).toBe(1);
    // The push must start before the local write, however many pulled documents follow it.
    expect(tracker.knownPrefix()).toBe(2);

    tracker.pushedTo(4);
    expect(tracker.count).toBe(0);
    expect(await tracker.scan()).toBe(0);
  });

  it('counts a document whose local conflicting revision the server lacks', async () => {
    const { db, tracker } = setup();
    const mine = await db.put({ _id: 'activity:x', v: 'mine' });
    // The server's version arrives: a second leaf, not a successor of ours.
    await pull(db, tracker, [{ _id: 'activity:x', _rev: '1-zzzz', v: 'server' } as never]);
    expect(await tracker.scan()).toBe(1);
    // The push starts before the document's latest change, so it sees both leaves.
    expect(mine.ok).toBe(true);
    expect(tracker.knownPrefix()).toBe(1);
  });

  it('forgets a pulled document counted before the pull reported it', async () => {
    const { db, tracker } = setup();
    await db.bulkDocs([{ _id: 'activity:late', _rev: '1-l' }], { new_edits: false });
    expect(await tracker.scan()).toBe(1);
    tracker.notePulled([{ _id: 'activity:late', _rev: '1-l' }]);
    expect(tracker.count).toBe(0);
  });

  it('starts from a checkpoint: changes up to it are sent', async () => {
    const { db, tracker } = setup();
    await db.put({ _id: 'activity:old' });
    await db.put({ _id: 'activity:new' });
    tracker.reset(1);
    expect(await tracker.scan()).toBe(1);
    expect(tracker.checkpoint()).toBe(1);
  });

  it('takes what the live feed read: the next scan reads only what came after it', async () => {
    const { db, tracker } = setup();
    const stop = followLocalChanges(db, (batch) => tracker.ingest(batch));
    try {
      await pull(db, tracker, [
        { _id: 'activity:pulled', _rev: '1-p' },
        { _id: 'activity:pulled-too', _rev: '1-q' },
      ]);
      await db.put({ _id: 'activity:mine' });
      await eventually(() => expect(tracker.count).toBe(1));
      const since: unknown[] = [];
      const changes = db.changes.bind(db);
      db.changes = ((opts: PouchDB.Core.ChangesOptions) => {
        if (!opts.live) since.push(opts.since);
        return changes(opts);
      }) as typeof db.changes;
      expect(await tracker.scan()).toBe(1);
      expect(tracker.waitingIds()).toEqual(['activity:mine']);
      expect(since).toEqual([(await db.info()).update_seq]);
    } finally {
      stop();
    }
  });

  it('leaves a batch that does not continue its count to the scan', async () => {
    const { db, tracker } = setup();
    await db.put({ _id: 'activity:first' });
    await db.put({ _id: 'activity:second' });
    // A batch after a change the tracker has not seen (the first) is not taken.
    tracker.ingest({
      after: 1,
      changes: [{ id: 'activity:second', seq: 2, deleted: false, revs: ['1-x'] }],
      purges: 0,
    });
    expect(tracker.count).toBe(0);
    expect(await tracker.scan()).toBe(2);
  });
});
