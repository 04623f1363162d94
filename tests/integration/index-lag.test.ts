/**
 * Locks never depend on the feed index being current: when indexing a write fails, the write
 * still answers with its result, and until the index catches up the gatekeeper asks the store
 * whether a document exists (an approval the index missed still locks the entry).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEntry, makePhoto, makeVerification, today } from '../../client/core/testing/factories';
import { NIP } from '../../sync-server/seed/demo-people';
import { basic, call } from './support/http';
import { startServer, type TestServer } from './support/server';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const bulk = (nip: string, docs: unknown[]) =>
  call(`${server.couchUrl}/_bulk_docs`, { method: 'POST', auth: basic(nip), json: { docs } });

describe('when the feed index fails to index a write', () => {
  it('answers the write, and an approval it missed still locks the entry', async () => {
    const act = makeEntry({ nip: NIP.dewi, date: today(), status: 'submitted', round: 1 });
    const sent = await bulk(NIP.dewi, [act]);
    const rev = (sent.body as { rev: string }[])[0]!.rev;

    // The index's disk fails while Sri's approval is written.
    const index = server.app.services.index;
    const apply = index.apply.bind(index);
    index.apply = () => {
      throw new Error('SQLITE_FULL: database or disk is full');
    };
    try {
      const approved = await bulk(NIP.sri, [makeVerification(act, { appraiserNip: NIP.sri })]);
      expect(approved.status).toBe(201);
      expect(approved.body).toMatchObject([{ ok: true }]);

      const edit = await bulk(NIP.dewi, [
        { ...act, _rev: rev, kegiatan: 'Diubah setelah disetujui' },
      ]);
      expect(edit.body).toMatchObject([{ error: 'forbidden' }]);
      const doc = makePhoto(act);
      const morePhotos = await bulk(NIP.dewi, [doc]);
      expect(morePhotos.body).toMatchObject([{ error: 'forbidden' }]);
    } finally {
      index.apply = apply;
    }
    // The index recovers on the next write and knows the approval again.
    await bulk(NIP.dewi, [makeEntry({ nip: NIP.dewi, date: today() })]);
    expect(index.has(makeVerification(act, { appraiserNip: NIP.sri })._id)).toBe(true);
  });
});
