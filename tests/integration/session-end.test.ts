/**
 * A longpoll `_changes` ends when its session does: sign-out, a password change (which revokes
 * every session of the account) or expiry. After that it delivers nothing more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEntry, today } from '../../client/core/testing/factories';
import { testNow } from '../../client/core/testing/test-clock';
import { eventually } from '../../client/data/testing/eventually';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { NIP } from '../../sync-server/seed/demo-people';
import { basic, call, signIn, type Auth, type Reply } from './support/http';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
/** The clock of `expiring`: tests move it forward to expire its sessions. */
let offsetMs = 0;
let expiring: TestServer;
const IDLE_MS = 60_000;

beforeAll(async () => {
  server = await startServer();
  expiring = await startServer({
    config: { sessionIdleMs: IDLE_MS, now: () => testNow() + offsetMs },
  });
});
afterAll(async () => {
  await server?.stop();
  await expiring?.stop();
});

/**
 * Opens a longpoll from the current end of the user's feed (10 minutes, the longest a longpoll
 * may wait) and resolves once the server holds it. The report summaries an earlier test's write
 * causes are written (and indexed) first: else they could wake the longpoll before the test acts.
 */
async function openLongpoll(
  srv: TestServer,
  auth: Auth,
  query = '',
): Promise<{ answer: Promise<Reply>; response: Promise<Response> }> {
  await srv.app.services.reports.settled();
  await srv.app.services.tailer.catchUp();
  const head = await call(`${srv.couchUrl}/_changes?limit=1&since=now`, { auth });
  const since = (head.body as { last_seq: string }).last_seq;
  const before = srv.app.services.waiters.size;
  const url = `${srv.couchUrl}/_changes?feed=longpoll&since=${since}&timeout=600000${query}`;
  const headers: Record<string, string> =
    auth !== null && 'cookie' in auth ? { Cookie: auth.cookie } : {};
  if (auth !== null && 'token' in auth) headers.Authorization = `Bearer ${auth.token}`;
  if (auth !== null && 'basic' in auth)
    headers.Authorization = `Basic ${Buffer.from(auth.basic.join(':')).toString('base64')}`;
  const response = fetch(url, { headers });
  const answer = response.then(async (res) => {
    const text = await res.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      // A cut answer is no JSON.
    }
    return { status: res.status, headers: res.headers, body, text };
  });
  await eventually(() => expect(srv.app.services.waiters.size).toBeGreaterThan(before));
  return { answer, response };
}

/** A write that the head Sri reads: an activity of her report Dewi. */
async function writeForSri(srv: TestServer): Promise<string> {
  const doc = makeEntry({ nip: NIP.dewi, date: today() });
  const r = await call(`${srv.couchUrl}/${doc._id}`, {
    method: 'PUT',
    auth: basic(NIP.dewi),
    json: doc,
  });
  expect(r.status).toBe(201);
  return doc._id;
}

describe('a longpoll whose session ends', () => {
  it('is delivered a change while the session lives (the test’s own control)', async () => {
    const token = await signIn(server.url, NIP.sri);
    const { answer } = await openLongpoll(server, { cookie: `kinerja_session=${token}` });
    const id = await writeForSri(server);
    const r = await answer;
    expect(r.status).toBe(200);
    expect((r.body as { results: { id: string }[] }).results.map((x) => x.id)).toContain(id);
  });

  it('answers 401 at sign-out, and a later write is not delivered to it', async () => {
    const token = await signIn(server.url, NIP.sri);
    const cookie = `kinerja_session=${token}`;
    const { answer } = await openLongpoll(server, { cookie });
    const out = await call(`${server.url}/api/session`, { method: 'DELETE', auth: { cookie } });
    expect(out.status).toBe(200);
    const id = await writeForSri(server);
    const r = await answer;
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ error: 'unauthorized', reason: expect.any(String) });
    expect(r.text).not.toContain(id);
  });

  it('leaves the longpolls of the user’s other sessions open', async () => {
    const kept = await signIn(server.url, NIP.sri);
    const ended = await signIn(server.url, NIP.sri);
    const open = await openLongpoll(server, { token: kept });
    const closing = await openLongpoll(server, { token: ended });
    await call(`${server.url}/api/session`, { method: 'DELETE', auth: { token: ended } });
    expect((await closing.answer).status).toBe(401);
    const id = await writeForSri(server);
    const r = await open.answer;
    expect(r.status).toBe(200);
    expect(r.text).toContain(id);
  });

  it('ends every longpoll of the account, Basic ones too, when the password changes', async () => {
    const token = await signIn(server.url, NIP.hendra);
    const other = await signIn(server.url, NIP.hendra);
    const byToken = await openLongpoll(server, { token });
    const byBasic = await openLongpoll(server, basic(NIP.hendra));
    const changed = await call(`${server.url}/api/account/password`, {
      method: 'POST',
      auth: { token: other },
      json: { currentPassword: DEMO_PASSWORD, newPassword: 'kata-sandi-baru-1' },
    });
    expect(changed.status).toBe(200);
    expect((await byToken.answer).status).toBe(401);
    expect((await byBasic.answer).status).toBe(401);
  });

  it('cuts an answer already started by heartbeats', async () => {
    const token = await signIn(server.url, NIP.sri);
    const { response, answer } = await openLongpoll(server, { token }, '&heartbeat=1000');
    // The headers (200) go out with the first heartbeat.
    expect((await response).status).toBe(200);
    await call(`${server.url}/api/session`, { method: 'DELETE', auth: { token } });
    const id = await writeForSri(server);
    const r = await answer;
    expect(r.text.trim()).toBe('');
    expect(r.text).not.toContain(id);
  });

  it('answers 401 instead of a change once its session has expired', async () => {
    const token = await signIn(expiring.url, NIP.sri);
    const { answer } = await openLongpoll(expiring, { token });
    offsetMs += 2 * IDLE_MS;
    const id = await writeForSri(expiring);
    const r = await answer;
    expect(r.status).toBe(401);
    expect(r.text).not.toContain(id);
  });
});
