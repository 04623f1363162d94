/**
 * First start: the admin account (ADMIN_PASSWORD, or a generated password printed once on a line
 * of its own, outside the JSON log, so it never lands in a log store) and,
 * with SEED=demo, the demo organisation written into an empty data dir. Seed documents carry
 * their own revisions and go in with new_edits=false, bypassing the gatekeeper: they are the
 * initial state, not a user's write. A `seeding` marker with the date makes a crashed seed
 * resume with the same documents, so seeding is idempotent.
 */
import type { Logger } from 'pino';
import { civilDate } from '../client/core/dates';
import { generatePassword } from './auth/passwords';
import type { Config } from './config';
import type { ServerDb } from './server-db';
import type { Services } from './services';
import { buildDemoData, DEMO_PASSWORD } from './seed/demo-org';

export const ADMIN_NIP = 'admin';
const SEED_BATCH = 500;

function setting(db: ServerDb, key: string): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value ?? null;
}

function setSetting(db: ServerDb, key: string, value: string): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export async function firstStart(s: Services): Promise<void> {
  if (s.config.seed === 'demo') await seedDemo(s);
  await ensureAdmin(s.config, s, s.log);
}

async function seedDemo(s: Services): Promise<void> {
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
  const people = data.accounts.filter(
    (a) => a.nip !== ADMIN_NIP && s.accounts.find(a.nip) === null,
  );
  await Promise.all(people.map((a) => s.accounts.create(a, DEMO_PASSWORD)));
  setSetting(s.serverDb, 'seeded', today);
  s.log.info(
    { docs: data.docs.length, accounts: people.length, today },
    'demo organisation seeded',
  );
}

async function ensureAdmin(config: Config, s: Services, log: Logger): Promise<void> {
  if (s.accounts.find(ADMIN_NIP)) return;
  const password = config.adminPassword ?? generatePassword();
  await s.accounts.create(
    { nip: ADMIN_NIP, name: 'Administrator Sistem', roles: ['admin'] },
    password,
  );
  if (config.adminPassword === null) {
    log.warn('Admin account created with a generated password, printed once on its own line');
    printAdminPassword(password);
  } else log.info('Admin account created with ADMIN_PASSWORD');
}

/**
 * The generated admin password, for the person starting the server: plain text on stdout, the
 * password alone on its last line, written once (the account then exists and is never created
 * again).
 */
export function adminPasswordNotice(password: string): string {
  return [
    '',
    `Akun admin dibuat. Masuk dengan NIP "${ADMIN_NIP}" dan kata sandi berikut (hanya ditampilkan sekali ini):`,
    `Admin account created. Sign in with NIP "${ADMIN_NIP}" and this password (shown only now):`,
    password,
    '',
    '',
  ].join('\n');
}

function printAdminPassword(password: string): void {
  process.stdout.write(adminPasswordNotice(password));
}
