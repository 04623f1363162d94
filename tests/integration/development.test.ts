/**
 * Competency development end to end, against the real sync server with the demo organisation:
 * Dewi's request for "Manajemen Waktu dan Prioritas Kerja" goes through her head's decision, the
 * Pengelola's seat, her completion with a certificate photo and the Pengelola's verification,
 * each from the writer's own device; the server refuses steps out of order and the wrong writer
 * per document, CouchDB-style; the records reach Dewi, her head and BKPSDM's Pengelola, not a
 * colleague nor the Pengelola of another OPD; the certificate stays on Dewi's devices and opens on
 * demand for her head and the Pengelola only; once verified, it cannot be replaced. The tests run
 * in order on one server: the second and third look at the record the first carried through.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ids } from '../../client/core/ids';
import type { EnrolmentDoc } from '../../client/core/schemas/development';
import type { PhotoDoc } from '../../client/core/schemas/work';
import {
  makeCertificate,
  makeCompletion,
  makeEnrolment,
  makeEnrolmentAdmin,
  makeEnrolmentDecision,
  photoRefOf,
  today,
} from '../../client/core/testing/factories';
import { WRITE_REASONS, type WriteReasonCode } from '../../client/core/write-reasons';
import { checkCompletion, decideSeat } from '../../client/data/commands/development-admin';
import { putDoc, putDocs } from '../../client/data/commands/put-doc';
import { configureData } from '../../client/data/config';
import { loadActivityPhotos } from '../../client/data/queries/activity-photos';
import { developmentRecords, jpProgressFor } from '../../client/data/queries/development-queries';
import { setAuthToken } from '../../client/data/session-api';
import { eventually } from '../../client/data/testing/eventually';
import { NIP } from '../../sync-server/seed/demo-people';
import { deviceFleet, type Device } from './support/client-device';
import { basic, call, signIn } from './support/http';
import { startServer, type TestServer } from './support/server';

(globalThis as { navigator?: unknown }).navigator ??= { userAgent: 'Node' };
(globalThis as { self?: unknown }).self ??= globalThis;

let server: TestServer;
const fleet = deviceFleet(() => server.url);

const KEY = 'manajemen-waktu';
const UNIT = 'sdn-gayungan-1';
const now = () => new Date().toISOString();
const day = today();
const year = Number(day.slice(0, 4));

beforeAll(async () => {
  server = await startServer();
  // Eko, the camat, keeps Kecamatan Gayungan: the Pengelola of another OPD than Dewi's school.
  const admin = await signIn(server.url, 'admin', 'admin-secret-1');
  const named = await call(`${server.url}/api/admin/pengelola/${NIP.eko}`, {
    method: 'POST',
    auth: { token: admin },
    json: { scope: 'kecamatan-gayungan' },
  });
  expect(named.status).toBe(200);
});
afterEach(async () => {
  await fleet.stopAll();
  setAuthToken(null);
});
afterAll(async () => {
  await server?.stop();
});

/** Sends documents as `nip` and answers the server's rows. */
async function bulk(nip: string, docs: object[]) {
  const r = await call(`${server.couchUrl}/_bulk_docs`, {
    method: 'POST',
    auth: basic(nip),
    json: { docs },
  });
  expect(r.status).toBe(201);
  return r.body as { id: string; ok?: boolean; error?: string; reason?: string }[];
}
const forbidden = (id: string, code: WriteReasonCode) => ({
  id,
  error: 'forbidden',
  reason: WRITE_REASONS[code].id,
});

/** The document as the server holds it (read by the admin), or null. */
async function stored<T>(id: string): Promise<(T & { _rev: string }) | null> {
  const token = await signIn(server.url, 'admin', 'admin-secret-1');
  const r = await call(`${server.couchUrl}/${encodeURIComponent(id)}`, { auth: { token } });
  return r.status === 200 ? (r.body as T & { _rev: string }) : null;
}

/** True when the device's database holds a live revision of the document. */
async function holds(d: Device, id: string): Promise<boolean> {
  const [row] = (await d.db.allDocs({ keys: [id] })).rows;
  return row !== undefined && !('error' in row) && row.value.deleted !== true;
}

/** Waits until the device's read model shows Dewi's record with `status`. */
async function sees(d: Device, status: string): Promise<void> {
  await eventually(async () => {
    const records = (await developmentRecords(d.rm, [NIP.dewi])).get(NIP.dewi) ?? [];
    expect(records.find((r) => r.enrolment.key === KEY)?.status).toBe(status);
  }, 30_000);
}

