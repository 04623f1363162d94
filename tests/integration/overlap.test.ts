/**
 * One time, one activity: the server refuses an entry whose time overlaps another live entry of
 * the same person and day, judged by core's rule with the day's stored entries and the push's
 * earlier accepted ones; the device's save command refuses it too. Each test logs a different
 * person's afternoon (their seeded entries lie in office hours), so the tests share one server.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeActivity, today } from '../../client/core/testing/factories';
import { WRITE_REASONS } from '../../client/core/write-reasons';
import { saveActivity, type ActivityInput } from '../../client/data/commands/save-activity';
import { eventually } from '../../client/data/testing/eventually';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { NIP } from '../../sync-server/seed/demo-people';
import { deviceFleet, setOnline } from './support/client-device';
import { localDb, remoteDb } from './support/clients';
import { basic, call } from './support/http';
import { startServer, type TestServer } from './support/server';

// Browser globals the indexeddb adapter reads and Node 20 lacks (as in client-sync.test.ts).
(globalThis as { navigator?: unknown }).navigator ??= { userAgent: 'Node' };
(globalThis as { self?: unknown }).self ??= globalThis;

let server: TestServer;
const fleet = deviceFleet(() => server.url);

beforeAll(async () => {
  server = await startServer();
});
afterEach(async () => {
  await fleet.stopAll();
});
afterAll(async () => {
  await server?.stop();
});

const OVERLAP = WRITE_REASONS.overlap.id;

const entry = (nip: string, start: string, end: string) =>
  makeActivity({ nip, date: today(), start, end, rhkId: null, ikiId: null });

const input = (start: string, end: string, overrides: Partial<ActivityInput> = {}) => ({
  date: today(),
  start,
  end,
  kegiatan: 'Pendampingan ekstrakurikuler',
  realisasi: 1,
  satuan: 'kegiatan',
  submit: false,
  ...overrides,
});

async function onServer(id: string, nip: string) {
  return call(`${server.couchUrl}/${encodeURIComponent(id)}`, { auth: basic(nip) });
}

/** Waits until the server holds the document as `fields` say (a device's sync is under way). */
async function untilOnServer(id: string, nip: string, fields: Record<string, unknown>) {
  await eventually(async () => expect((await onServer(id, nip)).body).toMatchObject(fields));
}

async function saved(result: Awaited<ReturnType<typeof saveActivity>>): Promise<string> {
  if (!result.ok) throw new Error(result.reason);
  return result.id;
}

describe('the overlap rule on the server', () => {
  it('refuses an overlapping entry with a per-document forbidden row and writes the one beside it', async () => {
    const first = entry(NIP.agus, '16:00', '17:00');
    const put = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(NIP.agus),
      json: { docs: [first] },
    });
    expect(put.body).toEqual([{ id: first._id, ok: true, rev: expect.any(String) }]);

    const clash = entry(NIP.agus, '16:30', '17:30');
    const beside = entry(NIP.agus, '17:00', '18:00');
    const res = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(NIP.agus),
      json: { docs: [clash, beside] },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual([
      // Named with every entry it overlaps once the push is written: the one beside it too.
      { id: clash._id, error: 'forbidden', reason: `${OVERLAP}: 16:00–17:00, 17:00–18:00` },
      { id: beside._id, ok: true, rev: expect.any(String) },
    ]);
    expect((await onServer(clash._id, NIP.agus)).status).toBe(404);
    expect((await onServer(beside._id, NIP.agus)).status).toBe(200);
  });

  it('refuses the second of two overlapping entries replicated in one push', async () => {
    const device = localDb('phone');
    const first = entry(NIP.rina, '16:00', '17:00');
    const second = entry(NIP.rina, '16:45', '17:15');
    await device.bulkDocs([first, second]);
    const denied: unknown[] = [];
    const rep = device.replicate.to(remoteDb(server.couchUrl, NIP.rina, DEMO_PASSWORD));
    rep.on('denied', (e) => denied.push(e));
    const result = await rep;
    expect(result).toMatchObject({ docs_written: 1, doc_write_failures: 1 });
    expect(denied).toEqual([
      expect.objectContaining({
        id: second._id,
        name: 'forbidden',
        reason: `${OVERLAP}: 16:00–17:00`,
      }),
    ]);
    expect((await onServer(first._id, NIP.rina)).status).toBe(200);
    expect((await onServer(second._id, NIP.rina)).status).toBe(404);
  });

  it('keeps an entry the server refused for its overlap on the device, marked refused', async () => {
    // Dewi logs the afternoon on her tablet; her phone, offline, logs the same hour.
    const tablet = await fleet.device(NIP.dewi);
    const phone = await fleet.device(NIP.dewi);
    setOnline(phone, false);
    const first = await saved(await saveActivity(input('16:00', '17:00'), tablet.ctx));
    await untilOnServer(first, NIP.dewi, { start: '16:00' });
    const late = await saved(
      await saveActivity(input('16:30', '17:30', { kegiatan: 'Rapat wali murid' }), phone.ctx),
    );

    setOnline(phone, true);
    await eventually(() =>
      expect(phone.status().denied).toEqual([
        { id: late, type: 'activity', reason: `${OVERLAP}: 16:00–17:00`, at: expect.any(String) },
      ]),
    );
    expect(await phone.db.get(late)).toMatchObject({ kegiatan: 'Rapat wali murid' });
    await eventually(async () => expect(await phone.rm.activities.get(late)).toBeDefined());
    expect((await onServer(late, NIP.dewi)).status).toBe(404);
  });

  it('passes entries moved offline off an overlap, their old revisions stored', async () => {
    const phone = await fleet.device(NIP.hendra);
    const moved = await saved(await saveActivity(input('16:00', '17:00'), phone.ctx));
    await untilOnServer(moved, NIP.hendra, { start: '16:00' });

    // Offline: over its own old time, then off it; a new entry takes the hour it left, and
    // the moved one is edited once more (so the push sends the new entry first).
    setOnline(phone, false);
    await saved(await saveActivity(input('16:30', '17:30', { id: moved }), phone.ctx));
    await saved(await saveActivity(input('18:00', '19:00', { id: moved }), phone.ctx));
    const taken = await saved(
      await saveActivity(input('16:00', '17:00', { kegiatan: 'Menyusun laporan' }), phone.ctx),
    );
    await saved(
      await saveActivity(
        input('18:00', '19:00', { id: moved, kegiatan: 'Pendampingan pramuka' }),
        phone.ctx,
      ),
    );

    setOnline(phone, true);
    await untilOnServer(moved, NIP.hendra, { start: '18:00', kegiatan: 'Pendampingan pramuka' });
    await untilOnServer(taken, NIP.hendra, { start: '16:00' });
    await phone.synced();
    expect(phone.status().denied).toEqual([]);
  });
});

describe('the overlap rule in the save command', () => {
  it('refuses an entry over one the device pulled, before anything is written or sent', async () => {
    const tablet = await fleet.device(NIP.fajar);
    const first = await saved(await saveActivity(input('16:00', '17:00'), tablet.ctx));
    await untilOnServer(first, NIP.fajar, { start: '16:00' });
    const phone = await fleet.device(NIP.fajar);

    const refused = await saveActivity(input('16:30', '17:30'), phone.ctx);
    expect(refused).toMatchObject({
      ok: false,
      code: 'overlap',
      field: 'start',
      reason: `${OVERLAP}: 16:00–17:00`,
    });
    expect(phone.status()).toMatchObject({ pending: 0, denied: [] });
    expect(await saveActivity(input('17:00', '17:30'), phone.ctx)).toMatchObject({ ok: true });
  });
});
