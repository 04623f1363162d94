/**
 * The Atasan Pejabat Penilai reads, on demand, exactly what a final appraisal cites and what the
 * evaluation needs: Bambang's device opens Dewi's cited activity, its photo and her SKP approval
 * one document at a time from the real server, and keeps them for offline; the rest of her daily
 * log and her feedback are answered 404 like documents that do not exist, and a colleague head
 * (Suharti) opens none of it.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { quarterOf } from '../../client/core/dates';
import { ids } from '../../client/core/ids';
import {
  makeEntry,
  makeFinalAppraisal,
  makePhoto,
  party,
  photoRefOf,
  ratedItem,
  today,
} from '../../client/core/testing/factories';
import { configureData } from '../../client/data/config';
import { openAllOnDemand } from '../../client/data/fetch-on-demand';
import { loadActivityPhotos } from '../../client/data/queries/activity-photos';
import { setAuthToken } from '../../client/data/session-api';
import { NIP } from '../../sync-server/seed/demo-people';
import { openDevice, type Device } from './support/client-device';
import { basic, call, signIn } from './support/http';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
const devices: Device[] = [];
const day = today();
const year = day.slice(0, 4);
const quarter = `${year}-q${quarterOf(day)}`;

const cited = makeEntry({
  nip: NIP.dewi,
  date: day,
  kegiatan: 'Menyusun modul ajar berdiferensiasi',
  status: 'submitted',
  round: 1,
});
const photo = makePhoto(cited, { name: 'modul.jpg', bytes: 'foto modul ajar' });
const citedWithPhoto = { ...cited, photos: [photoRefOf(photo)] };
const uncited = makeEntry({
  nip: NIP.dewi,
  date: day,
  kegiatan: 'Piket kelas',
  status: 'submitted',
  round: 1,
});
let feedbackId: string;

beforeAll(async () => {
  server = await startServer();
  const put = async (nip: string, docs: object[]) => {
    const r = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: basic(nip),
      json: { docs },
    });
    expect(r.body).toEqual(docs.map(() => expect.objectContaining({ ok: true })));
  };
  await put(NIP.dewi, [photo, citedWithPhoto, uncited]);
  // Sri's final appraisal of Dewi's quarter cites the entry and its photo, nothing else.
  await put(NIP.sri, [
    makeFinalAppraisal('sesuai', 'sesuai', {
      nip: NIP.dewi,
      appraiserNip: NIP.sri,
      periodId: quarter,
      rhk: { 'rhk-1': ratedItem('sesuai', { evidence: [cited._id] }) },
      hasilKerja: ratedItem('sesuai', { evidence: [`${cited._id}#modul.jpg`] }),
      parties: { pegawai: party(NIP.dewi), penilai: party(NIP.sri), atasanPenilai: null },
    }),
  ]);
  const feedback = await server.app.services.store.byPrefix(`feedback:${NIP.dewi}:`);
  expect(feedback.length).toBeGreaterThan(0);
  feedbackId = feedback[0]!._id;
  const approval = await server.app.services.store.byPrefix(ids.skpApproval(NIP.dewi, year));
  expect(approval).toHaveLength(1);
});
afterEach(async () => {
  for (const d of devices.splice(0)) await d.stop();
  setAuthToken(null);
});
afterAll(async () => {
  await server?.stop();
});

/** A signed-in device of `nip`, synced, whose session the on-demand loaders use. */
async function signedIn(nip: string, origin = server.url): Promise<Device> {
  const token = await signIn(server.url, nip);
  const d = await openDevice({ nip, serverUrl: server.url, token });
  devices.push(d);
  await d.synced();
  configureData({ apiOrigin: origin });
  setAuthToken(token);
  return d;
}

const sources = (docs: { id: string; source: string }[]) =>
  Object.fromEntries(docs.map((d) => [d.id, d.source]));

describe("the atasan penilai's device", () => {
  it('opens the cited activity, its photo and the SKP approval on demand, and keeps them', async () => {
    const bambang = await signedIn(NIP.bambang);
    // Nothing of Dewi's daily log is fed to his device.
    expect(await bambang.rm.activities.where('nip').equals(NIP.dewi).count()).toBe(0);
    expect(await bambang.rm.docs.get(ids.skpApproval(NIP.dewi, year))).toBeUndefined();

    const approvalId = ids.skpApproval(NIP.dewi, year);
    const opened = await openAllOnDemand(bambang.rm, [cited._id, approvalId]);
    expect(sources(opened)).toEqual({ [cited._id]: 'server', [approvalId]: 'server' });
    expect(opened[0]?.doc).toMatchObject({ kegiatan: 'Menyusun modul ajar berdiferensiasi' });
    expect(opened[1]?.doc).toMatchObject({
      decision: 'approved',
      expectations: expect.any(Object),
    });
    const [shown] = await loadActivityPhotos(citedWithPhoto.photos, bambang);
    expect(shown?.source).toBe('server');
    expect(await shown!.blob!.text()).toBe('foto modul ajar');

    // Offline (nothing answers at the server's address), what was opened still reads.
    configureData({ apiOrigin: 'http://127.0.0.1:9' });
    const again = await openAllOnDemand(bambang.rm, [cited._id, approvalId, uncited._id]);
    expect(sources(again)).toEqual({
      [cited._id]: 'cache',
      [approvalId]: 'cache',
      [uncited._id]: 'offline',
    });
    expect(again[0]?.doc).toMatchObject({ kegiatan: 'Menyusun modul ajar berdiferensiasi' });
    const [offline] = await loadActivityPhotos(citedWithPhoto.photos, bambang);
    expect(offline?.source).toBe('cache');
  });

  it('is refused the uncited entries and the feedback, exactly like missing documents', async () => {
    const bambang = await signedIn(NIP.bambang);
    const refused = await openAllOnDemand(bambang.rm, [uncited._id, feedbackId]);
    expect(sources(refused)).toEqual({ [uncited._id]: 'refused', [feedbackId]: 'refused' });
    const missing = await call(
      `${server.couchUrl}/${encodeURIComponent(ids.activity(NIP.dewi, day, '01J00000000000000000000000'))}`,
      { auth: basic(NIP.bambang) },
    );
    for (const id of [uncited._id, feedbackId]) {
      const r = await call(`${server.couchUrl}/${encodeURIComponent(id)}`, {
        auth: basic(NIP.bambang),
      });
      expect({ status: r.status, body: r.body }).toEqual({ status: 404, body: missing.body });
    }
    // One document at a time by GET only: never in a batch read, never fed.
    const bulk = await call(`${server.couchUrl}/_bulk_get`, {
      method: 'POST',
      auth: basic(NIP.bambang),
      json: { docs: [{ id: cited._id }] },
    });
    expect(JSON.stringify(bulk.body)).toContain('not_found');
    const changes = await call(`${server.couchUrl}/_changes`, { auth: basic(NIP.bambang) });
    expect(changes.text).not.toContain(cited._id);
  });

  it('of a colleague head opens none of it', async () => {
    const suharti = await signedIn(NIP.suharti);
    const asked = [cited._id, photo._id, ids.skpApproval(NIP.dewi, year), uncited._id, feedbackId];
    const opened = await openAllOnDemand(suharti.rm, asked);
    expect(opened.map((o) => o.source)).toEqual(asked.map(() => 'refused'));
    const att = await call(`${server.couchUrl}/${encodeURIComponent(photo._id)}/modul.jpg`, {
      auth: basic(NIP.suharti),
    });
    expect(att.status).toBe(404);
  });
});
