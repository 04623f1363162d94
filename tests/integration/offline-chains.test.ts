/**
 * Edits made one after another offline reach the server as one chain: PouchDB pushes only the
 * newest revision, its history naming the ones in between. The server judges that revision
 * against the nearest ancestor it holds, as a sequence of edits, with the same core rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextActivityRound } from '../../client/core/activity-round';
import { activityStatus } from '../../client/core/activity-status';
import { quarterOf } from '../../client/core/dates';
import { ids } from '../../client/core/ids';
import type { ActivityDoc } from '../../client/core/schemas/work';
import { makeEntry, makeSkp, makeVerification, today } from '../../client/core/testing/factories';
import { NIP } from '../../sync-server/seed/demo-people';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { localDb, remoteDb, type Db } from './support/clients';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
const remote = (nip: string): Db => remoteDb(server.couchUrl, nip, DEMO_PASSWORD);

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

type Doc = Record<string, unknown> & { _id: string; _rev?: string };

/** One edit on the device, as the app makes it: the activity's round is the one core gives. */
async function editActivity(db: Db, id: string, change: Partial<ActivityDoc>): Promise<Doc> {
  const old = (await db.get(id)) as unknown as ActivityDoc & { _rev: string };
  const next = { ...old, ...change, updatedAt: new Date().toISOString() };
  next.round = nextActivityRound(old, activityStatus(old, null), next);
  await db.put(next as unknown as Doc);
  return next as unknown as Doc;
}

async function editDoc(db: Db, id: string, change: Record<string, unknown>): Promise<void> {
  const old = await db.get(id);
  await db.put({ ...old, ...change });
}

async function onServer(nip: string, id: string): Promise<Doc> {
  return (await remote(nip).get(id)) as Doc;
}

describe('an entry edited several times offline', () => {
  it('is accepted after Ajukan and a change made offline (two revisions in one push)', async () => {
    const dewi = localDb();
    const act = makeEntry({ nip: NIP.dewi, date: today() });
    await dewi.put(act);
    expect((await dewi.replicate.to(remote(NIP.dewi))).doc_write_failures).toBe(0);

    // Offline: Ajukan (round 1), then a change to the submitted work (round 2).
    await editActivity(dewi, act._id, { status: 'submitted' });
    await editActivity(dewi, act._id, { kegiatan: 'Menyusun laporan kegiatan dan notulen' });
    const pushed = await dewi.replicate.to(remote(NIP.dewi));
    expect(pushed.errors).toEqual([]);
    expect(pushed.doc_write_failures).toBe(0);
    expect(await onServer(NIP.dewi, act._id)).toMatchObject({
      status: 'submitted',
      round: 2,
      kegiatan: 'Menyusun laporan kegiatan dan notulen',
    });
    // Sri, her appraiser, sees the latest content.
    const sri = localDb();
    await sri.replicate.from(remote(NIP.sri));
    expect(await sri.get(act._id)).toMatchObject({
      kegiatan: 'Menyusun laporan kegiatan dan notulen',
    });
  });

  it('is accepted after five offline revisions in one push', async () => {
    const dewi = localDb();
    const act = makeEntry({ nip: NIP.dewi, date: today() });
    await dewi.put(act);
    await dewi.replicate.to(remote(NIP.dewi));
    await editActivity(dewi, act._id, { uraian: 'Draf pertama' });
    await editActivity(dewi, act._id, { status: 'submitted' });
    await editActivity(dewi, act._id, { realisasi: 2 });
    await editActivity(dewi, act._id, { status: 'draft', uraian: 'Ditarik untuk diperbaiki' });
    const last = await editActivity(dewi, act._id, { status: 'submitted' });
    expect(last.round).toBe(3);
    const pushed = await dewi.replicate.to(remote(NIP.dewi));
    expect(pushed.doc_write_failures).toBe(0);
    expect(await onServer(NIP.dewi, act._id)).toMatchObject({
      round: 3,
      realisasi: 2,
      uraian: 'Ditarik untuk diperbaiki',
    });
  });

  it('still refuses a chain that changes submitted work without a new round', async () => {
    const dewi = localDb();
    const act = makeEntry({ nip: NIP.dewi, date: today(), status: 'submitted', round: 1 });
    await dewi.put(act);
    await dewi.replicate.to(remote(NIP.dewi));
    await editDoc(dewi, act._id, { uraian: 'Satu' });
    await editDoc(dewi, act._id, { kegiatan: 'Pekerjaan lain sama sekali' });
    const pushed = await dewi.replicate.to(remote(NIP.dewi));
    expect(pushed.doc_write_failures).toBe(1);
    expect(await onServer(NIP.dewi, act._id)).toMatchObject({ kegiatan: act.kegiatan });
  });

  it('still refuses a chain made on an entry the appraiser approved meanwhile', async () => {
    const dewi = localDb();
    const act = makeEntry({ nip: NIP.dewi, date: today(), status: 'submitted', round: 1 });
    await dewi.put(act);
    await dewi.replicate.to(remote(NIP.dewi));
    const sri = localDb();
    await sri.replicate.from(remote(NIP.sri));
    await sri.put(makeVerification(act, { appraiserNip: NIP.sri }));
    expect((await sri.replicate.to(remote(NIP.sri))).doc_write_failures).toBe(0);

    // Dewi, offline and unaware, changes the entry twice.
    await editActivity(dewi, act._id, { uraian: 'Tambahan' });
    await editActivity(dewi, act._id, { kegiatan: 'Diubah setelah disetujui' });
    const pushed = await dewi.replicate.to(remote(NIP.dewi));
    expect(pushed.doc_write_failures).toBe(1);
    expect(await onServer(NIP.dewi, act._id)).toMatchObject({ kegiatan: act.kegiatan, round: 1 });
  });
});

describe('plans and appraisals edited several times offline', () => {
  it('accepts an SKP draft edited two and then five times before a push', async () => {
    const dewi = localDb();
    const nextYear = String(Number(today().slice(0, 4)) + 1);
    const skp = makeSkp({ nip: NIP.dewi, periodId: nextYear });
    await dewi.put(skp);
    expect((await dewi.replicate.to(remote(NIP.dewi))).doc_write_failures).toBe(0);
    for (const n of [2, 5]) {
      for (let i = 1; i <= n; i++) {
        const old = (await dewi.get(skp._id)) as unknown as typeof skp;
        await dewi.put({ ...old, rhk: [{ ...skp.rhk[0]!, text: `Versi ${n}.${i}` }] });
      }
      const pushed = await dewi.replicate.to(remote(NIP.dewi));
      expect(pushed.doc_write_failures).toBe(0);
      expect((await onServer(NIP.dewi, skp._id)).rhk).toMatchObject([{ text: `Versi ${n}.${n}` }]);
    }
  });

  it("accepts Sri's appraisal draft edited two and then five times before a push", async () => {
    const sri = localDb();
    await sri.replicate.from(remote(NIP.sri));
    const id = ids.appraisal(NIP.rina, `${today().slice(0, 4)}-q${quarterOf(today())}`);
    for (const n of [2, 5]) {
      for (let i = 1; i <= n; i++) {
        const old = (await sri.get(id)) as Doc & { hasilKerja: Record<string, unknown> };
        await sri.put({ ...old, hasilKerja: { ...old.hasilKerja, note: `Catatan ${n}.${i}` } });
      }
      const pushed = await sri.replicate.to(remote(NIP.sri));
      expect(pushed.doc_write_failures).toBe(0);
      expect(await onServer(NIP.sri, id)).toMatchObject({
        hasilKerja: { note: `Catatan ${n}.${n}` },
      });
    }
  });
});
