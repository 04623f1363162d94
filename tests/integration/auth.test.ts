/** Sign-in, sessions and the three ways to authenticate, against the real server. */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { NIP } from '../../sync-server/seed/demo-people';
import { basic, call } from './support/http';
import { memoryLog } from './support/memory-log';
import { startServer, tempDataDir, type TestServer } from './support/server';

let server: TestServer;
const { log, lines: logLines } = memoryLog();

beforeAll(async () => {
  server = await startServer({ log });
});
afterAll(async () => {
  await server?.stop();
});

const login = (nip: string, password: string) =>
  call(`${server.url}/api/session`, { method: 'POST', json: { nip, password } });

describe('POST /api/session', () => {
  it('signs in with NIP and password: token, user with derived roles, HttpOnly cookie', async () => {
    const r = await login(NIP.sri, DEMO_PASSWORD);
    expect(r.status).toBe(200);
    const body = r.body as { token: string; user: Record<string, unknown> };
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.user).toMatchObject({
      nip: NIP.sri,
      name: 'Sri Wahyuni, S.Pd., M.Pd.',
      position: 'Kepala Sekolah',
      unitId: 'sdn-gayungan-1',
    });
    expect(body.user.roles).toEqual(expect.arrayContaining(['pegawai', 'pejabat-penilai']));
    const cookie = r.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`kinerja_session=${body.token}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i);
  });

  it('gives the stored roles of the Pengelola and the atasan role of a head of heads', async () => {
    const ratna = (await login(NIP.ratna, DEMO_PASSWORD)).body as { user: { roles: string[] } };
    expect(ratna.user.roles).toEqual(expect.arrayContaining(['pengelola', 'pegawai']));
    const bambang = (await login(NIP.bambang, DEMO_PASSWORD)).body as { user: { roles: string[] } };
    expect(bambang.user.roles).toEqual(
      expect.arrayContaining(['pejabat-penilai', 'atasan-penilai']),
    );
  });

  it('refuses a wrong password and an unknown NIP with the same 401, tries left included', async () => {
    const wrong = await login(NIP.agus, 'salah-sekali');
    const unknown = await login('199999999999999999', 'salah-sekali');
    for (const r of [wrong, unknown]) {
      expect(r.status).toBe(401);
      expect(r.body).toEqual({
        error: 'unauthorized',
        reason: 'NIP atau kata sandi salah. Sisa 4 percobaan sebelum dijeda.',
        remaining: 4,
      });
    }
  });

  it('answers a malformed sign-in with 400', async () => {
    expect(
      (await call(`${server.url}/api/session`, { method: 'POST', json: { nip: 5 } })).status,
    ).toBe(400);
    const bad = await call(`${server.url}/api/session`, {
      method: 'POST',
      body: '{"nip":',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(bad.status).toBe(400);
  });

  it('pauses a NIP for a minute after 5 failures, even for the right password, with Retry-After', async () => {
    for (let i = 0; i < 5; i++) expect((await login(NIP.putri, `wrong-${i}`)).status).toBe(401);
    const locked = await login(NIP.putri, DEMO_PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(locked.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // HTTP Basic counts against the same limit.
    const viaBasic = await call(server.couchUrl, { auth: basic(NIP.putri) });
    expect(viaBasic.status).toBe(429);
    // Another NIP is not affected.
    expect((await login(NIP.nur, DEMO_PASSWORD)).status).toBe(200);
  });
});

describe('authenticating requests', () => {
  it('accepts Bearer, the cookie and HTTP Basic; refuses none with CouchDB’s 401 body', async () => {
    const token = ((await login(NIP.agus, DEMO_PASSWORD)).body as { token: string }).token;
    expect((await call(`${server.url}/api/session`, { auth: { token } })).status).toBe(200);
    expect((await call(server.couchUrl, { auth: { token } })).status).toBe(200);
    expect(
      (await call(server.couchUrl, { auth: { cookie: `kinerja_session=${token}` } })).status,
    ).toBe(200);
    expect((await call(server.couchUrl, { auth: basic(NIP.agus) })).status).toBe(200);
    const none = await call(server.couchUrl);
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ error: 'unauthorized', reason: expect.any(String) });
    const badToken = await call(server.couchUrl, { auth: { token: 'x'.repeat(43) } });
    expect(badToken.status).toBe(401);
    const badBasic = await call(server.couchUrl, { auth: basic(NIP.agus, 'nope') });
    expect(badBasic.status).toBe(401);
  });

  it('GET /api/session answers the signed-in user, or 401', async () => {
    const token = ((await login(NIP.dewi, DEMO_PASSWORD)).body as { token: string }).token;
    const me = await call(`${server.url}/api/session`, { auth: { token } });
    expect(me.body).toMatchObject({ user: { nip: NIP.dewi } });
    expect((await call(`${server.url}/api/session`)).status).toBe(401);
  });

  it('DELETE /api/session revokes the token for every use', async () => {
    const token = ((await login(NIP.hendra, DEMO_PASSWORD)).body as { token: string }).token;
    const out = await call(`${server.url}/api/session`, { method: 'DELETE', auth: { token } });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie') ?? '').toMatch(/kinerja_session=;/);
    expect((await call(`${server.url}/api/session`, { auth: { token } })).status).toBe(401);
    expect((await call(server.couchUrl, { auth: { token } })).status).toBe(401);
    expect(
      (await call(server.couchUrl, { auth: { cookie: `kinerja_session=${token}` } })).status,
    ).toBe(401);
  });

  it('a password change revokes every session and the old password', async () => {
    const first = ((await login(NIP.fajar, DEMO_PASSWORD)).body as { token: string }).token;
    const second = ((await login(NIP.fajar, DEMO_PASSWORD)).body as { token: string }).token;
    const changed = await call(`${server.url}/api/account/password`, {
      method: 'POST',
      auth: { token: first },
      json: { currentPassword: DEMO_PASSWORD, newPassword: 'rahasia-baru-2026' },
    });
    expect(changed.status).toBe(200);
    const fresh = (changed.body as { token: string }).token;
    expect((await call(server.couchUrl, { auth: { token: first } })).status).toBe(401);
    expect((await call(server.couchUrl, { auth: { token: second } })).status).toBe(401);
    expect((await call(server.couchUrl, { auth: { token: fresh } })).status).toBe(200);
    expect((await call(server.couchUrl, { auth: basic(NIP.fajar) })).status).toBe(401);
    expect(
      (await call(server.couchUrl, { auth: basic(NIP.fajar, 'rahasia-baru-2026') })).status,
    ).toBe(200);
  });

  it('the admin signs in with ADMIN_PASSWORD, not the demo password', async () => {
    expect((await login('admin', 'admin-secret-1')).status).toBe(200);
    expect((await login('admin', DEMO_PASSWORD)).status).toBe(401);
  });
});

describe('logs', () => {
  it('write one line per request and never a password, token, cookie or Authorization header', async () => {
    const token = ((await login(NIP.nur, DEMO_PASSWORD)).body as { token: string }).token;
    await call(server.couchUrl, { auth: { token } });
    await call(`${server.couchUrl}/_changes?since=0&limit=1`, {
      auth: { cookie: `kinerja_session=${token}` },
    });
    await call(server.couchUrl, { auth: basic(NIP.nur) });
    const text = logLines.join('');
    expect(text).not.toContain(DEMO_PASSWORD);
    expect(text).not.toContain(token);
    expect(text).not.toContain(Buffer.from(`${NIP.nur}:${DEMO_PASSWORD}`).toString('base64'));
    expect(text).not.toMatch(/authorization|cookie/i);
    const requests = logLines
      .map((l) => JSON.parse(l) as { msg: string; path?: string })
      .filter((l) => l.msg === 'request');
    expect(requests.some((l) => l.path === '/couch/kinerja/_changes')).toBe(true);
  });
});

describe('per-address limit', () => {
  it('locks out an address that fails on many NIPs', async () => {
    const other = await startServer({ env: { SIGNIN_LIMIT_PER_ADDRESS: '3', SEED: 'none' } });
    try {
      const nips = ['199000000000000001', '199000000000000002', '199000000000000003'];
      for (const nip of nips) {
        const r = await call(`${other.url}/api/session`, {
          method: 'POST',
          json: { nip, password: 'x' },
        });
        expect(r.status).toBe(401);
      }
      const r = await call(`${other.url}/api/session`, {
        method: 'POST',
        json: { nip: 'admin', password: 'admin-secret-1' },
      });
      expect(r.status).toBe(429);
      expect(r.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await other.stop();
    }
  });
});

describe('the admin account on first start', () => {
  it('gets a generated password, printed once outside the log, when ADMIN_PASSWORD is unset', async () => {
    const { log: adminLog, lines } = memoryLog();
    // The password goes to stdout as plain text (tests/integration/first-start.test.ts reads it
    // from a real process); here the write is caught on its way.
    const printed: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    const dataDir = tempDataDir('admin');
    let first: TestServer;
    try {
      first = await startServer({
        dataDir,
        env: { ADMIN_PASSWORD: '', SEED: 'none' },
        log: adminLog,
      });
    } finally {
      write.mockRestore();
    }
    const password = printed.join('').split('\n').at(-3);
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(lines.join('')).toContain('Admin account created with a generated password');
    expect(lines.join('')).not.toContain(password);
    const ok = await call(`${first.url}/api/session`, {
      method: 'POST',
      json: { nip: 'admin', password },
    });
    expect(ok.status).toBe(200);
    expect((ok.body as { user: { roles: string[] } }).user.roles).toEqual(['admin']);
    await first.stop();

    lines.length = 0;
    printed.length = 0;
    const again = await startServer({
      dataDir,
      env: { ADMIN_PASSWORD: '', SEED: 'none' },
      log: adminLog,
    });
    try {
      expect(lines.join('')).not.toContain('generated password');
      const still = await call(`${again.url}/api/session`, {
        method: 'POST',
        json: { nip: 'admin', password },
      });
      expect(still.status).toBe(200);
    } finally {
      await again.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
