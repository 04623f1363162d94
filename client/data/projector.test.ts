import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeActivity, makeVerification } from '../core/testing/factories';
import type { LocalDb } from './local-db';
import type { FeedDoc } from './projection';
import { applyChanges, Projector, untilProjected } from './projector';
import type { ReadModel } from './read-model';
import { memoryDb, readModel } from './testing/devices';
import { eventually } from './testing/eventually';
import { HEAD, STAFF, TODAY } from './testing/kelurahan';

const open: { db: LocalDb; rm: ReadModel; projector?: Projector }[] = [];

function setup(batchSize = 500) {
  const db = memoryDb();
  const rm = readModel();
  const projector = new Projector(db, rm, { batchSize });
  open.push({ db, rm, projector });
  return { db, rm, projector };
}

afterEach(async () => {
  for (const o of open.splice(0)) {
    o.projector?.stop();
    o.rm.close();
    await o.db.destroy();
  }
});

/** Every projected row, without the sequence it came from (which differs between runs). */
async function snapshot(rm: ReadModel) {
  const tables = ['activities', 'verifications', 'employees', 'docs', 'conflicts'] as const;
  const out: Record<string, unknown[]> = {};
  for (const t of tables)
    out[t] = (await rm.table(t).toArray()).map((row) => ({ ...row, seq: null }));
  return out;
}

