// @vitest-environment jsdom
// The head decides a staff member's request for a catalog activity on the lurah's device: approves
// it, declines it only with a reason, changes the decision until the Pengelola confirms the seat;
// staff cannot decide, and nothing is decided without a request on the device.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ids } from '../../core/ids';
import type { EnrolmentDecisionDoc } from '../../core/schemas/development';
import { makeEnrolment, makeEnrolmentAdmin, makeTraining } from '../../core/testing/factories';
import type { LocalDb } from '../local-db';
import { memoryDb } from '../testing/devices';
import { contextFor, HEAD, OTHER, seedReference, STAFF, UNIT } from '../testing/kelurahan';
import { decideEnrolment } from './development-head';

const dbs: LocalDb[] = [];
const KEY = 'manajemen-waktu';

/** The lurah's device with the catalog activity and STAFF's request for it. */
async function device() {
  const db = memoryDb();
  dbs.push(db);
  await seedReference(db);
  await db.bulkDocs([
    makeTraining({ trainingId: KEY, title: 'Manajemen Waktu', start: null, end: null }),
    makeEnrolment({ nip: STAFF, key: KEY, trainingId: KEY, unitId: UNIT }),
  ]);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.destroy();
});

const decisionOf = async (db: LocalDb) => {
  try {
    return (await db.get(ids.enrolmentDecision(STAFF, KEY))) as unknown as EnrolmentDecisionDoc;
  } catch {
    return null;
  }
};

describe('decideEnrolment', () => {
  it('approves a request, signed by the head, in the unit of the request', async () => {
    const db = await device();
    const result = await decideEnrolment(
      { nip: STAFF, key: KEY, decision: 'approved', reason: '' },
      contextFor(db, HEAD),
    );
    expect(result).toEqual({ ok: true, id: ids.enrolmentDecision(STAFF, KEY) });
    expect(await decisionOf(db)).toMatchObject({
      decision: 'approved',
      appraiserNip: HEAD,
      unitId: UNIT,
      reason: '',
    });
  });

  it('declines only with a reason of at least 10 characters, next to the reason field', async () => {
    const db = await device();
    const short = await decideEnrolment(
      { nip: STAFF, key: KEY, decision: 'declined', reason: ' terlalu ' },
      contextFor(db, HEAD),
    );
    expect(short).toMatchObject({ ok: false, code: 'decision-reason', field: 'reason' });
    expect(await decisionOf(db)).toBeNull();
    const ok = await decideEnrolment(
      { nip: STAFF, key: KEY, decision: 'declined', reason: ' Jadwal bentrok dengan pelayanan. ' },
      contextFor(db, HEAD),
    );
    expect(ok.ok).toBe(true);
    expect(await decisionOf(db)).toMatchObject({
      decision: 'declined',
      reason: 'Jadwal bentrok dengan pelayanan.',
    });
  });

  it('changes the decision before the seat is confirmed, not after', async () => {
    const db = await device();
    const ctx = contextFor(db, HEAD);
    await decideEnrolment({ nip: STAFF, key: KEY, decision: 'approved', reason: '' }, ctx);
    const changed = await decideEnrolment(
      { nip: STAFF, key: KEY, decision: 'declined', reason: 'Kuota unit tahun ini sudah habis.' },
      ctx,
    );
    expect(changed.ok).toBe(true);
    expect((await decisionOf(db))?.decision).toBe('declined');
    await decideEnrolment({ nip: STAFF, key: KEY, decision: 'approved', reason: '' }, ctx);

    // The Pengelola confirmed the seat (their document arrived with a sync).
    await db.put(
      makeEnrolmentAdmin({
        nip: STAFF,
        key: KEY,
        unitId: UNIT,
        seat: { status: 'confirmed', note: '', at: '2025-03-12T04:00:00.000Z', by: 'admin' },
      }),
    );
    const late = await decideEnrolment(
      { nip: STAFF, key: KEY, decision: 'declined', reason: 'Kuota unit tahun ini sudah habis.' },
      ctx,
    );
    expect(late).toMatchObject({ ok: false, code: 'seat-confirmed' });
    expect((await decisionOf(db))?.decision).toBe('approved');
  });

  it('refuses a colleague, a missing request and a withdrawn one, writing nothing', async () => {
    const db = await device();
    expect(
      await decideEnrolment(
        { nip: STAFF, key: KEY, decision: 'approved', reason: '' },
        contextFor(db, OTHER),
      ),
    ).toMatchObject({ ok: false, code: 'not-writer' });
    expect(
      await decideEnrolment(
        { nip: STAFF, key: 'kerja-tim', decision: 'approved', reason: '' },
        contextFor(db, HEAD),
      ),
    ).toMatchObject({ ok: false, code: 'not-found' });
    const request = await db.get(ids.enrolment(STAFF, KEY));
    await db.put({ ...request, withdrawnAt: '2025-03-12T02:00:00.000Z' });
    expect(
      await decideEnrolment(
        { nip: STAFF, key: KEY, decision: 'approved', reason: '' },
        contextFor(db, HEAD),
      ),
    ).toMatchObject({ ok: false, code: 'no-request' });
    expect(await decisionOf(db)).toBeNull();
  });
});
