/**
 * An attendance correction from request to application, against the real sync server with the
 * demo organisation, each step from its writer's own device: Dewi asks for a past day as dinas
 * luar, Sri (her head) approves, and BKPSDM's Pengelola (Ratna) finds it in Kelola → Kehadiran's
 * queue and applies it; the server takes the application exactly as approved and refuses a
 * second one; Dewi's month then counts the day as corrected. Ratna opens Dewi's imported month on
 * demand (never fed to her), which another OPD's Pengelola and a colleague cannot; and an
 * application Ratna made offline that the server then refuses (Sri declined meanwhile) is shown
 * refused, discarded from her device, and forgotten by her sync.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { effectiveDays } from '../../client/core/attendance';
import { addDays, isWorkingDay } from '../../client/core/dates';
import { ids } from '../../client/core/ids';
import { makeAttendanceDecision, makeCorrection, today } from '../../client/core/testing/factories';
import { WRITE_REASONS } from '../../client/core/write-reasons';
import { monthOf } from '../../client/core/attendance';
import {
  applyCorrection,
  discardRefusedApplication,
} from '../../client/data/commands/attendance-admin';
import { configureData } from '../../client/data/config';
import { openOnDemand } from '../../client/data/fetch-on-demand';
import { putDoc } from '../../client/data/commands/put-doc';
import { attendanceAdminView } from '../../client/data/queries/attendance-admin-queries';
import { attendanceMonthsOf } from '../../client/data/queries/attendance-queries';
import { setAuthToken } from '../../client/data/session-api';
import { eventually } from '../../client/data/testing/eventually';
import { NIP } from '../../sync-server/seed/demo-people';
import { deviceFleet, setOnline } from './support/client-device';
import { basic, call } from './support/http';
import { startServer, type TestServer } from './support/server';
import { namePengelola } from './support/sync-checks';

(globalThis as { navigator?: unknown }).navigator ??= { userAgent: 'Node' };
(globalThis as { self?: unknown }).self ??= globalThis;

let server: TestServer;
const fleet = deviceFleet(() => server.url);

beforeAll(async () => {
  server = await startServer();
  // Eko, the camat, keeps Kecamatan Gayungan: the Pengelola of another OPD than Dewi's school.
  await namePengelola(server, NIP.eko, 'kecamatan-gayungan');
});
afterEach(async () => {
  await fleet.stopAll();
  setAuthToken(null);
});
afterAll(async () => {
  await server?.stop();
});

/** A working day (Monday to Friday) `weeks` weeks or more ago: the seed imported it. */
function pastWorkingDay(weeks = 1): string {
  let d = addDays(today(), -7 * weeks);
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

describe('an attendance correction, from Dewi to the Pengelola', () => {
  it('is applied by the Pengelola exactly as the head approved, once, and counts in Dewi’s month', async () => {
    const date = pastWorkingDay();
    const month = date.slice(0, 7);
    const dewi = await fleet.device(NIP.dewi);
    const sri = await fleet.device(NIP.sri);
    const ratna = await fleet.device(NIP.ratna, { roles: ['pengelola'] });
    const now = () => new Date().toISOString();

    const request = makeCorrection({
      nip: NIP.dewi,
      date,
      unitId: 'sdn-gayungan-1',
      reason: 'Mengikuti rapat KKG di gugus sesuai surat tugas kepala sekolah.',
      requestedAt: now(),
    });
    expect(await putDoc(request, dewi.ctx)).toMatchObject({ ok: true });
    await dewi.synced();
    await eventually(async () => expect(await sri.db.get(request._id)).toBeTruthy(), 30_000);
    const approval = makeAttendanceDecision(request, { appraiserNip: NIP.sri, decidedAt: now() });
    expect(await putDoc(approval, sri.ctx)).toMatchObject({ ok: true });
    await sri.synced();

    // Ratna's queue shows it, approved by Sri.
    await eventually(async () => {
      const view = await attendanceAdminView(ratna.rm, ratna.ctx.user);
      expect(view.toApply.map((e) => [e.record.request.date, e.headName])).toEqual([
        [date, expect.stringContaining('Sri Wahyuni')],
      ]);
    }, 30_000);
    expect(await applyCorrection(NIP.dewi, date, ratna.ctx)).toMatchObject({ ok: true });
    await ratna.synced();

    const appliedId = ids.attendanceApplied(NIP.dewi, date);
    const second = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(NIP.ratna),
      json: { docs: [{ ...(await ratna.db.get(appliedId)), appliedAt: now() }] },
    });
    expect(second.body).toEqual([
      {
        id: appliedId,
        error: 'forbidden',
        reason: WRITE_REASONS['correction-kept'].id,
      },
    ]);

    // Dewi's month counts the day as corrected: dinas luar, no late minutes.
    await eventually(async () => {
      const [m] = await attendanceMonthsOf(dewi.rm, NIP.dewi, month, month);
      const day = effectiveDays(m!).find((d) => d.date === date);
      expect(day).toMatchObject({ status: 'dinas-luar', late: 0 });
      expect(day?.corrected?.appliedBy).toBe(NIP.ratna);
    }, 30_000);
    expect((await attendanceAdminView(ratna.rm, ratna.ctx.user)).toApply).toEqual([]);
  });
});

