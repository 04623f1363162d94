/**
 * The session store of client/data against the real server: sign-in errors as the sign-in screen
 * sees them, a session that syncs into the read model, sign-out that asks while documents wait,
 * and a restart that reopens the device's data before the network answers.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import MemoryAdapter from 'pouchdb-adapter-memory';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { saveActivity } from '../../client/data/commands/save-activity';
import { configureData } from '../../client/data/config';
import { localDbName, Pouch } from '../../client/data/local-db';
import { readModelName } from '../../client/data/read-model';
import { authToken, createSession, SignInError } from '../../client/data/session-api';
import { useSessionStore } from '../../client/data/session-store';
import { useSyncStore } from '../../client/data/sync-store';
import { eventually } from '../../client/data/testing/eventually';
import { getRuntime, stopRuntime } from '../../client/data/user-runtime';
import { civilDate } from '../../client/core/dates';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { NIP } from '../../sync-server/seed/demo-people';
import { call } from './support/http';
import { startServer, type TestServer } from './support/server';

/** localStorage as the browser has it (Node 20 has none). */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, String(v)),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
    key: (i) => [...m.keys()][i] ?? null,
    get length() {
      return m.size;
    },
  };
}
(globalThis as { localStorage?: Storage }).localStorage = memoryStorage();

let server: TestServer;
const session = () => useSessionStore.getState();

/** What the app provides to the screens of the signed-in user. */
function userData() {
  const { data } = session();
  if (!data) throw new Error('nobody is signed in');
  return data;
}

beforeAll(async () => {
  server = await startServer({ env: { SIGNIN_LIMIT_PER_NIP: '3' } });
  Pouch.plugin(MemoryAdapter);
  configureData({ apiOrigin: server.url, localAdapter: 'memory' });
});
afterEach(async () => {
  await session().signOut({ force: true });
});
afterAll(async () => {
  await server?.stop();
});

async function pouchDocCount(nip: string): Promise<number> {
  const db = new Pouch(localDbName(nip), { adapter: 'memory' });
  const n = (await db.info()).doc_count;
  await db.close();
  return n;
}

describe('sign-in errors', () => {
  it('tells wrong credentials (with the tries left), too many attempts (with the wait) and no connection apart', async () => {
    await expect(createSession(NIP.hendra, 'salah')).rejects.toMatchObject({
      kind: 'credentials',
      remaining: 2,
    });
    let limited: unknown;
    for (let i = 0; i < 6 && !limited; i++) {
      limited = await createSession(NIP.hendra, 'salah').catch((e: SignInError) =>
        e.kind === 'rate-limited' ? e : undefined,
      );
    }
    expect(limited).toBeInstanceOf(SignInError);
    expect((limited as SignInError).retryAfterSeconds).toBeGreaterThan(0);

    configureData({ apiOrigin: 'http://127.0.0.1:9' });
    try {
      await expect(createSession(NIP.hendra, DEMO_PASSWORD)).rejects.toMatchObject({
        kind: 'offline',
      });
    } finally {
      configureData({ apiOrigin: server.url });
    }
  });
});

describe('a session on this device', () => {
  it('syncs into the read model, asks before signing out with unsent work, then removes the data', async () => {
    await session().signIn(NIP.dewi, DEMO_PASSWORD, false);
    expect(session()).toMatchObject({
      status: 'signed-in',
      stayOnDevice: false,
      user: { nip: NIP.dewi },
    });
    await eventually(() => expect(useSyncStore.getState().state).toBe('synced'), 30_000);
    await eventually(async () =>
      expect(await userData().readModel.activities.count()).toBeGreaterThan(0),
    );

    getRuntime()?.sync.getEngine()?.pause();
    const saved = await saveActivity(
      {
        date: civilDate(Date.now()),
        // The app's own runtime writes on the real clock: an entry that has ended at any hour.
        start: '00:00',
        end: '00:05',
        kegiatan: 'Belum terkirim',
        realisasi: 1,
        satuan: 'kegiatan',
        submit: false,
      },
      userData().ctx,
    );
    expect(saved.ok).toBe(true);
    expect(await session().signOut()).toEqual({ ok: false, pending: 1 });
    expect(session().status).toBe('signed-in');

    expect(await session().signOut({ force: true })).toEqual({ ok: true });
    expect(session()).toMatchObject({ status: 'signed-out', user: null, data: null });
    expect(useSyncStore.getState().state).toBe('idle');
    expect(authToken()).toBeNull();
    expect(await pouchDocCount(NIP.dewi)).toBe(0);
    expect(await Dexie.exists(readModelName(NIP.dewi))).toBe(false);
  });

  it('reopens a stayed-in user from the device before the network answers, and keeps the data on sign-out', async () => {
    await session().signIn(NIP.sri, DEMO_PASSWORD, true);
    await eventually(() => expect(useSyncStore.getState().state).toBe('synced'), 30_000);
    await eventually(async () =>
      expect(await userData().readModel.activities.count()).toBeGreaterThan(0),
    );

    // The app closes and opens again.
    await stopRuntime({ destroy: false });
    useSessionStore.setState({ status: 'restoring', user: null, data: null });
    const restoring = session().restore();
    await eventually(() => expect(session().status).toBe('signed-in'));
    expect(await userData().readModel.activities.count()).toBeGreaterThan(0);
    await restoring;
    expect(session()).toMatchObject({
      status: 'signed-in',
      user: { nip: NIP.sri, name: expect.any(String) },
    });

    expect(await session().signOut({ force: true })).toEqual({ ok: true });
    expect(await pouchDocCount(NIP.sri)).toBeGreaterThan(0);
    expect(await Dexie.exists(readModelName(NIP.sri))).toBe(true);
  });

  it('signs a non-staying user out on restart once the server session ended, when nothing waits', async () => {
    await session().signIn(NIP.rina, DEMO_PASSWORD, false);
    await eventually(() => expect(useSyncStore.getState().state).toBe('synced'), 30_000);
    await stopRuntime({ destroy: false });
    const revoked = await call(`${server.url}/api/session`, {
      method: 'DELETE',
      auth: { token: authToken()! },
    });
    expect(revoked.status).toBeLessThan(300);

    useSessionStore.setState({ status: 'restoring', user: null, data: null });
    await session().restore();
    expect(session().status).toBe('signed-out');
    expect(await pouchDocCount(NIP.rina)).toBe(0);
  });
});
