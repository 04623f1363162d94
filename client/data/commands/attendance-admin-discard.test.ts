// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  makeApplied,
  makeAttendanceDecision,
  makeCorrection,
  NIP,
  NOW,
  orgEmployees,
  orgUnits,
  pengelolaUser,
} from '../../core/testing/factories';
import { WRITE_REASONS } from '../../core/write-reasons';
import type { LocalDb } from '../local-db';
import { Projector } from '../projector';
import { attendanceAdminView } from '../queries/attendance-admin-queries';
import type { ReadModel } from '../read-model';
import { SyncLedger } from '../sync-ledger';
import { idbDb, readModel } from '../testing/devices';
import { applyCorrection, discardRefusedApplication } from './attendance-admin';

// Ratna applied Dewi's approved correction offline; meanwhile Sri declined it after all, so the
// server refused the application. It stays on Ratna's device, refused, until she discards it.
const request = makeCorrection();
const approval = makeAttendanceDecision(request);
const applied = makeApplied(request, approval);
const declined = makeAttendanceDecision(request, {
  decision: 'declined',
  reason: 'Surat tugas untuk tanggal itu tidak ada.',
});
const REFUSAL = WRITE_REASONS['correction-not-approved'].id;

const opened: { db: LocalDb; rm: ReadModel }[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) {
    o.rm.close();
    await o.db.destroy();
  }
});

async function ratnaDevice(refused: boolean) {
  const db = idbDb();
  const rm = readModel();
  opened.push({ db, rm });
  const docs: { _id: string }[] = [...orgEmployees(), ...orgUnits(), request, declined, applied];
  await db.bulkDocs(docs);
  // The push went past it (sent), and the server refused it.
  const ledger = new SyncLedger(db);
  await ledger.advancePush((await db.info()).update_seq);
  if (refused)
    await ledger.recordDenied(
      { id: applied._id, rev: (await db.get(applied._id))._rev, reason: REFUSAL },
      new Date(NOW).toISOString(),
    );
  await new Projector(db, rm).catchUp();
  const ctx = { db, user: pengelolaUser, now: () => NOW };
  return { db, rm, ctx };
}

describe('discardRefusedApplication', () => {
  it('lists the refused application apart with the server’s reason, and discards it from this device only', async () => {
    const { db, rm, ctx } = await ratnaDevice(true);
    const refusals = new Map([[applied._id, REFUSAL]]);
    const before = await attendanceAdminView(rm, pengelolaUser, refusals);
    expect(before.applied).toEqual([]);
    expect(before.refused.map((e) => [e.record.request.date, e.refused])).toEqual([
      [request.date, { reason: REFUSAL, status: 'declined' }],
    ]);
    // While it stands, the day cannot be applied again on this device.
    expect(await applyCorrection(NIP.staffA1, request.date, ctx)).toMatchObject({
      code: 'correction-kept',
    });

    expect(await discardRefusedApplication(NIP.staffA1, request.date, ctx, rm)).toEqual({
      ok: true,
      id: applied._id,
    });
    expect(await db.get(applied._id).catch((e: { status: number }) => e.status)).toBe(404);
    // Purged, not deleted: nothing waits to be sent.
    expect((await db.changes({ since: 0, doc_ids: [applied._id] })).results).toEqual([]);
    const after = await attendanceAdminView(rm, pengelolaUser, refusals);
    expect(after.refused).toEqual([]);
    expect([...after.toApply, ...after.withHeads, ...after.applied]).toEqual([]);
    // The day is judged afresh: declined now, so not applied.
    expect(await applyCorrection(NIP.staffA1, request.date, ctx)).toMatchObject({
      code: 'correction-not-approved',
    });
  });

  it('discards nothing the server did not refuse', async () => {
    const { db, rm, ctx } = await ratnaDevice(false);
    expect(await discardRefusedApplication(NIP.staffA1, request.date, ctx, rm)).toMatchObject({
      ok: false,
      code: 'application-not-refused',
    });
    expect(await db.get(applied._id)).toBeTruthy();
  });
});
