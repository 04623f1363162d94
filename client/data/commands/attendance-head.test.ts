// The head decides a staff member's request to correct a day of attendance on the lurah's device:
// approves it as asked, declines it only with a reason, decides only the version they read (a
// request changed or withdrawn meanwhile is refused), may change the decision until the
// Pengelola applies it; a colleague cannot decide.
import { describe, expect, it } from 'vitest';
import { ids } from '../../core/ids';
import type { AttendanceDecisionDoc } from '../../core/schemas/attendance';
import { makeApplied, makeAttendanceDecision, makeCorrection } from '../../core/testing/factories';
import type { LocalDb } from '../local-db';
import { contextFor, HEAD, OTHER, STAFF, UNIT } from '../testing/kelurahan';
import { kelurahanDbEachTest } from '../testing/kelurahan-device';
import { decideCorrection } from './attendance-head';

const device = kelurahanDbEachTest();
const DATE = '2025-03-10';

/** STAFF asks for 10 March as dinas luar (the day before the fixed clock's today). */
const request = makeCorrection({
  nip: STAFF,
  date: DATE,
  unitId: UNIT,
  change: { status: 'dinas-luar', in: null, out: null },
  reason: 'Rapat koordinasi di kecamatan sesuai surat tugas.',
  requestedAt: '2025-03-11T01:00:00.000Z',
});

const decisionOf = async (db: LocalDb) => {
  try {
    return (await db.get(ids.attendanceDecision(STAFF, DATE))) as unknown as AttendanceDecisionDoc;
  } catch {
    return null;
  }
};

describe('decideCorrection', () => {
  it('approves the version read, copying what it asks, signed by the head', async () => {
    const db = await device(request);
    const result = await decideCorrection(
      { request, decision: 'approved', reason: 'ignored when approving' },
      contextFor(db, HEAD),
    );
    expect(result).toEqual({ ok: true, id: ids.attendanceDecision(STAFF, DATE) });
    expect(await decisionOf(db)).toMatchObject({
      decision: 'approved',
      appraiserNip: HEAD,
      unitId: UNIT,
      reason: '',
      requestedAt: request.requestedAt,
      change: { status: 'dinas-luar', in: null, out: null },
      decidedAt: '2025-03-12T03:00:00.000Z',
    });
  });

  it('declines only with a reason of at least 10 characters, on the reason field', async () => {
    const db = await device(request);
    const short = await decideCorrection(
      { request, decision: 'declined', reason: '  tidak  ' },
      contextFor(db, HEAD),
    );
    expect(short).toMatchObject({ ok: false, code: 'decision-reason', field: 'reason' });
    expect(await decisionOf(db)).toBeNull();
    const ok = await decideCorrection(
      { request, decision: 'declined', reason: ' Tidak ada surat tugas untuk tanggal ini. ' },
      contextFor(db, HEAD),
    );
    expect(ok.ok).toBe(true);
    expect(await decisionOf(db)).toMatchObject({
      decision: 'declined',
      reason: 'Tidak ada surat tugas untuk tanggal ini.',
    });
  });

  it('refuses a version the employee has changed or withdrawn since, writing nothing', async () => {
    const db = await device(request);
    // The employee resent the request as a forgotten check-out (a new version arrived).
    const stored = await db.get(request._id);
    await db.put({
      ...stored,
      change: { status: 'hadir', in: '07:20', out: '16:00' },
      requestedAt: '2025-03-12T02:00:00.000Z',
    });
    const stale = await decideCorrection(
      { request, decision: 'approved', reason: '' },
      contextFor(db, HEAD),
    );
    expect(stale).toMatchObject({ ok: false, code: 'correction-changed' });
    expect(await decisionOf(db)).toBeNull();

    await db.remove(await db.get(request._id));
    const withdrawn = await decideCorrection(
      { request, decision: 'approved', reason: '' },
      contextFor(db, HEAD),
    );
    expect(withdrawn).toMatchObject({ ok: false, code: 'no-correction' });
    expect(await decisionOf(db)).toBeNull();
  });

  it('changes the decision until the Pengelola applies it, not after', async () => {
    const db = await device(request);
    const ctx = contextFor(db, HEAD);
    await decideCorrection({ request, decision: 'approved', reason: '' }, ctx);
    const changed = await decideCorrection(
      { request, decision: 'declined', reason: 'Surat tugas untuk hari lain, bukan ini.' },
      ctx,
    );
    expect(changed.ok).toBe(true);
    expect((await decisionOf(db))?.decision).toBe('declined');
    await decideCorrection({ request, decision: 'approved', reason: '' }, ctx);

    // The Pengelola applied it (their document arrived with a sync).
    const approved = makeAttendanceDecision(request, { appraiserNip: HEAD });
    await db.put(makeApplied(request, approved));
    const late = await decideCorrection(
      { request, decision: 'declined', reason: 'Surat tugas untuk hari lain, bukan ini.' },
      ctx,
    );
    expect(late).toMatchObject({ ok: false, code: 'correction-applied' });
    expect((await decisionOf(db))?.decision).toBe('approved');
  });

  it('refuses a colleague who is not the appraiser', async () => {
    const db = await device(request);
    expect(
      await decideCorrection({ request, decision: 'approved', reason: '' }, contextFor(db, OTHER)),
    ).toMatchObject({ ok: false, code: 'not-writer' });
    expect(await decisionOf(db)).toBeNull();
  });
});
