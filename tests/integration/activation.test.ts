/**
 * Activation codes against the real server: a Pengelola issues one (a reset for someone who has a
 * password), the person signs in with NIP and code, must choose a password, and the code is used
 * up. Codes expire, go through the sign-in limits, and never give a session by themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueActivationCodes } from '../../sync-server/auth/issue-activation-codes';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { NIP } from '../../sync-server/seed/demo-people';
import { basic, call, signIn, type Reply } from './support/http';
import { startServer, type TestServer } from './support/server';

const DAY_MS = 86_400_000;
const CODE_RE = /^[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){3}$/;

let server: TestServer;
/** How far the server's clock is moved forward (to let codes expire). */
let offsetMs = 0;
let ratna: string;
let admin: string;

beforeAll(async () => {
  server = await startServer({ config: { now: () => Date.now() + offsetMs } });
  ratna = await signIn(server.url, NIP.ratna);
  admin = await signIn(server.url, 'admin', 'admin-secret-1');
});
afterAll(async () => {
  await server?.stop();
});

const issue = (nip: string, token = ratna) =>
  call(`${server.url}/api/admin/accounts/${nip}/activation`, {
    method: 'POST',
    auth: { token },
  });

async function codeFor(nip: string): Promise<string> {
  const r = await issue(nip);
  expect(r.status).toBe(200);
  return (r.body as { code: string }).code;
}

const login = (nip: string, password: string, headers: Record<string, string> = {}) =>
  call(`${server.url}/api/session`, { method: 'POST', json: { nip, password }, headers });

const activate = (nip: string, code: string, newPassword: string) =>
  call(`${server.url}/api/account/activate`, {
    method: 'POST',
    json: { nip, code, newPassword },
  });

const sessionOf = (token: string) => call(`${server.url}/api/session`, { auth: { token } });

function expectNoSession(r: Reply): void {
  expect(r.headers.get('set-cookie')).toBeNull();
  expect(JSON.stringify(r.body)).not.toMatch(/token/);
}

describe('issuing a code', () => {
  it('gives a readable code once, ends every session and the old password', async () => {
    const before = await signIn(server.url, NIP.dewi);
    expect((await sessionOf(before)).status).toBe(200);
    const r = await issue(NIP.dewi);
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    const body = r.body as { nip: string; name: string; code: string; expiresAt: string };
    expect(body).toMatchObject({ nip: NIP.dewi, name: 'Dewi Lestari, S.Pd.' });
    expect(body.code).toMatch(CODE_RE);
    expect(Date.parse(body.expiresAt) - (Date.now() + offsetMs)).toBeGreaterThan(13.9 * DAY_MS);
    expect((await sessionOf(before)).status).toBe(401);
    expect((await login(NIP.dewi, DEMO_PASSWORD)).status).toBe(401);
    // Only a hash is kept.
    const stored = server.app.services.serverDb
      .prepare('SELECT * FROM activation_codes WHERE nip = ?')
      .get(NIP.dewi);
    expect(JSON.stringify(stored)).not.toContain(body.code);
    expect(JSON.stringify(stored).replaceAll('-', '')).not.toContain(body.code.replaceAll('-', ''));
  });

  it('is for a Pengelola or the admin; only the admin resets a Pengelola', async () => {
    const staff = await signIn(server.url, NIP.agus);
    expect((await issue(NIP.eko, staff)).status).toBe(403);
    expect((await issue(NIP.ratna)).status).toBe(403);
    expect((await issue('199999999999999999')).status).toBe(404);
    expect((await issue('12345')).status).toBe(400);
    expect((await issue('admin')).status).toBe(400);
    expect(
      (await call(`${server.url}/api/admin/accounts/${NIP.eko}/activation`, { method: 'POST' }))
        .status,
    ).toBe(401);
    const reset = await issue(NIP.ratna, admin);
    expect(reset.status).toBe(200);
    // Ratna's own sessions ended with it: she signs in again with her new password below.
    ratna = await activateAndSignIn(
      NIP.ratna,
      (reset.body as { code: string }).code,
      'pengelola-baru-1',
    );
  });
});

async function activateAndSignIn(nip: string, code: string, password: string): Promise<string> {
  const step = await login(nip, code);
  expect(step.status).toBe(200);
  expect(step.body).toEqual({ mustChoosePassword: true });
  const done = await activate(nip, code, password);
  expect(done.status).toBe(200);
  return signIn(server.url, nip, password);
}

