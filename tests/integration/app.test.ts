/** The HTTP shell: security headers, static files, body limits, CouchDB basics and reads, restarts and index rebuilds. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEntry, makePhoto, today } from '../../client/core/testing/factories';
import { NIP } from '../../sync-server/seed/demo-people';
import { basic, call } from './support/http';
import { startServer, tempDataDir, type TestServer } from './support/server';

let server: TestServer;
let staticDir: string;
const RATNA = `Basic ${Buffer.from(`${NIP.ratna}:gayungan2026`).toString('base64')}`;

beforeAll(async () => {
  staticDir = tempDataDir('static');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Kinerja</title>');
  fs.writeFileSync(path.join(staticDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  fs.writeFileSync(path.join(staticDir, 'assets', 'index-Ab12Cd34.js'), 'console.log(1)');
  server = await startServer({ env: { STATIC_DIR: staticDir } });
});
afterAll(async () => {
  await server?.stop();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

describe('headers and static files', () => {
  it('sends a CSP the PWA passes, and helmet’s other headers', async () => {
    const r = await call(`${server.url}/`);
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("img-src 'self' blob: data:");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-powered-by')).toBeNull();
  });

  it('serves index.html and sw.js uncached, hashed assets immutable, and index.html for app routes', async () => {
    const root = await call(`${server.url}/`);
    expect(root.status).toBe(200);
    expect(root.text).toContain('<title>Kinerja</title>');
    expect(root.headers.get('cache-control')).toBe('no-cache');
    const deep = await call(`${server.url}/kegiatan/baru`);
    expect(deep.status).toBe(200);
    expect(deep.text).toContain('<title>Kinerja</title>');
    expect((await call(`${server.url}/sw.js`)).headers.get('cache-control')).toBe('no-cache');
    const asset = await call(`${server.url}/assets/index-Ab12Cd34.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('answers unknown /api and /couch paths with JSON 404s, not the app', async () => {
    const api = await call(`${server.url}/api/nothing`);
    expect(api.status).toBe(404);
    expect(api.body).toMatchObject({ error: 'not_found' });
    const couch = await call(`${server.url}/couch/otherdb`, { auth: basic(NIP.dewi) });
    expect(couch.status).toBe(404);
    expect(couch.body).toMatchObject({ error: 'not_found' });
  });

  it('compresses JSON answers', async () => {
    const r = await fetch(`${server.couchUrl}/_all_docs?include_docs=true`, {
      headers: { Authorization: RATNA, 'Accept-Encoding': 'gzip' },
    });
    expect(r.headers.get('content-encoding')).toBe('gzip');
  });

  it('compresses a longpoll that answers at once: each page of a first sync', async () => {
    // PouchDB's live pull asks every page as a longpoll; from 0 the feed answers at once.
    const r = await fetch(`${server.couchUrl}/_changes?feed=longpoll&since=0&heartbeat=1000`, {
      headers: { Authorization: RATNA, 'Accept-Encoding': 'gzip' },
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-encoding')).toBe('gzip');
    expect((await r.json()) as { results: unknown[] }).toMatchObject({
      results: expect.arrayContaining([expect.anything()]),
    });
  });

  it('sends a waiting longpoll its heartbeat as it is: compression would hold it back', async () => {
    const head = await call(`${server.couchUrl}/_changes?since=now&limit=1`, {
      auth: basic(NIP.ratna),
    });
    const since = (head.body as { last_seq: string }).last_seq;
    const abort = new AbortController();
    const r = await fetch(
      `${server.couchUrl}/_changes?feed=longpoll&since=${since}&heartbeat=500&timeout=60000`,
      { headers: { Authorization: RATNA, 'Accept-Encoding': 'gzip' }, signal: abort.signal },
    );
    expect(r.headers.get('content-encoding')).toBeNull();
    // Gzipped, the first bytes would come only when the longpoll ends, a minute later.
    const first = await r.body?.getReader().read();
    expect(new TextDecoder().decode(first?.value)).toBe('\n');
    abort.abort();
  });

  it('answers the liveness probe', async () => {
    const r = await call(`${server.url}/api/health`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      ok: true,
      store: process.env.TEST_STORE === 'couchdb' ? 'couchdb' : 'leveldb',
    });
  });
});

describe('CouchDB basics', () => {
  it('GET /couch/, GET and PUT /couch/kinerja', async () => {
    const root = await call(`${server.url}/couch/`, { auth: basic(NIP.dewi) });
    expect(root.body).toMatchObject({
      couchdb: 'Welcome',
      uuid: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    const db = await call(server.couchUrl, { auth: basic(NIP.dewi) });
    expect(db.body).toMatchObject({
      db_name: 'kinerja',
      update_seq: expect.any(String),
      instance_start_time: expect.any(String),
    });
    const put = await call(server.couchUrl, { method: 'PUT', auth: basic(NIP.dewi) });
    expect(put.status).toBe(412);
    expect(put.body).toMatchObject({ error: 'file_exists' });
  });

  it('bounds bodies: 413 with a reason over 10 MB per request and 5 MB per attachment', async () => {
    const big = { docs: [{ _id: 'x', pad: 'a'.repeat(10.5 * 1024 * 1024) }] };
    const r = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(NIP.dewi),
      json: big,
    });
    expect(r.status).toBe(413);
    expect(r.body).toMatchObject({ error: 'too_large', reason: expect.any(String) });

    const act = makeEntry({ nip: NIP.dewi, date: today() });
    const stored = makePhoto(act);
    const put = await call(`${server.couchUrl}/${stored._id}`, {
      method: 'PUT',
      auth: basic(NIP.dewi),
      json: stored,
    });
    const rev = (put.body as { rev: string }).rev;
    const att = await call(`${server.couchUrl}/${stored._id}/foto.jpg?rev=${rev}`, {
      method: 'PUT',
      auth: basic(NIP.dewi),
      headers: { 'Content-Type': 'image/jpeg' },
      body: Buffer.alloc(5.5 * 1024 * 1024, 1),
    });
    expect(att.status).toBe(413);
    // Inline in a document, too big is refused per document (and the rest of the batch is written).
    const inline = makePhoto(act, {
      name: 'a.jpg',
      _attachments: {
        'a.jpg': {
          content_type: 'image/jpeg',
          data: Buffer.alloc(5.2 * 1024 * 1024).toString('base64'),
        },
      },
    });
    const ok = makePhoto(act, { name: 'b.jpg', bytes: 'bukti' });
    const bulk = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(NIP.dewi),
      json: { docs: [inline, ok] },
    });
    expect(bulk.status).toBe(201);
    expect(bulk.body).toEqual([
      { id: inline._id, error: 'forbidden', reason: expect.stringContaining('5 MB') },
      { id: ok._id, ok: true, rev: expect.any(String) },
    ]);
  });
});

type AllDocsRow = { id: string; value: { rev: string }; doc?: { _id: string } };

/** One user's `_all_docs` rows, sorted by id. */
async function rowsOf(nip: string): Promise<AllDocsRow[]> {
  const r = await call(`${server.couchUrl}/_all_docs`, { auth: basic(nip) });
  return (r.body as { rows: AllDocsRow[] }).rows;
}

