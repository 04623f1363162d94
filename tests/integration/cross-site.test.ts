/**
 * A page on another origin cannot write as the signed-in user through the session cookie: JSON is
 * accepted only as `application/json` (which a page cannot send elsewhere without a preflight), and
 * a cookie-authenticated write from a foreign `Origin` is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEntry, today } from '../../client/core/testing/factories';
import { NIP } from '../../sync-server/seed/demo-people';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { basic, call, signIn, type Auth } from './support/http';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let proxied: TestServer;

beforeAll(async () => {
  server = await startServer();
  proxied = await startServer({ config: { trustProxy: true } });
});
afterAll(async () => {
  await server?.stop();
  await proxied?.stop();
});

const EVIL = 'http://evil.example';
const cookieOf = (token: string): Auth => ({ cookie: `kinerja_session=${token}` });
const basicHeader = `Basic ${Buffer.from(`${NIP.dewi}:${DEMO_PASSWORD}`).toString('base64')}`;
const exists = async (id: string) =>
  (await call(`${server.couchUrl}/${id}`, { auth: basic(NIP.dewi) })).status === 200;

describe('Content-Type of JSON bodies', () => {
  it('refuses text/plain and form bodies with 415, and writes nothing', async () => {
    const token = await signIn(server.url, NIP.dewi);
    const doc = makeEntry({ nip: NIP.dewi, date: today() });
    for (const type of [
      'text/plain',
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const r = await call(`${server.couchUrl}/_bulk_docs`, {
        method: 'POST',
        auth: cookieOf(token),
        body: JSON.stringify({ docs: [doc] }),
        headers: { 'Content-Type': type },
      });
      expect(r.status, type).toBe(415);
      expect(r.body).toEqual({
        error: 'bad_content_type',
        reason: 'Content-Type must be application/json',
      });
    }
    const put = await call(`${server.couchUrl}/${doc._id}`, {
      method: 'PUT',
      auth: cookieOf(token),
      body: JSON.stringify(doc),
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(put.status).toBe(415);
    expect(await exists(doc._id)).toBe(false);

    const ok = await call(`${server.couchUrl}/${doc._id}`, {
      method: 'PUT',
      auth: cookieOf(token),
      json: doc,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
    expect(ok.status).toBe(201);
  });

  it('refuses JSON in another charset and a body without Content-Type', async () => {
    const doc = makeEntry({ nip: NIP.dewi, date: today() });
    const utf16 = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(NIP.dewi),
      body: Buffer.from(JSON.stringify({ docs: [doc] }), 'utf16le'),
      headers: { 'Content-Type': 'application/json; charset=utf-16le' },
    });
    expect(utf16.status).toBe(415);
    const untyped = await fetch(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      headers: { Authorization: basicHeader },
      body: new Blob([JSON.stringify({ docs: [doc] })]),
    });
    expect(untyped.status).toBe(415);
    expect(await exists(doc._id)).toBe(false);
  });

  it('applies to /api too: a text/plain sign-in is 415 and sets no cookie', async () => {
    const r = await call(`${server.url}/api/session`, {
      method: 'POST',
      body: JSON.stringify({ nip: NIP.dewi, password: DEMO_PASSWORD }),
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(r.status).toBe(415);
    expect(r.headers.get('set-cookie')).toBeNull();
  });

  it('still takes a request without a body (DELETE, POST _ensure_full_commit)', async () => {
    const r = await fetch(`${server.couchUrl}/_ensure_full_commit`, {
      method: 'POST',
      headers: { Authorization: basicHeader },
    });
    expect(r.status).toBe(201);
  });
});

describe('Origin of cookie-authenticated writes', () => {
  it('refuses a cookie write from another origin with 403, takes it from this one or none', async () => {
    const token = await signIn(server.url, NIP.dewi);
    const write = (origin: string | null) => {
      const doc = makeEntry({ nip: NIP.dewi, date: today() });
      return call(`${server.couchUrl}/_bulk_docs`, {
        method: 'POST',
        auth: cookieOf(token),
        json: { docs: [doc] },
        headers: origin === null ? {} : { Origin: origin },
      }).then((r) => ({ ...r, id: doc._id }));
    };
    for (const origin of [
      EVIL,
      'null',
      'http://127.0.0.1:1',
      `https://${new URL(server.url).host}`,
    ]) {
      const r = await write(origin);
      expect(r.status, origin).toBe(403);
      expect(r.body).toEqual({ error: 'forbidden', reason: expect.any(String) });
      expect(await exists(r.id)).toBe(false);
    }
    for (const origin of [server.url, null]) {
      const r = await write(origin);
      expect(r.status, String(origin)).toBe(201);
      expect(await exists(r.id)).toBe(true);
    }
  });

  it('checks PUT and DELETE, not reads; Bearer and Basic writes are not cookie writes', async () => {
    const token = await signIn(server.url, NIP.dewi);
    const doc = makeEntry({ nip: NIP.dewi, date: today() });
    const url = `${server.couchUrl}/${doc._id}`;
    const evil = { Origin: EVIL };
    expect(
      (await call(url, { method: 'PUT', auth: cookieOf(token), json: doc, headers: evil })).status,
    ).toBe(403);
    const byBearer = await call(url, { method: 'PUT', auth: { token }, json: doc, headers: evil });
    expect(byBearer.status).toBe(201);
    const rev = (byBearer.body as { rev: string }).rev;
    expect((await call(url, { auth: cookieOf(token), headers: evil })).status).toBe(200);
    expect(
      (await call(`${url}?rev=${rev}`, { method: 'DELETE', auth: cookieOf(token), headers: evil }))
        .status,
    ).toBe(403);
    expect(
      (await call(`${url}?rev=${rev}`, { method: 'DELETE', auth: basic(NIP.dewi), headers: evil }))
        .status,
    ).toBe(200);
  });

  it('guards /api: no cross-site sign-in, sign-out or reconcile through the cookie', async () => {
    const signInFrom = (origin: string) =>
      call(`${server.url}/api/session`, {
        method: 'POST',
        json: { nip: NIP.rina, password: DEMO_PASSWORD },
        headers: { Origin: origin },
      });
    const foreign = await signInFrom(EVIL);
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('set-cookie')).toBeNull();
    expect((await signInFrom(server.url)).status).toBe(200);

    const token = await signIn(server.url, NIP.rina);
    const signOut = await call(`${server.url}/api/session`, {
      method: 'DELETE',
      auth: cookieOf(token),
      headers: { Origin: EVIL },
    });
    expect(signOut.status).toBe(403);
    expect((await call(`${server.url}/api/session`, { auth: { token } })).status).toBe(200);
    const reconcile = await call(`${server.url}/api/sync/reconcile`, {
      method: 'POST',
      auth: cookieOf(token),
      json: { ids: [] },
      headers: { Origin: EVIL },
    });
    expect(reconcile.status).toBe(403);
  });

  it('behind a trusted proxy, compares with the forwarded protocol and host', async () => {
    const token = await signIn(proxied.url, NIP.dewi);
    const forwarded = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'kinerja.example.go.id' };
    const write = (origin: string) =>
      call(`${proxied.couchUrl}/_bulk_docs`, {
        method: 'POST',
        auth: cookieOf(token),
        json: { docs: [makeEntry({ nip: NIP.dewi, date: today() })] },
        headers: { ...forwarded, Origin: origin },
      });
    expect((await write('https://kinerja.example.go.id')).status).toBe(201);
    expect((await write('http://kinerja.example.go.id')).status).toBe(403);
    expect((await write(proxied.url)).status).toBe(403);
  });
});
