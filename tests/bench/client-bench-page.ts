/**
 * Browser side of client-sync-bench.ts, bundled by Vite into one module and run in Chromium:
 * the data layer of client/data (PouchDB on IndexedDB, Dexie read model, projector, sync engine)
 * and, as peers, plain PouchDB replication and pouchdb-find. Exposed as `window.kinerjaBench`.
 */
import find from 'pouchdb-find';
import { makeActivity } from '../../client/core/testing/factories';
import { Pouch } from '../../client/data/local-db';
import { Projector, untilProjected } from '../../client/data/projector';
import { ReadModel } from '../../client/data/read-model';
import { SyncEngine } from '../../client/data/sync-engine';

Pouch.plugin(find);

type FindDb = PouchDB.Database & {
  createIndex(opts: { index: { fields: string[] } }): Promise<unknown>;
  find(opts: { selector: Record<string, unknown> }): Promise<{ docs: unknown[] }>;
};

let counter = 0;
const fresh = (label: string) => `bench-${label}-${Date.now()}-${counter++}`;

/**
 * Our initial sync, until the screens can show everything: the local PouchDB holds `expected`
 * documents and the projector has put them all into the read model (`ms`); and until the engine
 * says synced, as the sync bar does (`syncedMs`).
 */
async function ourInitialSync(
  token: string,
  expected: number,
): Promise<{ ms: number; docs: number; syncedMs: number }> {
  const local = new Pouch(fresh('ours'), { adapter: 'indexeddb' });
  const rm = new ReadModel(fresh('read'));
  const projector = new Projector(local, rm);
  const engine = new SyncEngine({
    local,
    remoteUrl: `${location.origin}/couch/kinerja`,
    authHeaders: () => ({ Authorization: `Bearer ${token}` }),
    batchSize: 500,
    untilProjected: (seq) => untilProjected(rm, seq),
  });
  const t0 = performance.now();
  const synced = new Promise<number>((resolve) =>
    engine.subscribe((s) => {
      if (s.state === 'synced') resolve(performance.now() - t0);
    }),
  );
  await projector.start();
  await engine.start();
  await new Promise<void>((resolve) => {
    const check = async () => {
      const info = await local.info();
      const projected = String(await projector.checkpoint()) === String(info.update_seq);
      if (info.doc_count >= expected && projected) resolve();
      else setTimeout(() => void check(), 25);
    };
    void check();
  });
  const ms = performance.now() - t0;
  const syncedMs = await synced;
  const docs = (await local.info()).doc_count;
  await engine.stop();
  projector.stop();
  rm.close();
  return { ms, docs, syncedMs };
}

/**
 * Plain one-shot PouchDB replication: from express-pouchdb (`/peer`, the peer) or, with a token,
 * from the sync server (which separates the server's share from the client's).
 */
async function plainReplication(token?: string): Promise<{ ms: number; docs: number }> {
  const local = new Pouch(fresh('plain'), { adapter: 'indexeddb' });
  const source = token
    ? new Pouch(`${location.origin}/couch/kinerja`, {
        fetch: (url: string | Request, opts?: RequestInit) => {
          (opts?.headers as Headers | undefined)?.set('Authorization', `Bearer ${token}`);
          return Pouch.fetch(url, opts);
        },
      } as PouchDB.Configuration.RemoteDatabaseConfiguration)
    : `${location.origin}/peer/kinerja`;
  const t0 = performance.now();
  await Pouch.replicate(source, local, { batch_size: 500 });
  const ms = performance.now() - t0;
  return { ms, docs: (await local.info()).doc_count };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** One person's `count` activities over the past days, in PouchDB and projected into Dexie. */
async function queryBench(nip: string, count: number, runs: number) {
  const db = new Pouch(fresh('query'), { adapter: 'indexeddb' }) as FindDb;
  const rm = new ReadModel(fresh('query-read'));
  const start = Date.parse('2025-12-31T00:00:00Z');
  const docs = [];
  for (let i = 0; i < count; i++) {
    const date = new Date(start - Math.floor(i / 14) * 86_400_000).toISOString().slice(0, 10);
    docs.push(
      makeActivity({
        nip,
        date,
        start: '08:00',
        end: '09:00',
        kegiatan: `Kegiatan ${i}`,
        rhkId: null,
        ikiId: null,
        satuan: 'kegiatan',
        status: 'submitted',
        round: 1,
        createdAt: `${date}T01:00:00.000Z`,
        updatedAt: `${date}T01:00:00.000Z`,
      }),
    );
  }
  for (let i = 0; i < docs.length; i += 1000) await db.bulkDocs(docs.slice(i, i + 1000));
  const projector = new Projector(db, rm);
  await projector.catchUp();
  await db.createIndex({ index: { fields: ['nip', 'date'] } });
  const from = '2025-03-01';
  const to = '2025-03-31';
  // Warm both paths once (pouchdb-find builds its index on first use).
  await db.find({ selector: { nip, date: { $gte: from, $lte: to } } });
  const dexie: number[] = [];
  const pouch: number[] = [];
  let rows = 0;
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    rows = (
      await rm.activities.where('[nip+date]').between([nip, from], [nip, to], true, true).toArray()
    ).length;
    dexie.push(performance.now() - t);
    t = performance.now();
    const found = await db.find({ selector: { nip, date: { $gte: from, $lte: to } } });
    pouch.push(performance.now() - t);
    if (found.docs.length !== rows)
      throw new Error(`pouchdb-find found ${found.docs.length}, Dexie ${rows}`);
  }
  rm.close();
  return { dexieMs: median(dexie), findMs: median(pouch), rows, docs: count };
}

(window as unknown as { kinerjaBench: unknown }).kinerjaBench = {
  ourInitialSync,
  plainReplication,
  queryBench,
};
