/**
 * A mutasi by re-import: from an empty server (SEED=none) an organisation is imported, a staff
 * member logs work, and an edited file moves them to another head. Real devices (PouchDB with the
 * read model and the sync engine of client/data) follow: the old head's device loses the person's
 * documents, the new head's device gets them.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  PERSON_COLUMNS,
  UNIT_COLUMNS,
  type PersonRow,
} from '../../client/core/org-import/org-columns';
import { makeEntry, today } from '../../client/core/testing/factories';
import { makePersonRow as person, makeUnitRow as unit } from '../../client/core/testing/org-rows';
import { eventually } from '../../client/data/testing/eventually';
import { toCsv } from '../../sync-server/org-import/csv';
import { openDevice, type Device } from './support/client-device';
import { call, signIn, type Auth } from './support/http';
import { startServer, type TestServer } from './support/server';

(globalThis as { navigator?: unknown }).navigator ??= { userAgent: 'Node' };
(globalThis as { self?: unknown }).self ??= globalThis;

const KADIS = '197203151998031002';
const HEAD_A = '197805202003122001';
const HEAD_B = '197911092005012007';
const MOVER = '199004072015031004';
const STAYER = '198811122011012003';
const PASSWORD = 'rahasia-mutasi-1';

const UNITS = [
  unit({ kode_unit: 'pemda', nama_unit: 'Pemerintah Contoh', jenis: 'pemda' }),
  unit({ kode_induk: 'pemda' }),
  unit({ kode_unit: 'bidang-a', nama_unit: 'Bidang A', kode_induk: 'dinas', jenis: 'bidang' }),
  unit({ kode_unit: 'bidang-b', nama_unit: 'Bidang B', kode_induk: 'dinas', jenis: 'bidang' }),
];
const staff = (nip: string, unitId: string, superior: string) =>
  person({
    nip,
    nama: `Staf ${nip.slice(-3)}`,
    jabatan: 'Analis',
    jenis_jabatan: 'fungsional',
    kode_unit: unitId,
    nip_atasan: superior,
  });
const PEOPLE: PersonRow[] = [
  person({ nip: KADIS }),
  person({
    nip: HEAD_A,
    nama: 'Kepala A',
    jabatan: 'Kepala Bidang A',
    kode_unit: 'bidang-a',
    nip_atasan: KADIS,
  }),
  person({
    nip: HEAD_B,
    nama: 'Kepala B',
    jabatan: 'Kepala Bidang B',
    kode_unit: 'bidang-b',
    nip_atasan: KADIS,
  }),
  staff(MOVER, 'bidang-a', HEAD_A),
  staff(STAYER, 'bidang-a', HEAD_A),
];

let server: TestServer;
let admin: Auth;
const devices: Device[] = [];

beforeAll(async () => {
  server = await startServer({ env: { SEED: 'none' } });
  admin = { token: await signIn(server.url, 'admin', 'admin-secret-1') };
});
afterEach(async () => {
  for (const d of devices.splice(0)) await d.stop();
});
afterAll(async () => {
  await server?.stop();
});

async function importPeople(people: readonly PersonRow[]) {
  const r = await call(`${server.url}/api/admin/org-import`, {
    method: 'POST',
    auth: admin,
    json: {
      units: toCsv(UNIT_COLUMNS, UNITS as Record<(typeof UNIT_COLUMNS)[number], string>[]),
      people: toCsv(PERSON_COLUMNS, people as Record<(typeof PERSON_COLUMNS)[number], string>[]),
      apply: true,
    },
  });
  expect(r.status, r.text).toBe(200);
  return r.body as {
    errors: unknown[];
    summary: { people: Record<string, number> };
    applied: boolean;
  };
}

/** A head's device; the one that must let documents go runs on IndexedDB, which can purge. */
async function device(nip: string, adapter: 'memory' | 'indexeddb'): Promise<Device> {
  const d = await openDevice({
    nip,
    serverUrl: server.url,
    token: await signIn(server.url, nip, PASSWORD),
    adapter,
  });
  devices.push(d);
  await d.synced();
  return d;
}

describe('a mutasi by re-import', () => {
  it('moves the person’s documents from the old head’s device to the new head’s', async () => {
    expect((await importPeople(PEOPLE)).applied).toBe(true);
    for (const nip of [HEAD_A, HEAD_B, MOVER])
      await server.app.services.accounts.create({ nip, name: nip, roles: [] }, PASSWORD);

    // The staff member logs two activities.
    const token = await signIn(server.url, MOVER, PASSWORD);
    const logged = [
      makeEntry({ nip: MOVER, date: today() }),
      makeEntry({ nip: MOVER, date: today() }),
    ];
    for (const doc of logged) {
      const put = await call(`${server.couchUrl}/${doc._id}`, {
        method: 'PUT',
        auth: { token },
        json: doc,
      });
      expect(put.status).toBe(201);
    }
    const ids = logged.map((d) => d._id);

    const headA = await device(HEAD_A, 'indexeddb');
    const headB = await device(HEAD_B, 'memory');
    const held = async (d: Device) =>
      (await d.db.allDocs({ keys: [...ids, `employee:${MOVER}`] })).rows.filter(
        (r) => 'value' in r && r.value && !r.value.deleted,
      ).length;
    // The mover's entries in a device's read model (what its screens show).
    const shown = (d: Device) =>
      d.rm.activities.where('[nip+date]').between([MOVER, ''], [MOVER, '\uffff']).count();
    expect(await held(headA)).toBe(3);
    expect(await held(headB)).toBe(0);

    // Mutasi: the edited file puts them in bidang B under head B.
    const moved = PEOPLE.map((r) =>
      r.nip === MOVER ? { ...r, kode_unit: 'bidang-b', nip_atasan: HEAD_B } : r,
    );
    const reply = await importPeople(moved);
    expect(reply.summary.people).toEqual({ create: 0, update: 1, unchanged: PEOPLE.length - 1 });

    await eventually(async () => expect(await held(headB)).toBe(3), 30_000);
    await eventually(async () => expect(await held(headA)).toBe(0), 30_000);
    await eventually(async () => expect(await shown(headA)).toBe(0), 10_000);
    // The pull wrote them; the read model follows from the local feed (it may lag the pull).
    await eventually(async () => expect(await shown(headB)).toBe(2), 10_000);
    // The head who stays keeps the rest of the team.
    const stayer = makeEntry({ nip: STAYER, date: today() });
    await server.app.services.accounts.create({ nip: STAYER, name: STAYER, roles: [] }, PASSWORD);
    const put = await call(`${server.couchUrl}/${stayer._id}`, {
      method: 'PUT',
      auth: { token: await signIn(server.url, STAYER, PASSWORD) },
      json: stayer,
    });
    expect(put.status).toBe(201);
    headA.engine.syncNow();
    await eventually(
      async () =>
        expect((await headA.db.allDocs({ keys: [stayer._id] })).rows[0]).toHaveProperty('value'),
      20_000,
    );
    // Let both engines settle before the devices close.
    await headA.synced();
    await headB.synced();
  });
});
