/**
 * Attendance corrections end to end, against the real sync server with the demo organisation:
 * Ratna (BKPSDM's Pengelola) imports Dewi's month with two late days; Dewi asks to correct one as
 * dinas luar with a photo of her letter; Sri, her head, approves on her tablet; Ratna applies it;
 * each step reaches the others' devices, and Dewi's TPP deduction for that day disappears. The
 * server refuses forged and out-of-order steps per document, CouchDB-style; a colleague and the
 * Pengelola of another OPD receive none of it; the seed's months are months the rules accept.
 * The tests run in order on one server: the later ones look at what the first carried through.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { effectiveDays } from '../../client/core/attendance';
import { minutesOfDay, timeOfDay } from '../../client/core/dates';
import { letterKey } from '../../client/core/attendance-rules';
import { ids } from '../../client/core/ids';
import type { AttendanceDay, AttendanceDoc } from '../../client/core/schemas/attendance';
import type { PhotoDoc } from '../../client/core/schemas/work';
import {
  makeApplied,
  makeAttendanceDecision,
  makeCertificate,
  makeCorrection,
  photoRefOf,
  today,
} from '../../client/core/testing/factories';
import { testNow } from '../../client/core/testing/test-clock';
import { DEFAULT_TPP_SETTINGS, tppMonth } from '../../client/core/tpp';
import { validateWrite } from '../../client/core/validate-write';
import { WRITE_REASONS } from '../../client/core/write-reasons';
import { hoursOn } from '../../client/core/work-hours';
import { putDoc, putDocs } from '../../client/data/commands/put-doc';
import { configureData } from '../../client/data/config';
import { loadActivityPhotos } from '../../client/data/queries/activity-photos';
import {
  attendanceMonthsOf,
  correctionRecords,
} from '../../client/data/queries/attendance-queries';
import { setAuthToken } from '../../client/data/session-api';
import { eventually } from '../../client/data/testing/eventually';
import { NIP, PEOPLE } from '../../sync-server/seed/demo-people';
import { deviceFleet, type Device } from './support/client-device';
import { basic, call } from './support/http';
import { startServer, type TestServer } from './support/server';
import { bulk, caughtUp, forbidden, holds, namePengelola, stored } from './support/sync-checks';

(globalThis as { navigator?: unknown }).navigator ??= { userAgent: 'Node' };
(globalThis as { self?: unknown }).self ??= globalThis;

let server: TestServer;
const fleet = deviceFleet(() => server.url);
const now = () => new Date().toISOString();
const pengelola = { roles: ['pengelola' as const] };

/** Dewi's month as Ratna imports it in the first test, and the day she asks to correct. */
let month: AttendanceDoc;
let day: string;
/** The other late day, which stays late. */
let otherDay: string | null;

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

/** Dewi's latest imported month as the seed wrote it (its last day: the last working day before today). */
async function latestSeededMonth(): Promise<AttendanceDoc & { _rev: string }> {
  const months = await server.app.services.store.byPrefix(ids.attendance(NIP.dewi, ''));
  const latest = months.sort((a, b) => a._id.localeCompare(b._id)).at(-1);
  expect(latest).toBeDefined();
  return latest as unknown as AttendanceDoc & { _rev: string };
}

/** The month with these days late: a check-in `minutes` after the unit's start, out at its end. */
function withLateDays(doc: AttendanceDoc, late: Record<string, number>): AttendanceDay[] {
  return doc.days.map((d) => {
    const minutes = late[d.date];
    const hours = hoursOn(doc.hours, d.date);
    if (minutes === undefined || hours === null) return d;
    const checkIn = timeOfDay(minutesOfDay(hours.start) + minutes);
    return { date: d.date, status: 'hadir', in: checkIn, out: hours.end };
  });
}

/** Waits until the device shows Dewi's request for `day` with `status`. */
async function sees(d: Device, status: string): Promise<void> {
  await eventually(async () => {
    const records = await correctionRecords(d.rm, [NIP.dewi]);
    expect(records.find((r) => r.request.date === day)?.status).toBe(status);
  }, 30_000);
}

/** Dewi's month as her device counts it: each day's status and lateness, and the TPP's costly days. */
async function monthOnDevice(d: Device) {
  const [m] = await attendanceMonthsOf(d.rm, NIP.dewi, month.month, month.month);
  if (m === undefined) return null;
  const days = new Map(effectiveDays(m).map((x) => [x.date, x]));
  return { days, costly: tppMonth(m, DEFAULT_TPP_SETTINGS).days.map((x) => x.date) };
}

const reason = 'Mendampingi siswa lomba sains di dinas pendidikan sesuai surat tugas.';
const letter = () =>
  makeCertificate({ nip: NIP.dewi, key: letterKey(day), name: 'surat-tugas.jpg' });
let certificate: ReturnType<typeof makeCertificate>;
let request: ReturnType<typeof makeCorrection>;

