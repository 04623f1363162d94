import { afterEach, describe, expect, it } from 'vitest';
import type { LocalDb } from '../local-db';
import { memoryDb } from '../testing/devices';
import { NOW, seedReference, STAFF } from '../testing/kelurahan';
import { openYear } from './open-year';

const dbs: LocalDb[] = [];
async function device() {
  const db = memoryDb();
  dbs.push(db);
  await seedReference(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.destroy();
});

const periodIds = async (db: LocalDb) =>
  (await db.allDocs({ startkey: 'period:', endkey: 'period:\ufff0' })).rows.map((r) => r.id);

describe('openYear', () => {
  it('writes the missing periods of the year for the admin, leaving those held alone', async () => {
    const db = await device();
    const admin = { db, user: { nip: 'admin', roles: ['admin' as const] }, now: () => NOW };
    // The device already holds the annual period 2025 (seedReference).
    const result = await openYear(2025, admin);
    expect(result).toEqual({
      ok: true,
      opened: ['2025-q1', '2025-q2', '2025-q3', '2025-q4'],
      existing: ['2025'],
    });
    expect(await periodIds(db)).toEqual([
      'period:2025',
      'period:2025-q1',
      'period:2025-q2',
      'period:2025-q3',
      'period:2025-q4',
    ]);
    const again = await openYear(2025, admin);
    expect(again).toMatchObject({ ok: true, opened: [] });
  });

  it('refuses a staff member, writing nothing', async () => {
    const db = await device();
    const result = await openYear(2026, { db, user: { nip: STAFF, roles: [] }, now: () => NOW });
    expect(result).toMatchObject({ ok: false, code: 'not-writer' });
    expect(await periodIds(db)).toEqual(['period:2025']);
  });
});