describe('Projector', () => {
  it('projects activities with the status derived from their verification', async () => {
    const { db, rm, projector } = setup();
    const a = makeActivity({ nip: STAFF, date: TODAY, status: 'submitted', round: 1 });
    const put = await db.put(a);
    await projector.catchUp();
    expect(await rm.activities.get(a._id)).toMatchObject({
      status: 'submitted',
      docStatus: 'submitted',
      returnNote: null,
      conflicted: false,
    });

    // A verification written later re-projects its activity.
    const v = await db.put(
      makeVerification(a, { appraiserNip: HEAD, decision: 'returned', note: 'Lampirkan foto' }),
    );
    await projector.catchUp();
    expect(await rm.activities.get(a._id)).toMatchObject({
      status: 'returned',
      returnNote: 'Lampirkan foto',
      rev: put.rev,
    });

    await db.put({ ...makeVerification(a, { appraiserNip: HEAD }), _rev: v.rev });
    await projector.catchUp();
    expect(await rm.activities.get(a._id)).toMatchObject({ status: 'approved', returnNote: null });

    const [byStatus, byOwnerDay] = await Promise.all([
      rm.activities.where('status').equals('approved').count(),
      rm.activities.where('[nip+date]').equals([STAFF, a.date]).count(),
    ]);
    expect([byStatus, byOwnerDay]).toEqual([1, 1]);
  });

  it('sends types without a table to docs, and removes deleted documents', async () => {
    const { db, rm, projector } = setup();
    const doc = { _id: `org-rating:kelurahan-a:2025`, type: 'org-rating', rating: 'baik' };
    const put = await db.put(doc);
    await projector.catchUp();
    expect(await rm.docs.get(doc._id)).toMatchObject({
      type: 'org-rating',
      ownerNip: null,
      doc: { rating: 'baik' },
    });
    await db.remove(doc._id, put.rev);
    await projector.catchUp();
    expect(await rm.docs.get(doc._id)).toBeUndefined();
  });

  it('is idempotent: replaying every change gives the same read model', async () => {
    const { db, rm, projector } = setup(3);
    const acts = Array.from({ length: 7 }, (_, i) =>
      makeActivity({
        nip: STAFF,
        date: TODAY,
        status: 'submitted',
        round: 1,
        kegiatan: `Kegiatan ${i}`,
      }),
    );
    await db.bulkDocs(acts);
    await db.put(makeVerification(acts[2], { appraiserNip: HEAD }));
    await projector.catchUp();
    const first = await snapshot(rm);
    await projector.catchUp();
    expect(await snapshot(rm)).toEqual(first);
    await rm.meta.put({ key: 'projector', seq: 0, version: rm.verno });
    await projector.catchUp();
    expect(await snapshot(rm)).toEqual(first);
    expect(first.activities).toHaveLength(7);
  });

  it('replays, never skips, after a crash between batches', async () => {
    const { db, rm, projector } = setup(2);
    const acts = Array.from({ length: 5 }, (_, i) =>
      makeActivity({ nip: STAFF, date: TODAY, kegiatan: `Kegiatan ${i}` }),
    );
    await db.bulkDocs(acts);
    const table = rm.table('activities');
    const realBulkPut = table.bulkPut.bind(table);
    let calls = 0;
    table.bulkPut = ((...args: Parameters<typeof realBulkPut>) => {
      calls += 1;
      if (calls === 2) throw new Error('tab closed mid-batch');
      return realBulkPut(...args);
    }) as typeof table.bulkPut;
    await expect(projector.catchUp()).rejects.toThrow('tab closed mid-batch');
    expect(await rm.activities.count()).toBe(2);
    expect(await projector.checkpoint()).toBe(2);

    table.bulkPut = realBulkPut;
    const restarted = new Projector(db, rm, { batchSize: 2 });
    await restarted.catchUp();
    expect((await rm.activities.toArray()).map((r) => r.kegiatan).sort()).toEqual(
      acts.map((a) => a.kegiatan).sort(),
    );
  });

  it('rebuilds from PouchDB when the schema version changed, keeping drafts', async () => {
    const { db, rm, projector } = setup();
    const a = makeActivity({ nip: STAFF, date: TODAY });
    await db.put(a);
    await rm.activities.put({ ...(await stale()), id: 'activity:stale' });
    await rm.drafts.put({
      key: 'form:activity:new',
      value: { kegiatan: 'ketikan' },
      updatedAt: 'x',
    });
    await rm.meta.put({ key: 'projector', seq: 999, version: rm.verno - 1 });
    await projector.start();
    expect((await rm.activities.toArray()).map((r) => r.id)).toEqual([a._id]);
    expect(await rm.drafts.get('form:activity:new')).toBeDefined();
  });

  it('flags conflicted documents and reports them', async () => {
    const db = memoryDb();
    const rm = readModel();
    const reported: string[] = [];
    const projector = new Projector(db, rm, { onConflicted: (ids) => void reported.push(...ids) });
    open.push({ db, rm, projector });
    const a = makeActivity({ nip: STAFF, date: TODAY });
    await db.bulkDocs(
      [
        { ...a, _rev: '1-aaa' },
        { ...a, kegiatan: 'Lain', _rev: '1-bbb' },
      ],
      { new_edits: false },
    );
    await projector.catchUp();
    expect(await rm.activities.get(a._id)).toMatchObject({ conflicted: true });
    expect(reported).toEqual([a._id]);
  });

  it('follows live changes after start', async () => {
    const { db, rm, projector } = setup();
    await projector.start();
    const a = makeActivity({ nip: STAFF, date: TODAY });
    await db.put(a);
    await eventually(async () => expect(await rm.activities.get(a._id)).toBeDefined());
  });
});

/** Records the projector's own reads of the changes feed (the live feed's reads take no limit). */
function countReads(db: LocalDb): { since: unknown[] } {
  const reads = { since: [] as unknown[] };
  const changes = db.changes.bind(db);
  db.changes = ((opts: PouchDB.Core.ChangesOptions) => {
    if (opts.limit !== undefined) reads.since.push(opts.since);
    return changes(opts);
  }) as typeof db.changes;
  return reads;
}

