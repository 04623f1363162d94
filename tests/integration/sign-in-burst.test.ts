/**
 * Guessing in bursts against the real server (issue 11, section 2): a burst checks at most the
 * free tries of a NIP and never signs in; a person on a device they signed in from before is not
 * locked out by someone else's failures; the answers say how many tries remain and how long the
 * pause is; password hashing has a global bound beyond which sign-ins are refused at once.
 * The server trusts one proxy hop, so each test speaks from its own address (X-Forwarded-For).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../client/data/testing/eventually';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { NIP } from '../../sync-server/seed/demo-people';
import { call, type Reply } from './support/http';
import { startServer, type TestServer } from './support/server';

let server: TestServer;

beforeAll(async () => {
  server = await startServer({ env: { TRUST_PROXY: '1' } });
});
afterAll(async () => {
  await server?.stop();
});

/** Passwords the server has checked so far (the figure it keeps for metrics). */
const checks = () => server.app.services.signIn.passwordChecks;

type From = { address: string; device?: string };

const signInFrom = (from: From, nip: string, password: string) =>
  call(`${server.url}/api/session`, {
    method: 'POST',
    json: { nip, password },
    headers: {
      'X-Forwarded-For': from.address,
      ...(from.device ? { Cookie: `kinerja_device=${from.device}` } : {}),
    },
  });

const basicFrom = (from: From, nip: string, password: string) =>
  call(server.couchUrl, {
    auth: { basic: [nip, password] },
    headers: { 'X-Forwarded-For': from.address },
  });

/** 99 wrong guesses and the right password last, all sent at once. */
const burstOf = (guess: (password: string) => Promise<Reply>) =>
  Promise.all([
    ...Array.from({ length: 99 }, (_, i) => guess(`tebakan-${i}`)),
    guess(DEMO_PASSWORD),
  ]);

