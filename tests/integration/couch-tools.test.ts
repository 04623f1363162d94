/**
 * CouchDB tools against the real server: `_session` (cookie sign-in), `_up` and `_uuids` as
 * CouchDB has them, and the real `couchbackup` CLI backing up exactly one user's documents.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { NIP } from '../../sync-server/seed/demo-people';
import { basic, call, signIn, type Reply } from './support/http';
import { memoryLog } from './support/memory-log';
import { REPO, startServer, tempDataDir, type TestServer } from './support/server';

let server: TestServer;
let workDir: string;
const { log, lines: logLines } = memoryLog();

beforeAll(async () => {
  server = await startServer({ log });
  workDir = tempDataDir('couch-tools');
});
afterAll(async () => {
  await server?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

const sessionUrl = () => `${server.url}/couch/_session`;

/** The `AuthSession=...` pair of a response's Set-Cookie, ready to send back. */
function authSessionOf(r: Reply): string {
  const cookie = r.headers.get('set-cookie') ?? '';
  const pair = /AuthSession=[^;]*/.exec(cookie)?.[0];
  if (!pair) throw new Error(`no AuthSession cookie in ${cookie}`);
  return pair;
}

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  body: new URLSearchParams(fields).toString(),
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
});

describe('/couch/_session', () => {
  it('signs in with a form body: name, roles and an HttpOnly AuthSession cookie that authenticates /couch', async () => {
    const r = await call(sessionUrl(), form({ name: NIP.sri, password: DEMO_PASSWORD }));
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      ok: true,
      name: NIP.sri,
      roles: expect.arrayContaining(['pegawai', 'pejabat-penilai']),
    });
    const setCookie = r.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^AuthSession=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Path=\/couch/);
    // The Cloudant SDK schedules its refresh from Expires (or Max-Age).
    expect(setCookie).toMatch(/Expires=[^;]+;/);

    const cookie = authSessionOf(r);
    const db = await call(server.couchUrl, { auth: { cookie } });
    expect(db.status).toBe(200);
    expect(db.body).toMatchObject({ db_name: 'kinerja' });
    const own = await call(`${server.couchUrl}/employee:${NIP.sri}`, { auth: { cookie } });
    expect(own.status).toBe(200);
  });

  it('signs in with a JSON body, with `name` or with `username` as the Cloudant SDK sends it', async () => {
    for (const field of ['name', 'username']) {
      const r = await call(sessionUrl(), {
        method: 'POST',
        json: { [field]: NIP.dewi, password: DEMO_PASSWORD },
      });
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ ok: true, name: NIP.dewi, roles: ['pegawai'] });
      const db = await call(server.couchUrl, { auth: { cookie: authSessionOf(r) } });
      expect(db.status).toBe(200);
    }
  });

  it('refuses a wrong password with CouchDB’s 401 and sets no cookie; a body without a name is a 400', async () => {
    for (const r of [
      await call(sessionUrl(), form({ name: NIP.rina, password: 'salah-sekali' })),
      await call(sessionUrl(), { method: 'POST', json: { name: NIP.rina } }),
    ]) {
      expect(r.status).toBe(401);
      expect(r.body).toEqual({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
      expect(r.headers.get('set-cookie')).toBeNull();
    }
    const noName = await call(sessionUrl(), { method: 'POST', json: { password: 'x' } });
    expect(noName.status).toBe(400);
    expect(noName.body).toMatchObject({ error: 'bad_request' });
    const twoNames = await call(sessionUrl(), {
      method: 'POST',
      json: { name: NIP.rina, username: NIP.dewi, password: 'x' },
    });
    expect(twoNames.status).toBe(400);
    const text = await call(sessionUrl(), {
      method: 'POST',
      body: `name=${NIP.rina}`,
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(text.status).toBe(415);
  });

  it('passes the sign-in lockout through: 429 with Retry-After after too many failures', async () => {
    let last: Reply | null = null;
    for (let i = 0; i < 6; i++) {
      last = await call(sessionUrl(), form({ name: NIP.hendra, password: `salah-${i}` }));
    }
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    const right = await call(sessionUrl(), form({ name: NIP.hendra, password: DEMO_PASSWORD }));
    expect(right.status).toBe(429);
  });

  it('GET answers the userCtx of the cookie or Basic credentials, and the anonymous user without', async () => {
    const signedIn = await call(sessionUrl(), form({ name: NIP.agus, password: DEMO_PASSWORD }));
    const cookie = authSessionOf(signedIn);
    const byCookie = await call(sessionUrl(), { auth: { cookie } });
    expect(byCookie.status).toBe(200);
    expect(byCookie.body).toEqual({
      ok: true,
      userCtx: { name: NIP.agus, roles: ['pegawai'] },
      info: {
        authenticated: 'cookie',
        authentication_handlers: expect.arrayContaining(['cookie']),
      },
    });
    const byBasic = await call(sessionUrl(), { auth: basic(NIP.agus) });
    expect(byBasic.body).toMatchObject({
      userCtx: { name: NIP.agus },
      info: { authenticated: 'default' },
    });
    for (const anonymous of [
      await call(sessionUrl()),
      await call(sessionUrl(), { auth: { cookie: `AuthSession=${'x'.repeat(43)}` } }),
    ]) {
      expect(anonymous.status).toBe(200);
      expect(anonymous.body).toEqual({
        ok: true,
        userCtx: { name: null, roles: [] },
        info: { authentication_handlers: expect.arrayContaining(['cookie', 'default']) },
      });
    }
    expect((await call(sessionUrl(), { auth: basic(NIP.agus, 'salah') })).status).toBe(401);
  });

  it('DELETE ends that session: the cookie is cleared and no longer authenticates', async () => {
    const signedIn = await call(sessionUrl(), form({ name: NIP.putri, password: DEMO_PASSWORD }));
    const cookie = authSessionOf(signedIn);
    const other = authSessionOf(
      await call(sessionUrl(), form({ name: NIP.putri, password: DEMO_PASSWORD })),
    );
    expect((await call(server.couchUrl, { auth: { cookie } })).status).toBe(200);

    const out = await call(sessionUrl(), { method: 'DELETE', auth: { cookie } });
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ ok: true });
    expect(out.headers.get('set-cookie') ?? '').toMatch(/^AuthSession=;/);

    expect((await call(server.couchUrl, { auth: { cookie } })).status).toBe(401);
    const after = await call(sessionUrl(), { auth: { cookie } });
    expect(after.body).toMatchObject({ userCtx: { name: null } });
    // Only that session ended: another sign-in of the same person still works.
    expect((await call(server.couchUrl, { auth: { cookie: other } })).status).toBe(200);
  });

  it('DELETE beside the app’s own cookie ends the AuthSession, not the app’s session', async () => {
    const appToken = await signIn(server.url, NIP.putri);
    const couch = authSessionOf(
      await call(sessionUrl(), form({ name: NIP.putri, password: DEMO_PASSWORD })),
    );
    const out = await call(sessionUrl(), {
      method: 'DELETE',
      auth: { cookie: `kinerja_session=${appToken}; ${couch}` },
    });
    expect(out.status).toBe(200);
    expect((await call(server.couchUrl, { auth: { cookie: couch } })).status).toBe(401);
    expect((await call(`${server.url}/api/session`, { auth: { token: appToken } })).status).toBe(
      200,
    );
  });
});

