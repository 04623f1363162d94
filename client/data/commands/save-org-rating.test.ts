import { afterEach, describe, expect, it } from 'vitest';
import { makeUnit } from '../../core/testing/factories';
import type { LocalDb } from '../local-db';
import { memoryDb } from '../testing/devices';
import { HEAD, NOW, seedReference, STAFF, UNIT } from '../testing/kelurahan';
import { saveOrgRating } from './save-org-rating';

const dbs: LocalDb[] = [];
async function device() {
  const db = memoryDb();
  dbs.push(db);
  await seedReference(db);
  await db.put(makeUnit({ unitId: UNIT, name: 'Kelurahan A', parentId: null, headNip: HEAD }));
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.destroy();
});

const input = {
  unitId: UNIT,
  periodId: '2025',
  rating: 'baik' as const,
  note: ' Target tercapai ',
};

describe('saveOrgRating', () => {
  it('lets the admin set a rating, recorded as set by admin now, and change it', async () => {
    const db = await device();
    const admin = { db, user: { nip: 'admin', roles: ['admin' as const] }, now: () => NOW };
    expect(await saveOrgRating(input, admin)).toEqual({ ok: true, id: `org-rating:${UNIT}:2025` });
    expect(await db.get(`org-rating:${UNIT}:2025`)).toMatchObject({
      rating: 'baik',
      note: 'Target tercapai',
      setBy: 'admin',
      setAt: new Date(NOW).toISOString(),
    });
    await saveOrgRating({ ...input, rating: 'istimewa' }, admin);
    expect(await db.get(`org-rating:${UNIT}:2025`)).toMatchObject({ rating: 'istimewa' });
  });

  it('is set by a Pengelola under their own NIP', async () => {
    const db = await device();
    const ctx = { db, user: { nip: STAFF, roles: ['pengelola' as const] }, now: () => NOW };
    await saveOrgRating(input, ctx);
    expect(await db.get(`org-rating:${UNIT}:2025`)).toMatchObject({ setBy: STAFF });
  });

  it('refuses a staff member, an unknown unit and an unknown period, writing nothing', async () => {
    const db = await device();
    const staff = { db, user: { nip: STAFF, roles: [] }, now: () => NOW };
    expect(await saveOrgRating(input, staff)).toMatchObject({ ok: false, code: 'not-writer' });
    const admin = { db, user: { nip: 'admin', roles: ['admin' as const] }, now: () => NOW };
    expect(await saveOrgRating({ ...input, unitId: 'tidak-ada' }, admin)).toMatchObject({
      code: 'unknown-unit',
    });
    expect(await saveOrgRating({ ...input, periodId: '2031' }, admin)).toMatchObject({
      code: 'unknown-period',
      field: 'periodId',
    });
    const rows = await db.allDocs({ startkey: 'org-rating:', endkey: 'org-rating:\ufff0' });
    expect(rows.rows).toEqual([]);
  });
});
