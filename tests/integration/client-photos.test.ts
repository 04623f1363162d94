/**
 * Evidence photos through the client data layer and the real server: the employee's device saves
 * photo documents with the entry; the head's device syncs the entry (with thumbnails) but no photo,
 * fetches an original only when the entry is opened, and shows it offline after that.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { civilDate } from '../../client/core/dates';
import { nextSlot } from '../../client/core/testing/factories';
import { saveActivity } from '../../client/data/commands/save-activity';
import { configureData } from '../../client/data/config';
import { cachedIds } from '../../client/data/photo-cache';
import { keepPhotosOffline, loadActivityPhotos } from '../../client/data/queries/activity-photos';
import { setAuthToken } from '../../client/data/session-api';
import type { ActivityRow } from '../../client/data/read-model';
import { eventually } from '../../client/data/testing/eventually';
import { NIP } from '../../sync-server/seed/demo-people';
import { openDevice, type Device } from './support/client-device';
import { signIn } from './support/http';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
const devices: Device[] = [];

beforeAll(async () => {
  server = await startServer();
});
afterEach(async () => {
  for (const d of devices.splice(0)) await d.stop();
  setAuthToken(null);
});
afterAll(async () => {
  await server?.stop();
});

async function device(nip: string) {
  const d = await openDevice({ nip, serverUrl: server.url, token: await signIn(server.url, nip) });
  devices.push(d);
  await d.synced();
  return d;
}

/** Makes `d` the device whose session the photo loader uses (one signed-in page). */
function signedInAs(d: Device, origin = server.url) {
  configureData({ apiOrigin: origin });
  setAuthToken(d.token);
}

const PHOTO = Buffer.from('foto daftar hadir rapat').toString('base64');
const THUMB = `data:image/jpeg;base64,${Buffer.from('pratinjau').toString('base64')}`;

/** The activity row once the device's read model has it. */
async function rowOn(d: Device, id: string): Promise<ActivityRow> {
  let row: ActivityRow | undefined;
  await eventually(async () => {
    row = await d.rm.activities.get(id);
    if (!row) throw new Error('not projected yet');
  });
  return row!;
}

async function logWithPhoto(dewi: Device) {
  const saved = await saveActivity(
    {
      date: civilDate(Date.now()),
      ...nextSlot(NIP.dewi, civilDate(Date.now())),
      kegiatan: 'Rapat kelas bersama orang tua',
      realisasi: 1,
      satuan: 'kegiatan',
      addPhotos: [{ name: 'foto-1.jpg', data: PHOTO, thumb: THUMB }],
      submit: true,
    },
    dewi.ctx,
  );
  if (!saved.ok) throw new Error(saved.reason);
  await dewi.synced();
  return saved.id;
}

describe('evidence photos on the devices', () => {
  it("reach the head's tablet only when the entry is opened, then stay for offline", async () => {
    const dewi = await device(NIP.dewi);
    const id = await logWithPhoto(dewi);

    const sri = await device(NIP.sri);
    const row = await rowOn(sri, id);
    // The entry arrives with its list and thumbnail; the tablet holds no photo.
    expect(row.photos).toEqual([expect.objectContaining({ name: 'foto-1.jpg', thumb: THUMB })]);
    // Her own photos are hers to hold; her team's are never fed to her.
    const held = await sri.db.allDocs({ startkey: 'photo:', endkey: 'photo:\uffff' });
    expect(held.rows.length).toBeGreaterThan(0);
    expect(held.rows.filter((r) => !r.id.startsWith(`photo:${NIP.sri}:`))).toEqual([]);
    const cachedHere = async () => (await cachedIds(sri.rm, [row.photos[0]!.id])).size;
    expect(await cachedHere()).toBe(0);

    signedInAs(sri);
    const [opened] = await loadActivityPhotos(row.photos, sri);
    expect(opened?.source).toBe('server');
    expect(await opened!.blob!.text()).toBe('foto daftar hadir rapat');
    expect(await cachedHere()).toBe(1);

    // Offline (nothing answers at the server's address), the opened photo still shows.
    signedInAs(sri, 'http://127.0.0.1:9');
    const [again] = await loadActivityPhotos(row.photos, sri);
    expect(again?.source).toBe('cache');
    expect(await again!.blob!.text()).toBe('foto daftar hadir rapat');
  });

  it('keeps the queue photos for offline when the head asks, and says what it could not fetch', async () => {
    const dewi = await device(NIP.dewi);
    const id = await logWithPhoto(dewi);
    const sri = await device(NIP.sri);
    const row = await rowOn(sri, id);
    // Another photo id of the same entry (its last character changed, never to itself).
    const otherId = row.photos[0]!.id.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    const missing = { ...row.photos[0]!, id: otherId, name: 'x.jpg' };

    signedInAs(sri);
    const progress: number[] = [];
    expect(await keepPhotosOffline([...row.photos, missing], (n) => progress.push(n), sri)).toBe(1);
    expect(progress).toEqual([1, 2]);
    signedInAs(sri, 'http://127.0.0.1:9');
    const [shown, absent] = await loadActivityPhotos([...row.photos, missing], sri);
    expect(shown?.source).toBe('cache');
    expect(absent).toMatchObject({ blob: null, source: null });
  });

  it("are read from the owner's own device, and a colleague cannot fetch them", async () => {
    const dewi = await device(NIP.dewi);
    const id = await logWithPhoto(dewi);
    const row = await rowOn(dewi, id);
    const [mine] = await loadActivityPhotos(row.photos, dewi);
    expect(mine?.source).toBe('device');

    const agus = await device(NIP.agus);
    signedInAs(agus);
    const [theirs] = await loadActivityPhotos(row.photos, agus);
    expect(theirs).toMatchObject({ blob: null, source: null });
  });
});
