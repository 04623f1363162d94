/**
 * The device the Laporan component tests read from: a real local PouchDB and read model with the
 * projector running, the signed-in reader, the screen rendered at a path, and the browser's
 * download captured (the file name and the blob a person would get).
 */
import { act, cleanup, render, within } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import type { LocalDb } from '../../../data/local-db';
import { Projector } from '../../../data/projector';
import type { ReadModel } from '../../../data/read-model';
import { useSessionStore } from '../../../data/session-store';
import { memoryDb, readModel, userDataFor } from '../../../data/testing/devices';
import { UserDataContext } from '../../../data/user-data';
import { navigate } from '../../../ui/navigation';
import { ReportsScreen } from '../reports-screen';

export type SavedFile = { name: string; blob: Blob };

export type ReportDevice = {
  /** The local database of the test under way. */
  readonly db: LocalDb;
  /** The files downloaded so far, oldest first. */
  readonly saved: readonly SavedFile[];
  /** Writes documents into the device as a sync would. */
  seed(docs: readonly { _id: string }[]): Promise<void>;
  /** Renders Laporan at `path` for `nip`. */
  show(path: string, nip: string): ReturnType<typeof render>;
};

/** Registers the hooks that give each test of the file a fresh device; call at the top level. */
export function reportDevice(): ReportDevice {
  let db: LocalDb;
  let rm: ReadModel;
  let projector: Projector;
  let saved: SavedFile[] = [];

  beforeEach(async () => {
    db = memoryDb();
    rm = readModel();
    projector = new Projector(db, rm);
    await projector.start();
    saved = [];
    // The browser's download: the object URL and the link's file name are what a person gets.
    let blob: Blob | null = null;
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (b: Blob) => {
          blob = b;
          return 'blob:laporan';
        },
        revokeObjectURL: () => undefined,
      }),
    );
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      if (blob) saved.push({ name: this.download, blob });
    });
  });
  afterEach(async () => {
    cleanup();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    projector.stop();
    rm.close();
    await db.destroy();
  });

  return {
    get db() {
      return db;
    },
    get saved() {
      return saved;
    },
    async seed(docs) {
      await db.bulkDocs([...docs]);
    },
    show(path, nip) {
      act(() => navigate(path));
      return render(
        <UserDataContext value={userDataFor(db, rm, nip)}>
          <main>
            <ReportsScreen />
          </main>
        </UserDataContext>,
      );
    },
  };
}

/** Signs `nip` in with `roles` as the session store holds a signed-in user. */
export function signIn(nip: string, roles: string[]): void {
  useSessionStore.setState({
    status: 'signed-in',
    user: { nip, name: 'Pengguna', position: null, unitId: null, roles },
  });
}

/** A table's body rows as the texts of their cells. */
export const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
