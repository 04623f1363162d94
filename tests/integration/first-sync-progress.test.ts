/**
 * A long first sync against the real server: the engine tells how far the pull is (the server's
 * `_changes` says what remains, as CouchDB does) and says "synced" only once the read model
 * shows what the pull wrote. Small batches stand in for a head's thousands of documents.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Projector, untilProjected } from '../../client/data/projector';
import { SyncEngine } from '../../client/data/sync-engine';
import type { SyncProgress } from '../../client/data/sync-store';
import { memoryDb, readModel } from '../../client/data/testing/devices';
import { eventually } from '../../client/data/testing/eventually';
import { NIP } from '../../sync-server/seed/demo-people';
import { signIn } from './support/http';
import { startServer, type TestServer } from './support/server';

const BATCH = 20;

let server: TestServer;
const stops: (() => Promise<unknown> | unknown)[] = [];

beforeAll(async () => {
  server = await startServer();
});
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});
afterAll(async () => {
  await server?.stop();
});

/** Sri's new device: an empty local database and read model, the engine not yet started. */
async function sriDevice() {
  const db = memoryDb();
  const rm = readModel();
  const token = await signIn(server.url, NIP.sri);
  const engine = new SyncEngine({
    local: db,
    remoteUrl: `${server.url}/couch/kinerja`,
    authHeaders: () => ({ Authorization: `Bearer ${token}` }),
    untilProjected: (seq) => untilProjected(rm, seq),
    batchSize: BATCH,
  });
  const projector = new Projector(db, rm);
  stops.push(
    () => db.destroy(),
    () => rm.close(),
    () => projector.stop(),
    () => engine.stop(),
  );
  return { db, rm, engine, projector };
}

describe('a long first sync', () => {
  it('_changes says how many changes remain after a page, as CouchDB does', async () => {
    const token = await signIn(server.url, NIP.sri);
    const page = (await (
      await fetch(`${server.url}/couch/kinerja/_changes?limit=${BATCH}`, {
        headers: { Authorization: `Bearer ${token}` },
      })
    ).json()) as { results: unknown[]; pending: number };
    const all = (await (
      await fetch(`${server.url}/couch/kinerja/_changes`, {
        headers: { Authorization: `Bearer ${token}` },
      })
    ).json()) as { results: unknown[]; pending: number };
    expect(page.results).toHaveLength(BATCH);
    expect(page.pending).toBe(all.results.length - BATCH);
  });

  it('shows how far the pull is, then synced with everything in the read model', async () => {
    const { db, rm, engine, projector } = await sriDevice();
    const seen: SyncProgress[] = [];
    engine.subscribe((s) => {
      if (s.progress && seen.at(-1) !== s.progress) seen.push(s.progress);
    });
    await projector.start();
    await engine.start();
    await eventually(() => expect(engine.getStatus().state).toBe('synced'), 60_000);

    const docs = (await db.allDocs()).rows.filter((r) => !r.id.startsWith('_')).length;
    expect(seen.length).toBeGreaterThan(1);
    const last = seen.at(-1)!;
    expect(last.done).toBe(last.total);
    expect(last.total).toBeGreaterThanOrEqual(docs);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.done).toBeGreaterThan(seen[i - 1]!.done);
    expect(engine.getStatus().progress).toBeNull();
    // Synced means the screens show it: the read model holds every document the pull wrote.
    const shown = await Promise.all(rm.tables.map((t) => t.count()));
    expect(shown.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(docs);
  });

  it('is not synced while the read model does not show the data yet', async () => {
    const { db, engine, projector } = await sriDevice();
    await engine.start();
    await eventually(() => {
      const p = engine.getStatus().progress;
      expect(p && p.done === p.total).toBe(true);
    }, 60_000);
    const written = (await db.info()).update_seq;
    expect(engine.getStatus().state).toBe('syncing');
    await projector.start();
    await eventually(() => expect(engine.getStatus().state).toBe('synced'), 60_000);
    expect(await projector.checkpoint()).toBeGreaterThanOrEqual(written as number);
  });
});