describe('signing in with a code', () => {
  it('answers that a password must be chosen, with no session, and keeps the code', async () => {
    const code = await codeFor(NIP.eko);
    for (const typed of [code, code.toLowerCase(), code.replaceAll('-', ' ')]) {
      const r = await login(NIP.eko, typed);
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ mustChoosePassword: true });
      expectNoSession(r);
    }
  });

  it('never opens a session through HTTP Basic, CouchDB _session or a password change', async () => {
    const code = await codeFor(NIP.siti);
    expect((await call(server.couchUrl, { auth: basic(NIP.siti, code) })).status).toBe(401);
    const couch = await call(`${server.url}/couch/_session`, {
      method: 'POST',
      json: { name: NIP.siti, password: code },
    });
    expect(couch.status).toBe(401);
    expectNoSession(couch);
    const hadi = await signIn(server.url, NIP.hadi);
    const hadiCode = await codeFor(NIP.budi);
    const change = await call(`${server.url}/api/account/password`, {
      method: 'POST',
      auth: { token: hadi },
      json: { currentPassword: hadiCode, newPassword: 'tidak-boleh-1' },
    });
    expect(change.status).toBe(401);
  });

  it('asks for a password that follows the rules before using the code', async () => {
    const code = await codeFor(NIP.yoga);
    const short = await activate(NIP.yoga, code, 'pendek');
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ reason: 'Kata sandi baru paling sedikit 8 karakter' });
    expect((await activate(NIP.yoga, code, NIP.yoga)).status).toBe(400);
    // The code still works: a refused password used up nothing.
    const token = await activateAndSignIn(NIP.yoga, code, 'yoga-memilih-sandi');
    const me = (await sessionOf(token)).body as { user: { nip: string; roles: string[] } };
    expect(me.user).toMatchObject({ nip: NIP.yoga });
  });

  it('uses the code up: it works once, even when two devices send it at once', async () => {
    const code = await codeFor(NIP.nur);
    const both = await Promise.all([
      activate(NIP.nur, code, 'perangkat-satu-1'),
      activate(NIP.nur, code, 'perangkat-dua-22'),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 401]);
    const winner = both[0]?.status === 200 ? 'perangkat-satu-1' : 'perangkat-dua-22';
    expect((await login(NIP.nur, winner)).status).toBe(200);
    expect((await login(NIP.nur, code)).status).toBe(401);
    expect((await activate(NIP.nur, code, 'sekali-lagi-123')).status).toBe(401);
  });

  it('is a reset: a new code replaces the old one', async () => {
    const first = await codeFor(NIP.fajar);
    const second = await codeFor(NIP.fajar);
    expect(second).not.toBe(first);
    expect((await login(NIP.fajar, first)).status).toBe(401);
    expect((await login(NIP.fajar, second)).status).toBe(200);
  });
});

describe('limits and expiry', () => {
  it('counts wrong codes like wrong passwords, and a pause holds back the right one', async () => {
    const code = await codeFor(NIP.putri);
    const wrong = 'AAAA-BBBB-CCCC-DDDD';
    const remaining: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      const r =
        i % 2 === 0
          ? await login(NIP.putri, wrong)
          : await activate(NIP.putri, wrong, 'sandi-putri-1');
      expect(r.status).toBe(401);
      remaining.push((r.body as { remaining: number }).remaining);
    }
    expect(remaining).toEqual([4, 3, 2, 1, 0]);
    const right = await login(NIP.putri, code);
    expect(right.status).toBe(429);
    expect(right.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await activate(NIP.putri, code, 'sandi-putri-1')).status).toBe(429);
  });

  it('lets a code expire after 14 days, saying so only to whoever holds it', async () => {
    const code = await codeFor(NIP.hadi);
    offsetMs = 14 * DAY_MS + 60_000;
    try {
      const r = await login(NIP.hadi, code);
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({
        codeExpired: true,
        reason: expect.stringMatching(/kedaluwarsa/),
      });
      const a = await activate(NIP.hadi, code, 'sandi-hadi-baru');
      expect(a.status).toBe(401);
      expect(a.body).toMatchObject({ codeExpired: true });
      const guess = await login(NIP.hadi, 'AAAA-BBBB-CCCC-DDDD');
      expect(guess.body).not.toHaveProperty('codeExpired');
    } finally {
      offsetMs = 0;
    }
  });
});

describe('issueActivationCodes (what the organisation import calls)', () => {
  it('gives nip, nama and kode_aktivasi for each person, each code usable', async () => {
    const s = server.app.services;
    const out = issueActivationCodes(s, [NIP.bambang, NIP.hendra]);
    expect(out.map((o) => o.nip)).toEqual([NIP.bambang, NIP.hendra]);
    for (const row of out) {
      expect(row.nama).toBe(s.org.employee(row.nip)?.name);
      expect(row.kode_aktivasi).toMatch(CODE_RE);
      expect((await login(row.nip, row.kode_aktivasi)).body).toEqual({ mustChoosePassword: true });
    }
  });

  it('issues nothing when one NIP is not a person in the directory', () => {
    const s = server.app.services;
    const before = s.serverDb.prepare('SELECT count(*) AS n FROM activation_codes').get();
    expect(() => issueActivationCodes(s, [NIP.sri, '199999999999999999'])).toThrow(
      /199999999999999999: NIP tidak ada/,
    );
    expect(s.serverDb.prepare('SELECT count(*) AS n FROM activation_codes').get()).toEqual(before);
    expect(s.accounts.hasPassword(NIP.sri)).toBe(true);
  });
});

describe('changing one’s password', () => {
  it('follows the same rules, and the new password is the only one that works', async () => {
    const token = await signIn(server.url, NIP.agus);
    const change = (currentPassword: string, newPassword: string) =>
      call(`${server.url}/api/account/password`, {
        method: 'POST',
        auth: { token },
        json: { currentPassword, newPassword },
      });
    expect((await change(DEMO_PASSWORD, DEMO_PASSWORD)).status).toBe(400);
    expect((await change(DEMO_PASSWORD, NIP.agus)).status).toBe(400);
    const ok = await change(DEMO_PASSWORD, 'agus-punya-sandi');
    expect(ok.status).toBe(200);
    expect((await login(NIP.agus, DEMO_PASSWORD)).status).toBe(401);
    expect((await login(NIP.agus, 'agus-punya-sandi')).status).toBe(200);
  });
});
