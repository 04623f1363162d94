/**
 * The write side of the authorization matrix: each demo role writes each kind of document for
 * themselves, a report and a stranger, through _bulk_docs (both new_edits) and PUT. Only the
 * type's one writer gets through; every refusal is a 201 row (or a 403) with a reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WRITE_REASONS } from '../../client/core/write-reasons';
import {
  makeEntry,
  makeAppraisal,
  makeAttendance,
  makeCatalog,
  makeSelfLearning,
  makeFeedback,
  makePhoto,
  makeVerification,
  photoRefOf,
  today,
} from '../../client/core/testing/factories';
import { NIP, personOf } from '../../sync-server/seed/demo-people';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { localDb, remoteDb } from './support/clients';
import { basic, call } from './support/http';
import { REPORTS } from './support/oracle';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
const NOT_WRITER = WRITE_REASONS['not-writer'].id;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

type Writer = { role: string; nip: string; hr: boolean; password?: string };
const WRITERS: Writer[] = [
  { role: 'pegawai', nip: NIP.dewi, hr: false },
  { role: 'pejabat penilai', nip: NIP.sri, hr: false },
  { role: 'atasan pejabat penilai', nip: NIP.bambang, hr: false },
  { role: 'pengelola kinerja', nip: NIP.ratna, hr: true },
  { role: 'admin', nip: 'admin', hr: true, password: 'admin-secret-1' },
];

type Case = { label: string; doc: Record<string, unknown> & { _id: string }; allowed: boolean };

/** One document per kind and target, with whether the domain lets this writer write it. */
function casesFor(w: Writer, i: number): Case[] {
  const targets = [w.nip, REPORTS[w.nip]?.[0], NIP.putri].filter(
    (t): t is string => t !== undefined && /^\d{18}$/.test(t),
  );
  const year = today().slice(0, 4);
  return targets.flatMap((t, k): Case[] => {
    const self = t === w.nip;
    const superior = (REPORTS[w.nip] ?? []).includes(t);
    const tag = `w${i}t${k}`;
    return [
      { label: `activity of ${t}`, doc: makeEntry({ nip: t, date: today() }), allowed: self },
      {
        label: `feedback to ${t}`,
        doc: makeFeedback({ nip: t, authorNip: w.nip, date: today() }),
        allowed: superior,
      },
      {
        label: `self-directed learning of ${t}`,
        doc: makeSelfLearning({ nip: t, key: `m-${tag}`, unitId: personOf(t).unitId }),
        allowed: self,
      },
      {
        label: `attendance of ${t}`,
        doc: makeAttendance({ nip: t, month: `2025-${String(i + 1).padStart(2, '0')}` }),
        allowed: w.hr,
      },
      {
        label: `appraisal of ${t}`,
        doc: makeAppraisal({ nip: t, appraiserNip: w.nip, periodId: year }),
        allowed: superior,
      },
    ];
  });
}

describe.each(WRITERS.map((w, i) => ({ ...w, i })))('$role writes', (w) => {
  const auth = () => basic(w.nip, w.password);

  it('through _bulk_docs: the writer role decides, refusals carry the reason', async () => {
    const cases = [
      ...casesFor(w, w.i),
      { label: 'catalog', doc: makeCatalog({ code: `kode-${w.i}` }), allowed: w.hr },
    ];
    const r = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: auth(),
      json: { docs: cases.map((c) => c.doc) },
    });
    expect(r.status).toBe(201);
    const rows = r.body as { id: string; ok?: boolean; error?: string; reason?: string }[];
    const got = cases.map((c, k) => ({
      label: c.label,
      ok: rows[k]?.ok === true,
      error: rows[k]?.error,
      reason: rows[k]?.reason,
    }));
    const want = cases.map((c) => ({
      label: c.label,
      ok: c.allowed,
      error: c.allowed ? undefined : 'forbidden',
      reason: c.allowed ? undefined : NOT_WRITER,
    }));
    expect(got).toEqual(want);
    // What was refused was not written; what passed is there.
    for (const c of cases) {
      const stored = await server.app.services.store.winning([c.doc._id]);
      expect({ label: c.label, stored: stored.has(c.doc._id) }).toEqual({
        label: c.label,
        stored: c.allowed,
      });
    }
  });

  it('through PUT: 201 for the writer, 403 with the reason for anyone else', async () => {
    const own = w.hr
      ? makeCatalog({ code: `put-${w.i}` })
      : makeEntry({ nip: w.nip, date: today() });
    const ok = await call(`${server.couchUrl}/${own._id}`, {
      method: 'PUT',
      auth: auth(),
      json: own,
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ ok: true, id: own._id, rev: expect.stringMatching(/^1-/) });
    const foreign = makeEntry({ nip: NIP.agus, date: today() });
    const no = await call(`${server.couchUrl}/${foreign._id}`, {
      method: 'PUT',
      auth: auth(),
      json: foreign,
    });
    expect(no.status).toBe(403);
    expect(no.body).toEqual({ error: 'forbidden', reason: NOT_WRITER });
  });
});

