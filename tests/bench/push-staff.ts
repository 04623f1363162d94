/**
 * The people of the realistic push row (server-bench.ts benchPushOfManyDevices): a small
 * organisation from the scale generator (sync-server/seed/scale-org.ts: one Dinas Pendidikan, its
 * head, office and schools) written into a fresh DATA_DIR with an account for everyone, and each
 * person's daily log as they would have typed it. The demo seed has too few people who can sign in,
 * and adding people to it would change what `npm start` shows; this data dir is the bench's alone.
 */
import { addDays, civilDate, isWorkingDay, minutesOfDay, timeOfDay } from '../../client/core/dates';
import { makeActivity } from '../../client/core/testing/factories';
import { createApp } from '../../sync-server/app';
import { loadConfig } from '../../sync-server/config';
import { firstRev } from '../../sync-server/seed/deterministic';
import { scaleOrg, scaleReferenceDocs, type ScaleParams } from '../../sync-server/seed/scale-org';
import { tempDataDir } from '../integration/support/server';

/** The password of every bench account. */
export const STAFF_PASSWORD = 'staf-bench-2026';
const SEED = 2026;

export type PushStaff = { dataDir: string; nips: string[] };

/**
 * A DATA_DIR holding an organisation of `count` people (units, people, the periods of this year and
 * the last, all open) and their accounts, for a server started on it with SEED=none.
 */
export async function pushStaffDataDir(count: number, now: () => number): Promise<PushStaff> {
  const dataDir = tempDataDir('bench-staff');
  const year = Number(civilDate(now()).slice(0, 4));
  const params = (y: number): ScaleParams => ({
    seed: SEED,
    year: y,
    staff: count,
    opd: 1,
    months: 12,
  });
  const org = scaleOrg(params(year));
  // Last year's periods too, so the working days before today are open whatever the date.
  const lastYearPeriods = scaleReferenceDocs(params(year - 1)).filter((d) => d.type === 'period');
  const docs = [...scaleReferenceDocs(params(year), org), ...lastYearPeriods].map((d) => ({
    ...d,
    _rev: firstRev(SEED, d),
  }));
  const app = await createApp({
    ...loadConfig({ SEED: 'none', DATA_DIR: dataDir, ADMIN_PASSWORD: 'admin-secret-1' }),
    logLevel: 'silent',
    now,
  });
  try {
    const written = await app.services.store.bulkDocs(docs, false);
    const failed = written.filter((w) => w.error);
    if (failed.length > 0) throw new Error(`staff not written: ${JSON.stringify(failed[0])}`);
    for (const x of org.people)
      await app.services.accounts.create({ nip: x.nip, name: x.name, roles: [] }, STAFF_PASSWORD);
  } finally {
    await app.close();
  }
  return { dataDir, nips: org.people.map((x) => x.nip) };
}

/**
 * `count` submitted entries of one person on the working days before `today`, latest first,
 * 4 to 6 a day (by person and day) that fill `hours` of each day from `from` end to end, each
 * ending where the next starts (touching is no overlap). `person` varies the number a day
 * between people.
 */
export function workdayEntries(
  nip: string,
  person: number,
  count: number,
  today: string,
  { from = '07:30', hours = 8 }: { from?: string; hours?: number } = {},
) {
  const out: ReturnType<typeof makeActivity>[] = [];
  for (let day = addDays(today, -1), k = 0; out.length < count; day = addDays(day, -1)) {
    if (!isWorkingDay(day)) continue;
    const perDay = 4 + ((person + k++) % 3);
    const minutes = Math.floor((hours * 60) / perDay);
    for (let i = 0; i < perDay && out.length < count; i++) {
      const start = minutesOfDay(from) + i * minutes;
      out.push(
        makeActivity({
          nip,
          date: day,
          start: timeOfDay(start),
          end: timeOfDay(start + minutes),
          kegiatan: `Kegiatan harian ${out.length + 1}`,
          status: 'submitted',
          round: 1,
        }),
      );
    }
  }
  return out;
}