describe('CouchDB reads as CouchDB answers them', () => {
  it('_bulk_get answers one result per request row, in request order, a repeated id each time', async () => {
    const own = await rowsOf(NIP.dewi);
    const a = own[0]!;
    const b = own[5]!;
    const colleagues = (await rowsOf(NIP.agus)).find((r) => r.id.includes(`:${NIP.agus}:`))!;
    const asked = [
      { id: b.id },
      { id: a.id },
      { id: b.id },
      { id: colleagues.id, rev: colleagues.value.rev },
      { id: a.id, rev: a.value.rev },
      { id: 'activity:tidak-ada' },
      { id: a.id },
    ];
    const r = await call(`${server.couchUrl}/_bulk_get?revs=true`, {
      method: 'POST',
      auth: basic(NIP.dewi),
      json: { docs: asked },
    });
    expect(r.status).toBe(200);
    const results = (r.body as { results: { id: string; docs: Record<string, unknown>[] }[] })
      .results;
    expect(results.map((x) => x.id)).toEqual(asked.map((x) => x.id));
    const found = (row: AllDocsRow) => [
      {
        ok: expect.objectContaining({
          _id: row.id,
          _rev: row.value.rev,
          _revisions: expect.anything(),
        }),
      },
    ];
    const notFound = [{ error: expect.objectContaining({ error: 'not_found' }) }];
    expect(results.map((x) => x.docs)).toEqual([
      found(b),
      found(a),
      found(b),
      notFound,
      found(a),
      notFound,
      found(a),
    ]);
  });

  it('GET /{id} has its revision as ETag, and If-None-Match with it answers 304 without a body', async () => {
    const doc = (await rowsOf(NIP.dewi))[3]!;
    const url = `${server.couchUrl}/${encodeURIComponent(doc.id)}`;
    const first = await call(url, { auth: basic(NIP.dewi) });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe(`"${doc.value.rev}"`);

    const same = await call(url, {
      auth: basic(NIP.dewi),
      headers: { 'If-None-Match': `"${doc.value.rev}"` },
    });
    expect(same.status).toBe(304);
    expect(same.text).toBe('');

    const stale = await call(url, {
      auth: basic(NIP.dewi),
      headers: { 'If-None-Match': '"1-00000000000000000000000000000000"' },
    });
    expect(stale.status).toBe(200);
    expect(stale.body).toMatchObject({ _id: doc.id, _rev: doc.value.rev });
    // With metadata beyond the revision the answer is not that revision's: no such ETag.
    const withConflicts = await call(`${url}?conflicts=true`, {
      auth: basic(NIP.dewi),
      headers: { 'If-None-Match': `"${doc.value.rev}"` },
    });
    expect(withConflicts.status).toBe(200);
    expect(withConflicts.headers.get('etag')).not.toBe(`"${doc.value.rev}"`);

    // A document outside the reader's channels stays missing, whatever ETag is offered.
    const colleagues = (await rowsOf(NIP.agus)).find((r) => r.id.includes(`:${NIP.agus}:`))!;
    const hidden = await call(`${server.couchUrl}/${encodeURIComponent(colleagues.id)}`, {
      auth: basic(NIP.dewi),
      headers: { 'If-None-Match': `"${colleagues.value.rev}"` },
    });
    expect(hidden.status).toBe(404);
  });

  it('_changes tells how many changes are pending after a limited page', async () => {
    type Changes = { results: { id: string }[]; last_seq: string; pending: number };
    const feed = (q: string) =>
      call(`${server.couchUrl}/_changes${q}`, { auth: basic(NIP.dewi) }).then(
        (r) => r.body as Changes,
      );
    const all = await feed('');
    expect(all.pending).toBe(0);
    const page = await feed('?limit=3');
    expect(page.results).toHaveLength(3);
    expect(page.pending).toBe(all.results.length - 3);
    const rest = await feed(`?since=${encodeURIComponent(page.last_seq)}`);
    expect(rest.results).toHaveLength(all.results.length - 3);
    expect(rest.pending).toBe(0);
  });

  it('POST _all_docs reads its options from the JSON body as well; the query string wins', async () => {
    const ids = (await rowsOf(NIP.dewi)).map((r) => r.id);
    const page = await call(`${server.couchUrl}/_all_docs`, {
      method: 'POST',
      auth: basic(NIP.dewi),
      json: { limit: 2, include_docs: true, start_key: ids[1] },
    });
    expect(page.status).toBe(200);
    const rows = (page.body as { rows: AllDocsRow[] }).rows;
    expect(rows.map((r) => r.id)).toEqual([ids[1], ids[2]]);
    expect(rows.map((r) => r.doc?._id)).toEqual([ids[1], ids[2]]);
    const queryWins = await call(`${server.couchUrl}/_all_docs?limit=1`, {
      method: 'POST',
      auth: basic(NIP.dewi),
      json: { limit: 2 },
    });
    expect((queryWins.body as { rows: AllDocsRow[] }).rows).toHaveLength(1);
    const bad = await call(`${server.couchUrl}/_all_docs`, {
      method: 'POST',
      auth: basic(NIP.dewi),
      json: { limit: -1 },
    });
    expect(bad.status).toBe(400);
  });
});