describe('forged and out-of-role writes', () => {
  const put = (nip: string, doc: { _id: string; [field: string]: unknown }) =>
    call(`${server.couchUrl}/${doc._id}`, { method: 'PUT', auth: basic(nip), json: doc });

  it('refuses a forged owner NIP in the id, and an id that does not match its content', async () => {
    const forged = makeEntry({ nip: NIP.dewi, date: today() });
    expect((await put(NIP.agus, forged)).body).toEqual({ error: 'forbidden', reason: NOT_WRITER });
    const mismatched = { ...makeEntry({ nip: NIP.dewi, date: today() }), nip: NIP.agus };
    const r = await put(NIP.dewi, mismatched);
    expect(r.status).toBe(403);
    expect(r.body).toEqual({ error: 'forbidden', reason: WRITE_REASONS['id-mismatch'].id });
  });

  it('refuses a forged status: editing an approved activity, skipping a submission round', async () => {
    const acts = await server.app.services.store.byPrefix(`activity:${NIP.dewi}:`);
    const vers = await server.app.services.store.byPrefix(`verification:${NIP.dewi}:`);
    const approvedIds = new Set(
      vers.filter((v) => v.decision === 'approved').map((v) => v.activityId),
    );
    // The newest approved entry: the previous quarter's (seeded too) lies in a period now closed.
    const approved = acts
      .filter((a) => approvedIds.has(a._id))
      .sort((a, b) => String(b.date).localeCompare(String(a.date)))[0]!;
    const edited = await put(NIP.dewi, {
      ...approved,
      kegiatan: 'Diubah setelah disetujui',
      status: 'draft',
    });
    expect(edited.status).toBe(403);
    expect(edited.body).toEqual({
      error: 'forbidden',
      reason: WRITE_REASONS['activity-approved'].id,
    });
    const skipped = await put(
      NIP.dewi,
      makeEntry({ nip: NIP.dewi, date: today(), status: 'submitted', round: 3 }),
    );
    expect(skipped.body).toEqual({ error: 'forbidden', reason: WRITE_REASONS['bad-round'].id });
  });

  it("keeps an approved entry's evidence: no photo added, none removed, none changed", async () => {
    const act = makeEntry({ nip: NIP.dewi, date: today(), status: 'submitted', round: 1 });
    const first = makePhoto(act, { bytes: 'bukti-asli' });
    const sent = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(NIP.dewi),
      json: { docs: [first, { ...act, photos: [photoRefOf(first)] }] },
    });
    const photoRev = (sent.body as { rev: string }[])[0]!.rev;
    // The head writes no photo of Dewi's, and Dewi changes none once saved.
    expect((await put(NIP.sri, makePhoto(act))).body).toEqual({
      error: 'forbidden',
      reason: NOT_WRITER,
    });
    const swapped = { ...first, _rev: photoRev, createdAt: new Date().toISOString() };
    expect((await put(NIP.dewi, swapped)).body).toEqual({
      error: 'forbidden',
      reason: WRITE_REASONS['photo-immutable'].id,
    });
    expect((await put(NIP.sri, makeVerification(act, { appraiserNip: NIP.sri }))).status).toBe(201);
    expect((await put(NIP.dewi, makePhoto(act))).body).toEqual({
      error: 'forbidden',
      reason: WRITE_REASONS['activity-approved'].id,
    });
    const removed = await call(`${server.couchUrl}/${first._id}?rev=${photoRev}`, {
      method: 'DELETE',
      auth: basic(NIP.dewi),
    });
    expect(removed.status).toBe(403);
    expect(removed.body).toEqual({
      error: 'forbidden',
      reason: WRITE_REASONS['activity-approved'].id,
    });
    const still = await call(`${server.couchUrl}/${first._id}/foto-1.jpg`, {
      auth: basic(NIP.sri),
    });
    expect(still.text).toBe('bukti-asli');
  });

  it('refuses a verification written by the employee herself', async () => {
    const act = makeEntry({ nip: NIP.dewi, date: today(), status: 'submitted', round: 1 });
    expect((await put(NIP.dewi, act)).status).toBe(201);
    const own = await put(NIP.dewi, makeVerification(act, { appraiserNip: NIP.dewi }));
    expect(own.body).toEqual({ error: 'forbidden', reason: NOT_WRITER });
    // Her appraiser may, and then the verified activity is frozen.
    expect((await put(NIP.sri, makeVerification(act, { appraiserNip: NIP.sri }))).status).toBe(201);
  });

  it('refuses an appraisal by a non-appraiser: the atasan, a colleague, the employee', async () => {
    const year = today().slice(0, 4);
    for (const nip of [NIP.bambang, NIP.agus, NIP.rina]) {
      const r = await put(nip, makeAppraisal({ nip: NIP.rina, appraiserNip: nip, periodId: year }));
      expect({ nip, body: r.body }).toEqual({
        nip,
        body: { error: 'forbidden', reason: NOT_WRITER },
      });
    }
    const byAppraiserNamingAnother = await put(
      NIP.sri,
      makeAppraisal({ nip: NIP.rina, appraiserNip: NIP.bambang, periodId: year }),
    );
    expect(byAppraiserNamingAnother.body).toEqual({
      error: 'forbidden',
      reason: WRITE_REASONS['author-mismatch'].id,
    });
  });

  it('refuses writes of documents no rule knows: design documents, unknown types, non-objects', async () => {
    const r = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(NIP.dewi),
      json: {
        docs: [
          { _id: '_design/x', views: {} },
          { _id: 'rahasia:1', type: 'rahasia' },
          42,
          { type: 'activity' },
        ],
      },
    });
    expect(r.status).toBe(201);
    expect(r.body).toEqual([
      { id: '_design/x', error: 'forbidden', reason: WRITE_REASONS['invalid-id'].id },
      { id: 'rahasia:1', error: 'forbidden', reason: WRITE_REASONS['invalid-id'].id },
      { id: '', error: 'bad_request', reason: expect.any(String) },
      { id: '', error: 'forbidden', reason: WRITE_REASONS['invalid-id'].id },
    ]);
  });

  it('replication (new_edits=false) of a forged document is denied, the rest written, and a re-push is a no-op', async () => {
    const device = localDb();
    const good = makeEntry({ nip: NIP.agus, date: today() });
    const forged = makeEntry({ nip: NIP.dewi, date: today() });
    await device.bulkDocs([good, forged]);
    const denied: unknown[] = [];
    const rep = device.replicate.to(remoteDb(server.couchUrl, NIP.agus, DEMO_PASSWORD));
    rep.on('denied', (e) => denied.push(e));
    const result = await rep;
    expect(result.docs_written).toBe(1);
    expect(result.doc_write_failures).toBe(1);
    expect(denied).toEqual([
      expect.objectContaining({ id: forged._id, name: 'forbidden', reason: NOT_WRITER }),
    ]);

    const stored = (await device.get(good._id)) as { _rev: string };
    const again = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(NIP.agus),
      json: {
        new_edits: false,
        docs: [
          { ...good, _rev: stored._rev, _revisions: { start: 1, ids: [stored._rev.slice(2)] } },
        ],
      },
    });
    expect(again.status).toBe(201);
    expect(again.body).toEqual([]);
    const seq = server.app.services.index.lastSeq;
    await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(NIP.agus),
      json: { new_edits: false, docs: [{ ...good, _rev: stored._rev }] },
    });
    expect(server.app.services.index.lastSeq).toBe(seq);
  });
});
