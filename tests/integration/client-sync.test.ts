/**
 * The client data layer against the real sync server: devices are real PouchDB databases with
 * the Dexie read model (fake-indexeddb), the projector and the sync engine of client/data.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../client/core/dates';
import {
  makeActivity,
  makePeriod,
  nextSlot,
  slotsOver,
  today,
} from '../../client/core/testing/factories';
import { testNow } from '../../client/core/testing/test-clock';
import { saveActivity, type ActivityInput } from '../../client/data/commands/save-activity';
import { loadLeaves } from '../../client/data/conflict-leaves';
import { eventually } from '../../client/data/testing/eventually';
import { NIP } from '../../sync-server/seed/demo-people';
import { deviceFleet, setOnline, type Device } from './support/client-device';
import { basic, call, signIn } from './support/http';
import { startServer, type TestServer } from './support/server';

// Browser globals the indexeddb adapter (the one that can purge) reads and Node 20 lacks:
// navigator.userAgent, and `self` in PouchDB 9's purge bookkeeping.
(globalThis as { navigator?: unknown }).navigator ??= { userAgent: 'Node' };
(globalThis as { self?: unknown }).self ??= globalThis;

let server: TestServer;
const fleet = deviceFleet(() => server.url);
const device = fleet.device;

beforeAll(async () => {
  server = await startServer();
});
afterEach(async () => {
  await fleet.stopAll();
});
afterAll(async () => {
  await server?.stop();
});

const goOffline = (d: Device) => setOnline(d, false);
const goOnline = (d: Device) => setOnline(d, true);

/** Dewi's entry in the next free slot of its day. */
const input = (overrides: Partial<ActivityInput> = {}): ActivityInput => ({
  date: today(),
  ...nextSlot(NIP.dewi, overrides.date ?? today()),
  kegiatan: 'Mengoreksi ulangan harian',
  realisasi: 32,
  satuan: 'lembar',
  submit: false,
  ...overrides,
});

async function onServer(id: string, nip: string) {
  return call(`${server.couchUrl}/${encodeURIComponent(id)}`, { auth: basic(nip) });
}