describe('Projector following the live feed', () => {
  it('projects what the live feed read without reading it again', async () => {
    const { db, rm, projector } = setup();
    await projector.start();
    const reads = countReads(db);
    const docs = Array.from({ length: 40 }, (_, i) => {
      const a = makeActivity({
        nip: STAFF,
        date: TODAY,
        kegiatan: `Kegiatan ${i}`,
        status: 'submitted',
        round: 1,
      });
      return [a, makeVerification(a, { appraiserNip: HEAD, decision: 'returned', note: 'Ulang' })];
    }).flat();
    await db.bulkDocs(docs);
    const { update_seq: written } = await db.info();
    await untilProjected(rm, written);
    expect(await rm.activities.where('status').equals('returned').count()).toBe(40);
    expect(reads.since).toEqual([]);
  });

  it('projects a document written, then deleted, in one batch as deleted', async () => {
    const { db, rm } = setup();
    const id = 'org-rating:kelurahan-a:2025';
    const put = await db.put({ _id: id, type: 'org-rating', rating: 'baik' });
    const removed = await db.remove(id, put.rev);
    const doc = { _id: id, _rev: put.rev, type: 'org-rating', rating: 'baik' } as FeedDoc;
    // The live feed hands both changes over in one batch when they come within its quiet window.
    await applyChanges(rm, [
      { id, seq: 1, doc },
      { id, seq: 2, deleted: true, doc: { _id: id, _rev: removed.rev } as FeedDoc },
    ]);
    expect(await rm.docs.get(id)).toBeUndefined();
  });

  it('lets go of more than it may hold and reads it from the checkpoint instead, projecting all', async () => {
    const db = memoryDb();
    const rm = readModel();
    // Four transactions of 2 may be held: a written batch of 20 is too many.
    const projector = new Projector(db, rm, { batchSize: 5, fedBatchSize: 2 });
    open.push({ db, rm, projector });
    await projector.start();
    const reads = countReads(db);
    const docs = Array.from({ length: 20 }, (_, i) =>
      makeActivity({ nip: STAFF, date: TODAY, kegiatan: `Kegiatan ${i}` }),
    );
    await db.bulkDocs(docs);
    const { update_seq: written } = await db.info();
    await untilProjected(rm, written);
    expect(await rm.activities.count()).toBe(20);
    expect(reads.since.length).toBeGreaterThan(0);
  });

  it('reads what the feed brought after a change it could not project: never skips one', async () => {
    const { db, rm, projector } = setup();
    await projector.start();
    const a = makeActivity({ nip: STAFF, date: TODAY, kegiatan: 'Pertama' });
    const b = makeActivity({ nip: STAFF, date: TODAY, kegiatan: 'Kedua' });
    // The first projection fails (as when the tab closes mid-way): its checkpoint stays behind.
    const transaction = rm.transaction.bind(rm) as (...args: unknown[]) => Promise<unknown>;
    let failures = 1;
    (rm as unknown as { transaction: unknown }).transaction = (...args: unknown[]) =>
      failures-- > 0 ? Promise.reject(new Error('interrupted')) : transaction(...args);
    await db.put(a);
    await eventually(() => expect(projector.lastError).not.toBeNull());
    const reads = countReads(db);
    await db.put(b);
    await eventually(async () => expect(await rm.activities.count()).toBe(2));
    // The feed's batch held only the second: the first was read again from the checkpoint.
    expect(reads.since).toHaveLength(1);
    expect(String(await projector.checkpoint())).toBe(String((await db.info()).update_seq));
  });
});

async function stale() {
  const { activityRow } = await import('./projection');
  return activityRow({ ...makeActivity({ nip: STAFF, date: TODAY }), _rev: '1-x' }, 1, null);
}

describe('untilProjected', () => {
  it('gives up waiting on a projector that does not move', async () => {
    const { db, rm } = setup();
    await db.put(makeActivity({ nip: STAFF, date: TODAY }));
    const { update_seq: written } = await db.info();
    // No projector runs: the wait ends once the checkpoint has stood still for the bound.
    await untilProjected(rm, written, 50);
    expect(await rm.activities.count()).toBe(0);
  });
});