describe('/couch/_up and /couch/_uuids', () => {
  it('_up answers without credentials', async () => {
    const r = await call(`${server.url}/couch/_up`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: 'ok' });
    expect((await call(`${server.url}/couch/_up`, { method: 'POST' })).status).toBe(405);
  });

  it('_uuids answers `count` fresh ids without credentials, at most 1000', async () => {
    const one = await call(`${server.url}/couch/_uuids`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual({ uuids: [expect.stringMatching(/^[0-9a-f]{32}$/)] });
    expect(one.headers.get('cache-control')).toContain('no-cache');

    const many = (await call(`${server.url}/couch/_uuids?count=1000`)).body as { uuids: string[] };
    expect(many.uuids).toHaveLength(1000);
    expect(new Set(many.uuids).size).toBe(1000);
    expect(many.uuids.every((u) => /^[0-9a-f]{32}$/.test(u))).toBe(true);

    const none = await call(`${server.url}/couch/_uuids?count=0`);
    expect(none.body).toEqual({ uuids: [] });
    for (const bad of ['1001', '-1', 'x', '1.5']) {
      const r = await call(`${server.url}/couch/_uuids?count=${bad}`);
      expect({ bad, status: r.status }).toEqual({ bad, status: 400 });
      expect(r.body).toMatchObject({ error: 'bad_request' });
    }
  });

  it('everything else under /couch still needs credentials', async () => {
    for (const p of ['/couch/', '/couch/kinerja', '/couch/kinerja/_all_docs']) {
      const r = await call(`${server.url}${p}`);
      expect({ p, status: r.status }).toEqual({ p, status: 401 });
    }
  });
});

type LogLine = { msg: string; method: string; path: string; status: number; user?: string };

/** The request log lines written since `from`, for paths under /couch. */
function couchRequestsSince(from: number): LogLine[] {
  return logLines
    .slice(from)
    .map((l) => JSON.parse(l) as LogLine)
    .filter((l) => l.msg === 'request' && l.path.startsWith('/couch'));
}

const couchbackupBin = () => {
  const dir = path.join(REPO, 'node_modules/@cloudant/couchbackup');
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    bin: { couchbackup: string };
  };
  return path.join(dir, pkg.bin.couchbackup);
};

