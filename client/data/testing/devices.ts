/**
 * Local databases for client/data tests: in-memory PouchDB (fast), PouchDB on IndexedDB (the
 * browser's adapter, which can purge; fake-indexeddb in Node) and Dexie read models, each under a
 * fresh name; and a projected device holding given documents.
 */
import MemoryAdapter from 'pouchdb-adapter-memory';
import { Pouch, withListenerRoom, type LocalDb } from '../local-db';
import { Projector } from '../projector';
import { ReadModel } from '../read-model';
import type { UserData } from '../user-data';

Pouch.plugin(MemoryAdapter);

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now()}-${(counter += 1)}`;

export function memoryDb(name: string = unique('mem')): LocalDb {
  return withListenerRoom(new Pouch(name, { adapter: 'memory' }));
}

/** An IndexedDB-backed db (on fake-indexeddb in Node): the browser's adapter, which can purge. */
export function idbDb(name: string = unique('idb')): LocalDb {
  return withListenerRoom(new Pouch(name, { adapter: 'indexeddb' }));
}

export function readModel(name: string = unique('read')): ReadModel {
  return new ReadModel(name);
}

const opened: { db: LocalDb; rm: ReadModel }[] = [];

/** A memory device holding `docs` (a later doc replaces an earlier one with its id), projected. */
export async function projectedDevice(docs: readonly { _id: string }[]): Promise<ReadModel> {
  const db = memoryDb();
  const rm = readModel();
  opened.push({ db, rm });
  const byId = new Map(docs.map((d) => [d._id, d]));
  await db.bulkDocs([...byId.values()]);
  await new Projector(db, rm).catchUp();
  return rm;
}

/** Closes every device `projectedDevice` opened (call from afterEach). */
export async function closeDevices(): Promise<void> {
  for (const o of opened.splice(0)) {
    o.rm.close();
    await o.db.destroy();
  }
}

/** What the app provides to a signed-in user's screens (UserDataContext), on the real clock. */
export function userDataFor(db: LocalDb, rm: ReadModel, nip: string): UserData {
  return { ctx: { db, user: { nip, roles: [] } }, readModel: rm, syncNow: () => undefined };
}
