/**
 * A Pengelola's device for command tests: an in-memory PouchDB holding the fixture Dinas (its
 * people and units) and given documents, with the fixture Pengelola's command context at the
 * factories' NOW. Close what was opened with closePengelolaDevices (afterEach).
 */
import { NOW, orgEmployees, orgUnits, pengelolaUser } from '../../core/testing/factories';
import type { LocalDb } from '../local-db';
import { memoryDb } from './devices';

const opened: LocalDb[] = [];

/** A device of the fixture Pengelola holding the fixture Dinas and `docs`. */
export async function pengelolaDevice(docs: readonly { _id: string }[] = []) {
  const db = memoryDb();
  opened.push(db);
  await db.bulkDocs([...orgEmployees(), ...orgUnits(), ...docs]);
  return { db, ctx: { db, user: pengelolaUser, now: () => NOW } };
}

/** Destroys every device pengelolaDevice opened. */
export async function closePengelolaDevices(): Promise<void> {
  for (const db of opened.splice(0)) await db.destroy();
}
