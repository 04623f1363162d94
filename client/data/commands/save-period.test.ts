import { afterEach, describe, expect, it } from 'vitest';
import { ids } from '../../core/ids';
import type { PeriodDoc } from '../../core/schemas/reference';
import type { LocalDb } from '../local-db';
import { memoryDb } from '../testing/devices';
import { NOW, seedReference, STAFF } from '../testing/kelurahan';
import { savePeriod } from './save-period';

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

const pengelola = (db: LocalDb) => ({
  db,
  user: { nip: 'admin', roles: ['pengelola' as const] },
  now: () => NOW,
});
const period = async (db: LocalDb) => (await db.get(ids.period('2025'))) as unknown as PeriodDoc;

describe('savePeriod', () => {
  it('closes and reopens a period, and sets, moves and removes its batas pengisian', async () => {
    const db = await device();
    expect(await savePeriod('2025', { status: 'closed' }, pengelola(db))).toMatchObject({
      ok: true,
    });
    expect((await period(db)).status).toBe('closed');
    await savePeriod('2025', { status: 'open', submitBy: '2026-01-15' }, pengelola(db));
    expect(await period(db)).toMatchObject({ status: 'open', submitBy: '2026-01-15' });
    await savePeriod('2025', { submitBy: '2026-01-31' }, pengelola(db));
    expect((await period(db)).submitBy).toBe('2026-01-31');
    await savePeriod('2025', { submitBy: null }, pengelola(db));
    expect((await period(db)).submitBy).toBeUndefined();
  });

  it('refuses a batas pengisian too long after the end, and staff, keeping the period', async () => {
    const db = await device();
    const late = await savePeriod('2025', { submitBy: '2026-06-01' }, pengelola(db));
    expect(late).toMatchObject({ ok: false, code: 'submit-by-range', field: 'submitBy' });
    const staff = { db, user: { nip: STAFF, roles: [] }, now: () => NOW };
    expect(await savePeriod('2025', { status: 'closed' }, staff)).toMatchObject({
      ok: false,
      code: 'not-writer',
    });
    expect(await period(db)).toMatchObject({ status: 'open' });
    expect((await period(db)).submitBy).toBeUndefined();
  });
});
