import { afterEach, describe, expect, it } from 'vitest';
import { makeUnit } from '../../core/testing/factories';
import { WRITE_REASONS } from '../../core/write-reasons';
import type { LocalDb } from '../local-db';
import { memoryDb } from '../testing/devices';
import { HEAD, NOW, seedReference, STAFF, UNIT } from '../testing/kelurahan';
import type { CommandContext } from './context';
import { createUnit, updateUnit, type UnitFields } from './save-unit';

const dbs: LocalDb[] = [];
/** A Pengelola's device holding the kelurahan (its unit under a kecamatan) and its people. */
async function pengelola(): Promise<{ db: LocalDb; ctx: CommandContext }> {
  const db = memoryDb();
  dbs.push(db);
  await seedReference(db);
  await db.bulkDocs([
    makeUnit({ unitId: 'kecamatan', name: 'Kecamatan Gayungan', parentId: null, headNip: null }),
    makeUnit({ unitId: UNIT, name: 'Kelurahan A', parentId: 'kecamatan', headNip: HEAD }),
  ]);
  return { db, ctx: { db, user: { nip: 'admin', roles: ['admin'] }, now: () => NOW } };
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.destroy();
});

const fields = (overrides: Partial<UnitFields> = {}): UnitFields => ({
  name: 'Seksi Pelayanan',
  kind: 'seksi',
  parentId: UNIT,
  headNip: null,
  headPosition: 'Kepala Seksi Pelayanan',
  closedOn: null,
  ...overrides,
});

describe('createUnit', () => {
  it('writes a new unit with its kind and head position, leaving empty fields out', async () => {
    const { db, ctx } = await pengelola();
    expect(await createUnit(' seksi-pelayanan ', fields({ headPosition: ' ' }), ctx)).toEqual({
      ok: true,
      id: 'unit:seksi-pelayanan',
    });
    const doc = await db.get('unit:seksi-pelayanan');
    expect(doc).toMatchObject({ unitId: 'seksi-pelayanan', kind: 'seksi', parentId: UNIT });
    expect(doc).not.toHaveProperty('headPosition');
    expect(doc).not.toHaveProperty('closedOn');
  });

  it('refuses an existing code with another meaning, keeping the stored unit', async () => {
    const { db, ctx } = await pengelola();
    const result = await createUnit('kecamatan', fields({ name: 'Seksi Lain' }), ctx);
    expect(result).toEqual({
      ok: false,
      code: 'unit-exists',
      reason: WRITE_REASONS['unit-exists'].id,
      field: 'unitId',
    });
    expect(await db.get('unit:kecamatan')).toMatchObject({ name: 'Kecamatan Gayungan' });
  });

  it('names the field of a bad value (an empty name) and of an unknown parent', async () => {
    const { ctx } = await pengelola();
    expect(await createUnit('baru', fields({ name: '  ' }), ctx)).toMatchObject({
      ok: false,
      code: 'invalid-doc',
      field: 'name',
    });
    expect(await createUnit('baru', fields({ parentId: 'tidak-ada' }), ctx)).toMatchObject({
      code: 'unit-parent-unknown',
      field: 'parentId',
    });
  });

  it('refuses a staff member (not-writer)', async () => {
    const { db } = await pengelola();
    const staff = { db, user: { nip: STAFF, roles: [] }, now: () => NOW };
    expect(await createUnit('baru', fields(), staff)).toMatchObject({ code: 'not-writer' });
  });
});

describe('updateUnit', () => {
  it('renames and moves a unit, keeping what it does not change', async () => {
    const { db, ctx } = await pengelola();
    await createUnit('seksi-pelayanan', fields(), ctx);
    expect(
      await updateUnit('seksi-pelayanan', { name: 'Seksi Layanan', parentId: 'kecamatan' }, ctx),
    ).toMatchObject({ ok: true });
    expect(await db.get('unit:seksi-pelayanan')).toMatchObject({
      name: 'Seksi Layanan',
      parentId: 'kecamatan',
      kind: 'seksi',
      headPosition: 'Kepala Seksi Pelayanan',
    });
    expect(await updateUnit('kecamatan', { parentId: 'seksi-pelayanan' }, ctx)).toMatchObject({
      code: 'unit-cycle',
      field: 'parentId',
    });
  });

  it('closes an empty unit from a date and reopens it; a unit with people stays open', async () => {
    const { db, ctx } = await pengelola();
    await createUnit('seksi-pelayanan', fields(), ctx);
    expect(await updateUnit('seksi-pelayanan', { closedOn: '2025-04-01' }, ctx)).toMatchObject({
      ok: true,
    });
    expect(await db.get('unit:seksi-pelayanan')).toMatchObject({ closedOn: '2025-04-01' });
    expect(await updateUnit('seksi-pelayanan', { closedOn: null }, ctx)).toMatchObject({
      ok: true,
    });
    expect(await db.get('unit:seksi-pelayanan')).not.toHaveProperty('closedOn');

    const refused = await updateUnit(UNIT, { closedOn: '2025-04-01' }, ctx);
    expect(refused).toMatchObject({ code: 'unit-has-people', field: 'closedOn' });
    expect(!refused.ok && refused.reason).toMatch(/: 3$/);
    expect(await db.get(`unit:${UNIT}`)).not.toHaveProperty('closedOn');
  });

  it('sets working hours, keeps them through other changes, and clears them to follow the unit above', async () => {
    const { db, ctx } = await pengelola();
    const hours = { days: [1, 2, 3, 4, 5, 6], start: '07:00', end: '13:30', fridayEnd: '11:00' };
    expect(await updateUnit(UNIT, { workHours: hours }, ctx)).toMatchObject({ ok: true });
    expect(await db.get(`unit:${UNIT}`)).toMatchObject({ workHours: hours });
    await updateUnit(UNIT, { name: 'Kelurahan Ketintang' }, ctx);
    expect(await db.get(`unit:${UNIT}`)).toMatchObject({ workHours: hours });

    expect(await updateUnit(UNIT, { workHours: { ...hours, end: '06:00' } }, ctx)).toMatchObject({
      ok: false,
      field: 'workHours.end',
    });
    expect(await updateUnit(UNIT, { workHours: null }, ctx)).toMatchObject({ ok: true });
    expect(await db.get(`unit:${UNIT}`)).not.toHaveProperty('workHours');
  });

  it('answers for a unit the device does not hold', async () => {
    const { ctx } = await pengelola();
    expect(await updateUnit('tidak-ada', { name: 'X' }, ctx)).toMatchObject({
      ok: false,
      code: 'unknown-unit',
    });
  });
});
