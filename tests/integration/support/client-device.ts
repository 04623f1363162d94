/**
 * A simulated device for the client integration tests: one user's local PouchDB and read model,
 * the projector with automatic conflict merging, and the sync engine against a real server,
 * authenticated with a bearer token that the test can revoke and replace.
 */
import { autoMergeConflicts } from '../../../client/data/auto-merge';
import type { CommandContext } from '../../../client/data/commands/context';
import type { LocalDb } from '../../../client/data/local-db';
import { Projector, removeProjected, untilProjected } from '../../../client/data/projector';
import type { ReadModel } from '../../../client/data/read-model';
import { SyncEngine } from '../../../client/data/sync-engine';
import type { SourceStatus } from '../../../client/data/sync-store';
import { idbDb, memoryDb, readModel } from '../../../client/data/testing/devices';
import { eventually } from '../../../client/data/testing/eventually';
import { signIn } from './http';
import { testNow } from '../../../client/core/testing/test-clock';

export type Device = {
  db: LocalDb;
  rm: ReadModel;
  ctx: CommandContext;
  engine: SyncEngine;
  projector: Projector;
  online: boolean;
  token: string;
  status(): SourceStatus;
  /** Waits until the engine reports synced with nothing waiting, the pull projected. */
  synced(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
};

export async function openDevice(opts: {
  nip: string;
  roles?: ('pengelola' | 'admin')[];
  serverUrl: string;
  token: string;
  /** `indexeddb` (on fake-indexeddb) can purge; `memory` is faster. */
  adapter?: 'memory' | 'indexeddb';
  online?: boolean;
}): Promise<Device> {
  const db = opts.adapter === 'indexeddb' ? idbDb() : memoryDb();
  const rm = readModel();
  // As the app's: a command projects what it wrote before it returns (projectLocalWrites).
  const ctx: CommandContext = {
    db,
    user: { nip: opts.nip, roles: opts.roles ?? [] },
    now: testNow,
    readModel: rm,
  };
  const projector = new Projector(db, rm, {
    onConflicted: (ids) => autoMergeConflicts(ids, ctx, rm),
  });
  const device: Device = {
    db,
    rm,
    ctx,
    projector,
    online: opts.online ?? true,
    token: opts.token,
    engine: new SyncEngine({
      local: db,
      remoteUrl: `${opts.serverUrl}/couch/kinerja`,
      authHeaders: () => ({ Authorization: `Bearer ${device.token}` }),
      fetchGone: async (ids) => {
        const res = await fetch(`${opts.serverUrl}/api/sync/reconcile`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${device.token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ ids }),
        });
        if (!res.ok) throw new Error(`reconcile: HTTP ${res.status}`);
        return ((await res.json()) as { gone: string[] }).gone;
      },
      onPurged: (ids) => removeProjected(rm, ids),
      // As the app's (user-runtime.ts): "synced" once the read model shows what the pull wrote.
      untilProjected: (seq) => untilProjected(rm, seq),
      isOnline: () => device.online,
      backoff: { initialMs: 100, maxMs: 1000 },
    }),
    status: () => device.engine.getStatus(),
    synced: (timeoutMs = 20_000) =>
      eventually(() => {
        const s = device.engine.getStatus();
        if (s.state !== 'synced' || s.pending !== 0)
          throw new Error(`state ${s.state}, ${s.pending} waiting`);
      }, timeoutMs),
    stop: async () => {
      await device.engine.stop();
      device.projector.stop();
      rm.close();
      await db.destroy();
    },
  };
  await projector.start();
  await device.engine.start();
  return device;
}

/** Cuts or restores a device's network (what the engine's `isOnline` reads), and tells the engine. */
export function setOnline(device: Device, online: boolean): void {
  device.online = online;
  device.engine.connectivityChanged();
}

/**
 * The devices a test file opens against its server: each signed in as its person and synced
 * once before the test uses it; `stopAll` (in afterEach) stops and destroys them.
 */
export function deviceFleet(serverUrl: () => string) {
  const open: Device[] = [];
  return {
    async device(
      nip: string,
      opts: { roles?: ('pengelola' | 'admin')[]; adapter?: 'memory' | 'indexeddb' } = {},
    ): Promise<Device> {
      const url = serverUrl();
      const d = await openDevice({ nip, serverUrl: url, token: await signIn(url, nip), ...opts });
      open.push(d);
      await d.synced();
      return d;
    },
    async stopAll(): Promise<void> {
      for (const d of open.splice(0)) await d.stop();
    },
  };
}