describe('the day as imported, beside a correction to apply', () => {
  it('opens Dewi’s month to Ratna on demand, and to no other OPD’s Pengelola nor a colleague', async () => {
    const id = ids.attendance(NIP.dewi, monthOf(pastWorkingDay()));
    const ratna = await call(`${server.couchUrl}/${encodeURIComponent(id)}`, {
      auth: basic(NIP.ratna),
    });
    expect(ratna.status).toBe(200);
    expect(ratna.body).toMatchObject({ _id: id, type: 'attendance', nip: NIP.dewi });
    for (const nip of [NIP.eko, NIP.agus]) {
      const r = await call(`${server.couchUrl}/${encodeURIComponent(id)}`, { auth: basic(nip) });
      expect(r.status, nip).toBe(404);
    }

    // Ratna's device is not fed it, and opens it the way the console does.
    const device = await fleet.device(NIP.ratna, { roles: ['pengelola'] });
    expect(await device.db.get(id).catch(() => null)).toBeNull();
    configureData({ apiOrigin: server.url });
    setAuthToken(device.token);
    const opened = await openOnDemand(device.rm, id);
    expect(opened.source).toBe('server');
    expect(opened.doc).toMatchObject({ _id: id, nip: NIP.dewi });
  });
});

describe('an application the server refused', () => {
  it('is shown refused with the server’s reason, discarded from Ratna’s device and forgotten by her sync', async () => {
    const date = pastWorkingDay(2);
    const dewi = await fleet.device(NIP.dewi);
    const sri = await fleet.device(NIP.sri);
    const ratna = await fleet.device(NIP.ratna, { roles: ['pengelola'], adapter: 'indexeddb' });
    const now = () => new Date().toISOString();
    const request = makeCorrection({
      nip: NIP.dewi,
      date,
      unitId: 'sdn-gayungan-1',
      reason: 'Mengikuti bimbingan teknis kurikulum sesuai surat tugas dinas.',
      requestedAt: now(),
    });
    expect(await putDoc(request, dewi.ctx)).toMatchObject({ ok: true });
    await dewi.synced();
    await eventually(async () => expect(await sri.db.get(request._id)).toBeTruthy(), 30_000);
    const approval = makeAttendanceDecision(request, { appraiserNip: NIP.sri, decidedAt: now() });
    expect(await putDoc(approval, sri.ctx)).toMatchObject({ ok: true });
    await sri.synced();
    await eventually(async () => {
      const view = await attendanceAdminView(ratna.rm, ratna.ctx.user);
      expect(view.toApply.map((e) => e.record.request.date)).toContain(date);
    }, 30_000);

    // Ratna applies offline; meanwhile Sri declines after all.
    setOnline(ratna, false);
    expect(await applyCorrection(NIP.dewi, date, ratna.ctx)).toMatchObject({ ok: true });
    const declined = {
      ...(await sri.db.get(approval._id)),
      decision: 'declined',
      reason: 'Surat tugas bimbingan teknis tidak untuk tanggal ini.',
      decidedAt: now(),
    };
    expect(await putDoc(declined, sri.ctx)).toMatchObject({ ok: true });
    await sri.synced();

    const appliedId = ids.attendanceApplied(NIP.dewi, date);
    setOnline(ratna, true);
    await eventually(
      () => expect(ratna.status().denied.map((d) => d.id)).toContain(appliedId),
      30_000,
    );
    const refusals = new Map(ratna.status().denied.map((d) => [d.id, d.reason]));
    await eventually(async () => {
      const view = await attendanceAdminView(ratna.rm, ratna.ctx.user, refusals);
      expect(view.refused.map((e) => [e.record.request.date, e.refused])).toEqual([
        [date, { reason: WRITE_REASONS['correction-not-approved'].id, status: 'declined' }],
      ]);
      expect(view.applied.map((e) => e.record.request.date)).not.toContain(date);
    }, 30_000);

    expect(await discardRefusedApplication(NIP.dewi, date, ratna.ctx, ratna.rm)).toMatchObject({
      ok: true,
    });
    ratna.engine.syncNow();
    await eventually(
      () => expect(ratna.status().denied.map((d) => d.id)).not.toContain(appliedId),
      30_000,
    );
    await ratna.synced();
    // Not even a deletion reached the server: the day can still be applied there, once.
    expect((await server.app.services.store.winning([appliedId])).get(appliedId)).toBeUndefined();
    expect(await ratna.db.get(appliedId).catch(() => null)).toBeNull();
  });
});
