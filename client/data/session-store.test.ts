import 'fake-indexeddb/auto';
import MemoryAdapter from 'pouchdb-adapter-memory';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { configureData } from './config';
import { Pouch } from './local-db';
import type { SessionUser } from './session-api';
import { useSessionStore } from './session-store';
import { saveActivity } from './commands/save-activity';
import { openLocalDb } from './local-db';
import { SyncLedger } from './sync-ledger';
import { INITIAL_SYNC_STATUS, publishSyncStatus, useSyncStore } from './sync-store';
import { HEAD, NOW, OTHER, seedReference, STAFF, TODAY } from './testing/kelurahan';
import { destroyUserData, getRuntime, startRuntime, stopRuntime } from './user-runtime';

/** The server, as the session store sees it: sign-in answers after `delayMs`, any NIP accepted. */
const server = vi.hoisted(() => ({
  delayMs: 0,
  signedIn: null as string | null,
  /** Runs while the server ends the session (Keluar's request), before it answers. */
  onDelete: null as null | (() => Promise<void>),
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
      await server.onDelete?.();
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
  server.onDelete = null;
  await stopRuntime({ destroy: true, discardUnsent: true });
  // A runtime a test stopped itself may have left its databases: each test starts without them.
  for (const nip of [STAFF, OTHER, HEAD]) await destroyUserData(nip);
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

describe('a save on its way when the person signs out', () => {
  /**
   * Staff's device with the org chart and the year's period, all of it counted as sent (as if it
   * came from the server), so only what the test saves waits to be sent.
   */
  async function seedStaffDevice(): Promise<void> {
    const db = openLocalDb(STAFF);
    try {
      await seedReference(db);
      await new SyncLedger(db).advancePush((await db.info()).update_seq);
    } finally {
      await db.close();
    }
  }
  const entry = {
    date: TODAY,
    start: '08:00',
    end: '09:00',
    kegiatan: 'Rapat koordinasi',
    realisasi: 1,
    satuan: 'kegiatan',
    submit: false,
  };
  /** Simpan, on the clock of the kelurahan's data. */
  const save = () => saveActivity(entry, { ...session().data!.ctx, now: () => NOW });
  /** Staff's entries on the device (through the runtime's database while it runs). */
  async function entriesLeft(): Promise<string[]> {
    const running = getRuntime()?.db;
    const db = running ?? openLocalDb(STAFF);
    try {
      const res = await db.allDocs({ startkey: 'activity:', endkey: 'activity:\ufff0' });
      return res.rows.map((r) => r.id);
    } finally {
      if (!running) await db.close();
    }
  }

  it('keeps a save when the runtime stops between the count and the teardown', async () => {
    await seedStaffDevice();
    await session().signIn(STAFF, 'x', false);
    server.onDelete = async () => {
      // Simpan lands after this sign-out's count; then this tab follows another tab's sign-out
      // (followOtherTab: stopRuntime without deleting), as the storage event would make it.
      expect(await save()).toMatchObject({ ok: true });
      await stopRuntime({ destroy: false });
    };
    expect(await session().signOut()).toEqual({ ok: true });
    expect(await entriesLeft()).toHaveLength(1);
  });

  it('keeps a save counted by a second Keluar while the first one ends the session', async () => {
    await seedStaffDevice();
    await session().signIn(STAFF, 'x', false);
    let second: Promise<unknown> | null = null;
    server.onDelete = async () => {
      // Simpan lands after the first count; then a second Keluar counts it and asks.
      expect(await save()).toMatchObject({ ok: true });
      second = session().signOut();
      await second;
    };
    expect(await session().signOut()).toEqual({ ok: true });
    expect(await second).toEqual({ ok: false, pending: 1 });
    expect(await entriesLeft()).toHaveLength(1);
  });

  it('asks first: Keluar tapped while Simpan runs counts the entry, and deletes nothing', async () => {
    await seedStaffDevice();
    await session().signIn(STAFF, 'x', false);
    const saving = save();
    const result = await session().signOut();
    expect(await saving).toMatchObject({ ok: true });
    expect(result).toEqual({ ok: false, pending: 1 });
    expect(session().status).toBe('signed-in');
    expect(await entriesLeft()).toHaveLength(1);
  });

  it('keeps the entry saved as the app start counts, after finding the session ended', async () => {
    await seedStaffDevice();
    store.set('kinerja.session', JSON.stringify({ user: person(STAFF), stayOnDevice: false }));
    // The server no longer knows the session; its answer takes a moment.
    server.signedIn = null;
    server.delayMs = 20;
    useSessionStore.setState({ data: null });
    const restoring = session().restore();
    while (!session().data) await new Promise((r) => setTimeout(r, 1));
    // Simpan tapped just as the app start counts what waits (after the commands running ended).
    const r = getRuntime()!;
    const engineOf = r.sync.getEngine.bind(r.sync);
    let saving: ReturnType<typeof save> | null = null;
    r.sync.getEngine = () => {
      saving ??= save();
      return engineOf();
    };
    await restoring;
    expect(await saving).toMatchObject({ ok: true });
    expect(await entriesLeft()).toHaveLength(1);
    expect(session().status).toBe('signed-in');
  });

  it('empties the device at sign-out when only sync wrote since the count (a tab not leading sync)', async () => {
    await seedStaffDevice();
    await session().signIn(STAFF, 'x', false);
    const r = getRuntime()!;
    // This tab does not lead sync: its counts come from the ledger, which sees pulled revisions.
    r.sync.getEngine = () => null;
    // While Keluar ends the server session, the leading tab's pull stores a document.
    server.onDelete = async () => {
      await r.db.bulkDocs(
        [{ _id: 'setting:pulled', _rev: '1-0123456789abcdef0123456789abcdef', value: 1 }],
        { new_edits: false },
      );
    };
    expect(await session().signOut()).toEqual({ ok: true });
    const db = openLocalDb(STAFF);
    try {
      expect((await db.info()).doc_count).toBe(0);
    } finally {
      await db.close();
    }
  });

  it('keeps what waits to be sent when the data is deleted at a sign-out, unless told to discard it', async () => {
    // A save that lands after sign-out counted (a forced sign-out at app start that found
    // nothing waiting, say): the databases stay for the person's next sign-in.
    await seedStaffDevice();
    await session().signIn(STAFF, 'x', false);
    expect(await save()).toMatchObject({ ok: true });
    await stopRuntime({ destroy: true, nip: STAFF });
    expect(await entriesLeft()).toHaveLength(1);
    // Seen and confirmed ("Keluar dan hapus"): deleted.
    await session().restore();
    await stopRuntime({ destroy: true, nip: STAFF, discardUnsent: true });
    expect(await entriesLeft()).toEqual([]);
  });
});

describe('the count of what waits to be sent', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("keeps the leading tab's count in a tab that does not lead sync", async () => {
    // Another tab holds the sync lock: this one never leads.
    vi.stubGlobal('navigator', {
      onLine: true,
      locks: { request: () => new Promise(() => undefined) },
    });
    // A revision sync pulled after the push checkpoint: the ledger would count it as waiting.
    const db = openLocalDb(STAFF);
    await db.bulkDocs(
      [{ _id: 'setting:pulled', _rev: '1-0123456789abcdef0123456789abcdef', value: 1 }],
      { new_edits: false },
    );
    await db.close();
    const r = await startRuntime(person(STAFF));
    publishSyncStatus({ pending: 7 });
    // The leading tab's engine has counted: nothing waits.
    const leader = new BroadcastChannel(`kinerja-sync-${STAFF}`);
    leader.postMessage({ type: 'status', status: { ...INITIAL_SYNC_STATUS, pending: 0 } });
    while (useSyncStore.getState().pending !== 0) await new Promise((done) => setTimeout(done, 5));
    await r.data.pendingCounted!();
    leader.close();
    expect(useSyncStore.getState().pending).toBe(0);
  });

  it("keeps the leading tab's count that arrives while a tab not leading sync counts", async () => {
    vi.stubGlobal('navigator', {
      onLine: true,
      locks: { request: () => new Promise(() => undefined) },
    });
    const r = await startRuntime(person(STAFF));
    // This tab's own count (from the ledger) reads the database now and answers later.
    const changes = r.db.changes.bind(r.db);
    let release!: () => void;
    const gate = new Promise<void>((done) => (release = done));
    (r.db as { changes: unknown }).changes = (opts: { live?: boolean; style?: string }) => {
      if (opts?.live || opts?.style !== 'main_only') return changes(opts as never);
      (r.db as { changes: unknown }).changes = changes;
      return (changes(opts as never) as unknown as Promise<unknown>).then(async (res) => {
        await gate;
        return res;
      });
    };
    const counting = r.data.pendingCounted!();
    // Meanwhile a save in the leading tab is counted there and broadcast: 1 waits.
    const leader = new BroadcastChannel(`kinerja-sync-${STAFF}`);
    leader.postMessage({ type: 'status', status: { ...INITIAL_SYNC_STATUS, pending: 1 } });
    while (useSyncStore.getState().pending !== 1) await new Promise((done) => setTimeout(done, 5));
    release();
    await counting;
    leader.close();
    expect(useSyncStore.getState().pending).toBe(1);
  });

  it.each([5, 20])(
    'once counted never drops to 0 while a document waits (sync lock granted after %i ms)',
    async (grantMs) => {
      // Web Locks as a browser grants them: later, in a task of its own.
      vi.stubGlobal('navigator', {
        onLine: true,
        locks: {
          request: (_name: string, _opts: unknown, work: () => Promise<unknown>) =>
            new Promise((resolve) => setTimeout(resolve, grantMs)).then(work),
        },
      });
      // Saved in an earlier visit and not yet sent.
      const db = openLocalDb(STAFF);
      await db.put({ _id: 'activity:unsent', type: 'activity', kegiatan: 'Rapat' });
      await db.close();
      const r = await startRuntime(person(STAFF));
      await r.data.pendingCounted!();
      const seen = [useSyncStore.getState().pending];
      const unsubscribe = useSyncStore.subscribe((st) => seen.push(st.pending));
      // Until the sync engine, started once the lock is granted, has counted for itself.
      while (r.sync.getEngine()?.getStatus().pending !== 1)
        await new Promise((done) => setTimeout(done, 5));
      unsubscribe();
      expect(seen.filter((n) => n !== 1)).toEqual([]);
    },
  );
});
