/**
 * Test data for client/data tests: in-memory databases and document factories with overrides.
 * Used by unit tests (memory adapter, fake-indexeddb) and the client integration tests.
 */
import MemoryAdapter from 'pouchdb-adapter-memory';
import { ids, newUlid } from '../core/ids';
import type { CommandContext } from './commands/context';
import { Pouch, type LocalDb } from './local-db';
import { Projector } from './projector';
import { ReadModel } from './read-model';
import type { UserData } from './user-data';

Pouch.plugin(MemoryAdapter);

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now()}-${(counter += 1)}`;

export const HEAD = '197001012000011001';
export const STAFF = '199001012020012002';
export const OTHER = '198501012010011003';
export const TODAY = '2025-03-12';
/** 2025-03-12 10:00 WIB. */
export const NOW = Date.parse('2025-03-12T03:00:00Z');

export function memoryDb(name: string = unique('mem')): LocalDb {
  return new Pouch(name, { adapter: 'memory' });
}

/** An IndexedDB-backed db (on fake-indexeddb in Node): the browser's adapter, which can purge. */
export function idbDb(name: string = unique('idb')): LocalDb {
  return new Pouch(name, { adapter: 'indexeddb' });
}

export function readModel(name: string = unique('read')): ReadModel {
  return new ReadModel(name);
}

const opened: { db: LocalDb; rm: ReadModel }[] = [];

/** A memory device holding `docs` (a later doc replaces an earlier one with its id), projected. */
export async function projectedDevice(docs: Record<string, unknown>[]): Promise<ReadModel> {
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

/** A unit document headed by `headNip`. */
export function unit(unitId: string, name: string, headNip: string | null) {
  return {
    _id: ids.unit(unitId),
    type: 'unit',
    schemaVersion: 1,
    unitId,
    name,
    parentId: null,
    headNip,
  };
}

export function employee(nip: string, overrides: Record<string, unknown> = {}) {
  return {
    _id: ids.employee(nip),
    type: 'employee',
    schemaVersion: 1,
    nip,
    name: `Pegawai ${nip.slice(-3)}`,
    position: 'Pelaksana',
    unitId: 'kelurahan-a',
    superiorNip: nip === HEAD ? null : HEAD,
    kind: 'pns',
    functional: false,
    acting: [],
    active: true,
    ...overrides,
  };
}

export function period(overrides: Record<string, unknown> = {}) {
  return {
    _id: ids.period('2025'),
    type: 'period',
    schemaVersion: 1,
    periodId: '2025',
    kind: 'annual',
    year: 2025,
    label: 'Tahun 2025',
    start: '2025-01-01',
    end: '2025-12-31',
    status: 'open',
    ...overrides,
  };
}

export function activity(overrides: Record<string, unknown> = {}) {
  const nip = (overrides.nip as string | undefined) ?? STAFF;
  const date = (overrides.date as string | undefined) ?? TODAY;
  return {
    _id: ids.activity(nip, date, newUlid(NOW)),
    type: 'activity',
    schemaVersion: 1,
    nip,
    date,
    start: '08:00',
    end: '09:30',
    kegiatan: 'Melayani permohonan surat pengantar',
    uraian: '',
    rhkId: null,
    ikiId: null,
    realisasi: 3,
    satuan: 'surat',
    links: [],
    location: null,
    catalogCode: null,
    status: 'draft',
    round: 0,
    createdAt: new Date(NOW).toISOString(),
    updatedAt: new Date(NOW).toISOString(),
    ...overrides,
  };
}

/** The org chart and period every command needs: a head and two staff. */
export async function seedReference(db: LocalDb): Promise<void> {
  await db.bulkDocs([employee(HEAD), employee(STAFF), employee(OTHER), period()]);
}

export function contextFor(db: LocalDb, nip: string): CommandContext {
  return { db, user: { nip, roles: [] }, now: () => NOW };
}

/** What the app provides to a signed-in user's screens (UserDataContext), on the real clock. */
export function userDataFor(db: LocalDb, rm: ReadModel, nip: string): UserData {
  return { ctx: { db, user: { nip, roles: [] } }, readModel: rm, syncNow: () => undefined };
}

/** Waits until `check` passes (polling), for effects that follow a changes feed. */
export async function eventually(
  check: () => unknown | Promise<unknown>,
  timeoutMs = 5000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}
