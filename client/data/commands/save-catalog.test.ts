import { afterEach, describe, expect, it } from 'vitest';
import { ids } from '../../core/ids';
import type { CatalogDoc } from '../../core/schemas/reference';
import type { LocalDb } from '../local-db';
import { memoryDb } from '../testing/devices';
import { NOW, seedReference, STAFF } from '../testing/kelurahan';
import { saveCatalog, setCatalogArchived, type CatalogInput } from './save-catalog';

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
  user: { nip: 'admin', roles: ['admin' as const] },
  now: () => NOW,
});
const input: CatalogInput = {
  code: 'pembelajaran',
  name: ' Melaksanakan pembelajaran di kelas ',
  satuan: 'jam pelajaran',
  defaultMinutes: 70,
  aspect: 'kuantitas',
  positions: ['Guru Kelas'],
  archived: false,
};
const stored = async (db: LocalDb) =>
  (await db.get(ids.catalog('pembelajaran'))) as unknown as CatalogDoc;

describe('saveCatalog', () => {
  it('creates a template, edits it, archives and restores it', async () => {
    const db = await device();
    expect(await saveCatalog(input, pengelola(db), { create: true })).toMatchObject({ ok: true });
    expect(await stored(db)).toMatchObject({
      name: 'Melaksanakan pembelajaran di kelas',
      positions: ['Guru Kelas'],
    });
    await saveCatalog({ ...input, positions: [], defaultMinutes: null }, pengelola(db), {
      create: false,
    });
    const edited = await stored(db);
    expect(edited.positions).toBeUndefined();
    expect(edited.defaultMinutes).toBeUndefined();
    await setCatalogArchived('pembelajaran', true, pengelola(db));
    expect((await stored(db)).archived).toBe(true);
    await setCatalogArchived('pembelajaran', false, pengelola(db));
    expect((await stored(db)).archived).toBeUndefined();
  });

  it('refuses a code already in use, a bad code and staff, writing nothing', async () => {
    const db = await device();
    await saveCatalog(input, pengelola(db), { create: true });
    expect(await saveCatalog(input, pengelola(db), { create: true })).toMatchObject({
      ok: false,
      code: 'code-taken',
      field: 'code',
    });
    expect(
      await saveCatalog({ ...input, code: 'Bukan Kode' }, pengelola(db), { create: true }),
    ).toMatchObject({ ok: false, field: 'code' });
    const staff = { db, user: { nip: STAFF, roles: [] }, now: () => NOW };
    expect(await saveCatalog({ ...input, code: 'lain' }, staff, { create: true })).toMatchObject({
      ok: false,
      code: 'not-writer',
    });
    expect((await stored(db)).name).toBe('Melaksanakan pembelajaran di kelas');
  });
});
