/**
 * First start without the demo (SEED=none), as `npm run serve` runs it: the admin's generated
 * password is printed once on a line of its own (never inside a JSON log line), the admin signs
 * in to an empty organisation, puts in a unit and a person, opens the first period and names a
 * Pengelola, who activates with a code. Also: the admin reads the whole directory like a Pengelola.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildYearPeriods } from '../../client/core/periods';
import { NIP } from '../../sync-server/seed/demo-people';
import { basic, call, signIn, type Auth } from './support/http';
import { startChildServer, startServer, tempDataDir, type ChildServer } from './support/server';

const FIRST_START = { SEED: 'none', ADMIN_PASSWORD: '' };
const PERSON = '199002022015032001';

let running: ChildServer | undefined;
afterAll(async () => {
  running?.child.kill('SIGKILL');
  if (running) await running.exited;
});

async function stop(server: ChildServer): Promise<void> {
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
  running = undefined;
}

/** The generated password: the line after the notice's English sentence. */
function printedPassword(log: string): string {
  const lines = log.split('\n');
  const at = lines.findIndex((l) =>
    l.startsWith('Admin account created. Sign in with NIP "admin"'),
  );
  expect(at).toBeGreaterThan(0);
  return lines[at + 1] ?? '';
}

describe('SEED=none', () => {
  const dataDir = tempDataDir('first-start');
  const logOf = () => fs.readFileSync(path.join(dataDir, 'server.log'), 'utf8');
  let password = '';
  let url = '';
  let admin = '';

  it('prints the admin password once, on a line of its own, outside every JSON log line', async () => {
    running = await startChildServer(dataDir, FIRST_START);
    url = running.url;
    const log = logOf();
    password = printedPassword(log);
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const lines = log.split('\n');
    expect(lines.filter((l) => l === password)).toHaveLength(1);
    expect(lines.filter((l) => l.includes(password))).toHaveLength(1);
    const json = lines.filter((l) => l.startsWith('{'));
    expect(json.length).toBeGreaterThan(0);
    expect(json.some((l) => l.includes(password))).toBe(false);
    expect(json.some((l) => l.includes('Admin account created with a generated password'))).toBe(
      true,
    );
  });

  it('lets the admin in to an empty organisation, as nobody in the directory', async () => {
    const r = await call(`${url}/api/session`, {
      method: 'POST',
      json: { nip: 'admin', password },
    });
    expect(r.status).toBe(200);
    const body = r.body as { token: string; user: unknown };
    expect(body.user).toEqual({
      nip: 'admin',
      name: 'Administrator Sistem',
      position: null,
      unitId: null,
      roles: ['admin'],
      scope: null,
    });
    admin = body.token;
    const docs = await call(`${url}/couch/kinerja/_all_docs`, { auth: { token: admin } });
    expect((docs.body as { rows: unknown[] }).rows).toEqual([]);
  });

  it('does not print the password again on the next start, and it still works', async () => {
    await stop(running!);
    running = await startChildServer(dataDir, FIRST_START);
    url = running.url;
    expect(
      logOf()
        .split('\n')
        .filter((l) => l.includes(password)),
    ).toHaveLength(1);
    expect(logOf().match(/Admin account created/g)).toHaveLength(2);
    admin = await signIn(url, 'admin', password);
  });

  it('puts in a unit and a person, opens the first period, names a Pengelola who activates', async () => {
    const year = new Date().getFullYear();
    const unit = {
      _id: 'unit:bkpsdm',
      type: 'unit',
      schemaVersion: 1,
      unitId: 'bkpsdm',
      name: 'Badan Kepegawaian dan Pengembangan SDM',
      parentId: null,
      headNip: null,
    };
    const person = {
      _id: `employee:${PERSON}`,
      type: 'employee',
      schemaVersion: 1,
      nip: PERSON,
      name: 'Wulan Sari, S.Psi.',
      position: 'Analis SDM Aparatur',
      unitId: 'bkpsdm',
      superiorNip: null,
      kind: 'pns',
      functional: true,
      acting: [],
      active: true,
    };
    const write = await call(`${url}/couch/kinerja/_bulk_docs`, {
      method: 'POST',
      auth: { token: admin },
      json: { docs: [unit, person, ...buildYearPeriods(year)] },
    });
    expect(write.status).toBe(201);
    expect((write.body as { ok?: boolean }[]).map((x) => x.ok)).toEqual(Array(7).fill(true));

    const pengelola = (nip: string, method = 'POST', token = admin) =>
      call(`${url}/api/admin/pengelola/${nip}`, { method, auth: { token } });
    expect((await pengelola('199999999999999999')).status).toBe(404);
    const named = await pengelola(PERSON);
    expect(named.status).toBe(200);
    expect(named.body).toEqual({
      nip: PERSON,
      name: 'Wulan Sari, S.Psi.',
      roles: ['pengelola'],
      scope: null,
      hasPassword: false,
      activationPending: false,
    });
    const list = await call(`${url}/api/admin/pengelola`, { auth: { token: admin } });
    expect(list.body).toEqual({ pengelola: [named.body] });

    const issued = await call(`${url}/api/admin/accounts/${PERSON}/activation`, {
      method: 'POST',
      auth: { token: admin },
    });
    const code = (issued.body as { code: string }).code;
    expect(
      (
        await call(`${url}/api/account/activate`, {
          method: 'POST',
          json: { nip: PERSON, code, newPassword: 'wulan-memilih-sandi' },
        })
      ).status,
    ).toBe(200);
    const wulan = await signIn(url, PERSON, 'wulan-memilih-sandi');
    const me = (await call(`${url}/api/session`, { auth: { token: wulan } })).body as {
      user: { roles: string[]; unitId: string };
    };
    expect(me.user.roles).toEqual(['pengelola', 'pegawai']);
    expect(me.user.unitId).toBe('bkpsdm');

    // The new Pengelola keeps the organisation, but naming Pengelola stays with the admin.
    expect((await pengelola(PERSON, 'POST', wulan)).status).toBe(403);
    expect((await call(`${url}/api/admin/pengelola`, { auth: { token: wulan } })).status).toBe(403);
    const periods = await call(
      `${url}/couch/kinerja/_all_docs?startkey="period:"&endkey="period:\ufff0"`,
      {
        auth: { token: wulan },
      },
    );
    expect((periods.body as { rows: unknown[] }).rows).toHaveLength(5);

    const unnamed = await pengelola(PERSON, 'DELETE');
    expect(unnamed.status).toBe(200);
    expect((unnamed.body as { roles: string[] }).roles).toEqual([]);
    const after = (await call(`${url}/api/session`, { auth: { token: wulan } })).body as {
      user: { roles: string[] };
    };
    expect(after.user.roles).toEqual(['pegawai']);
    expect((await pengelola(PERSON, 'DELETE')).status).toBe(404);

    const log = (await call(`${url}/api/admin/audit?unit=bkpsdm`, { auth: { token: admin } }))
      .body as { entries: { action: string; target: string }[] };
    expect(log.entries.map((e) => `${e.action} ${e.target}`)).toEqual([
      `pengelola.unname account:${PERSON}`,
      `activation.issue account:${PERSON}`,
      `pengelola.name account:${PERSON}`,
      `document.create employee:${PERSON}`,
      'document.create unit:bkpsdm',
    ]);
    const all = (await call(`${url}/api/admin/audit?limit=1000`, { auth: { token: admin } }))
      .body as { entries: { target: string }[] };
    expect(all.entries.filter((e) => e.target.startsWith('period:'))).toHaveLength(5);
    await stop(running!);
  });
});