/**
 * Waits until each device has pulled what the server held before this call (the Pengelola
 * touches the settings everyone reads, and each device is waited on for that revision), so what
 * a device lacks afterwards, it was not sent.
 */
async function caughtUp(...devices: Device[]): Promise<void> {
  const id = ids.setting('kinerja');
  const prev = await stored<{ feedbackReminderWeeks: number }>(id);
  const put = await call(`${server.couchUrl}/${encodeURIComponent(id)}`, {
    method: 'PUT',
    auth: basic(NIP.ratna),
    json: {
      ...(prev ?? { _id: id, type: 'setting', schemaVersion: 1, key: 'kinerja' }),
      feedbackReminderWeeks: 4,
      updatedAt: now(),
    },
  });
  expect(put.status).toBe(201);
  const rev = (put.body as { rev: string }).rev;
  await Promise.all(
    devices.map((d) => eventually(async () => expect((await d.db.get(id))._rev).toBe(rev), 30_000)),
  );
}

const request = makeEnrolment({
  nip: NIP.dewi,
  key: KEY,
  trainingId: KEY,
  unitId: UNIT,
  note: 'Tenggat administrasi kelas sering menumpuk di akhir bulan.',
  requestedAt: now(),
  updatedAt: now(),
});
const certificate = makeCertificate({ nip: NIP.dewi, key: KEY, name: 'sertifikat.jpg' });
const certRef = photoRefOf(certificate as unknown as PhotoDoc);

describe('a request for a catalog activity, from request to verification', () => {
  it('passes each step on its writer’s device, refusing steps out of order and wrong writers', async () => {
    const dewi = await fleet.device(NIP.dewi);
    const sri = await fleet.device(NIP.sri);
    const ratna = await fleet.device(NIP.ratna, { roles: ['pengelola'] });
    const before = (await jpProgressFor(dewi.rm, [NIP.dewi], year)).get(NIP.dewi)!;

    // Dewi asks; her head sees the request.
    expect(await putDoc(request, dewi.ctx)).toMatchObject({ ok: true, id: request._id });
    await dewi.synced();
    await sees(sri, 'requested');

    // A seat before the head's approval, and a decision by someone else than her head.
    const seat = {
      status: 'confirmed' as const,
      note: '',
      at: now(),
      by: NIP.ratna,
    };
    const early = makeEnrolmentAdmin({ nip: NIP.dewi, key: KEY, unitId: UNIT, seat });
    expect(await bulk(NIP.ratna, [early])).toEqual([forbidden(early._id, 'not-approved')]);
    const byColleague = makeEnrolmentDecision({
      nip: NIP.dewi,
      key: KEY,
      unitId: UNIT,
      appraiserNip: NIP.agus,
      decidedAt: now(),
    });
    expect(await bulk(NIP.agus, [byColleague])).toEqual([forbidden(byColleague._id, 'not-writer')]);

    // Sri approves on her tablet; Ratna sees it waiting for a seat.
    const approval = makeEnrolmentDecision({
      nip: NIP.dewi,
      key: KEY,
      unitId: UNIT,
      appraiserNip: NIP.sri,
      decidedAt: now(),
    });
    expect(await putDoc(approval, sri.ctx)).toMatchObject({ ok: true });
    await sri.synced();
    await sees(ratna, 'approved');
    await sees(dewi, 'approved');

    // A completion before the seat is confirmed: refused with its reason, per document.
    const early2 = await stored<EnrolmentDoc>(request._id);
    const completion = makeCompletion({ reportedAt: now(), date: day, certificate: certRef });
    const put = await call(`${server.couchUrl}/${encodeURIComponent(request._id)}`, {
      method: 'PUT',
      auth: basic(NIP.dewi),
      json: { ...early2, completion, updatedAt: now() },
    });
    expect({ status: put.status, body: put.body }).toEqual({
      status: 403,
      body: { error: 'forbidden', reason: WRITE_REASONS['seat-not-confirmed'].id },
    });

    // Ratna confirms the seat; a verification before any report is refused.
    expect(await decideSeat(NIP.dewi, KEY, { status: 'confirmed' }, ratna.ctx)).toMatchObject({
      ok: true,
    });
    await ratna.synced();
    await sees(dewi, 'confirmed');
    const adminId = ids.enrolmentAdmin(NIP.dewi, KEY);
    const unreported = {
      ...(await stored<object>(adminId)),
      verification: { status: 'verified', note: '', at: now(), by: NIP.ratna, reportedAt: now() },
    };
    expect(await bulk(NIP.ratna, [unreported])).toEqual([forbidden(adminId, 'no-completion')]);

    // Dewi reports completion with her certificate photo; Ratna verifies.
    const current = (await dewi.db.get(request._id)) as unknown as EnrolmentDoc;
    const results = await putDocs(
      [certificate, { ...current, completion, updatedAt: now() }],
      dewi.ctx,
      { allOrNothing: true },
    );
    expect(results).toMatchObject([
      { ok: true, id: certificate._id },
      { ok: true, id: request._id },
    ]);
    await dewi.synced();
    await sees(ratna, 'reported');
    expect(await checkCompletion(NIP.dewi, KEY, { status: 'verified' }, ratna.ctx)).toMatchObject({
      ok: true,
    });
    await ratna.synced();
    await sees(dewi, 'verified');
    await sees(sri, 'verified');

    // Dewi's JP moved by the activity's 8 JP.
    const after = (await jpProgressFor(dewi.rm, [NIP.dewi], year)).get(NIP.dewi)!;
    expect(after.verified - before.verified).toBe(8);
  });
});

