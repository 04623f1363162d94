// The employee's attendance corrections on their own device (a real local PouchDB): a request
// with or without a photo of the letter, a future day refused with nothing written, a declined
// request sent again as a new version, an approved one frozen, and a withdrawal with its letter.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { correctionStatus } from '../../core/attendance-rules';
import { ids } from '../../core/ids';
import type { AttendanceCorrectionDoc } from '../../core/schemas/attendance';
import {
  makeAttendanceDecision,
  makeCorrection,
  TINY_JPEG_BASE64,
  type Overrides,
} from '../../core/testing/factories';
import { getOrNull, type LocalDb } from '../local-db';
import { contextFor, HEAD, NOW, STAFF, UNIT } from '../testing/kelurahan';
import { kelurahanDbEachTest } from '../testing/kelurahan-device';
import { requestCorrection, withdrawCorrection } from './attendance-staff';

const device = kelurahanDbEachTest();
const DAY = '2025-03-11';
const ID = ids.attendanceCorrection(STAFF, DAY);
const letter = { name: 'surat-tugas.jpg', data: TINY_JPEG_BASE64, contentType: 'image/jpeg' };
const asked = {
  date: DAY,
  change: { status: 'dinas-luar', in: null, out: null },
  reason: '  Rapat koordinasi di kantor kecamatan sesuai surat tugas  ',
} as const;
const request = async (db: LocalDb) => (await getOrNull(db, ID)) as AttendanceCorrectionDoc | null;
const letters = async (db: LocalDb) =>
  (await db.allDocs({ startkey: 'certificate:', endkey: 'certificate:\ufff0' })).rows.map(
    (r) => r.id,
  );
const stored = (overrides: Overrides<AttendanceCorrectionDoc> = {}) =>
  makeCorrection({
    nip: STAFF,
    date: DAY,
    unitId: UNIT,
    requestedAt: '2025-03-11T09:00:00.000Z',
    ...overrides,
  });

describe('requestCorrection', () => {
  it('saves the request in the person’s unit, dated now, with the reason trimmed', async () => {
    const db = await device();
    const res = await requestCorrection(asked, contextFor(db, STAFF));
    expect(res).toEqual({ ok: true, id: ID });
    expect(await request(db)).toMatchObject({
      nip: STAFF,
      unitId: UNIT,
      change: { status: 'dinas-luar', in: null, out: null },
      reason: 'Rapat koordinasi di kantor kecamatan sesuai surat tugas',
      letter: null,
      requestedAt: new Date(NOW).toISOString(),
    });
  });

  it('writes the photo of the letter with the request, keyed by the day', async () => {
    const db = await device();
    await requestCorrection({ ...asked, letter }, contextFor(db, STAFF));
    const ref = (await request(db))?.letter;
    expect(ref?.id.startsWith(`certificate:${STAFF}:hadir-${DAY}:`)).toBe(true);
    expect(await letters(db)).toEqual([ref?.id]);
  });

  it('refuses a day still to come and writes nothing, not even the letter', async () => {
    const db = await device();
    const res = await requestCorrection(
      { ...asked, date: '2025-03-13', letter },
      contextFor(db, STAFF),
    );
    expect(res).toMatchObject({ ok: false, code: 'future-date' });
    expect(await letters(db)).toEqual([]);
    expect(await getOrNull(db, ids.attendanceCorrection(STAFF, '2025-03-13'))).toBeNull();
  });

  it('sends a declined request again as a new version, waiting for the head again', async () => {
    const old = stored();
    const declined = makeAttendanceDecision(old, {
      appraiserNip: HEAD,
      decision: 'declined',
      reason: 'Tidak ada surat tugas untuk tanggal ini',
    });
    const db = await device(old, declined);
    const res = await requestCorrection(
      { ...asked, reason: 'Surat tugas terlampir, rapat di kecamatan' },
      contextFor(db, STAFF),
    );
    expect(res.ok).toBe(true);
    const next = await request(db);
    expect(next?.requestedAt).toBe(new Date(NOW).toISOString());
    expect(next && correctionStatus(next, declined, null)).toBe('pending');
  });

  it('replaces the letter: the new photo is kept, the old one deleted', async () => {
    const db = await device();
    const ctx = contextFor(db, STAFF);
    await requestCorrection({ ...asked, letter }, ctx);
    const first = (await request(db))?.letter?.id;
    await requestCorrection(
      { ...asked, letter: { ...letter, name: 'baru.jpg' } },
      {
        ...ctx,
        now: () => NOW + 60_000,
      },
    );
    const ref = (await request(db))?.letter;
    expect(ref?.name).toBe('baru.jpg');
    expect(await letters(db)).toEqual([ref?.id]);
    expect(ref?.id).not.toBe(first);
  });

  it('sends a request again without its letter when asked, deleting the photo', async () => {
    const db = await device();
    const ctx = contextFor(db, STAFF);
    await requestCorrection({ ...asked, letter }, ctx);
    await requestCorrection({ ...asked, dropLetter: true }, { ...ctx, now: () => NOW + 60_000 });
    expect((await request(db))?.letter).toBeNull();
    expect(await letters(db)).toEqual([]);
  });

  it('refuses to change a request the head approved', async () => {
    const old = stored();
    const db = await device(old, makeAttendanceDecision(old, { appraiserNip: HEAD }));
    const res = await requestCorrection(
      { ...asked, change: { status: 'hadir', in: '07:30', out: '16:00' } },
      contextFor(db, STAFF),
    );
    expect(res).toMatchObject({ ok: false, code: 'correction-decided' });
    expect((await request(db))?.change.status).toBe('dinas-luar');
  });
});

describe('withdrawCorrection', () => {
  it('deletes a pending request and its letter', async () => {
    const db = await device();
    const ctx = contextFor(db, STAFF);
    await requestCorrection({ ...asked, letter }, ctx);
    expect(await withdrawCorrection(DAY, ctx)).toEqual({ ok: true, id: ID });
    expect(await request(db)).toBeNull();
    expect(await letters(db)).toEqual([]);
  });

  it('keeps an approved request', async () => {
    const old = stored();
    const db = await device(old, makeAttendanceDecision(old, { appraiserNip: HEAD }));
    const res = await withdrawCorrection(DAY, contextFor(db, STAFF));
    expect(res).toMatchObject({ ok: false, code: 'correction-decided' });
    expect(await request(db)).not.toBeNull();
  });

  it('says so when there is no request to withdraw', async () => {
    const db = await device();
    expect(await withdrawCorrection(DAY, contextFor(db, STAFF))).toMatchObject({
      ok: false,
      code: 'correction-not-here',
    });
  });
});
