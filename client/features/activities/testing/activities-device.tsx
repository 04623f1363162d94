/**
 * A device for the activities screens' tests: a memory PouchDB with the reference documents, the
 * real projector into a read model on fake-indexeddb, the signed-in staff member, and the screen
 * rendered at a path with commands writing to that database.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ActivityDoc } from '../../../core/schemas/work';
import {
  makeActivity,
  makeVerification,
  today,
  type Overrides,
} from '../../../core/testing/factories';
import type { LocalDb } from '../../../data/local-db';
import { Projector } from '../../../data/projector';
import type { ReadModel } from '../../../data/read-model';
import { useSessionStore } from '../../../data/session-store';
import { INITIAL_SYNC_STATUS, publishSyncStatus } from '../../../data/sync-store';
import { memoryDb, readModel, userDataFor } from '../../../data/testing/devices';
import { eventually } from '../../../data/testing/eventually';
import { HEAD, seedReference, STAFF } from '../../../data/testing/kelurahan';
import { UserDataContext, type UserData } from '../../../data/user-data';
import { ActivitiesScreen } from '../activities-screen';

export const TODAY = today();

export type TestDevice = { db: LocalDb; rm: ReadModel; data: UserData; stop(): Promise<void> };

/** The device's clock: late on TODAY (WIB), so any time of the day is already past. */
export const LATE_TODAY = Date.parse(`${TODAY}T23:59:00+07:00`);

/**
 * Opens the device; with `projecting: false` its projector does not run, so only what the
 * commands project themselves reaches the read model (as while the projector is busy).
 */
export async function openDevice(
  nip: string = STAFF,
  now: number = LATE_TODAY,
  { projecting = true }: { projecting?: boolean } = {},
): Promise<TestDevice> {
  const db = memoryDb();
  const rm = readModel();
  await seedReference(db);
  const projector = new Projector(db, rm);
  if (projecting) await projector.start();
  publishSyncStatus({ ...INITIAL_SYNC_STATUS });
  useSessionStore.setState({
    status: 'signed-in',
    user: { nip, name: 'Pegawai Uji', position: 'Pelaksana', unitId: 'kelurahan-a', roles: [] },
  });
  return {
    db,
    rm,
    data: withClock(userDataFor(db, rm, nip), now),
    async stop() {
      cleanup();
      projector.stop();
      rm.close();
      await db.destroy();
    },
  };
}

/** As the app's runtime: the clock, and commands projecting what they write at once. */
function withClock(data: UserData, now: number): UserData {
  return { ...data, ctx: { ...data.ctx, now: () => now, readModel: data.readModel } };
}

/** Renders the activities screen at `path` on the device. */
export function renderAt(device: TestDevice, path: string) {
  window.history.pushState(null, '', path);
  return render(
    <UserDataContext value={device.data}>
      <ActivitiesScreen />
    </UserDataContext>,
  );
}

/** An activity of the staff member today (submitted unless overridden), stored and projected. */
export async function storeActivity(device: TestDevice, overrides: Overrides<ActivityDoc> = {}) {
  const doc = makeActivity({
    nip: STAFF,
    date: TODAY,
    status: 'submitted',
    round: 1,
    ...overrides,
  });
  await device.db.put(doc);
  await eventually(async () => {
    if (!(await device.rm.activities.get(doc._id))) throw new Error('not projected yet');
  });
  return doc;
}

/** The head's decision on an activity, stored on the device as if it had synced, and projected. */
export async function storeDecision(
  device: TestDevice,
  activityId: string,
  decision: 'approved' | 'returned',
  note = '',
) {
  const [, nip = '', date = ''] = activityId.split(':');
  const activity = { _id: activityId, nip, date, round: 1 };
  await device.db.put(makeVerification(activity, { appraiserNip: HEAD, decision, note }));
  await eventually(async () => {
    if ((await device.rm.activities.get(activityId))?.status !== decision)
      throw new Error('not yet');
  });
}

/** The staff member's activity documents in the local database. */
export async function storedActivities(device: TestDevice): Promise<Record<string, unknown>[]> {
  const res = await device.db.allDocs({
    startkey: `activity:${STAFF}:`,
    endkey: `activity:${STAFF}:\ufff0`,
    include_docs: true,
  });
  return res.rows.map((r) => r.doc as unknown as Record<string, unknown>);
}

/**
 * The server now holds everything on the device: the push checkpoint (the sync ledger the engine
 * keeps) moves past every local change, and the status says synced, as the engine does.
 */
export async function serverHoldsAll(device: TestDevice): Promise<void> {
  const { update_seq: seq } = await device.db.info();
  const id = '_local/kinerja-sync';
  const rev = await device.db.get(id).then(
    (d) => d._rev,
    () => undefined,
  );
  await device.db.put({
    _id: id,
    ...(rev ? { _rev: rev } : {}),
    pushedSeq: seq,
    accessKey: null,
    lastSyncedAt: new Date().toISOString(),
    denied: [],
  });
  publishSyncStatus({ state: 'synced', pending: 0, lastSyncedAt: new Date().toISOString() });
}

/** Types `value` into the field labelled `label`. */
export const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label, { exact: true }), { target: { value } });

/** Fills the open entry form with a valid entry of 13:00-14:30, "Menyusun laporan bulanan". */
export async function fillValid() {
  await screen.findByLabelText('Kegiatan', { exact: true });
  type('Jam mulai', '13:00');
  type('Jam selesai', '14:30');
  type('Kegiatan', 'Menyusun laporan bulanan');
  type('Satuan', 'laporan');
}
