/**
 * Limits that keep one account from hurting the server: JSON nesting depth on every body, and the
 * size and number of the `_local` documents each user may keep.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../sync-server/http/json-body';
import { NIP } from '../../sync-server/seed/demo-people';
import { MAX_LOCAL_DOC_BYTES, MAX_LOCAL_DOCS } from '../../sync-server/store/local-docs';
import { basic, call } from './support/http';
import { startServer, type TestServer } from './support/server';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

/** `{"a": [[...[1]...]]}`: an object nesting `depth` levels in all. */
const nested = (depth: number) => `{"a":${'['.repeat(depth - 1)}1${']'.repeat(depth - 1)}}`;
const json = { 'Content-Type': 'application/json' };

describe('JSON nesting depth', () => {
  it('answers a body nested 100,000 deep with 400, on /couch and on /api, and keeps serving', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    for (const [url, method] of [
      [`${server.couchUrl}/_local/deep`, 'PUT'],
      [`${server.couchUrl}/_bulk_docs`, 'POST'],
      [`${server.url}/api/sync/reconcile`, 'POST'],
      [`${server.url}/api/session`, 'POST'],
    ] as const) {
      const r = await call(url, { method, auth: basic(NIP.dewi), body: deep, headers: json });
      expect(r.status, url).toBe(400);
      expect(r.body).toEqual({ error: 'bad_request', reason: expect.stringContaining('nested') });
    }
    expect((await call(server.couchUrl, { auth: basic(NIP.dewi) })).status).toBe(200);
  });

  it(`accepts ${MAX_JSON_DEPTH} levels and refuses one more; brackets inside strings do not count`, async () => {
    const put = (id: string, body: string) =>
      call(`${server.couchUrl}/_local/${id}`, {
        method: 'PUT',
        auth: basic(NIP.dewi),
        body,
        headers: json,
      });
    expect((await put('at-limit', nested(MAX_JSON_DEPTH))).status).toBe(201);
    expect((await put('over-limit', nested(MAX_JSON_DEPTH + 1))).status).toBe(400);
    const text = JSON.stringify({ note: '[{"\\'.repeat(1000), quote: 'a "quoted" [' });
    expect((await put('brackets-in-text', text)).status).toBe(201);
    const back = await call(`${server.couchUrl}/_local/brackets-in-text`, {
      auth: basic(NIP.dewi),
    });
    expect(back.body).toMatchObject(JSON.parse(text) as Record<string, unknown>);
  });
});

describe('_local documents', () => {
  const local = (nip: string, id: string, body: unknown, method = 'PUT') =>
    call(`${server.couchUrl}/_local/${id}`, { method, auth: basic(nip), json: body });

  it(`refuses one larger than ${MAX_LOCAL_DOC_BYTES / 1024} kB with 413 document_too_large`, async () => {
    const big = await local(NIP.agus, 'big', { data: 'x'.repeat(MAX_LOCAL_DOC_BYTES) });
    expect(big.status).toBe(413);
    expect(big.body).toEqual({ error: 'document_too_large', reason: expect.any(String) });
    expect((await call(`${server.couchUrl}/_local/big`, { auth: basic(NIP.agus) })).status).toBe(
      404,
    );
    const fits = await local(NIP.agus, 'fits', { data: 'x'.repeat(MAX_LOCAL_DOC_BYTES - 100) });
    expect(fits.status).toBe(201);
    // Growing an existing one past the limit is refused too, and the old body stays.
    const grown = await local(NIP.agus, 'fits', {
      _rev: '0-1',
      data: 'é'.repeat(MAX_LOCAL_DOC_BYTES / 2),
    });
    expect(grown.status).toBe(413);
    const kept = await call(`${server.couchUrl}/_local/fits`, { auth: basic(NIP.agus) });
    expect(kept.body).toMatchObject({ _rev: '0-1' });
  });

  it(`keeps at most ${MAX_LOCAL_DOCS} per user: a new one replaces the least recently written`, async () => {
    for (let i = 0; i < MAX_LOCAL_DOCS; i++) {
      expect((await local(NIP.rina, `checkpoint-${i}`, { last_seq: i })).status).toBe(201);
    }
    // checkpoint-0 is written again: checkpoint-1 is now the stalest.
    expect((await local(NIP.rina, 'checkpoint-0', { _rev: '0-1', last_seq: 'later' })).status).toBe(
      201,
    );
    const next = await local(NIP.rina, 'new-device', { last_seq: 0 });
    expect(next.status).toBe(201);
    const get = (nip: string, id: string) =>
      call(`${server.couchUrl}/_local/${id}`, { auth: basic(nip) });
    expect((await get(NIP.rina, 'checkpoint-1')).status).toBe(404);
    for (const kept of ['checkpoint-0', 'checkpoint-2', 'new-device'])
      expect((await get(NIP.rina, kept)).status).toBe(200);
    // Another user's checkpoints are their own.
    expect((await local(NIP.hendra, 'checkpoint-0', { last_seq: 0 })).status).toBe(201);
    expect((await get(NIP.rina, 'checkpoint-50')).status).toBe(200);
  });
});