describe('the admin account and the directory', () => {
  it('reads every unit and person through /couch/kinerja, as a Pengelola does', async () => {
    const server = await startServer();
    try {
      const admin = await signIn(server.url, 'admin', 'admin-secret-1');
      const ids = async (auth: Auth, prefix: string) =>
        (
          (
            await call(
              `${server.couchUrl}/_all_docs?startkey="${prefix}"&endkey="${prefix}\ufff0"`,
              { auth },
            )
          ).body as { rows: { id: string }[] }
        ).rows.map((r) => r.id);
      const everyone = server.app.services.org.chart.employees.size;
      for (const prefix of ['employee:', 'unit:']) {
        const byAdmin = await ids({ token: admin }, prefix);
        expect(byAdmin).toEqual(await ids(basic(NIP.ratna), prefix));
        if (prefix === 'employee:') expect(byAdmin).toHaveLength(everyone);
      }
      const changes = await call(`${server.couchUrl}/_changes`, { auth: { token: admin } });
      const fed = (changes.body as { results: { id: string }[] }).results.map((r) => r.id);
      expect(fed.filter((id) => id.startsWith('employee:'))).toHaveLength(everyone);
      // A staff member reads far less of it.
      expect((await ids(basic(NIP.dewi), 'employee:')).length).toBeLessThan(everyone);
    } finally {
      await server.stop();
    }
  });
});
