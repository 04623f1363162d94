/**
 * An attendance correction from request to application, against the real sync server with the
 * demo organisation, each step from its writer's own device: Dewi asks for a past day as dinas
 * luar, Sri (her head) approves, and BKPSDM's Pengelola (Ratna) finds it in Kelola → Kehadiran's
 * queue and applies it; the server takes the application exactly as approved and refuses a
 * second one; Dewi's month then counts the day as corrected.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { effectiveDays } from '../../client/core/attendance';
import { addDays, isWorkingDay } from '../../client/core/dates';
import { ids } from '../../client/core/ids';
import { makeAttendanceDecision, makeCorrection, today } from '../../client/core/testing/factories';
import { WRITE_REASONS } from '../../client/core/write-reasons';
import { applyCorrection } from '../../client/data/commands/attendance-admin';
import { putDoc } from '../../client/data/commands/put-doc';
import { attendanceAdminView } from '../../client/data/queries/attendance-admin-queries';
import { attendanceMonthsOf } from '../../client/data/queries/attendance-queries';
import { setAuthToken } from '../../client/data/session-api';
import { eventually } from '../../client/data/testing/eventually';
import { NIP } from '../../sync-server/seed/demo-people';
import { deviceFleet } from './support/client-device';
import { basic, call } from './support/http';
import { startServer, type TestServer } from './support/server';

(globalThis as { navigator?: unknown }).navigator ??= { userAgent: 'Node' };
(globalThis as { self?: unknown }).self ??= globalThis;

let server: TestServer;
const fleet = deviceFleet(() => server.url);

beforeAll(async () => {
  server = await startServer();
});
afterEach(async () => {
  await fleet.stopAll();
  setAuthToken(null);
});
afterAll(async () => {
  await server?.stop();
});

/** A working day (Monday to Friday) a week or more ago: the seed imported it. */
function pastWorkingDay(): string {
  let d = addDays(today(), -7);
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
