/**
 * The audit log against the real server: what a Pengelola or the admin writes is recorded with
 * the document before and after, readable per person and per unit, exportable as CSV, and
 * nothing in it can be changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../sync-server/audit/audit-log';
import { makeEntry, makeUnit, today } from '../../client/core/testing/factories';
import { NIP } from '../../sync-server/seed/demo-people';
import { basic, call, signIn } from './support/http';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let ratna: string;
let admin: string;

beforeAll(async () => {
  server = await startServer();
  ratna = await signIn(server.url, NIP.ratna);
  admin = await signIn(server.url, 'admin', 'admin-secret-1');
});
afterAll(async () => {
  await server?.stop();
});

type Page = { entries: AuditEntry[]; next: number | null };

async function audit(query: string, token = ratna): Promise<Page> {
  const r = await call(`${server.url}/api/admin/audit${query}`, { auth: { token } });
  expect(r.status).toBe(200);
  return r.body as Page;
}

async function employeeDoc(nip: string): Promise<Record<string, unknown>> {
  const r = await call(`${server.couchUrl}/employee:${nip}`, { auth: basic(NIP.ratna) });
  expect(r.status).toBe(200);
  return r.body as Record<string, unknown>;
}

describe('what is recorded', () => {
  it("a Pengelola's write through /couch, with the winning revision before and the new one after", async () => {
    const before = await employeeDoc(NIP.dewi);
    const after = { ...before, position: 'Guru Ahli Madya' };
    const put = await call(`${server.couchUrl}/employee:${NIP.dewi}`, {
      method: 'PUT',
      auth: basic(NIP.ratna),
      json: after,
    });
    expect(put.status).toBe(201);
    const newRev = (put.body as { rev: string }).rev;
    const [entry] = (await audit(`?nip=${NIP.dewi}`)).entries;
    expect(entry).toMatchObject({
      actor: NIP.ratna,
      actorName: expect.stringMatching(/^Ratna/),
      action: 'document.update',
      via: 'sync',
      target: `employee:${NIP.dewi}`,
      subjects: [`nip:${NIP.dewi}`, `unit:${before.unitId as string}`],
      before: { _rev: before._rev, position: before.position },
      after: { _rev: newRev, position: 'Guru Ahli Madya' },
    });
    expect(Date.now() - Date.parse(entry?.at ?? '')).toBeLessThan(60_000);
  });

  it('a mutasi through _bulk_docs shows in both units, and a unit write under the unit', async () => {
    const before = await employeeDoc(NIP.fajar);
    const unit = makeUnit({
      unitId: 'uji-audit',
      name: 'Unit Uji Audit',
      parentId: 'pemda',
      headNip: null,
    });
    const r = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: { token: admin },
      json: { docs: [unit, { ...before, unitId: 'uji-audit' }] },
    });
    expect((r.body as { ok?: boolean }[]).every((x) => x.ok)).toBe(true);
    const oldUnit = before.unitId as string;
    const inOld = (await audit(`?unit=${oldUnit}`)).entries[0];
    const inNew = (await audit('?unit=uji-audit')).entries.map((e) => e.target);
    expect(inOld).toMatchObject({ target: `employee:${NIP.fajar}`, actor: 'admin' });
    expect(inNew).toEqual([`employee:${NIP.fajar}`, 'unit:uji-audit']);
    expect((await audit('?unit=uji-audit')).entries[1]).toMatchObject({
      action: 'document.create',
      before: null,
      after: { name: 'Unit Uji Audit' },
    });
  });

  it("not an employee's own writes (a Pengelola's included), nor refused or re-pushed ones", async () => {
    const count = async () => (await audit('?limit=1000')).entries.length;
    const start = await count();
    for (const nip of [NIP.dewi, NIP.ratna]) {
      const own = makeEntry({ nip: nip, date: today() });
      expect(
        (
          await call(`${server.couchUrl}/${own._id}`, {
            method: 'PUT',
            auth: basic(nip),
            json: own,
          })
        ).status,
      ).toBe(201);
    }
    const refused = await call(`${server.couchUrl}/employee:${NIP.eko}`, {
      method: 'PUT',
      auth: basic(NIP.ratna),
      json: { ...(await employeeDoc(NIP.eko)), position: '' },
    });
    expect(refused.status).toBe(403);
    const doc = await employeeDoc(NIP.eko);
    const again = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(NIP.ratna),
      json: { docs: [doc], new_edits: false },
    });
    expect(again.status).toBe(201);
    expect(await count()).toBe(start);
  });

  it('activation codes issued and Pengelola named, never the code itself', async () => {
    const issued = await call(`${server.url}/api/admin/accounts/${NIP.eko}/activation`, {
      method: 'POST',
      auth: { token: ratna },
    });
    const code = (issued.body as { code: string }).code;
    const named = await call(`${server.url}/api/admin/pengelola/${NIP.siti}`, {
      method: 'POST',
      auth: { token: admin },
    });
    expect(named.status).toBe(200);
    const [activation] = (await audit(`?nip=${NIP.eko}`)).entries;
    expect(activation).toMatchObject({
      action: 'activation.issue',
      via: 'api',
      actor: NIP.ratna,
      target: `account:${NIP.eko}`,
      before: { hasPassword: true },
      after: { expiresAt: expect.any(String) },
    });
    expect(JSON.stringify(await audit('?limit=1000'))).not.toContain(code);
    expect((await audit(`?nip=${NIP.siti}`)).entries[0]).toMatchObject({
      action: 'pengelola.name',
      actor: 'admin',
      before: { roles: [] },
      after: { roles: ['pengelola'] },
    });
  });

  it("the organisation import's applied changes (its onApplied hook)", async () => {
    const s = server.app.services;
    s.audit.recordDocChanges({ nip: NIP.ratna, name: 'Ratna' }, 'import', [
      { id: `employee:${NIP.yoga}`, before: null, after: { unitId: 'kec-gayungan', name: 'Yoga' } },
    ]);
    expect((await audit(`?nip=${NIP.yoga}`)).entries[0]).toMatchObject({
      action: 'document.create',
      via: 'import',
      subjects: [`nip:${NIP.yoga}`, 'unit:kec-gayungan'],
    });
  });
});

describe('nothing in it can be edited', () => {
  it('refuses every UPDATE and DELETE of the log and its subjects, in SQLite itself', () => {
    const db = server.app.services.serverDb;
    for (const sql of [
      "UPDATE audit_log SET actor = 'someone-else'",
      'DELETE FROM audit_log',
      "UPDATE audit_subjects SET subject = 'nip:x'",
      'DELETE FROM audit_subjects',
    ])
      expect(() => db.prepare(sql).run(), sql).toThrow(/append-only/);
    expect(
      (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n,
    ).toBeGreaterThan(0);
  });

  it('has no endpoint that changes it', async () => {
    for (const method of ['PUT', 'POST', 'DELETE', 'PATCH']) {
      const r = await call(`${server.url}/api/admin/audit`, {
        method,
        auth: { token: admin },
        json: {},
      });
      expect(r.status, method).toBe(404);
    }
  });
});

describe('reading it', () => {
  it('pages newest first with limit and before', async () => {
    const all = (await audit('?limit=1000')).entries;
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => b - a));
    const first = await audit('?limit=2');
    expect(first.entries.map((e) => e.id)).toEqual(all.slice(0, 2).map((e) => e.id));
    expect(first.next).toBe(all[1]?.id);
    const second = await audit(`?limit=2&before=${first.next}`);
    expect(second.entries.map((e) => e.id)).toEqual(all.slice(2, 4).map((e) => e.id));
    const last = await audit(`?before=${all.at(-1)?.id}`);
    expect(last).toEqual({ entries: [], next: null });
  });

  it('is for a Pengelola or the admin, with filters checked', async () => {
    expect((await call(`${server.url}/api/admin/audit`)).status).toBe(401);
    const staff = await signIn(server.url, NIP.agus);
    expect((await call(`${server.url}/api/admin/audit`, { auth: { token: staff } })).status).toBe(
      403,
    );
    expect(
      (await call(`${server.url}/api/admin/audit.csv`, { auth: { token: staff } })).status,
    ).toBe(403);
    for (const q of [
      `?nip=${NIP.dewi}&unit=pemda`,
      '?nip=123',
      '?unit=Bad Unit',
      '?limit=0',
      '?limit=1001',
      '?before=x',
    ])
      expect(
        (await call(`${server.url}/api/admin/audit${q}`, { auth: { token: ratna } })).status,
        q,
      ).toBe(400);
  });

  it('exports as CSV, all of it or per person, one line per entry', async () => {
    const r = await call(`${server.url}/api/admin/audit.csv?nip=${NIP.dewi}`, {
      auth: { token: ratna },
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(r.headers.get('content-disposition')).toBe(
      `attachment; filename="audit-kinerja-${NIP.dewi}.csv"`,
    );
    const lines = r.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'id,waktu,pelaku_nip,pelaku_nama,tindakan,lewat,sasaran,nip,unit,sebelum,sesudah',
    );
    const entries = (await audit(`?nip=${NIP.dewi}&limit=1000`)).entries;
    expect(lines).toHaveLength(entries.length + 1);
    expect(lines[1]).toContain(`,document.update,sync,employee:${NIP.dewi},${NIP.dewi},`);
    expect(lines[1]).toContain('""position"":""Guru Ahli Madya""');
    const everything = await call(`${server.url}/api/admin/audit.csv`, { auth: { token: admin } });
    expect(everything.text.trimEnd().split('\r\n')).toHaveLength(
      (await audit('?limit=1000')).entries.length + 1,
    );
  });
});
