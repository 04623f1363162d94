/**
 * The organisation import against the real server from an empty data dir (SEED=none): 5,000
 * generated people in, the same file again (nothing changes), an edited file (only the edits),
 * a file with one bad row and a write refused midway (nothing changes), and the export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOrgImport } from '../../client/core/org-import/check-org-import';
import {
  PERSON_COLUMNS,
  UNIT_COLUMNS,
  type PersonRow,
} from '../../client/core/org-import/org-columns';
import { generatedNip, generateOrgRows } from '../../client/core/testing/org-rows';
import { applyOrgImport } from '../../sync-server/org-import/apply';
import { parseCsv, toCsv } from '../../sync-server/org-import/csv';
import { loadStoredOrg } from '../../sync-server/org-import/run-import';
import { call, signIn, type Auth } from './support/http';
import { startServer, type TestServer } from './support/server';

const COUNT = 5_000;
const ADMIN_PASSWORD = 'admin-secret-1';

type ImportReply = {
  errors: { file: string; row: number; column?: string; reason: string }[];
  summary: {
    units: { create: number; update: number; unchanged: number };
    people: { create: number; update: number; unchanged: number };
  };
  applied: boolean;
};

let server: TestServer;
let admin: Auth;
const rows = generateOrgRows(COUNT);
const csv = (people: readonly PersonRow[], units = rows.units) => ({
  units: toCsv(UNIT_COLUMNS, units as Record<(typeof UNIT_COLUMNS)[number], string>[]),
  people: toCsv(PERSON_COLUMNS, people as Record<(typeof PERSON_COLUMNS)[number], string>[]),
});

beforeAll(async () => {
  server = await startServer({ env: { SEED: 'none' } });
  admin = { token: await signIn(server.url, 'admin', ADMIN_PASSWORD) };
});
afterAll(async () => {
  await server?.stop();
});

const s = () => server.app.services;
const updateSeq = async () => (await s().store.info()).updateSeq;
const adminAccount = () => {
  const account = s().accounts.find('admin');
  if (!account) throw new Error('no admin account');
  return account;
};

async function importOrg(
  files: { units: string; people: string },
  apply: boolean,
  auth: Auth = admin,
): Promise<ImportReply> {
  const r = await call(`${server.url}/api/admin/org-import`, {
    method: 'POST',
    auth,
    json: { ...files, apply },
  });
  expect(r.status, r.text).toBe(200);
  return r.body as ImportReply;
}

async function exported(file: 'units' | 'people'): Promise<string> {
  const r = await call(`${server.url}/api/admin/org-export?file=${file}`, { auth: admin });
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toMatch(/^text\/csv/);
  return r.text;
}

describe('importing 5,000 people into an empty server', () => {
  it('checks first and writes nothing on a dry run', async () => {
    const reply = await importOrg(csv(rows.people), false);
    expect(reply).toEqual({
      errors: [],
      summary: {
        units: { create: rows.units.length, update: 0, unchanged: 0 },
        people: { create: COUNT, update: 0, unchanged: 0 },
        roles: 0,
      },
      applied: false,
    });
    expect(loadStoredOrg(s()).employees).toHaveLength(0);
  });

  it('applies them all, and the org chart has them', async () => {
    const reply = await importOrg(csv(rows.people), true);
    expect(reply.applied).toBe(true);
    expect(reply.summary.people.create).toBe(COUNT);
    expect(s().org.chart.employees.size).toBe(COUNT);
    expect(parseCsv(await exported('people'), 'people').rows.filter((r) => r.nip)).toHaveLength(
      COUNT,
    );
  });

  it('changes nothing when the same file comes again, or its export', async () => {
    // The import before this one gave the report summaries 5,000 people to write, in the
    // background: the store's sequence is read once they are written.
    await s().reports.settled();
    const before = await updateSeq();
    const again = await importOrg(csv(rows.people), true);
    expect(again.applied).toBe(true);
    expect(again.summary.people).toEqual({ create: 0, update: 0, unchanged: COUNT });
    expect(again.summary.units).toEqual({ create: 0, update: 0, unchanged: rows.units.length });
    const roundTrip = await importOrg(
      { units: await exported('units'), people: await exported('people') },
      true,
    );
    expect(roundTrip.summary.people).toEqual({ create: 0, update: 0, unchanged: COUNT });
    expect(await updateSeq()).toBe(before);
    // Writing 5,000 people's report summaries takes over a minute on the CouchDB stand-in.
  }, 240_000);

  it('updates only what an edited file changes, in place', async () => {
    const before = new Map(loadStoredOrg(s()).employees.map((e) => [e.nip, e]));
    const edited = rows.people.map((r, i) =>
      i === 10 || i === 2_000 || i === 4_999
        ? { ...r, jabatan: `${r.jabatan} (baru)` }
        : i === 3_000
          ? { ...r, nip_atasan: rows.people[2_926]?.nip ?? '' }
          : r,
    );
    const newcomer = {
      ...(rows.people[4_999] as PersonRow),
      nip: generatedNip(COUNT + 1, false),
      nama: 'Pegawai Baru',
      jenis_asn: 'PNS',
    };
    const reply = await importOrg(csv([...edited, newcomer]), true);
    expect(reply.errors).toEqual([]);
    expect(reply.summary.people).toEqual({ create: 1, update: 4, unchanged: COUNT - 4 });
    expect(reply.summary.units).toEqual({ create: 0, update: 0, unchanged: rows.units.length });

    const after = loadStoredOrg(s()).employees;
    expect(after).toHaveLength(COUNT + 1);
    const changed = after.filter((e) => before.get(e.nip)?._rev !== e._rev).map((e) => e.nip);
    const expected = [10, 2_000, 3_000, 4_999].map((i) => rows.people[i]?.nip);
    expect(changed.sort()).toEqual([...expected, newcomer.nip].sort());
    expect(after.find((e) => e.nip === rows.people[3_000]?.nip)?.superiorNip).toBe(
      rows.people[2_926]?.nip,
    );
    rows.people.splice(0, rows.people.length, ...edited, newcomer);
  });

  it('leaves everything as it was when one row is wrong', async () => {
    await s().reports.settled();
    const before = await updateSeq();
    const bad = rows.people.map((r, i) =>
      i === 1_234 ? { ...r, nip_atasan: '199901012020011999' } : { ...r, jabatan: 'Diubah' },
    );
    const reply = await importOrg(csv(bad), true);
    expect(reply.applied).toBe(false);
    expect(reply.errors).toEqual([
      {
        file: 'people',
        row: 1_236,
        column: 'nip_atasan',
        reason: 'Atasan 199901012020011999 tidak ada di berkas pegawai maupun di data',
      },
    ]);
    expect(reply.summary.people).toEqual({ create: 0, update: 0, unchanged: 0 });
    expect(await updateSeq()).toBe(before);
  });

  it('writes nothing when one document is refused at write time (changed after the check)', async () => {
    const stored = loadStoredOrg(s());
    const edited = rows.people.map((r) => ({ ...r, jabatan: `${r.jabatan} (uji)` }));
    const plan = checkOrgImport({ units: [], people: edited }, stored, '2026-06-15');
    if (!plan.ok) throw new Error(JSON.stringify(plan.errors.slice(0, 3)));
    expect(plan.people.updates).toHaveLength(COUNT + 1);

    // Someone edits one person between the check and the write.
    const victim = stored.employees[2_500] as (typeof stored.employees)[number];
    const put = await call(`${server.couchUrl}/${victim._id}`, {
      method: 'PUT',
      auth: admin,
      json: { ...victim, position: 'Diubah di konsol' },
    });
    expect(put.status).toBe(201);
    // The edit changes the person's report summaries, written in the background: the store's
    // sequence is read once they are.
    await s().reports.settled();
    const before = await updateSeq();

    const outcome = await applyOrgImport(s(), adminAccount(), plan);
    expect(outcome).toEqual({
      applied: false,
      refused: [
        {
          id: victim._id,
          reason: 'Data ini berubah sejak diperiksa; periksa ulang berkasnya lalu terapkan lagi',
        },
      ],
    });
    expect(await updateSeq()).toBe(before);
    const now = loadStoredOrg(s()).employees;
    expect(now.filter((e) => e.position.endsWith(' (uji)'))).toEqual([]);
  });

  it('takes back what the store wrote when it fails one document midway', async () => {
    const stored = loadStoredOrg(s());
    const newcomer = {
      ...(rows.people[0] as PersonRow),
      nip: generatedNip(COUNT + 7, false),
      nip_atasan: rows.people[0]?.nip ?? '',
    };
    const people = [
      ...rows.people.slice(0, 100).map((r) => ({ ...r, jabatan: `${r.jabatan} (uji)` })),
      newcomer,
    ];
    const plan = checkOrgImport({ units: [], people }, stored, '2026-06-15');
    if (!plan.ok) throw new Error(JSON.stringify(plan.errors.slice(0, 3)));
    // A store that fails one document of the write (as a CouchDB written by another server may).
    const store = s().store;
    const bulkDocs = store.bulkDocs.bind(store);
    const failing = plan.people.updates[50]?.after._id ?? '';
    store.bulkDocs = async (docs, newEdits) => {
      const others = docs.filter((d) => d._id !== failing);
      if (others.length === docs.length) return bulkDocs(docs, newEdits);
      const written = await bulkDocs(others, newEdits);
      return docs.map((d) =>
        d._id === failing
          ? { id: failing, error: 'unknown_error', reason: 'disk full' }
          : (written.shift() ?? { id: d._id as string }),
      );
    };
    try {
      const outcome = await applyOrgImport(s(), adminAccount(), plan);
      expect(outcome).toEqual({ applied: false, refused: [{ id: failing, reason: 'disk full' }] });
    } finally {
      store.bulkDocs = bulkDocs;
    }
    const content = (docs: readonly { _id: string; _rev?: string }[]) =>
      docs.map(({ _rev, ...d }) => (void _rev, d));
    const now = loadStoredOrg(s());
    expect(content(now.employees)).toEqual(content(stored.employees));
    expect(s().org.employee(newcomer.nip)).toBeUndefined();
    expect(s().org.employee(rows.people[0]?.nip ?? '')?.position).not.toMatch(/\(uji\)$/);
  });
});

describe('who may import', () => {
  it('is the Pengelola or the admin, and only the admin changes roles', async () => {
    const staff = rows.people[5] as PersonRow;
    const pengelola = rows.people[6] as PersonRow;
    await s().accounts.create({ nip: staff.nip ?? '', name: 'Staf', roles: [] }, 'staf-rahasia-1');
    await s().accounts.create(
      { nip: pengelola.nip ?? '', name: 'Pengelola', roles: ['pengelola'] },
      'pengelola-rahasia-1',
    );
    const asStaff = { token: await signIn(server.url, staff.nip ?? '', 'staf-rahasia-1') };
    const asPengelola = {
      token: await signIn(server.url, pengelola.nip ?? '', 'pengelola-rahasia-1'),
    };
    const refused = await call(`${server.url}/api/admin/org-import`, {
      method: 'POST',
      auth: asStaff,
      json: { units: '', people: '', apply: false },
    });
    expect(refused.status).toBe(403);
    expect(
      (await call(`${server.url}/api/admin/org-export?file=units`, { auth: asStaff })).status,
    ).toBe(403);

    // The file names the existing Pengelola as such, and would make the staff member one too.
    const one = rows.people.map((r) =>
      r.nip === staff.nip || r.nip === pengelola.nip ? { ...r, peran: 'pengelola' } : r,
    );
    const byPengelola = await importOrg(csv(one), true, asPengelola);
    expect(byPengelola.applied).toBe(false);
    expect(byPengelola.errors).toEqual([
      expect.objectContaining({
        column: 'peran',
        reason: 'Hanya admin yang dapat mengubah peran pengelola',
      }),
    ]);
    const byAdmin = await importOrg(csv(one), true);
    expect(byAdmin.applied).toBe(true);
    expect(s().accounts.find(staff.nip ?? '')?.roles).toEqual(['pengelola']);
    const listed = parseCsv(await exported('people'), 'people').rows;
    expect(listed.find((r) => r.nip === staff.nip)?.peran).toBe('pengelola');
  });

  it('answers a malformed body with 400', async () => {
    const r = await call(`${server.url}/api/admin/org-import`, {
      method: 'POST',
      auth: admin,
      json: { units: 1, people: '', apply: 'ya' },
    });
    expect(r.status).toBe(400);
  });
});
