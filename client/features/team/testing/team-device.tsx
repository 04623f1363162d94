/**
 * The Tim feature's feedback tests play on the lurah's tablet (the kelurahan of
 * client/data/testing): a real local PouchDB with the org chart, this year and its quarters, the
 * staff member's SKP, its read model projected and following, and the Tim screen rendered at a
 * path. Dates follow the real clock, as the screens do.
 */
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import axe from 'axe-core';
import { addDays, civilDate, quarterOf, quarterRange } from '../../../core/dates';
import { typeOfId } from '../../../core/ids';
import { makePeriod, makeSkp, makeYearPeriod } from '../../../core/testing/factories';
import { Projector } from '../../../data/projector';
import { tableOfType } from '../../../data/read-model';
import { useSessionStore } from '../../../data/session-store';
import { memoryDb, readModel, userDataFor } from '../../../data/testing/devices';
import { closeKelurahanDevice, type KelurahanDevice } from '../../../data/testing/kelurahan-device';
import { eventually } from '../../../data/testing/eventually';
import { HEAD, kelurahanEmployee, OTHER, STAFF, UNIT } from '../../../data/testing/kelurahan';
import { UserDataContext } from '../../../data/user-data';
import { navigate } from '../../../ui/navigation';
import { TeamScreen } from '../team-screen';

export { HEAD, OTHER, STAFF };
export const STAFF_NAME = `Pegawai ${STAFF.slice(-3)}`;
export const TODAY = civilDate(Date.now());
export const YEAR = Number(TODAY.slice(0, 4));

/** A quarter as its period id and dates (`2026-q4`). */
export function quarter(year: number, q: 1 | 2 | 3 | 4) {
  return { periodId: `${year}-q${q}`, year, quarter: q, ...quarterRange(year, q) };
}
export const CURRENT_QUARTER = quarter(YEAR, quarterOf(TODAY));
/** The quarter before the current one (the last of the previous year in January–March). */
export const PREVIOUS_QUARTER =
  CURRENT_QUARTER.quarter === 1
    ? quarter(YEAR - 1, 4)
    : quarter(YEAR, (CURRENT_QUARTER.quarter - 1) as 1 | 2 | 3);
/** The month before this one, `yyyy-mm`: a whole month in the past whatever today is. */
export const LAST_MONTH = addDays(`${TODAY.slice(0, 7)}-01`, -1).slice(0, 7);

const periodOf = (q: ReturnType<typeof quarter>) =>
  makePeriod({
    periodId: q.periodId,
    kind: 'quarterly',
    year: q.year,
    quarter: q.quarter,
    label: q.periodId,
    start: q.start,
    end: q.end,
  });

export type TeamDevice = KelurahanDevice;

/** The lurah before a mutasi (now heading another kelurahan), who wrote earlier feedback. */
export const PREVIOUS_HEAD = '196801012000011009';

/** The lurah's device with the kelurahan, this year's periods and the staff member's SKP. */
export async function openTeamDevice(): Promise<TeamDevice> {
  const db = memoryDb();
  const rm = readModel();
  await db.bulkDocs([
    kelurahanEmployee(HEAD, { position: 'Lurah' }),
    kelurahanEmployee(STAFF),
    kelurahanEmployee(OTHER),
    makeYearPeriod(YEAR),
    ...(PREVIOUS_QUARTER.year === YEAR ? [] : [makeYearPeriod(PREVIOUS_QUARTER.year)]),
    periodOf(CURRENT_QUARTER),
    periodOf(PREVIOUS_QUARTER),
    makeSkp({
      nip: STAFF,
      periodId: String(YEAR),
      rhk: [
        {
          id: 'rhk-layanan',
          kind: 'utama',
          text: 'Meningkatnya kualitas layanan administrasi kependudukan',
          parentRhkId: null,
          iki: [],
        },
      ],
    }),
  ]);
  const projector = new Projector(db, rm);
  await projector.start();
  useSessionStore.setState({
    status: 'signed-in',
    user: { nip: HEAD, name: 'Lurah', position: 'Lurah', unitId: UNIT, roles: ['pejabat-penilai'] },
  });
  return { db, rm, projector };
}

export const closeTeamDevice = closeKelurahanDevice;

/**
 * A fresh lurah's device before each test of the file, its screens unmounted and the device closed
 * after it. Read `device.db` and `device.rm` inside a test: the object is refilled for each one.
 */
export function teamDeviceEachTest(): TeamDevice {
  const device = {} as TeamDevice;
  beforeEach(async () => {
    Object.assign(device, await openTeamDevice());
  });
  afterEach(async () => {
    cleanup();
    await closeTeamDevice(device);
  });
  return device;
}

/** Puts documents on the device and waits until the read model holds them. */
export async function put(device: TeamDevice, docs: readonly { _id: string }[]): Promise<void> {
  await device.db.bulkDocs([...docs]);
  await eventually(async () => {
    for (const { _id } of docs) {
      const type = typeOfId(_id);
      const row = type ? await device.rm.table(tableOfType(type)).get(_id) : undefined;
      if (!row) throw new Error(`${_id} is not projected yet`);
    }
  });
}

/** Renders the Tim screen at `path` on the head's device. */
export function show(device: TeamDevice, path: string) {
  act(() => navigate(path));
  return render(
    <UserDataContext value={userDataFor(device.db, device.rm, HEAD)}>
      <TeamScreen />
    </UserDataContext>,
  );
}

/** A stored document, or null. */
export async function stored<T>(device: TeamDevice, id: string): Promise<T | null> {
  try {
    return (await device.db.get(id)) as unknown as T;
  } catch {
    return null;
  }
}

/** axe's WCAG and best-practice rules on what was rendered (jsdom has no layout: no contrast). */
export async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    rules: {
      'color-contrast': { enabled: false },
      // The screen renders without the app's frame, which has the main landmark.
      region: { enabled: false },
      'landmark-one-main': { enabled: false },
    },
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
