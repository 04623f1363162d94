/**
 * A console device for the console's component tests: a memory PouchDB holding given documents,
 * its read model kept live by the projector, and the user data a section needs (the admin by
 * default), so a section's commands write and its lists follow as in the app.
 */
import { act, cleanup, render } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import type { User } from '../../../../core/org-chart';
import { Projector } from '../../../../data/projector';
import type { LocalDb } from '../../../../data/local-db';
import type { ReadModel } from '../../../../data/read-model';
import { useSessionStore } from '../../../../data/session-store';
import { useSyncStore } from '../../../../data/sync-store';
import { memoryDb, readModel } from '../../../../data/testing/devices';
import { UserDataContext } from '../../../../data/user-data';
import { navigate } from '../../../../ui/navigation';

export type ConsoleDevice = {
  db: LocalDb;
  rm: ReadModel;
  /** Wraps a section in the device's user data. */
  wrap: (node: ReactNode) => ReactNode;
  close: () => Promise<void>;
};

export const ADMIN: User = { nip: 'admin', roles: ['admin'] };

export async function consoleDevice(
  docs: readonly { _id: string }[],
  user: User = ADMIN,
): Promise<ConsoleDevice> {
  const db = memoryDb();
  const rm = readModel();
  if (docs.length > 0) await db.bulkDocs([...docs]);
  const projector = new Projector(db, rm);
  await projector.start();
  const data = { ctx: { db, user }, readModel: rm, syncNow: () => undefined };
  return {
    db,
    rm,
    wrap: (node) => <UserDataContext value={data}>{node}</UserDataContext>,
    close: async () => {
      projector.stop();
      rm.close();
      await db.destroy();
    },
  };
}

/** Puts the console offline (the last sync found no server) or back online. */
export function setConsoleOffline(offline: boolean): void {
  useSyncStore.setState({ state: offline ? 'offline' : 'idle' });
}

const rendered: ConsoleDevice[] = [];

/** Opens a console device holding `docs` at `path` and renders the section on it. */
export async function renderSection(
  section: ReactNode,
  docs: readonly { _id: string }[],
  path = '/kelola',
): Promise<ConsoleDevice> {
  act(() => navigate(path));
  const d = await consoleDevice(docs);
  rendered.push(d);
  render(d.wrap(section));
  return d;
}

/** Unmounts, goes back online and closes every device renderSection opened (afterEach). */
export async function closeSections(): Promise<void> {
  cleanup();
  setConsoleOffline(false);
  act(() => navigate('/'));
  for (const d of rendered.splice(0)) await d.close();
}

/**
 * axe's WCAG and best-practice rules on a rendered section, as "rule: targets" lines. jsdom has no
 * layout (no contrast), and the section renders inside the console's page, which has the main
 * landmark and the h1.
 */
export async function sectionViolations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    rules: {
      'color-contrast': { enabled: false },
      region: { enabled: false },
      'landmark-one-main': { enabled: false },
      'page-has-heading-one': { enabled: false },
    },
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Signs in a Pengelola who keeps one unit (the Dinas), not the whole organisation. */
export function signInUnitPengelola(): void {
  useSessionStore.setState({
    status: 'signed-in',
    user: {
      nip: '198602142010012015',
      name: 'Pengelola OPD',
      position: 'Analis SDM',
      unitId: 'dinas',
      roles: ['pengelola'],
      scope: 'dinas',
    },
  });
}
