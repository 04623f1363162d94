/**
 * What the integration tests of a flow between devices ask: whether a device holds a document,
 * whether devices have pulled everything the server held (so what they lack they were not sent),
 * the server's own copy of a document, and the per-document rows of a batch sent as one person;
 * and a Pengelola of one OPD, named by the admin.
 */
import { expect } from 'vitest';
import { ids } from '../../../client/core/ids';
import { WRITE_REASONS, type WriteReasonCode } from '../../../client/core/write-reasons';
import { eventually } from '../../../client/data/testing/eventually';
import { NIP } from '../../../sync-server/seed/demo-people';
import type { Device } from './client-device';
import { basic, call, signIn } from './http';
import type { TestServer } from './server';

/** One `_bulk_docs` row as the server answers it. */
export type BulkRow = { id: string; ok?: boolean; rev?: string; error?: string; reason?: string };

/** True when the device's database holds a live revision of the document. */
export async function holds(d: Device, id: string): Promise<boolean> {
  const [row] = (await d.db.allDocs({ keys: [id] })).rows;
  return row !== undefined && !('error' in row) && row.value.deleted !== true;
}

/** The winning revision the server stores (read from its store, past every channel), or null. */
export async function stored<T>(
  server: TestServer,
  id: string,
): Promise<(T & { _id: string; _rev: string }) | null> {
  const doc = (await server.app.services.store.winning([id])).get(id);
  return doc && !doc._deleted ? (doc as unknown as T & { _id: string; _rev: string }) : null;
}

/** Sends documents to `_bulk_docs` as `nip` (basic auth) and answers the rows. */
export async function bulk(server: TestServer, nip: string, docs: object[]): Promise<BulkRow[]> {
  const r = await call(`${server.couchUrl}/_bulk_docs`, {
    method: 'POST',
    auth: basic(nip),
    json: { docs },
  });
  expect(r.status).toBe(201);
  return r.body as BulkRow[];
}

/** The row of a write the server refused with this reason, CouchDB-style. */
export function forbidden(id: string, code: WriteReasonCode): BulkRow {
  return { id, error: 'forbidden', reason: WRITE_REASONS[code].id };
}

/**
 * Waits until each device has pulled what the server held before this call: BKPSDM's Pengelola
 * touches the organisation's settings, which everyone reads, and each device is waited on for
 * that revision. The feed is in server order, so what a device lacks afterwards, it was not sent.
 */
export async function caughtUp(server: TestServer, ...devices: Device[]): Promise<void> {
  const id = ids.setting('kinerja');
  const prev = await stored<Record<string, unknown>>(server, id);
  const put = await call(`${server.couchUrl}/${encodeURIComponent(id)}`, {
    method: 'PUT',
    auth: basic(NIP.ratna),
    json: {
      ...(prev ?? { _id: id, type: 'setting', schemaVersion: 1, key: 'kinerja' }),
      feedbackReminderWeeks: 4,
      updatedAt: new Date().toISOString(),
    },
  });
  expect(put.status).toBe(201);
  const rev = (put.body as { rev: string }).rev;
  await Promise.all(
    devices.map((d) => eventually(async () => expect((await d.db.get(id))._rev).toBe(rev), 30_000)),
  );
}

/** The admin names `nip` a Pengelola Kinerja keeping the unit `scope` and everything under it. */
export async function namePengelola(server: TestServer, nip: string, scope: string): Promise<void> {
  const admin = await signIn(server.url, 'admin', 'admin-secret-1');
  const named = await call(`${server.url}/api/admin/pengelola/${nip}`, {
    method: 'POST',
    auth: { token: admin },
    json: { scope },
  });
  expect(named.status).toBe(200);
}
