// The console's commands (savePeriod, saveCatalog) on a device holding the kelurahan's reference,
// and what the batas pengisian they set does to a staff member's submissions there.
import { afterEach, describe, expect, it } from 'vitest';
import { ids } from '../../core/ids';
import type { CatalogDoc, PeriodDoc } from '../../core/schemas/reference';
import type { LocalDb } from '../local-db';
import { memoryDb } from '../testing/devices';
import { contextFor, NOW, seedReference, STAFF } from '../testing/kelurahan';
import { saveCatalog, setCatalogArchived, type CatalogInput } from './save-catalog';
import { saveActivity } from './save-activity';
import { savePeriod } from './save-period';
import { submitDay } from './submit-day';

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
    const staff = contextFor(db, STAFF);
    expect(await savePeriod('2025', { status: 'closed' }, staff)).toMatchObject({
      ok: false,
      code: 'not-writer',
    });
    expect(await period(db)).toMatchObject({ status: 'open' });
    expect((await period(db)).submitBy).toBeUndefined();
  });
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
    const staff = contextFor(db, STAFF);
    expect(await saveCatalog({ ...input, code: 'lain' }, staff, { create: true })).toMatchObject({
      ok: false,
      code: 'not-writer',
    });
    expect((await stored(db)).name).toBe('Melaksanakan pembelajaran di kelas');
  });
});

describe('the batas pengisian on a staff device', () => {
  it('keeps the day log as drafts when "Ajukan semua" comes after it, and says why', async () => {
    const db = await device();
    const staff = contextFor(db, STAFF);
    const saved = await saveActivity(
      {
        date: '2025-02-20',
        start: '08:00',
        end: '09:00',
        kegiatan: 'Melayani surat keterangan',
        realisasi: 3,
        satuan: 'berkas',
        submit: false,
      },
      staff,
    );
    if (!saved.ok) throw new Error(saved.reason);
    await savePeriod('2025', { submitBy: '2025-03-01' }, pengelola(db));

    const [result] = await submitDay('2025-02-20', staff);
    expect(result?.result).toEqual({
      ok: false,
      code: 'submit-by-passed',
      field: 'date',
      reason:
        'Batas pengisian Tahun 2025 sudah lewat (1 Maret 2025). Kegiatan tersimpan sebagai draf; ajukan setelah Pengelola membuka kembali.',
    });
    expect(await db.get(saved.id)).toMatchObject({ status: 'draft' });

    await savePeriod('2025', { submitBy: null }, pengelola(db));
    const [again] = await submitDay('2025-02-20', staff);
    expect(again?.result).toMatchObject({ ok: true });
    expect(await db.get(saved.id)).toMatchObject({ status: 'submitted' });
  });
});
