/**
 * The org chart changes under running devices: a report moves to another head (the Pengelola
 * edits the employee document), an acting head is appointed. Channels, epochs, the retention
 * window and reconcile follow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../client/core/dates';
import { makeEntry, makeFeedback, today } from '../../client/core/testing/factories';
import { WRITE_REASONS } from '../../client/core/write-reasons';
import { eventually } from '../../client/data/testing/eventually';
import { NIP } from '../../sync-server/seed/demo-people';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { localDb, remoteDb } from './support/clients';
import { basic, call } from './support/http';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
type Changes = { results: { id: string; seq: string }[]; last_seq: string };

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const changes = async (nip: string, since = '0') =>
  (await call(`${server.couchUrl}/_changes?since=${since}`, { auth: basic(nip) })).body as Changes;
const idsOf = (c: Changes) => c.results.map((r) => r.id);
const isAgus = (id: string) => id.includes(NIP.agus) && !id.startsWith('employee:');

async function editEmployee(
  nip: string,
  change: (doc: Record<string, unknown>) => Record<string, unknown>,
) {
  const doc = (await call(`${server.couchUrl}/employee:${nip}`, { auth: basic(NIP.ratna) }))
    .body as Record<string, unknown>;
  const put = await call(`${server.couchUrl}/employee:${nip}`, {
    method: 'PUT',
    auth: basic(NIP.ratna),
    json: change(doc),
  });
  expect(put.status).toBe(201);
}

describe('a report moved to another head', () => {
  it('leaves the old head’s feed, is named by reconcile, and reaches the new head within the window', async () => {
    // An old activity of Agus, outside the window of heads' devices (still his own).
    const old = makeEntry({ nip: NIP.agus, date: '2025-06-02' });
    expect(
      (
        await call(`${server.couchUrl}/${old._id}`, {
          method: 'PUT',
          auth: basic(NIP.agus),
          json: old,
        })
      ).status,
    ).toBe(201);

    const sriDevice = localDb('sri');
    await sriDevice.replicate.from(remoteDb(server.couchUrl, NIP.sri, DEMO_PASSWORD));
    const sriHeld = (await sriDevice.allDocs()).rows.map((r) => r.id);
    expect(sriHeld.filter(isAgus).length).toBeGreaterThan(10);
    expect(sriHeld).not.toContain(old._id);
    const sriBefore = await changes(NIP.sri);
    const suhartiBefore = await changes(NIP.suharti);
    expect(idsOf(suhartiBefore).some(isAgus)).toBe(false);

    // A longpoll of the old head is answered when the chart changes.
    const held = server.app.services.waiters.size;
    const waiting = call(
      `${server.couchUrl}/_changes?feed=longpoll&since=${sriBefore.last_seq}&timeout=10000`,
      { auth: basic(NIP.sri) },
    );
    await eventually(() => expect(server.app.services.waiters.size).toBeGreaterThan(held));
    await editEmployee(NIP.agus, (d) => ({
      ...d,
      superiorNip: NIP.suharti,
      unitId: 'sdn-ketintang-2',
    }));
    const woke = (await waiting).body as Changes;
    expect(woke.last_seq.split('-')[1]).not.toBe(sriBefore.last_seq.split('-')[1]);

    // Old head: a stale epoch restarts the feed, which no longer carries Agus.
    const sriAfter = await changes(NIP.sri, sriBefore.last_seq);
    expect(sriAfter.results.length).toBeGreaterThan(0);
    expect(sriAfter.last_seq.split('-')[1]).not.toBe(sriBefore.last_seq.split('-')[1]);
    expect(idsOf(sriAfter).some(isAgus)).toBe(false);
    expect(idsOf(sriAfter).some((id) => id.startsWith(`activity:${NIP.dewi}:`))).toBe(true);

    const reconcile = await call(`${server.url}/api/sync/reconcile`, {
      method: 'POST',
      auth: basic(NIP.sri),
      json: { ids: sriHeld },
    });
    expect(reconcile.status).toBe(200);
    const gone = (reconcile.body as { gone: string[] }).gone;
    expect(gone.sort()).toEqual(
      sriHeld.filter((id) => isAgus(id) || id === `employee:${NIP.agus}`).sort(),
    );
    // A device's own unpushed document is not "gone".
    const unpushed = makeEntry({ nip: NIP.sri, date: today() })._id;
    const r2 = await call(`${server.url}/api/sync/reconcile`, {
      method: 'POST',
      auth: basic(NIP.sri),
      json: { ids: [unpushed] },
    });
    expect(r2.body).toEqual({ gone: [] });

    // The old head's device keeps replicating.
    const again = await sriDevice.replicate.from(remoteDb(server.couchUrl, NIP.sri, DEMO_PASSWORD));
    expect(again.ok).toBe(true);

    // New head: the history within the window, not older; older is still readable online.
    const suhartiAfter = await changes(NIP.suharti, suhartiBefore.last_seq);
    const got = idsOf(suhartiAfter).filter(isAgus);
    expect(got.some((id) => id.startsWith(`activity:${NIP.agus}:`))).toBe(true);
    expect(got.some((id) => id.startsWith(`skp:${NIP.agus}:`))).toBe(true);
    expect(got).not.toContain(old._id);
    expect((await call(`${server.couchUrl}/${old._id}`, { auth: basic(NIP.suharti) })).status).toBe(
      200,
    );
    const listed = (await call(`${server.couchUrl}/_all_docs`, { auth: basic(NIP.suharti) }))
      .body as { rows: { id: string }[] };
    expect(listed.rows.map((r) => r.id)).toContain(old._id);
    // Agus himself still has all of his own.
    expect(idsOf(await changes(NIP.agus))).toContain(old._id);
    // And only his new head may now give him feedback.
    const bySri = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(NIP.sri),
      json: { docs: [makeFeedback({ nip: NIP.agus, authorNip: NIP.sri, date: today() })] },
    });
    expect(bySri.body).toEqual([
      expect.objectContaining({ error: 'forbidden', reason: WRITE_REASONS['not-writer'].id }),
    ]);
    const bySuharti = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(NIP.suharti),
      json: { docs: [makeFeedback({ nip: NIP.agus, authorNip: NIP.suharti, date: today() })] },
    });
    expect(bySuharti.body).toEqual([expect.objectContaining({ ok: true })]);
  });
});

describe('an acting head (Plt)', () => {
  it('gives the acting person the head’s reports for the dates of the appointment', async () => {
    const before = await changes(NIP.dewi);
    expect(idsOf(before).some((id) => id.startsWith(`activity:${NIP.rina}:`))).toBe(false);
    await editEmployee(NIP.sri, (d) => ({
      ...d,
      acting: [
        { actingNip: NIP.dewi, kind: 'plt', from: addDays(today(), -1), to: addDays(today(), 30) },
      ],
    }));
    const after = await changes(NIP.dewi, before.last_seq);
    expect(idsOf(after).some((id) => id.startsWith(`activity:${NIP.rina}:`))).toBe(true);
    // Sri, replaced meanwhile, no longer reads them.
    expect(idsOf(await changes(NIP.sri)).some((id) => id.startsWith(`activity:${NIP.rina}:`))).toBe(
      false,
    );
  });
});
