import http from 'node:http';
import type { AddressInfo } from 'node:net';
import expressPouchDB from 'express-pouchdb';
import { afterEach, describe, expect, it } from 'vitest';
import { Pouch } from './local-db';
import { SyncEngine } from './sync-engine';
import type { SyncState } from './sync-store';
import { SyncLedger } from './sync-ledger';
import { memoryDb } from './testing/devices';
import { eventually } from './testing/eventually';

type Mode = 'ok' | 'down' | 'failing' | 'unauthorized';

const ServerPouch = Pouch.defaults({
  adapter: 'memory',
} as PouchDB.Configuration.DatabaseConfiguration);
let standInApp: ReturnType<typeof expressPouchDB> | null = null;

/**
 * One express-pouchdb app for the file, each test its own database in it: every app adds its
 * listeners to PouchDB's class for good, so an app per test leaks them.
 */
function standInHandler(): ReturnType<typeof expressPouchDB> {
  standInApp ??= expressPouchDB(ServerPouch, {
    mode: 'minimumForPouchDB',
    overrideMode: { include: ['validation'] },
    inMemoryConfig: true,
    logPath: '/dev/null',
  });
  return standInApp;
}

/** express-pouchdb as a stand-in CouchDB, with a switch for a dead network or an expired session. */
async function standIn() {
  const handler = standInHandler();
  const name = `kinerja-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const db = new ServerPouch(name);
  await db.put({
    _id: '_design/rules',
    validate_doc_update:
      "function (doc) { if (doc.bad) throw { forbidden: 'Ditolak: ' + doc._id }; }",
  });
  const state = { mode: 'ok' as Mode, stall: null as RegExp | null, calls: [] as string[] };
  const held: http.ServerResponse[] = [];
  // Requests whose response has not closed yet: close() waits for them (see there).
  let active = 0;
  const idle: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    active += 1;
    res.on('close', () => {
      active -= 1;
      if (active === 0) for (const resolve of idle.splice(0)) resolve();
    });
    state.calls.push(`${req.method} ${req.url}`);
    if (state.mode === 'down') return void res.destroy();
    if (state.mode === 'failing') {
      res.writeHead(500, { 'Content-Type': 'application/json' });
      return void res.end(JSON.stringify({ error: 'unknown_error', reason: 'Disk penuh' }));
    }
    // A server that never answers these requests (to show what the engine waits for).
    if (state.stall?.test(req.url ?? '')) return void held.push(res);
    if (state.mode === 'unauthorized') {
      res.writeHead(401, { 'Content-Type': 'application/json' });
      return void res.end(JSON.stringify({ error: 'unauthorized', reason: 'Sesi berakhir' }));
    }
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    db,
    state,
    url: `http://127.0.0.1:${port}/${name}`,
    close: async () => {
      for (const res of held) res.destroy();
      // A stopped engine's requests still in flight end first. Cut off, they fail inside PouchDB
      // with nobody left to handle the rejection, and express-pouchdb's _changes, answering after
      // the database below is destroyed, throws (unhandled errors seen in CI).
      if (active > 0) await new Promise<void>((resolve) => idle.push(resolve));
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await db.destroy();
    },
  };
}

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(opts: { online?: () => boolean } = {}) {
  const remote = await standIn();
  const local = memoryDb();
  const states: SyncState[] = [];
  const engine = new SyncEngine({
    local,
    remoteUrl: remote.url,
    backoff: { initialMs: 30, maxMs: 200 },
    ...(opts.online ? { isOnline: opts.online } : {}),
  });
  engine.subscribe((s) => {
    if (states.at(-1) !== s.state) states.push(s.state);
  });
  cleanups.push(
    remote.close,
    () => local.destroy(),
    () => engine.stop(),
  );
  return { remote, local, engine, states };
}

const status = (engine: SyncEngine) => engine.getStatus();

async function synced(engine: SyncEngine, pending = 0) {
  await eventually(() => expect(status(engine)).toMatchObject({ state: 'synced', pending }));
}