describe('client sync with the real server', () => {
  it('keeps writes made offline and sends them on reconnect', async () => {
    const dewi = await device(NIP.dewi);
    expect(
      await dewi.rm.activities
        .where('[nip+date]')
        .between([NIP.dewi, ''], [NIP.dewi, '\uffff'])
        .count(),
    ).toBeGreaterThan(0);
    goOffline(dewi);
    expect(dewi.status().state).toBe('offline');
    const written: string[] = [];
    for (const kegiatan of ['Mengoreksi ulangan', 'Menyusun RPP', 'Rapat guru']) {
      const r = await saveActivity(input({ kegiatan, submit: true }), dewi.ctx);
      if (!r.ok) throw new Error(r.reason);
      written.push(r.id);
    }
    await eventually(() => expect(dewi.status()).toMatchObject({ state: 'offline', pending: 3 }));
    expect(
      await dewi.rm.activities
        .where('status')
        .equals('submitted')
        .filter((r) => written.includes(r.id))
        .count(),
    ).toBe(3);

    goOnline(dewi);
    await dewi.synced();
    for (const id of written) expect((await onServer(id, NIP.dewi)).status).toBe(200);
  });

  it('lists a write the server refuses, keeps it, and clears it once the fix is sent', async () => {
    const dewi = await device(NIP.dewi);
    goOffline(dewi);
    // While Dewi is offline, the Pengelola closes the period of a recent day.
    const day = addDays(today(), -3);
    const closed = makePeriod({
      periodId: 'uji-tutup',
      kind: 'monthly',
      year: Number(day.slice(0, 4)),
      label: 'Periode uji (ditutup)',
      start: day,
      end: day,
      status: 'closed',
    });
    const put = await call(`${server.couchUrl}/${closed._id}`, {
      method: 'PUT',
      auth: basic(NIP.ratna),
      json: closed,
    });
    expect(put.status).toBe(201);

    const saved = await saveActivity(input({ date: day, kegiatan: 'Piket sekolah' }), dewi.ctx);
    if (!saved.ok) throw new Error(saved.reason);
    goOnline(dewi);
    await dewi.synced();
    expect(dewi.status().denied).toEqual([
      {
        id: saved.id,
        type: 'activity',
        reason: expect.stringContaining('ditutup'),
        at: expect.any(String),
      },
    ]);
    expect(await dewi.db.get(saved.id)).toMatchObject({ kegiatan: 'Piket sekolah' });
    expect(await dewi.rm.activities.get(saved.id)).toBeDefined();
    expect((await onServer(saved.id, NIP.dewi)).status).toBe(404);

    // The fix: move it to today (a new document, and the refused one deleted).
    const fixed = await saveActivity(input({ id: saved.id, kegiatan: 'Piket sekolah' }), dewi.ctx);
    if (!fixed.ok) throw new Error(fixed.reason);
    await eventually(
      () => expect(dewi.status()).toMatchObject({ state: 'synced', pending: 0, denied: [] }),
      20_000,
    );
    expect((await onServer(fixed.id, NIP.dewi)).status).toBe(200);
  });

  it('merges conflicting edits of two devices to the same result on both', async () => {
    const phone = await device(NIP.dewi);
    const tablet = await device(NIP.dewi);
    const created = await saveActivity(input({ kegiatan: 'Rapat KKG' }), phone.ctx);
    if (!created.ok) throw new Error(created.reason);
    await phone.synced();
    await eventually(
      async () => expect(await tablet.rm.activities.get(created.id)).toBeDefined(),
      20_000,
    );

    goOffline(phone);
    goOffline(tablet);
    const base = input({ id: created.id, kegiatan: 'Rapat KKG' });
    // The tablet's edit comes a second after the phone's (each device's own clock).
    const editedAt = testNow();
    const phoneAt = { ...phone.ctx, now: () => editedAt };
    const tabletAt = { ...tablet.ctx, now: () => editedAt + 1000 };
    expect(await saveActivity({ ...base, kegiatan: 'Rapat KKG gugus 3' }, phoneAt)).toMatchObject({
      ok: true,
    });
    expect(await saveActivity({ ...base, realisasi: 4, satuan: 'jam' }, tabletAt)).toMatchObject({
      ok: true,
    });
    goOnline(phone);
    await phone.synced();
    goOnline(tablet);

    const converged = async () => {
      const [p, t] = [
        await loadLeaves(phone.db, created.id),
        await loadLeaves(tablet.db, created.id),
      ];
      expect(p).toHaveLength(1);
      expect(t).toHaveLength(1);
      expect(p[0]!._rev).toBe(t[0]!._rev);
      return p[0]!;
    };
    await eventually(async () => {
      phone.engine.syncNow();
      await converged();
    }, 30_000);
    expect(await converged()).toMatchObject({
      kegiatan: 'Rapat KKG gugus 3',
      realisasi: 4,
      satuan: 'jam',
    });
    // The read model follows PouchDB a moment later.
    await eventually(async () =>
      expect(await phone.rm.activities.get(created.id)).toMatchObject({
        conflicted: false,
        kegiatan: 'Rapat KKG gugus 3',
      }),
    );
    expect(await phone.rm.conflicts.count()).toBe(0);
    expect(await tablet.rm.conflicts.count()).toBe(0);
  });

  it('loses nothing when the session expires in the middle of a sync', async () => {
    const dewi = await device(NIP.dewi);
    // Before office hours (the seed's entries and the next free slots come later in the day).
    const early = slotsOver([today()], 300, { from: '00:00', until: '07:00' });
    const batch = early.map((times, i) =>
      makeActivity({ nip: NIP.dewi, ...times, kegiatan: `Catatan ${i}`, satuan: 'catatan' }),
    );
    await dewi.db.bulkDocs(batch);
    const revoked = await call(`${server.url}/api/session`, {
      method: 'DELETE',
      auth: { token: dewi.token },
    });
    expect(revoked.status).toBeLessThan(300);
    const late = await saveActivity(input({ kegiatan: 'Ditulis setelah sesi berakhir' }), dewi.ctx);
    if (!late.ok) throw new Error(late.reason);
    await eventually(
      () =>
        expect(dewi.status()).toMatchObject({
          state: 'auth-required',
          pending: expect.any(Number),
        }),
      20_000,
    );
    await eventually(() => expect(dewi.status().pending).toBeGreaterThan(0));

    dewi.token = await signIn(server.url, NIP.dewi);
    dewi.engine.syncNow();
    await dewi.synced(30_000);
    const all = await call(`${server.couchUrl}/_all_docs`, {
      method: 'POST',
      auth: basic(NIP.dewi),
      json: { keys: [...batch.map((d) => d._id), late.id] },
    });
    const rows = (all.body as { rows: { error?: string }[] }).rows;
    expect(rows.filter((r) => r.error)).toEqual([]);
  });

  it("removes a moved report's documents from the old head's device", async () => {
    const sri = await device(NIP.sri, { adapter: 'indexeddb' });
    const dewiIds = async () =>
      (
        await sri.db.allDocs({
          startkey: `activity:${NIP.dewi}:`,
          endkey: `activity:${NIP.dewi}:\ufff0`,
        })
      ).rows.length;
    expect(await dewiIds()).toBeGreaterThan(0);
    expect(
      await sri.rm.activities
        .where('[nip+date]')
        .between([NIP.dewi, ''], [NIP.dewi, '\uffff'])
        .count(),
    ).toBeGreaterThan(0);

    const emp = await call(`${server.couchUrl}/employee:${NIP.dewi}`, { auth: basic(NIP.ratna) });
    const moved = await call(`${server.couchUrl}/employee:${NIP.dewi}`, {
      method: 'PUT',
      auth: basic(NIP.ratna),
      json: { ...(emp.body as object), superiorNip: NIP.suharti },
    });
    expect(moved.status).toBe(201);

    // Two quarters of Dewi's entries, purged side by side (local-db.ts purgeLocally).
    await eventually(async () => expect(await dewiIds()).toBe(0), 30_000);
    await eventually(async () =>
      expect(
        await sri.rm.activities
          .where('[nip+date]')
          .between([NIP.dewi, ''], [NIP.dewi, '\uffff'])
          .count(),
      ).toBe(0),
    );
    await sri.synced();
    expect(sri.status().pending).toBe(0);
    expect((await onServer(`employee:${NIP.dewi}`, NIP.dewi)).status).toBe(200);
  });
});