function deviceCookieOf(r: Reply): string {
  const cookie = /kinerja_device=([^;]+)/.exec(r.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error(`no device cookie in ${r.headers.get('set-cookie')}`);
  return cookie;
}

/** Every answer to a burst is a 401 that says the tries left, or a 429 with its wait. */
function expectRefusals(replies: Reply[]): void {
  for (const r of replies) {
    if (r.status === 401) {
      expect(r.body).toMatchObject({
        error: 'unauthorized',
        reason: expect.stringMatching(/^NIP atau kata sandi salah\./),
        remaining: expect.any(Number),
      });
    } else {
      expect(r.status).toBe(429);
      expect(r.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
      expect(r.body).toMatchObject({
        error: 'too_many_requests',
        reason: expect.stringMatching(/\S/),
      });
    }
  }
}

describe('a burst of 100 parallel guesses for one NIP', () => {
  it('through POST /api/session checks at most 5 passwords and never signs in', async () => {
    const attacker = { address: '203.0.113.10' };
    const before = checks();
    const replies = await burstOf((p) => signInFrom(attacker, NIP.agus, p));
    expect(replies.filter((r) => r.status === 200)).toEqual([]);
    // Every answer but a 429 followed a check; the server's own count says the same.
    expect(replies.filter((r) => r.status !== 429).length).toBeLessThanOrEqual(5);
    expect(checks() - before).toBeLessThanOrEqual(5);
    expectRefusals(replies);
    // The five wrong guesses paused the NIP for fresh devices: a minute, said in words.
    const after = await signInFrom({ address: '203.0.113.11' }, NIP.agus, DEMO_PASSWORD);
    expect(after.status).toBe(429);
    expect(after.body).toMatchObject({
      reason: expect.stringMatching(
        /^Terlalu banyak percobaan masuk\. Coba lagi dalam \d+ (detik|menit)\.$/,
      ),
    });
    expect(Number(after.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(after.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  });

  it('through HTTP Basic on /couch checks at most 5 passwords and never lets it in', async () => {
    const attacker = { address: '203.0.113.20' };
    const before = checks();
    const replies = await burstOf((p) => basicFrom(attacker, NIP.rina, p));
    expect(replies.filter((r) => r.status === 200)).toEqual([]);
    // Every answer but a 429 followed a check; the server's own count says the same.
    expect(replies.filter((r) => r.status !== 429).length).toBeLessThanOrEqual(5);
    expect(checks() - before).toBeLessThanOrEqual(5);
    expectRefusals(replies);
  });
});

describe('lockout is not a weapon', () => {
  it('the person on a device they signed in from before still signs in; a fresh device is paused', async () => {
    const office = { address: '198.51.100.30' };
    const first = await signInFrom(office, NIP.hendra, DEMO_PASSWORD);
    expect(first.status).toBe(200);
    expect(first.headers.get('set-cookie') ?? '').toMatch(/kinerja_device=[^;]+;.*HttpOnly/i);
    const myDevice = { ...office, device: deviceCookieOf(first) };

    // Someone behind the same office address guesses at Hendra's NIP while he signs in.
    const [burst, mine] = await Promise.all([
      burstOf((p) => signInFrom(office, NIP.hendra, p)),
      signInFrom(myDevice, NIP.hendra, DEMO_PASSWORD),
    ]);
    expect(burst.filter((r) => r.status === 200)).toEqual([]);
    expect(mine.status).toBe(200);

    // After the burst the NIP is paused for fresh devices, still not for his.
    const fresh = await signInFrom({ address: '198.51.100.31' }, NIP.hendra, DEMO_PASSWORD);
    expect(fresh.status).toBe(429);
    expect(Number(fresh.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await signInFrom(myDevice, NIP.hendra, DEMO_PASSWORD)).status).toBe(200);
    // His own typo counts on his device alone: four tries left there, not a pause.
    const typo = await signInFrom(myDevice, NIP.hendra, 'salah-ketik');
    expect(typo.status).toBe(401);
    expect(typo.body).toMatchObject({ remaining: 4 });
    // A device cookie of another person's device does not count for Hendra.
    const other = await signInFrom(office, NIP.suharti, DEMO_PASSWORD);
    const foreign = { ...office, device: deviceCookieOf(other) };
    expect((await signInFrom(foreign, NIP.hendra, DEMO_PASSWORD)).status).toBe(429);
  });

  it('replaces a device cookie the server never issued, so nobody can plant one', async () => {
    const planted = 'x'.repeat(43);
    const r = await signInFrom(
      { address: '198.51.100.35', device: planted },
      NIP.yoga,
      DEMO_PASSWORD,
    );
    expect(r.status).toBe(200);
    const issued = deviceCookieOf(r);
    expect(issued).not.toBe(planted);
    expect(issued).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('tells how many tries remain, then how long the pause is', async () => {
    const from = { address: '198.51.100.40' };
    const replies: Reply[] = [];
    for (let i = 0; i < 5; i++) replies.push(await signInFrom(from, NIP.fajar, `salah-${i}`));
    expect(replies.map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
    expect(replies.map((r) => (r.body as { remaining: number }).remaining)).toEqual([
      4, 3, 2, 1, 0,
    ]);
    expect(replies[0]!.body).toEqual({
      error: 'unauthorized',
      reason: 'NIP atau kata sandi salah. Sisa 4 percobaan sebelum dijeda.',
      remaining: 4,
    });
    expect(replies[4]!.body).toEqual({
      error: 'unauthorized',
      reason: 'NIP atau kata sandi salah. Percobaan masuk dijeda 1 menit.',
      remaining: 0,
      retryAfter: 60,
    });
    const paused = await signInFrom(from, NIP.fajar, DEMO_PASSWORD);
    expect(paused.status).toBe(429);
    expect(paused.body).toMatchObject({ retryAfter: Number(paused.headers.get('retry-after')) });
  });
});

describe('the global bound on password hashing', () => {
  it('answers 429 at once while the queue is full, and still lets a known device in', async () => {
    const { signIn } = server.app.services;
    const known = await signInFrom({ address: '192.0.2.50' }, NIP.eko, DEMO_PASSWORD);
    const myDevice = { address: '192.0.2.50', device: deviceCookieOf(known) };

    // Occupy every running and waiting place of the real queue with checks the test holds.
    const { running, waiting } = signIn.hashGate.bounds;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const holders = Array.from({ length: running + waiting }, () =>
      signIn.hashGate.tryRun(() => held),
    );
    expect(holders.every((h) => h !== null)).toBe(true);

    const before = checks();
    // Answered while the queue is still held: the refusal did not wait for a place.
    const refused = await signInFrom({ address: '192.0.2.51' }, NIP.siti, DEMO_PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.body).toMatchObject({
      reason: 'Server sedang sibuk memeriksa kata sandi. Coba lagi sebentar lagi.',
    });
    expect(checks()).toBe(before);

    // The known device's check is queued although the queue is full (ahead of the strangers).
    const mine = signInFrom(myDevice, NIP.eko, DEMO_PASSWORD);
    await eventually(() => expect(signIn.hashGate.load().waiting).toBe(waiting + 1));
    release();
    await Promise.all(holders);
    expect((await mine).status).toBe(200);
    // The refused sign-in cost its NIP no try.
    expect((await signInFrom({ address: '192.0.2.51' }, NIP.siti, DEMO_PASSWORD)).status).toBe(200);
  });
});
