/**
 * A device of the kelurahan (kelurahan.ts) for tests that render screens: an in-memory PouchDB
 * holding the reference data (and any `docs` given), its Dexie read model, and the projector
 * between them, running. `kelurahanDeviceEachTest` gives every test a fresh one.
 */
import { afterEach, beforeEach } from 'vitest';
import type { LocalDb } from '../local-db';
import { Projector } from '../projector';
import type { ReadModel } from '../read-model';
import { memoryDb, readModel } from './devices';
import { seedReference } from './kelurahan';

export type KelurahanDevice = { db: LocalDb; rm: ReadModel; projector: Projector };

export async function openKelurahanDevice(
  docs: readonly { _id: string }[] = [],
): Promise<KelurahanDevice> {
  const db = memoryDb();
  const rm = readModel();
  await seedReference(db);
  if (docs.length > 0) await db.bulkDocs([...docs]);
  const projector = new Projector(db, rm);
  await projector.start();
  return { db, rm, projector };
}

export async function closeKelurahanDevice({ db, rm, projector }: KelurahanDevice): Promise<void> {
  projector.stop();
  rm.close();
  await db.destroy();
}

/**
 * A fresh device before each test of the file, closed after it (register it before the file's own
 * afterEach, so that hook, which unmounts the screens, runs first). Read `device.db` and
 * `device.rm` inside a test: the object is refilled for each one.
 */
export function kelurahanDeviceEachTest(docs: readonly { _id: string }[] = []): KelurahanDevice {
  const device = {} as KelurahanDevice;
  beforeEach(async () => {
    Object.assign(device, await openKelurahanDevice(docs));
  });
  afterEach(async () => {
    await closeKelurahanDevice(device);
  });
  return device;
}

/**
 * For command tests that need only the local PouchDB: `const device = kelurahanDbEachTest()`, then
 * `await device(...docs)` gives a database holding the reference data and `docs`; every database a
 * test made is destroyed after it.
 */
export function kelurahanDbEachTest(): (...docs: object[]) => Promise<LocalDb> {
  const dbs: LocalDb[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.destroy();
  });
  return async (...docs) => {
    const db = memoryDb();
    dbs.push(db);
    await seedReference(db);
    if (docs.length > 0) await db.bulkDocs(docs);
    return db;
  };
}