describe('who sees what', () => {
  it('reaches Dewi, her head and BKPSDM’s Pengelola; not a colleague nor another OPD’s Pengelola', async () => {
    const [dewi, sri, ratna, agus, eko] = [
      await fleet.device(NIP.dewi),
      await fleet.device(NIP.sri),
      await fleet.device(NIP.ratna, { roles: ['pengelola'] }),
      await fleet.device(NIP.agus),
      await fleet.device(NIP.eko, { roles: ['pengelola'] }),
    ];
    await caughtUp(dewi, sri, ratna, agus, eko);
    const record = [
      request._id,
      ids.enrolmentDecision(NIP.dewi, KEY),
      ids.enrolmentAdmin(NIP.dewi, KEY),
    ];
    for (const d of [dewi, sri, ratna])
      for (const id of record) expect(await holds(d, id), `${d.ctx.user.nip} ${id}`).toBe(true);
    for (const d of [agus, eko])
      for (const id of record) expect(await holds(d, id), `${d.ctx.user.nip} ${id}`).toBe(false);

    // The certificate stays on Dewi's devices; the head and the Pengelola open it on demand.
    expect(await holds(dewi, certificate._id)).toBe(true);
    for (const d of [sri, ratna, agus, eko]) expect(await holds(d, certificate._id)).toBe(false);
    configureData({ apiOrigin: server.url });
    for (const d of [sri, ratna]) {
      setAuthToken(d.token);
      const [shown] = await loadActivityPhotos([certRef], d);
      expect(shown?.source, d.ctx.user.nip).toBe('server');
    }
    for (const nip of [NIP.agus, NIP.eko]) {
      const att = await call(
        `${server.couchUrl}/${encodeURIComponent(certificate._id)}/sertifikat.jpg`,
        { auth: basic(nip) },
      );
      expect(att.status, nip).toBe(404);
    }
    // Another OPD's Pengelola may not take a step on Dewi's record either.
    const admin = await stored<object>(ids.enrolmentAdmin(NIP.dewi, KEY));
    const byEko = {
      ...admin,
      verification: {
        status: 'rejected',
        note: 'Sertifikat tidak terbaca',
        at: now(),
        by: NIP.eko,
        reportedAt: now(),
      },
    };
    const [row] = await bulk(NIP.eko, [byEko]);
    expect(row).toMatchObject({ error: 'forbidden' });
  });
});

describe('a verified record', () => {
  it('keeps its certificate: no new photo, no changed report, no deletion', async () => {
    const replacement = makeCertificate({ nip: NIP.dewi, key: KEY, name: 'baru.jpg' });
    expect(await bulk(NIP.dewi, [replacement])).toEqual([
      forbidden(replacement._id, 'certificate-verified'),
    ]);
    const current = (await stored<EnrolmentDoc>(request._id))!;
    const changed = {
      ...current,
      completion: {
        ...current.completion!,
        certificate: photoRefOf(replacement as unknown as PhotoDoc),
      },
    };
    expect(await bulk(NIP.dewi, [changed])).toEqual([
      forbidden(request._id, 'certificate-verified'),
    ]);
    const cert = (await stored<object>(certificate._id))!;
    const [deleted] = await bulk(NIP.dewi, [{ ...cert, _deleted: true }]);
    expect(deleted).toMatchObject({ id: certificate._id, error: 'forbidden' });
    expect(await stored(certificate._id)).not.toBeNull();
  });
});
