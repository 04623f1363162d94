/**
 * The console's units and organisation ratings against the real sync server: a Pengelola's
 * device writes units with the console's commands and they reach the server; what core refuses
 * on the device (a loop, closing a unit with people) the server refuses too, with the same
 * reason; a staff member may not write a unit; the admin sets ratings under its own name.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeOrgRating, makeUnit } from '../../client/core/testing/factories';
import { WRITE_REASONS } from '../../client/core/write-reasons';
import { createUnit, updateUnit, type UnitFields } from '../../client/data/commands/save-unit';
import { eventually } from '../../client/data/testing/eventually';
import { NIP } from '../../sync-server/seed/demo-people';
import { deviceFleet } from './support/client-device';
import { basic, call, signIn } from './support/http';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
const fleet = deviceFleet(() => server.url);

beforeAll(async () => {
  server = await startServer();
});
afterEach(async () => {
  await fleet.stopAll();
});
afterAll(async () => {
  await server?.stop();
});

const device = (nip: string, roles: ('pengelola' | 'admin')[] = []) => fleet.device(nip, { roles });

/** A unit as the server holds it, read by the Pengelola. */
async function serverUnit(unitId: string) {
  const r = await call(`${server.couchUrl}/unit:${unitId}`, { auth: basic(NIP.ratna) });
  return { status: r.status, doc: r.body as Record<string, unknown> };
}

const fields = (overrides: Partial<UnitFields> = {}): UnitFields => ({
  name: 'Bidang Pengembangan SDM',
  kind: 'bidang',
  parentId: 'bkpsdm',
  headNip: null,
  headPosition: 'Kepala Bidang Pengembangan SDM',
  closedOn: null,
  ...overrides,
});

describe("a Pengelola's device keeps the units", () => {
  it('sends a new unit and its sub-unit in one push (as a device that was offline does)', async () => {
    const parent = makeUnit({
      unitId: 'uptd-a',
      name: 'UPTD A',
      parentId: 'bkpsdm',
      headNip: null,
    });
    const child = makeUnit({
      unitId: 'uptd-a-tu',
      name: 'Tata Usaha UPTD A',
      parentId: 'uptd-a',
      headNip: null,
    });
    const r = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(NIP.ratna),
      json: { docs: [parent, child] },
    });
    expect(r.body).toMatchObject([
      { id: parent._id, ok: true },
      { id: child._id, ok: true },
    ]);
    // The sub-unit alone, under a parent nobody holds, is still refused.
    const orphan = makeUnit({
      unitId: 'yatim',
      name: 'Yatim',
      parentId: 'tidak-ada',
      headNip: null,
    });
    const refused = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(NIP.ratna),
      json: { docs: [orphan] },
    });
    expect(refused.body).toMatchObject([{ id: orphan._id, error: 'forbidden' }]);
  });

  it('creates, moves and closes a unit; the server holds each change', async () => {
    const ratna = await device(NIP.ratna, ['pengelola']);
    expect(await createUnit('bidang-psdm', fields(), ratna.ctx)).toMatchObject({ ok: true });
    // Right after a local write the engine may not have counted it yet: wait on the server.
    await eventually(
      async () =>
        expect((await serverUnit('bidang-psdm')).doc).toMatchObject({
          name: 'Bidang Pengembangan SDM',
          parentId: 'bkpsdm',
          kind: 'bidang',
        }),
      20_000,
    );

    expect(await updateUnit('bidang-psdm', { parentId: 'pemda' }, ratna.ctx)).toMatchObject({
      ok: true,
    });
    expect(await updateUnit('bidang-psdm', { closedOn: '2026-01-31' }, ratna.ctx)).toMatchObject({
      ok: true,
    });
    await eventually(
      async () =>
        expect((await serverUnit('bidang-psdm')).doc).toMatchObject({
          parentId: 'pemda',
          closedOn: '2026-01-31',
        }),
      20_000,
    );
    expect(ratna.status().denied).toEqual([]);
  });

  it('the server refuses what core refuses, with the same reason, whatever the device sends', async () => {
    const ratna = await device(NIP.ratna, ['pengelola']);
    // The device's own check says no...
    const closing = await updateUnit('kelurahan-ketintang', { closedOn: '2026-01-31' }, ratna.ctx);
    expect(closing).toMatchObject({ ok: false, code: 'unit-has-people', field: 'closedOn' });
    const reason = !closing.ok ? closing.reason : '';
    expect(reason).toBe(`${WRITE_REASONS['unit-has-people'].id}: 3`);
    // ...and a device that writes anyway (an old app, a tool) meets the same rule on the server.
    const stored = await ratna.db.get('unit:kelurahan-ketintang');
    await ratna.db.put({ ...stored, closedOn: '2026-01-31' });
    const pemda = await ratna.db.get('unit:pemda');
    await ratna.db.put({ ...pemda, parentId: 'kelurahan-ketintang' });
    await eventually(
      () =>
        expect(Object.fromEntries(ratna.status().denied.map((d) => [d.id, d.reason]))).toEqual({
          'unit:kelurahan-ketintang': reason,
          'unit:pemda': WRITE_REASONS['unit-cycle'].id,
        }),
      20_000,
    );
    expect((await serverUnit('kelurahan-ketintang')).doc).not.toHaveProperty('closedOn');
    expect((await serverUnit('pemda')).doc).toMatchObject({ parentId: null });
  });

  it("refuses a staff member's unit, new or changed", async () => {
    const put = (doc: Record<string, unknown>) =>
      call(`${server.couchUrl}/${String(doc._id)}`, {
        method: 'PUT',
        auth: basic(NIP.dewi),
        json: doc,
      });
    const created = await put({
      _id: 'unit:unit-dewi',
      type: 'unit',
      schemaVersion: 1,
      unitId: 'unit-dewi',
      name: 'Unit Dewi',
      parentId: 'pemda',
      headNip: null,
    });
    expect(created.status).toBe(403);
    expect(created.body).toMatchObject({
      error: 'forbidden',
      reason: WRITE_REASONS['not-writer'].id,
    });
    const { doc } = await serverUnit('sdn-gayungan-1');
    expect((await put({ ...doc, name: 'SD Dewi' })).status).toBe(403);
    expect((await serverUnit('sdn-gayungan-1')).doc.name).toBe(doc.name);
  });
});

describe('organisation ratings', () => {
  it('are set by the admin under its own name, never under a Pengelola', async () => {
    const admin = await signIn(server.url, 'admin', 'admin-secret-1');
    const put = (doc: { _id: string }) =>
      call(`${server.couchUrl}/${doc._id}`, { method: 'PUT', auth: { token: admin }, json: doc });
    const rating = makeOrgRating({ unitId: 'bkpsdm', periodId: '2026', setBy: 'admin' });
    expect((await put(rating)).status).toBe(201);
    const forged = await put(
      makeOrgRating({ unitId: 'pemda', periodId: '2026', setBy: NIP.ratna }),
    );
    expect(forged.status).toBe(403);
    expect(forged.body).toMatchObject({ reason: WRITE_REASONS['author-mismatch'].id });
  });
});
