/**
 * The console's periods against the real sync server: a Pengelola sets a batas pengisian from
 * her device; a staff device that submits an entry of that period afterwards is refused by the
 * server too (the same core rule), the entry stays on the device, and drafts still go through.
 * The change is in the audit log the console reads.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../client/core/dates';
import { ids } from '../../client/core/ids';
import { makePeriod, nextSlot, today } from '../../client/core/testing/factories';
import { listAudit } from '../../client/data/admin-api';
import { savePeriod } from '../../client/data/commands/save-period';
import { saveActivity, type ActivityInput } from '../../client/data/commands/save-activity';
import { configureData } from '../../client/data/config';
import { setAuthToken } from '../../client/data/session-api';
import { eventually } from '../../client/data/testing/eventually';
import { NIP } from '../../sync-server/seed/demo-people';
import { deviceFleet, setOnline } from './support/client-device';
import { basic, call } from './support/http';
import { startServer, type TestServer } from './support/server';

(globalThis as { navigator?: unknown }).navigator ??= { userAgent: 'Node' };
(globalThis as { self?: unknown }).self ??= globalThis;

let server: TestServer;
const fleet = deviceFleet(() => server.url);
const device = fleet.device;

beforeAll(async () => {
  server = await startServer();
  configureData({ apiOrigin: server.url, localAdapter: 'memory' });
});
afterEach(async () => {
  setAuthToken(null);
  await fleet.stopAll();
});
afterAll(async () => {
  await server?.stop();
});

/** Dewi's entry in the next free slot of that day. */
const input = (date: string, submit: boolean): ActivityInput => ({
  date,
  ...nextSlot(NIP.dewi, date),
  kegiatan: 'Mengoreksi ulangan harian',
  realisasi: 32,
  satuan: 'lembar',
  submit,
});

describe('batas pengisian with the real server', () => {
  it("refuses a staff device's late submission on the server too, and the entry stays on it", async () => {
    // A short period of recent days, open, created by the Pengelola.
    const day = addDays(today(), -3);
    const period = makePeriod({
      periodId: 'uji-batas',
      kind: 'monthly',
      year: Number(day.slice(0, 4)),
      label: 'Periode uji batas',
      start: day,
      end: addDays(day, 1),
    });
    const put = await call(`${server.couchUrl}/${period._id}`, {
      method: 'PUT',
      auth: basic(NIP.ratna),
      json: period,
    });
    expect(put.status).toBe(201);

    const dewi = await device(NIP.dewi);
    setOnline(dewi, false);

    // While Dewi is offline, Ratna sets the batas pengisian to that day from the console.
    const ratna = await device(NIP.ratna, { roles: ['pengelola'] });
    const set = await savePeriod('uji-batas', { submitBy: day }, ratna.ctx);
    expect(set).toMatchObject({ ok: true });
    await ratna.synced();

    // Dewi's device does not know the batas yet: it submits, the server refuses.
    const sent = await saveActivity(input(day, true), dewi.ctx);
    if (!sent.ok) throw new Error(sent.reason);
    setOnline(dewi, true);
    await eventually(() =>
      expect(dewi.status().denied).toEqual([
        {
          id: sent.id,
          type: 'activity',
          reason: expect.stringMatching(
            /^Batas pengisian Periode uji batas sudah lewat \(.+\)\. Kegiatan tersimpan sebagai draf; ajukan setelah Pengelola membuka kembali\.$/,
          ),
          at: expect.any(String),
        },
      ]),
    );
    expect(await dewi.db.get(sent.id)).toMatchObject({ kegiatan: 'Mengoreksi ulangan harian' });
    expect(await dewi.rm.activities.get(sent.id)).toBeDefined();
    const onServer = await call(`${server.couchUrl}/${encodeURIComponent(sent.id)}`, {
      auth: basic(NIP.dewi),
    });
    expect(onServer.status).toBe(404);

    // Now the device knows: submitting is refused there with the same reason, a draft saves and syncs.
    await eventually(async () =>
      expect((await dewi.rm.periods.get(ids.period('uji-batas')))?.submitBy).toBe(day),
    );
    expect(await saveActivity(input(day, true), dewi.ctx)).toMatchObject({
      ok: false,
      code: 'submit-by-passed',
      field: 'date',
    });
    const draft = await saveActivity(input(day, false), dewi.ctx);
    if (!draft.ok) throw new Error(draft.reason);
    await eventually(async () => {
      const res = await call(`${server.couchUrl}/${encodeURIComponent(draft.id)}`, {
        auth: basic(NIP.dewi),
      });
      expect(res.status).toBe(200);
    });

    // The console's history shows Ratna's change, field by field data included.
    setAuthToken(ratna.token);
    const page = await listAudit({});
    expect(
      page.entries.find(
        (e) => e.target === ids.period('uji-batas') && e.action === 'document.update',
      ),
    ).toMatchObject({
      actor: NIP.ratna,
      after: expect.objectContaining({ submitBy: day }),
    });
  });
});
