import 'fake-indexeddb/auto';
import MemoryAdapter from 'pouchdb-adapter-memory';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { configureData } from './config';
import { Pouch } from './local-db';
import type { SessionUser } from './session-api';
import { useSessionStore } from './session-store';
import { HEAD, OTHER, STAFF } from './testing/kelurahan';
import { getRuntime, startRuntime, stopRuntime } from './user-runtime';

/** The server, as the session store sees it: sign-in answers after `delayMs`, any NIP accepted. */
const server = vi.hoisted(() => ({
  delayMs: 0,
  signedIn: null as string | null,
}));

vi.mock('./session-api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./session-api')>();
  const wait = () => new Promise((r) => setTimeout(r, server.delayMs));
  return {
    ...actual,
    createSession: async (nip: string) => {
      await wait();
      server.signedIn = nip;
      return person(nip);
    },
    fetchSession: async () => {
      // The answer is about the session the request was sent with.
      const nip = server.signedIn;
      await wait();
      return nip === null ? null : person(nip);
    },
    deleteSession: async () => {
      server.signedIn = null;
    },
  };
});

function person(nip: string): SessionUser {
  return { nip, name: `Pegawai ${nip.slice(-3)}`, position: 'Pelaksana', unitId: 'u', roles: [] };
}

const store = new Map<string, string>();
(globalThis as { localStorage?: Partial<Storage> }).localStorage = {
  getItem: (k) => store.get(k) ?? null,
  setItem: (k, v) => void store.set(k, String(v)),
  removeItem: (k) => void store.delete(k),
};

const session = () => useSessionStore.getState();
const saved = () => JSON.parse(store.get('kinerja.session') ?? 'null') as { user: SessionUser };

beforeAll(() => {
  // Nothing listens there: sync fails fast and retries; these tests are about the runtime.
  Pouch.plugin(MemoryAdapter);
  configureData({ apiOrigin: 'http://127.0.0.1:9', localAdapter: 'memory' });
});
afterEach(async () => {
  server.delayMs = 0;
  await stopRuntime({ destroy: true });
  store.clear();
  useSessionStore.setState({ status: 'restoring', user: null, stayOnDevice: false });
});
afterAll(() => vi.restoreAllMocks());

describe('the runtime', () => {
  it('starts once per user, and switches users without an error when starts overlap', async () => {
    const [a, again] = await Promise.all([
      startRuntime(person(STAFF)),
      startRuntime(person(STAFF)),
    ]);
    expect(again).toBe(a);
    const [, b] = await Promise.all([startRuntime(person(OTHER)), startRuntime(person(HEAD))]);
    expect(getRuntime()).toBe(b);
    expect(b.user.nip).toBe(HEAD);
  });
});

describe('the session store', () => {
  it('ends with the person who signed in when an app start (restore) overlaps the sign-in', async () => {
    store.set('kinerja.session', JSON.stringify({ user: person(STAFF), stayOnDevice: true }));
    server.signedIn = STAFF;
    server.delayMs = 30;
    // App start reopens Staff's data while someone signs in as Other on the same device.
    await Promise.all([session().restore(), session().signIn(OTHER, 'x', true)]);
    expect(session()).toMatchObject({ status: 'signed-in', user: { nip: OTHER } });
    expect(getRuntime()?.user.nip).toBe(OTHER);
    expect(saved().user.nip).toBe(OTHER);
  });

  it('never fails with "Another user is signed in" when two sign-ins overlap', async () => {
    await session().signIn(STAFF, 'x', true);
    server.delayMs = 10;
    const results = await Promise.allSettled([
      session().signIn(OTHER, 'x', true),
      session().signIn(HEAD, 'x', true),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(session().user?.nip).toBe(getRuntime()?.user.nip);
    expect(saved().user.nip).toBe(getRuntime()?.user.nip);
  });

  it('keeps the new user signed in, with their runtime, when a sign-in overtakes a sign-out', async () => {
    await session().signIn(STAFF, 'x', false);
    await Promise.all([session().signOut({ force: true }), session().signIn(OTHER, 'x', true)]);
    expect(session()).toMatchObject({ status: 'signed-in', user: { nip: OTHER } });
    expect(getRuntime()?.user.nip).toBe(OTHER);
    expect(saved().user.nip).toBe(OTHER);
  });
});