describe('SyncEngine', () => {
  it('goes idle → syncing → synced, sending local writes and receiving the server’s', async () => {
    const { remote, local, engine, states } = await setup();
    expect(status(engine).state).toBe('idle');
    await local.put({ _id: 'activity:a', v: 1 });
    await remote.db.put({ _id: 'employee:b', v: 1 });
    await engine.start();
    await synced(engine);
    expect(states.slice(0, 3)).toEqual(['idle', 'syncing', 'synced']);
    expect(status(engine).lastSyncedAt).not.toBeNull();
    expect(await remote.db.get('activity:a')).toMatchObject({ v: 1 });
    expect(await local.get('employee:b')).toMatchObject({ v: 1 });
  });

  it('counts writes made offline as waiting, and sends them when the connection returns', async () => {
    let online = false;
    const { remote, local, engine } = await setup({ online: () => online });
    await engine.start();
    expect(status(engine).state).toBe('offline');
    await local.put({ _id: 'activity:x', v: 1 });
    await local.put({ _id: 'activity:y', v: 1 });
    await eventually(() => expect(status(engine).pending).toBe(2));
    online = true;
    engine.connectivityChanged();
    await synced(engine);
    expect(
      (await remote.db.allDocs({ keys: ['activity:x', 'activity:y'] })).rows.every(
        (r) => 'value' in r,
      ),
    ).toBe(true);
  });

  it('shows a network that gives no answer as offline, though the browser says online, and retries', async () => {
    const { remote, local, engine, states } = await setup();
    remote.state.mode = 'down';
    await local.put({ _id: 'activity:z' });
    await engine.start();
    await eventually(() => expect(status(engine).state).toBe('offline'));
    expect(status(engine).error).toBeNull();
    remote.state.mode = 'ok';
    await synced(engine);
    expect(states).toEqual(expect.arrayContaining(['syncing', 'offline', 'synced']));
    expect(states).not.toContain('error');
  });

  it('shows a server that answers with a failure as an error, and backs off and retries', async () => {
    const { remote, local, engine, states } = await setup();
    remote.state.mode = 'failing';
    await local.put({ _id: 'activity:z' });
    await engine.start();
    await eventually(() => expect(status(engine).state).toBe('error'));
    remote.state.mode = 'ok';
    await synced(engine);
    expect(states).toEqual(expect.arrayContaining(['syncing', 'error', 'synced']));
  });

  it('asks for sign-in on 401 without retrying or losing what waits, and resumes on syncNow', async () => {
    const { remote, local, engine } = await setup();
    await engine.start();
    await synced(engine);
    remote.state.mode = 'unauthorized';
    engine.syncNow();
    await local.put({ _id: 'activity:queued' });
    await eventually(() =>
      expect(status(engine)).toMatchObject({ state: 'auth-required', pending: 1 }),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(status(engine)).toMatchObject({ state: 'auth-required', pending: 1 });
    remote.state.mode = 'ok';
    engine.syncNow();
    await synced(engine);
    expect(await remote.db.get('activity:queued')).toBeDefined();
  });

  it('lists a refused document with the reason, keeps it, and clears it once a fix is accepted', async () => {
    const { remote, local, engine } = await setup();
    await local.put({ _id: 'activity:bad', bad: true });
    await local.put({ _id: 'activity:good' });
    await engine.start();
    await synced(engine);
    expect(status(engine).denied).toEqual([
      {
        id: 'activity:bad',
        type: 'activity',
        reason: 'Ditolak: activity:bad',
        at: expect.any(String),
      },
    ]);
    expect(await local.get('activity:bad')).toMatchObject({ bad: true });
    await expect(remote.db.get('activity:bad')).rejects.toMatchObject({ status: 404 });

    // The refusal survives a restart of the engine (it is kept in the ledger).
    await engine.stop();
    const again = new SyncEngine({ local, remoteUrl: remote.url });
    cleanups.push(() => again.stop());
    await again.start();
    await synced(again);
    expect(status(again).denied).toHaveLength(1);

    const bad = await local.get('activity:bad');
    await local.put({ ...bad, bad: false });
    await eventually(() =>
      expect(status(again)).toMatchObject({ state: 'synced', denied: [], pending: 0 }),
    );
    expect(await remote.db.get('activity:bad')).toMatchObject({ bad: false });
  });

  it('drops, when it runs, the refusal of a document no longer on the device (discarded: purged)', async () => {
    const { local, engine } = await setup();
    await local.put({ _id: 'activity:bad', bad: true });
    // Refused earlier, then purged from the device (kinerja's purge needs the IndexedDB adapter:
    // sync-ledger.test.ts purges; here the document is simply absent).
    await new SyncLedger(local).recordDenied(
      { id: 'attendance-applied:x:2026-05-13', rev: '1-a', reason: 'Koreksi belum disetujui' },
      new Date().toISOString(),
    );
    await engine.start();
    await synced(engine);
    expect(status(engine).denied.map((d) => d.id)).toEqual(['activity:bad']);
    expect(status(engine).pending).toBe(0);
  });

  it('is synced once the pull caught up and nothing waits, without re-checking pulled documents', async () => {
    const { remote, local, engine } = await setup();
    await remote.db.bulkDocs(
      Array.from({ length: 450 }, (_, i) => ({ _id: `activity:${String(i).padStart(4, '0')}` })),
    );
    // Asking the server about documents it just sent is what held "syncing" for a minute.
    remote.state.stall = /_revs_diff/;
    await engine.start();
    await synced(engine);
    expect((await local.info()).doc_count).toBe(451); // and the design document
    expect(remote.state.calls.filter((c) => c.includes('_revs_diff'))).toEqual([]);

    // After a restart (a reload) the pulled documents are neither waiting nor checked again.
    await engine.stop();
    const again = new SyncEngine({ local, remoteUrl: remote.url });
    cleanups.push(() => again.stop());
    const pendingSeen: number[] = [];
    again.subscribe((s) => s.pending !== null && pendingSeen.push(s.pending));

    await again.start();
    await synced(again);
    expect(Math.max(0, ...pendingSeen)).toBe(0);

    // A local write still goes out, and then the device is synced again.
    remote.state.stall = null;
    await local.put({ _id: 'activity:new' });
    await eventually(async () => expect(await remote.db.get('activity:new')).toBeDefined());
    await synced(again);
  });

  it('after a restart counts nothing waiting that it had shown as sent, before any pull', async () => {
    const { remote, local, engine } = await setup();
    await engine.start();
    await synced(engine);
    // The push's own check gets no answer: what tells this device the server has the entry is
    // the pull, which announces the revision back.
    remote.state.stall = /_revs_diff/;
    await local.put({ _id: 'activity:mine' });
    await eventually(() => expect(status(engine).pending).toBe(1));

    // The page closes the moment it shows nothing waiting: the device's writes still to come
    // (its bookkeeping included) never happen.
    const LEDGER = '_local/kinerja-sync';
    const put = local.put.bind(local) as (doc: { _id: string }, ...rest: unknown[]) => unknown;
    let closed = false;
    Object.assign(local, {
      put: (doc: { _id: string }, ...rest: unknown[]) =>
        closed && doc._id === LEDGER ? new Promise(() => {}) : put(doc, ...rest),
    });
    engine.subscribe((s) => {
      if (s.pending === 0) closed = true;
    });
    const mine = await local.get('activity:mine', { revs: true });
    await remote.db.bulkDocs([mine], { new_edits: false });
    await eventually(() => expect(closed).toBe(true));
    await engine.stop();
    closed = false;

    // Opened again with no network: no pull has said anything yet.
    const again = new SyncEngine({ local, remoteUrl: remote.url, isOnline: () => false });
    cleanups.push(() => again.stop());
    await again.start();
    expect(status(again)).toMatchObject({ state: 'offline', pending: 0 });
  });

  it('sends a local write while a long pull is still running', async () => {
    const { remote, local, engine } = await setup();
    await remote.db.bulkDocs(
      Array.from({ length: 30 }, (_, i) => ({ _id: `activity:${String(i).padStart(4, '0')}` })),
    );
    // The pull never catches up: its document fetches get no answer.
    remote.state.stall = /_bulk_get|_all_docs/;
    await engine.start();
    await local.put({ _id: 'activity:mine' });
    await eventually(async () => expect(await remote.db.get('activity:mine')).toBeDefined());
    await eventually(() => expect(status(engine)).toMatchObject({ state: 'syncing', pending: 0 }));
  });
});
