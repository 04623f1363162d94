/**
 * The read side of the authorization matrix: every demo role against every document in the
 * store, through _changes, _all_docs, _bulk_get, GET /{id}, attachments, _revs_diff and _local.
 * A document outside the reader's channels is answered exactly like one that does not exist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEntry, makePhoto, photoRefOf, today } from '../../client/core/testing/factories';
import { NIP } from '../../sync-server/seed/demo-people';
import type { StoredDoc } from '../../sync-server/store/store';
import { basic, call } from './support/http';
import { mayFetch, mayRead, type Reader } from './support/oracle';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let allDocs: StoredDoc[];
let photoId: string;

const READERS: (Reader & { role: string; password?: string })[] = [
  { role: 'pegawai', nip: NIP.dewi, hr: false },
  { role: 'pegawai (PPPK)', nip: NIP.putri, hr: false },
  { role: 'pejabat penilai', nip: NIP.sri, hr: false },
  { role: 'pejabat penilai (lurah)', nip: NIP.siti, hr: false },
  { role: 'atasan pejabat penilai', nip: NIP.bambang, hr: false },
  { role: 'atasan pejabat penilai (camat)', nip: NIP.eko, hr: false },
  { role: 'pengelola kinerja', nip: NIP.ratna, hr: true },
  { role: 'admin', nip: 'admin', hr: true, password: 'admin-secret-1' },
];

beforeAll(async () => {
  server = await startServer();
  const act = makeEntry({ nip: NIP.dewi, date: today() });
  const doc = makePhoto(act, { name: 'bukti.jpg', bytes: 'foto-bukti-dewi' });
  const ref = photoRefOf(doc);
  const put = await call(`${server.couchUrl}/_bulk_docs`, {
    method: 'POST',
    auth: basic(NIP.dewi),
    json: { docs: [doc, { ...act, photos: [ref] }] },
  });
  expect(put.body).toEqual([
    { id: doc._id, ok: true, rev: expect.any(String) },
    { id: act._id, ok: true, rev: expect.any(String) },
  ]);
  photoId = doc._id;
  allDocs = await server.app.services.store.byPrefix('');
  expect(allDocs.length).toBeGreaterThan(1000);
});
afterAll(async () => {
  await server?.stop();
});

type ChangesBody = { results: { id: string; changes: { rev: string }[] }[] };

describe.each(READERS)('$role ($nip)', (reader) => {
  const auth = () => basic(reader.nip, reader.password);
  const expected = () => new Set(allDocs.filter((d) => mayRead(reader, d)).map((d) => d._id));
  const refused = () => allDocs.filter((d) => !mayRead(reader, d));

  it('_changes and _all_docs list exactly the documents the rules allow', async () => {
    const want = [...expected()].sort();
    const changes = (await call(`${server.couchUrl}/_changes?style=all_docs`, { auth: auth() }))
      .body as ChangesBody;
    expect(changes.results.map((r) => r.id).sort()).toEqual(want);
    const all = (await call(`${server.couchUrl}/_all_docs`, { auth: auth() })).body as {
      rows: { id: string }[];
    };
    expect(all.rows.map((r) => r.id).sort()).toEqual(want);
    expect(want.length).toBeGreaterThan(0);
  });

  it('_bulk_get, _revs_diff and _all_docs keys reveal nothing outside the channels', async () => {
    const others = refused();
    const bulk = (
      await call(`${server.couchUrl}/_bulk_get?revs=true`, {
        method: 'POST',
        auth: auth(),
        json: { docs: others.map((d) => ({ id: d._id, rev: d._rev })) },
      })
    ).body as { results: { id: string; docs: Record<string, unknown>[] }[] };
    for (const r of bulk.results)
      expect(r.docs).toEqual([
        { error: expect.objectContaining({ error: 'not_found', reason: 'missing' }) },
      ]);
    expect(bulk.results.length).toBe(others.length);

    const diff = (
      await call(`${server.couchUrl}/_revs_diff`, {
        method: 'POST',
        auth: auth(),
        json: Object.fromEntries(others.map((d) => [d._id, [d._rev]])),
      })
    ).body as Record<string, { missing: string[] }>;
    for (const d of others) expect(diff[d._id]).toEqual({ missing: [d._rev] });

    const keyed = (
      await call(`${server.couchUrl}/_all_docs`, {
        method: 'POST',
        auth: auth(),
        json: { keys: others.map((d) => d._id) },
      })
    ).body as { rows: Record<string, unknown>[] };
    for (const row of keyed.rows)
      expect(row).toEqual({ key: expect.any(String), error: 'not_found' });
  });

  it('GET /{id} serves allowed documents and answers others exactly like a missing one', async () => {
    const missing = await call(
      `${server.couchUrl}/activity:${NIP.dewi}:2020-01-01:01J00000000000000000000000`,
      { auth: auth() },
    );
    expect(missing.status).toBe(404);
    // A report's photos are not fed to the head, but the head may open them (mayFetch), as the
    // atasan penilai may open what a final appraisal cites.
    const unfetchable = allDocs.filter((d) => !mayFetch(reader, d, allDocs));
    for (const d of unfetchable.filter((_, i) => i % 25 === 0)) {
      const r = await call(
        `${server.couchUrl}/${encodeURIComponent(d._id)}?revs=true&conflicts=true`,
        { auth: auth() },
      );
      expect({ id: d._id, status: r.status, body: r.body }).toEqual({
        id: d._id,
        status: 404,
        body: missing.body,
      });
      const open = await call(`${server.couchUrl}/${encodeURIComponent(d._id)}?open_revs=all`, {
        auth: auth(),
      });
      expect(open.status).toBe(404);
    }
    const allowed = allDocs.filter((d) => mayFetch(reader, d, allDocs));
    for (const d of allowed.filter((_, i) => i % 25 === 0)) {
      const r = await call(`${server.couchUrl}/${encodeURIComponent(d._id)}`, { auth: auth() });
      expect(r.status).toBe(200);
      expect((r.body as { _rev: string })._rev).toBe(d._rev);
    }
  });

  it('an evidence photo is opened only by its owner and their appraiser', async () => {
    const doc = allDocs.find((d) => d._id === photoId)!;
    const r = await call(`${server.couchUrl}/${photoId}/bukti.jpg`, { auth: auth() });
    const whole = await call(`${server.couchUrl}/${photoId}`, { auth: auth() });
    expect(whole.status).toBe(mayFetch(reader, doc, allDocs) ? 200 : 404);
    if (mayFetch(reader, doc, allDocs)) {
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe('image/jpeg');
      expect(r.text).toBe('foto-bukti-dewi');
    } else {
      expect(r.status).toBe(404);
      expect(r.body).toEqual({ error: 'not_found', reason: 'missing' });
    }
  });

  it('_local documents are the user’s own', async () => {
    const id = `${server.couchUrl}/_local/checkpoint-shared-name`;
    const mine = await call(id, { method: 'PUT', auth: auth(), json: { last_seq: reader.nip } });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({ ok: true, id: '_local/checkpoint-shared-name', rev: '0-1' });
    const back = await call(id, { auth: auth() });
    expect(back.body).toMatchObject({ last_seq: reader.nip, _rev: '0-1' });
    const stale = await call(id, { method: 'PUT', auth: auth(), json: { last_seq: 'x' } });
    expect(stale.status).toBe(409);
    const next = await call(id, {
      method: 'PUT',
      auth: auth(),
      json: { _rev: '0-1', last_seq: 'y' },
    });
    expect(next.body).toMatchObject({ rev: '0-2' });
  });
});

describe('_local across users', () => {
  it('one user cannot read or delete another’s _local document', async () => {
    const url = `${server.couchUrl}/_local/only-agus`;
    await call(url, { method: 'PUT', auth: basic(NIP.agus), json: { secret: 1 } });
    expect((await call(url, { auth: basic(NIP.rina) })).status).toBe(404);
    expect((await call(`${url}?rev=0-1`, { method: 'DELETE', auth: basic(NIP.rina) })).status).toBe(
      404,
    );
    expect((await call(url, { auth: basic(NIP.agus) })).body).toMatchObject({ secret: 1 });
    expect((await call(`${url}?rev=0-1`, { method: 'DELETE', auth: basic(NIP.agus) })).status).toBe(
      200,
    );
    expect((await call(url, { auth: basic(NIP.agus) })).status).toBe(404);
  });
});