describe('restarts', () => {
  it('keeps the uuid, and rebuilds a deleted feed index equal to the one it kept', async () => {
    const dataDir = tempDataDir('restart');
    const first = await startServer({ dataDir });
    const uuid = (
      (await call(`${first.url}/couch/`, { auth: basic(NIP.sri) })).body as { uuid: string }
    ).uuid;
    await writeHistory(first.couchUrl);
    // The report summaries those writes change are part of Sri's feed too.
    await first.app.services.reports.settled();
    const before = await feedOf(first.couchUrl);
    await first.stop();
    for (const f of ['feed.sqlite', 'feed.sqlite-wal', 'feed.sqlite-shm']) {
      fs.rmSync(path.join(dataDir, f), { force: true });
    }

    const second = await startServer({ dataDir });
    try {
      expect(
        ((await call(`${second.url}/couch/`, { auth: basic(NIP.sri) })).body as { uuid: string })
          .uuid,
      ).toBe(uuid);
      const after = await feedOf(second.couchUrl);
      expect(after.docs).toEqual(before.docs);
      // The old checkpoint belongs to the old index: the feed starts over.
      const resumed = (
        await call(`${second.couchUrl}/_changes?since=${before.lastSeq}`, { auth: basic(NIP.sri) })
      ).body as { results: unknown[] };
      expect(resumed.results.length).toBe(Object.keys(before.docs).length);
    } finally {
      await second.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

/** Sri's feed as a map id -> leaves and deletion, and its last seq. */
async function feedOf(couchUrl: string) {
  const body = (await call(`${couchUrl}/_changes?style=all_docs`, { auth: basic(NIP.sri) }))
    .body as {
    results: { id: string; changes: { rev: string }[]; deleted?: boolean }[];
    last_seq: string;
  };
  const docs: Record<string, { leaves: string[]; deleted: boolean }> = {};
  for (const r of body.results) {
    docs[r.id] = { leaves: r.changes.map((c) => c.rev).sort(), deleted: r.deleted === true };
  }
  return { docs, lastSeq: body.last_seq };
}

/** New documents, updates, a deletion and a conflict: every path by which the index is written. */
async function writeHistory(couchUrl: string): Promise<void> {
  const bulk = (nip: string, body: unknown) =>
    call(`${couchUrl}/_bulk_docs`, { method: 'POST', auth: basic(nip), json: body });
  const fresh = [
    makeEntry({ nip: NIP.dewi, date: today() }),
    makeEntry({ nip: NIP.dewi, date: today() }),
    makeEntry({ nip: NIP.dewi, date: today() }),
  ];
  const created = (await bulk(NIP.dewi, { docs: fresh })).body as { rev: string }[];
  await bulk(NIP.dewi, {
    docs: [
      { ...fresh[0], _rev: created[0]!.rev, kegiatan: 'Diubah' },
      makeEntry({ nip: NIP.dewi, date: today() }),
    ],
  });
  await call(`${couchUrl}/${fresh[1]!._id}?rev=${created[1]!.rev}`, {
    method: 'DELETE',
    auth: basic(NIP.dewi),
  });
  const branch = {
    ...fresh[2],
    _rev: '2-0a0b0c0d',
    _revisions: { start: 2, ids: ['0a0b0c0d', created[2]!.rev.slice(2)] },
  };
  await bulk(NIP.dewi, {
    new_edits: false,
    docs: [branch, { ...makeEntry({ nip: NIP.rina, date: today() }), _rev: '1-ab' }],
  });
  await bulk(NIP.dewi, {
    new_edits: false,
    docs: [
      {
        ...fresh[2],
        _rev: '2-ffff',
        _revisions: { start: 2, ids: ['ffff', created[2]!.rev.slice(2)] },
      },
    ],
  });
}
