import { afterEach, describe, expect, it } from 'vitest';
import type { EmployeeDoc } from '../../core/schemas/reference';
import { makeUnit } from '../../core/testing/factories';
import type { LocalDb } from '../local-db';
import { memoryDb } from '../testing/devices';
import {
  HEAD,
  kelurahanEmployee,
  NOW,
  OTHER,
  seedReference,
  STAFF,
  TODAY,
  UNIT,
} from '../testing/kelurahan';
import type { CommandContext } from './context';
import {
  addActing,
  changeEmployeeStatus,
  createEmployee,
  editEmployee,
  endActing,
  moveEmployee,
} from './save-employee';

const HEAD_B = '197202022001011004';
const RETIRED = '196001011985031005';

const dbs: LocalDb[] = [];
async function pengelolaDevice(): Promise<CommandContext> {
  const db = memoryDb();
  dbs.push(db);
  await seedReference(db);
  await db.bulkDocs([
    makeUnit({ unitId: UNIT, name: 'Kelurahan A', parentId: null, headNip: HEAD }),
    makeUnit({ unitId: 'kelurahan-b', name: 'Kelurahan B', parentId: null, headNip: HEAD_B }),
    makeUnit({
      unitId: 'lama',
      name: 'Unit Lama',
      parentId: null,
      headNip: null,
      closedOn: '2025-01-01',
    }),
    kelurahanEmployee(HEAD_B, { unitId: 'kelurahan-b' }),
    kelurahanEmployee(RETIRED, { active: false, status: 'pensiun' }),
  ]);
  return { db, user: { nip: 'admin', roles: ['admin'] }, now: () => NOW };
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.destroy();
});

const held = async (ctx: CommandContext, nip: string) =>
  (await ctx.db.get(`employee:${nip}`)) as unknown as EmployeeDoc;

describe('moveEmployee (mutasi)', () => {
  it('moves the current assignment into the riwayat, ended the day before the TMT', async () => {
    const ctx = await pengelolaDevice();
    const result = await moveEmployee(
      STAFF,
      {
        unitId: 'kelurahan-b',
        superiorNip: HEAD_B,
        position: 'Pengadministrasi',
        tmt: '2025-03-01',
        note: 'SK 800/12',
      },
      ctx,
    );
    expect(result).toEqual({ ok: true, id: `employee:${STAFF}` });
    const doc = await held(ctx, STAFF);
    expect(doc).toMatchObject({
      unitId: 'kelurahan-b',
      superiorNip: HEAD_B,
      position: 'Pengadministrasi',
      assignedFrom: '2025-03-01',
      history: [
        {
          unitId: UNIT,
          superiorNip: HEAD,
          position: 'Pelaksana',
          to: '2025-02-28',
          note: 'SK 800/12',
        },
      ],
    });
  });

  it('refuses a TMT after today, naming the field, and writes nothing', async () => {
    const ctx = await pengelolaDevice();
    const result = await moveEmployee(
      STAFF,
      { unitId: 'kelurahan-b', superiorNip: HEAD_B, position: 'Pelaksana', tmt: '2025-03-13' },
      ctx,
    );
    expect(result).toMatchObject({ ok: false, code: 'tmt-future', field: 'assignedFrom' });
    expect((await held(ctx, STAFF)).unitId).toBe(UNIT);
  });

  it('refuses a closed unit and an inactive superior, which the org chart does not list', async () => {
    const ctx = await pengelolaDevice();
    const into = (unitId: string, superiorNip: string) =>
      moveEmployee(STAFF, { unitId, superiorNip, position: 'Pelaksana', tmt: TODAY }, ctx);
    expect(await into('lama', HEAD)).toMatchObject({
      ok: false,
      code: 'unit-closed',
      field: 'unitId',
    });
    expect(await into(UNIT, RETIRED)).toMatchObject({
      ok: false,
      code: 'superior-inactive',
      field: 'superiorNip',
    });
  });
});

describe('createEmployee and editEmployee', () => {
  const fields = (nip: string) => {
    const { _id, _rev, type, schemaVersion, acting, history, ...rest } = kelurahanEmployee(nip, {
      name: 'Rahmat Hidayat',
      assignedFrom: '2025-01-02',
    }) as EmployeeDoc;
    void [_id, _rev, type, schemaVersion, acting, history];
    return rest;
  };

  it('adds a new person and refuses a NIP the directory holds, a retired person’s included', async () => {
    const ctx = await pengelolaDevice();
    expect(await createEmployee(fields('199505052020011006'), ctx)).toMatchObject({ ok: true });
    expect(await createEmployee(fields(RETIRED), ctx)).toMatchObject({
      ok: false,
      code: 'employee-exists',
      field: 'nip',
    });
  });

  it('corrects fields in place and keeps the riwayat', async () => {
    const ctx = await pengelolaDevice();
    await moveEmployee(
      STAFF,
      { unitId: 'kelurahan-b', superiorNip: HEAD_B, position: 'Pelaksana', tmt: TODAY },
      ctx,
    );
    const moved = await held(ctx, STAFF);
    const { _id, _rev, type, schemaVersion, acting, history, ...rest } = moved;
    void [_id, _rev, type, schemaVersion, acting];
    expect(await editEmployee({ ...rest, name: 'Pegawai Baru, S.E.' }, ctx)).toMatchObject({
      ok: true,
    });
    expect(await held(ctx, STAFF)).toMatchObject({ name: 'Pegawai Baru, S.E.', history });
  });
});

describe('changeEmployeeStatus', () => {
  it('sets active false for pensiun and records the change in the riwayat', async () => {
    const ctx = await pengelolaDevice();
    const result = await changeEmployeeStatus(
      OTHER,
      { status: 'pensiun', from: '2025-03-01', note: 'SK 821/5' },
      ctx,
    );
    expect(result).toMatchObject({ ok: true });
    const doc = await held(ctx, OTHER);
    expect(doc).toMatchObject({ active: false, status: 'pensiun', assignedFrom: '2025-03-01' });
    expect(doc.history?.at(-1)).toMatchObject({
      to: '2025-02-28',
      note: 'Status: Aktif → Pensiun; SK 821/5',
    });
  });
});

describe('Plt/Plh', () => {
  it('adds one, refuses the head acting for themselves, and ends one early', async () => {
    const ctx = await pengelolaDevice();
    const plt = { actingNip: STAFF, kind: 'plt' as const, from: '2025-03-01', to: '2025-04-30' };
    expect(await addActing(HEAD, plt, ctx)).toMatchObject({ ok: true });
    expect(await addActing(HEAD, { ...plt, actingNip: HEAD }, ctx)).toMatchObject({
      ok: false,
      code: 'acting-self',
    });
    expect(await endActing(HEAD, 0, TODAY, ctx)).toMatchObject({ ok: true });
    expect((await held(ctx, HEAD)).acting).toEqual([{ ...plt, to: TODAY }]);
  });
});