describe('the seed', () => {
  it('imports months the rules accept, for everyone, as BKPSDM’s Pengelola', async () => {
    const months = await server.app.services.store.byPrefix('attendance:');
    expect(new Set(months.map((m) => m.nip))).toEqual(new Set(PEOPLE.map((p) => p.nip)));
    const ctx = {
      chart: server.app.services.org.chart,
      now: testNow(),
      periods: new Map(),
      related: {},
    };
    const ratna = { nip: NIP.ratna, roles: ['pengelola' as const] };
    for (const m of months) expect(validateWrite(m, null, ratna, ctx), m._id).toEqual({ ok: true });
  });
});

describe('a correction from the import to its application', () => {
  it('passes each step on its writer’s device, refusing forged and out-of-order steps', async () => {
    const seeded = await latestSeededMonth();
    const dates = seeded.days.map((d) => d.date);
    day = dates.at(-1)!;
    otherDay = dates.at(-2) ?? null;
    expect(day < today()).toBe(true);
    // Ratna imports the month again: Dewi 40 minutes late on the last day, 20 on the one before.
    month = {
      ...seeded,
      days: withLateDays(seeded, { [day]: 40, ...(otherDay ? { [otherDay]: 20 } : {}) }),
      importedAt: now(),
      importedBy: NIP.ratna,
    };
    const [imported] = await bulk(server, NIP.ratna, [month]);
    expect(imported).toMatchObject({ id: month._id, ok: true });

    const dewi = await fleet.device(NIP.dewi);
    const sri = await fleet.device(NIP.sri);
    const ratna = await fleet.device(NIP.ratna, pengelola);
    for (const d of [dewi, sri])
      await eventually(async () => {
        const shown = await monthOnDevice(d);
        expect(shown?.days.get(day)).toMatchObject({ status: 'hadir', late: 40 });
        expect(shown?.costly).toContain(day);
        if (otherDay) expect(shown?.days.get(otherDay)?.late).toBe(20);
      }, 30_000);

    // Dewi asks for the day as dinas luar, with a photo of her letter.
    certificate = letter();
    request = makeCorrection({
      nip: NIP.dewi,
      date: day,
      unitId: seeded.unitId,
      reason,
      letter: photoRefOf(certificate as unknown as PhotoDoc),
      requestedAt: now(),
    });
    expect(await putDocs([certificate, request], dewi.ctx, { allOrNothing: true })).toMatchObject([
      { ok: true, id: certificate._id },
      { ok: true, id: request._id },
    ]);
    await dewi.synced();
    await sees(sri, 'pending');
    await sees(ratna, 'pending');

    // Not her head: a colleague and the Pengelola may not decide; Ratna may not apply it yet.
    const byAgus = makeAttendanceDecision(request, { appraiserNip: NIP.agus, decidedAt: now() });
    expect(await bulk(server, NIP.agus, [byAgus])).toEqual([forbidden(byAgus._id, 'not-writer')]);
    const byRatna = makeAttendanceDecision(request, { appraiserNip: NIP.ratna, decidedAt: now() });
    expect(await bulk(server, NIP.ratna, [byRatna])).toEqual([
      forbidden(byRatna._id, 'not-writer'),
    ]);
    const early = makeApplied(request, makeAttendanceDecision(request, { appraiserNip: NIP.sri }), {
      appliedBy: NIP.ratna,
      appliedAt: now(),
    });
    expect(await bulk(server, NIP.ratna, [early])).toEqual([
      forbidden(early._id, 'correction-not-approved'),
    ]);

    // Sri approves on her tablet; Dewi and Ratna see it approved.
    const approval = makeAttendanceDecision(request, { appraiserNip: NIP.sri, decidedAt: now() });
    expect(await putDoc(approval, sri.ctx)).toMatchObject({ ok: true });
    await sri.synced();
    await sees(dewi, 'approved');
    await sees(ratna, 'approved');

    // An approved request no longer changes, nor is it withdrawn.
    const current = (await stored<typeof request>(server, request._id))!;
    const put = await call(`${server.couchUrl}/${encodeURIComponent(request._id)}`, {
      method: 'PUT',
      auth: basic(NIP.dewi),
      json: { ...current, change: { status: 'cuti', in: null, out: null }, requestedAt: now() },
    });
    expect({ status: put.status, body: put.body }).toEqual({
      status: 403,
      body: { error: 'forbidden', reason: WRITE_REASONS['correction-decided'].id },
    });
    expect(await bulk(server, NIP.dewi, [{ ...current, _deleted: true }])).toEqual([
      forbidden(request._id, 'correction-decided'),
    ]);

    // The Pengelola of another OPD may not apply it; Ratna applies exactly what Sri approved.
    const byEko = makeApplied(request, approval, { appliedBy: NIP.eko, appliedAt: now() });
    expect(await bulk(server, NIP.eko, [byEko])).toEqual([forbidden(byEko._id, 'out-of-scope')]);
    const application = makeApplied(request, approval, { appliedBy: NIP.ratna, appliedAt: now() });
    expect(await putDoc(application, ratna.ctx)).toMatchObject({ ok: true });
    await ratna.synced();
    await sees(dewi, 'applied');
    await sees(sri, 'applied');

    // Dewi's day is dinas luar now, as the head approved it; its TPP deduction is gone.
    await eventually(async () => {
      const shown = await monthOnDevice(dewi);
      expect(shown?.days.get(day)).toMatchObject({
        status: 'dinas-luar',
        late: 0,
        imported: { status: 'hadir', in: month.days.find((d) => d.date === day)?.in },
        corrected: { decidedBy: NIP.sri, appliedBy: NIP.ratna, reason },
      });
      expect(shown?.costly).not.toContain(day);
      if (otherDay) expect(shown?.costly).toContain(otherDay);
    }, 30_000);

    // Once applied: not applied again, and the head's decision stays.
    const applied = (await stored<typeof application>(server, application._id))!;
    expect(await bulk(server, NIP.ratna, [{ ...applied, appliedAt: now() }])).toEqual([
      forbidden(application._id, 'correction-kept'),
    ]);
    const decided = (await stored<typeof approval>(server, approval._id))!;
    const declined = { ...decided, decision: 'declined', reason: 'Surat tugas tidak sesuai.' };
    expect(await bulk(server, NIP.sri, [declined])).toEqual([
      forbidden(approval._id, 'correction-applied'),
    ]);
  });

  it('keeps the applied correction through a re-import of the month', async () => {
    // The machines' export again, now with Dewi 70 minutes late that day: the import replaces
    // the month, the correction stands beside it.
    const current = (await stored<AttendanceDoc>(server, month._id))!;
    const again = { ...current, days: withLateDays(current, { [day]: 70 }), importedAt: now() };
    expect(await bulk(server, NIP.ratna, [again])).toEqual([
      expect.objectContaining({ id: month._id, ok: true }),
    ]);
    const dewi = await fleet.device(NIP.dewi);
    await eventually(async () => {
      const onDevice = (await dewi.db.get(month._id)) as unknown as AttendanceDoc;
      expect(onDevice.importedAt).toBe(again.importedAt);
      const shown = await monthOnDevice(dewi);
      expect(shown?.days.get(day)).toMatchObject({
        status: 'dinas-luar',
        late: 0,
        imported: { in: again.days.find((d) => d.date === day)?.in },
      });
      expect(shown?.costly).not.toContain(day);
    }, 30_000);
  });
});

