import { afterEach, describe, expect, it } from 'vitest';
import {
  makeAttendanceDecision,
  makeCorrection,
  NIP,
  NOW,
  pengelolaUser,
} from '../../core/testing/factories';
import { closePengelolaDevices, pengelolaDevice } from '../testing/pengelola-device';
import { applyCorrection } from './attendance-admin';
import { ATTENDANCE_STAFF_REASONS } from './attendance-staff-reasons';

afterEach(closePengelolaDevices);

const request = makeCorrection();
const DAY = request.date;

describe('applyCorrection', () => {
  it('writes exactly what the head approved, signed with the Pengelola and the time', async () => {
    const { db, ctx } = await pengelolaDevice([request, makeAttendanceDecision(request)]);
    expect(await applyCorrection(NIP.staffA1, DAY, ctx)).toEqual({
      ok: true,
      id: `attendance-applied:${NIP.staffA1}:${DAY}`,
    });
    expect(await db.get(`attendance-applied:${NIP.staffA1}:${DAY}`)).toMatchObject({
      nip: NIP.staffA1,
      date: DAY,
      unitId: 'bidang-a',
      change: { status: 'dinas-luar', in: null, out: null },
      reason: request.reason,
      requestedAt: request.requestedAt,
      decidedBy: NIP.headA,
      appliedBy: NIP.pengelola,
      appliedAt: new Date(NOW).toISOString(),
    });
  });

  it('applies once: a second time is refused and the first stays', async () => {
    const { ctx } = await pengelolaDevice([request, makeAttendanceDecision(request)]);
    expect(await applyCorrection(NIP.staffA1, DAY, ctx)).toMatchObject({ ok: true });
    expect(await applyCorrection(NIP.staffA1, DAY, ctx)).toMatchObject({
      ok: false,
      code: 'correction-kept',
    });
  });

  it('refuses a declined request, a request changed after the approval, and one not on the device', async () => {
    const declined = makeAttendanceDecision(request, {
      decision: 'declined',
      reason: 'Tidak ada surat tugas untuk tanggal itu.',
    });
    const { db, ctx } = await pengelolaDevice([request, declined]);
    expect(await applyCorrection(NIP.staffA1, DAY, ctx)).toMatchObject({
      ok: false,
      code: 'correction-not-approved',
    });
    const changed = makeCorrection({ nip: NIP.staffA2, requestedAt: '2026-05-15T11:00:00+07:00' });
    await db.bulkDocs([changed, makeAttendanceDecision(makeCorrection({ nip: NIP.staffA2 }), {})]);
    expect(await applyCorrection(NIP.staffA2, DAY, ctx)).toMatchObject({
      ok: false,
      code: 'correction-not-approved',
    });
    expect(await applyCorrection(NIP.staffB1, DAY, ctx)).toEqual({
      ok: false,
      code: 'correction-not-here',
      reason: ATTENDANCE_STAFF_REASONS['correction-not-here'].id,
    });
    expect(
      (await db.allDocs({ startkey: 'attendance-applied:', endkey: 'attendance-applied:\uffff' }))
        .rows,
    ).toEqual([]);
  });

  it('refuses a Pengelola who does not keep the person', async () => {
    const { ctx } = await pengelolaDevice([request, makeAttendanceDecision(request)]);
    const other = { ...ctx, user: { ...pengelolaUser, scope: 'bidang-b' } };
    expect(await applyCorrection(NIP.staffA1, DAY, other)).toMatchObject({
      ok: false,
      code: 'out-of-scope',
    });
  });
});
