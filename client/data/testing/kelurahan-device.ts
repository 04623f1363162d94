/**
 * A device of the kelurahan (kelurahan.ts) for tests that render screens: an in-memory PouchDB
 * holding the reference data (and any `docs` given), its Dexie read model, and the projector
 * between them, running; `closeKelurahanDevice` stops and removes them (call from afterEach).
 */
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
