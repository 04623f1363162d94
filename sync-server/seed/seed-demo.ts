/**
 * Writes the demo organisation into an empty data dir (SEED=demo). Loaded by first-start only
 * when seeding, so a server started with SEED=none never loads the demo or its CSV files. Seed
 * documents carry their own revisions and go in with new_edits=false, bypassing the gatekeeper:
 * they are the initial state, not a user's write. A `seeding` marker with the date makes a
 * crashed seed resume with the same documents, so seeding is idempotent.
 */
import { civilDate } from '../../client/core/dates';
import type { Services } from '../services';
import { buildDemoData, DEMO_PASSWORD } from './demo-org';
import { setting, setSetting } from '../server-db';

const SEED_BATCH = 500;

/** Seeds the demo organisation unless the data dir already holds anything (or was seeded). */
export async function seedDemo(s: Services, adminNip: string): Promise<void> {
  if (setting(s.serverDb, 'seeded') !== null) return;
  let today = setting(s.serverDb, 'seeding');
  if (today === null) {
    const empty = (await s.store.info()).docCount === 0 && s.accounts.count() === 0;
    if (!empty) return;
    today = civilDate(s.config.now());
    setSetting(s.serverDb, 'seeding', today);
  }
  const data = buildDemoData(today);
  for (let i = 0; i < data.docs.length; i += SEED_BATCH) {
    const res = await s.store.bulkDocs(data.docs.slice(i, i + SEED_BATCH), false);
    const failed = res.filter((r) => r.error);
    if (failed.length > 0) throw new Error(`seeding failed: ${JSON.stringify(failed.slice(0, 3))}`);
  }
  const people = data.accounts.filter((a) => a.nip !== adminNip && s.accounts.find(a.nip) === null);
  await Promise.all(people.map((a) => s.accounts.create(a, DEMO_PASSWORD)));
  setSetting(s.serverDb, 'seeded', today);
  s.log.info(
    { docs: data.docs.length, accounts: people.length, today },
    'demo organisation seeded',
  );
}
