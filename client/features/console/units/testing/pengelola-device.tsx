/**
 * A Pengelola's device for the console's component tests: a memory PouchDB holding the kelurahan
 * (client/data/testing/kelurahan.ts) under a kecamatan with its own working hours (KECAMATAN_HOURS;
 * the kelurahan follows them), plus a closed unit, the real projector
 * into a read model on fake-indexeddb, and a section rendered at a path as the admin.
 */
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { makeUnit } from '../../../../core/testing/factories';
import type { LocalDb } from '../../../../data/local-db';
import { Projector } from '../../../../data/projector';
import type { ReadModel } from '../../../../data/read-model';
import { INITIAL_SYNC_STATUS, useSyncStore } from '../../../../data/sync-store';
import { memoryDb, readModel } from '../../../../data/testing/devices';
import { eventually } from '../../../../data/testing/eventually';
import { HEAD, NOW, seedReference, UNIT } from '../../../../data/testing/kelurahan';
import { UserDataContext, type UserData } from '../../../../data/user-data';

export const KECAMATAN = 'kecamatan-gayungan';
export const CLOSED = 'kelurahan-lama';
/** The kecamatan's working hours: Monday to Friday 08:00-16:00, Friday until 16:30. */
export const KECAMATAN_HOURS = {
  days: [1, 2, 3, 4, 5],
  start: '08:00',
  end: '16:00',
  fridayEnd: '16:30',
};

export type ConsoleDevice = { db: LocalDb; rm: ReadModel; data: UserData; stop(): Promise<void> };

export async function openConsoleDevice(): Promise<ConsoleDevice> {
  const db = memoryDb();
  const rm = readModel();
  await seedReference(db);
  await db.bulkDocs([
    makeUnit({
      unitId: KECAMATAN,
      name: 'Kecamatan Gayungan',
      kind: 'kecamatan',
      parentId: null,
      headNip: null,
      workHours: KECAMATAN_HOURS,
    }),
    makeUnit({
      unitId: UNIT,
      name: 'Kelurahan Ketintang',
      kind: 'kelurahan',
      parentId: KECAMATAN,
      headNip: HEAD,
      headPosition: 'Lurah Ketintang',
    }),
    makeUnit({
      unitId: CLOSED,
      name: 'Kelurahan Lama',
      kind: 'kelurahan',
      parentId: KECAMATAN,
      headNip: null,
      closedOn: '2024-12-31',
    }),
  ]);
  const projector = new Projector(db, rm);
  await projector.start();
  await eventually(async () => {
    if ((await rm.units.count()) < 3) throw new Error('not projected yet');
  });
  useSyncStore.setState({ ...INITIAL_SYNC_STATUS });
  return {
    db,
    rm,
    data: {
      ctx: { db, user: { nip: 'admin', roles: ['admin'] }, now: () => NOW },
      readModel: rm,
      syncNow: () => undefined,
    },
    async stop() {
      cleanup();
      projector.stop();
      rm.close();
      await db.destroy();
      useSyncStore.setState({ ...INITIAL_SYNC_STATUS });
    },
  };
}

/** Renders a section at `path` on the device. */
export function renderAt(device: ConsoleDevice, path: string, section: ReactNode) {
  window.history.pushState(null, '', path);
  return render(<UserDataContext value={device.data}>{section}</UserDataContext>);
}

/** The text shown with a control: its hint and error, read through aria-describedby. */
export function describedText(field: HTMLElement): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}