describe('who sees what', () => {
  it('reaches Dewi, her head and the Pengelola keeping her school; not a colleague nor another OPD', async () => {
    const [dewi, sri, ratna, agus, eko] = [
      await fleet.device(NIP.dewi),
      await fleet.device(NIP.sri),
      await fleet.device(NIP.ratna, pengelola),
      await fleet.device(NIP.agus),
      await fleet.device(NIP.eko, pengelola),
    ];
    await caughtUp(server, dewi, sri, ratna, agus, eko);
    const steps = [
      ids.attendanceCorrection(NIP.dewi, day),
      ids.attendanceDecision(NIP.dewi, day),
      ids.attendanceApplied(NIP.dewi, day),
    ];
    // The month: Dewi and her head. The steps: also the Pengelola, who applies them.
    for (const d of [dewi, sri]) expect(await holds(d, month._id), d.ctx.user.nip).toBe(true);
    for (const d of [ratna, agus, eko])
      expect(await holds(d, month._id), d.ctx.user.nip).toBe(false);
    for (const d of [dewi, sri, ratna])
      for (const id of steps) expect(await holds(d, id), `${d.ctx.user.nip} ${id}`).toBe(true);
    for (const d of [agus, eko])
      for (const id of steps) expect(await holds(d, id), `${d.ctx.user.nip} ${id}`).toBe(false);
    expect(await correctionRecords(agus.rm)).toEqual([]);
    expect(await correctionRecords(eko.rm)).toEqual([]);

    // The letter stays on Dewi's devices; her head and the Pengelola open it on demand.
    expect(await holds(dewi, certificate._id)).toBe(true);
    for (const d of [sri, ratna, agus, eko]) expect(await holds(d, certificate._id)).toBe(false);
    configureData({ apiOrigin: server.url });
    const ref = photoRefOf(certificate as unknown as PhotoDoc);
    for (const d of [sri, ratna]) {
      setAuthToken(d.token);
      const [shown] = await loadActivityPhotos([ref], d);
      expect(shown?.source, d.ctx.user.nip).toBe('server');
    }
    for (const nip of [NIP.agus, NIP.eko]) {
      const att = await call(
        `${server.couchUrl}/${encodeURIComponent(certificate._id)}/surat-tugas.jpg`,
        { auth: basic(nip) },
      );
      expect(att.status, nip).toBe(404);
    }
  });
});
