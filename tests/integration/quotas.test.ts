/**
 * Per-person quotas: revisions written per day by type and the bytes of a person's live
 * documents. Past a quota a document is refused with CouchDB's per-document `forbidden` and a
 * reason, the others of the same push are written, and a refused one stays on the device.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeActivity, makeEntry, makePhoto, today } from '../../client/core/testing/factories';
import { DEFAULT_QUOTAS } from '../../sync-server/replication/quotas';
import { NIP } from '../../sync-server/seed/demo-people';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { localDb, remoteDb } from './support/clients';
import { basic, call } from './support/http';
import { startServer, type TestServer } from './support/server';

const MB = 1024 * 1024;
let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    config: {
      quotas: {
        writesPerDay: { ...DEFAULT_QUOTAS.writesPerDay, activity: 5 },
        bytesPerPerson: 3 * MB,
      },
    },
  });
});
afterAll(async () => {
  await server?.stop();
});

type Row = { id: string; ok?: boolean; error?: string; reason?: string; rev?: string };
const bulk = async (nip: string, docs: unknown[]) =>
  (
    await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(nip),
      json: { docs },
    })
  ).body as Row[];

/** A photo document of about `kb` kilobytes (its bytes need not be a real image). */
function bigPhoto(nip: string, kb: number) {
  const data = Buffer.alloc(kb * 1024, 1).toString('base64');
  return makePhoto(makeActivity({ nip, date: today() }), {
    name: 'bukti.jpg',
    _attachments: { 'bukti.jpg': { content_type: 'image/jpeg', data } },
  });
}

describe('revisions per day', () => {
  it('writes the first five activities of a day and refuses the rest with a reason', async () => {
    const rows = await bulk(
      NIP.agus,
      Array.from({ length: 7 }, () => makeEntry({ nip: NIP.agus, date: today() })),
    );
    expect(rows.filter((r) => r.ok)).toHaveLength(5);
    expect(rows.slice(5)).toMatchObject([
      {
        error: 'forbidden',
        reason: expect.stringMatching(/^Batas harian tercapai: paling banyak 5/),
      },
      { error: 'forbidden' },
    ]);
    // Other people, and other kinds of documents, are not held back by Agus's day.
    expect((await bulk(NIP.rina, [makeEntry({ nip: NIP.rina, date: today() })]))[0]).toMatchObject({
      ok: true,
    });
  });

  it('keeps what replication could not send on the device', async () => {
    const device = localDb();
    const act = makeEntry({ nip: NIP.agus, date: today() });
    await device.put(act);
    const pushed = await device.replicate.to(remoteDb(server.couchUrl, NIP.agus, DEMO_PASSWORD));
    expect(pushed.doc_write_failures).toBe(1);
    expect(await device.get(act._id)).toMatchObject({ kegiatan: act.kegiatan });
  });
});

describe('bytes of a person’s documents', () => {
  it('refuses what would pass the quota, and a deletion makes room again', async () => {
    const used = server.app.services.index.bytesOwnedBy(NIP.hendra);
    expect(used).toBeLessThan(2 * MB);
    const room = 3 * MB - used;
    const photos = Array.from({ length: Math.ceil(room / (290 * 1024)) + 1 }, () =>
      bigPhoto(NIP.hendra, 290),
    );
    const rows = await bulk(NIP.hendra, photos);
    const refused = rows.filter((r) => r.error);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused[0]!.reason).toBe(
      'Ruang penyimpanan penuh: data seorang pegawai paling banyak 3 MB.',
    );
    expect(server.app.services.index.bytesOwnedBy(NIP.hendra)).toBeLessThanOrEqual(3 * MB);

    const written = rows.find((r) => r.ok)!;
    expect(
      (await bulk(NIP.hendra, [{ _id: written.id, _rev: written.rev, _deleted: true }]))[0],
    ).toMatchObject({ ok: true });
    expect((await bulk(NIP.hendra, [bigPhoto(NIP.hendra, 200)]))[0]).toMatchObject({ ok: true });
  });
});