/** Runs the real couchbackup CLI as a child process; resolves with its exit code and stderr. */
function couchbackup(
  nip: string,
  password: string,
  out: string,
  extra: string[] = [],
): Promise<{ code: number | null; stderr: string }> {
  const url = `http://${nip}:${password}@${new URL(server.url).host}/couch`;
  // couchbackup also reads COUCH_* variables; only the arguments here count.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith('COUCH_') && k !== 'CLOUDANT_IAM_API_KEY',
    ),
  );
  const child = spawn(
    process.execPath,
    [
      couchbackupBin(),
      '--url',
      url,
      '--db',
      'kinerja',
      '--output',
      out,
      '--log',
      `${out}.log`,
      ...extra,
    ],
    { env, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

type BackedUpDoc = { _id: string; _rev: string; _revisions?: unknown };

/** The documents of a backup file: a header line, then one JSON array per batch. */
function backedUp(file: string): BackedUpDoc[] {
  const [header, ...batches] = fs.readFileSync(file, 'utf8').trim().split('\n');
  expect(JSON.parse(header ?? '{}')).toMatchObject({ name: '@cloudant/couchbackup' });
  return batches.flatMap((line) => JSON.parse(line) as BackedUpDoc[]);
}

/** The documents one user reads, by id and revision, as their `_all_docs` lists them. */
async function readableRevs(nip: string): Promise<Map<string, string>> {
  const all = (await call(`${server.couchUrl}/_all_docs`, { auth: basic(nip) })).body as {
    rows: { id: string; value: { rev: string } }[];
  };
  return new Map(all.rows.map((r) => [r.id, r.value.rev]));
}

describe('couchbackup', () => {
  it('backs up exactly the documents of the signed-in user’s channels, after signing in at _session', async () => {
    const want = await readableRevs(NIP.dewi);
    // _changes lists the same documents (the full backup reads _changes, then _bulk_get).
    const changes = (await call(`${server.couchUrl}/_changes`, { auth: basic(NIP.dewi) })).body as {
      results: { id: string; deleted?: boolean }[];
    };
    expect(
      changes.results
        .filter((r) => !r.deleted)
        .map((r) => r.id)
        .sort(),
    ).toEqual([...want.keys()].sort());
    const colleague = await readableRevs(NIP.agus);
    const colleaguesOwn = [...colleague.keys()].filter((id) => id.includes(`:${NIP.agus}:`));
    expect(colleaguesOwn.length).toBeGreaterThan(0);

    const out = path.join(workDir, 'dewi-full.txt');
    const logFrom = logLines.length;
    const run = await couchbackup(NIP.dewi, DEMO_PASSWORD, out);
    expect(run.code, run.stderr).toBe(0);

    const docs = backedUp(out);
    const ids = docs.map((d) => d._id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...want.keys()].sort());
    for (const d of docs)
      expect({ id: d._id, rev: d._rev }).toEqual({ id: d._id, rev: want.get(d._id) });
    expect(docs.every((d) => d._revisions !== undefined)).toBe(true);
    expect(ids.filter((id) => colleaguesOwn.includes(id))).toEqual([]);

    // couchbackup's own flow: a CouchDB cookie session first, then only authenticated calls.
    const requests = couchRequestsSince(logFrom);
    expect(requests[0]).toMatchObject({ method: 'POST', path: '/couch/_session', status: 200 });
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        'HEAD /couch/kinerja',
        'POST /couch/kinerja/_changes',
        'POST /couch/kinerja/_bulk_get',
      ]),
    );
    for (const r of requests) expect(r).toMatchObject({ status: 200, user: NIP.dewi });
  });

  it('in shallow mode pages _all_docs with its options in the body, to the same documents', async () => {
    const want = await readableRevs(NIP.dewi);
    const out = path.join(workDir, 'dewi-shallow.txt');
    const logFrom = logLines.length;
    const run = await couchbackup(NIP.dewi, DEMO_PASSWORD, out, [
      '--mode',
      'shallow',
      '--buffer-size',
      '40',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const ids = backedUp(out).map((d) => d._id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...want.keys()].sort());
    const pages = couchRequestsSince(logFrom).filter((r) => r.path === '/couch/kinerja/_all_docs');
    expect(pages.length).toBe(Math.floor(want.size / 40) + 1);
  });

  it('fails with a wrong password and backs up nothing', async () => {
    const out = path.join(workDir, 'wrong.txt');
    const logFrom = logLines.length;
    const run = await couchbackup(NIP.yoga, 'salah-sekali', out);
    expect(run.code).not.toBe(0);
    // couchbackup's words for a 401.
    expect(run.stderr).toContain('invalid credentials');
    const requests = couchRequestsSince(logFrom);
    expect(requests[0]).toMatchObject({ method: 'POST', path: '/couch/_session', status: 401 });
    expect(requests.filter((r) => r.status === 200)).toEqual([]);
    const written = fs.existsSync(out) ? fs.readFileSync(out, 'utf8').trim().split('\n') : [];
    expect(written.slice(1)).toEqual([]);
  });
});
