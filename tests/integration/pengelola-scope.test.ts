/**
 * A Pengelola Kinerja limited to one OPD, against the real server: named so by the admin, their
 * devices receive that OPD's people only, their writes and console calls stay within it, and
 * the whole organisation's documents and the import stay with BKPSDM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePeriod } from '../../client/core/testing/factories';
import { NIP } from '../../sync-server/seed/demo-people';
import { call, signIn, type Auth } from './support/http';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let admin: string;
/** Eko, the camat, keeps Kecamatan Gayungan and its kelurahan. */
let eko: Auth;

beforeAll(async () => {
  server = await startServer();
  admin = await signIn(server.url, 'admin', 'admin-secret-1');
  const named = await call(`${server.url}/api/admin/pengelola/${NIP.eko}`, {
    method: 'POST',
    auth: { token: admin },
    json: { scope: 'kecamatan-gayungan' },
  });
  expect(named.status).toBe(200);
  expect(named.body).toMatchObject({ roles: ['pengelola'], scope: 'kecamatan-gayungan' });
  eko = { token: await signIn(server.url, NIP.eko) };
});
afterAll(async () => {
  await server?.stop();
});

async function asAdmin(id: string): Promise<Record<string, unknown>> {
  const r = await call(`${server.couchUrl}/${id}`, { auth: { token: admin } });
  expect(r.status).toBe(200);
  return r.body as Record<string, unknown>;
}

describe('a Pengelola limited to one OPD', () => {
  it('is told its reach at sign-in', async () => {
    const r = await call(`${server.url}/api/session`, { auth: eko });
    expect(r.body).toMatchObject({ user: { nip: NIP.eko, scope: 'kecamatan-gayungan' } });
  });

  it("receives the OPD's people, not another OPD's", async () => {
    const r = await call(`${server.couchUrl}/_changes`, { auth: eko });
    const ids = (r.body as { results: { id: string }[] }).results.map((c) => c.id);
    expect(ids).toContain(`employee:${NIP.yoga}`);
    expect(ids).toContain(`employee:${NIP.budi}`);
    expect(ids).not.toContain(`employee:${NIP.dewi}`);
  });

  it('changes a person of the OPD, and is refused one of another OPD', async () => {
    const yoga = await asAdmin(`employee:${NIP.yoga}`);
    const ok = await call(`${server.couchUrl}/employee:${NIP.yoga}`, {
      method: 'PUT',
      auth: eko,
      json: { ...yoga, position: 'Staf Pelayanan Umum' },
    });
    expect(ok.status).toBe(201);
    const dewi = await asAdmin(`employee:${NIP.dewi}`);
    const refused = await call(`${server.couchUrl}/employee:${NIP.dewi}`, {
      method: 'PUT',
      auth: eko,
      json: { ...dewi, position: 'Guru Ahli Madya' },
    });
    expect(refused.status).toBe(403);
    expect((refused.body as { reason: string }).reason).toMatch(/luar unit kerja/);
    expect((await asAdmin(`employee:${NIP.dewi}`)).position).toBe(dewi.position);
  });

  it("leaves the whole organisation's periods and the import to BKPSDM", async () => {
    const period = makePeriod({
      periodId: '2031',
      year: 2031,
      start: '2031-01-01',
      end: '2031-12-31',
    });
    const put = await call(`${server.couchUrl}/${period._id}`, {
      method: 'PUT',
      auth: eko,
      json: period,
    });
    expect(put.status).toBe(403);
    const imported = await call(`${server.url}/api/admin/org-import`, {
      method: 'POST',
      auth: eko,
      json: { units: '', people: '', apply: false },
    });
    expect(imported.status).toBe(403);
  });

  it('hands out activation codes and reads the history within the OPD only', async () => {
    const code = (nip: string) =>
      call(`${server.url}/api/admin/accounts/${nip}/activation`, { method: 'POST', auth: eko });
    expect((await code(NIP.yoga)).status).toBe(200);
    expect((await code(NIP.dewi)).status).toBe(403);
    const audit = (q: string) => call(`${server.url}/api/admin/audit${q}`, { auth: eko });
    expect((await audit(`?nip=${NIP.yoga}`)).status).toBe(200);
    expect((await audit(`?nip=${NIP.dewi}`)).status).toBe(403);
    expect((await audit('?unit=dinas-pendidikan')).status).toBe(403);
    expect((await audit('')).status).toBe(400);
  });

  it('keeps the whole organisation once the admin names them again without a limit', async () => {
    const named = await call(`${server.url}/api/admin/pengelola/${NIP.eko}`, {
      method: 'POST',
      auth: { token: admin },
      json: {},
    });
    expect(named.body).toMatchObject({ scope: null });
    const r = await call(`${server.couchUrl}/_changes`, {
      auth: { token: await signIn(server.url, NIP.eko) },
    });
    const ids = (r.body as { results: { id: string }[] }).results.map((c) => c.id);
    expect(ids).toContain(`employee:${NIP.dewi}`);
  });
});
