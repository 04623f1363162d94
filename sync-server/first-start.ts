/**
 * First start: the admin account (ADMIN_PASSWORD, or a generated password printed once on a line
 * of its own, outside the JSON log, so it never lands in a log store) and, with SEED=demo, the
 * demo organisation written into an empty data dir (seed/seed-demo.ts, loaded only then:
 * SEED=none never loads the demo).
 */
import type { Logger } from 'pino';
import { generatePassword } from './auth/passwords';
import type { Config } from './config';
import { isGoneHolder, leaseHolder, leaseHolderName, releaseLease, takeLease } from './server-db';
import type { Services } from './services';

export const ADMIN_NIP = 'admin';

/** Room for a first start: the demo seed takes seconds; one that died is noticed sooner. */
const FIRST_START_LEASE_MS = 5 * 60_000;
const FIRST_START_POLL_MS = 200;

/**
 * Runs in one server process at a time (a lease in the shared server.sqlite): processes started
 * together over one CouchDB would otherwise each seed an empty data dir and create the same
 * accounts, and all but one fail to start. The others wait, then find the work done.
 */
export async function firstStart(s: Services): Promise<void> {
  const holder = leaseHolderName();
  while (!takeLease(s.serverDb, 'first-start', holder, Date.now(), FIRST_START_LEASE_MS)) {
    // A process of this machine that died while starting is not waited out.
    const other = leaseHolder(s.serverDb, 'first-start', Date.now());
    if (other !== null && isGoneHolder(other, holder))
      releaseLease(s.serverDb, 'first-start', other);
    else await new Promise((r) => setTimeout(r, FIRST_START_POLL_MS));
  }
  try {
    if (s.config.seed === 'demo') {
      const { seedDemo } = await import('./seed/seed-demo');
      await seedDemo(s, ADMIN_NIP);
    }
    await ensureAdmin(s.config, s, s.log);
  } finally {
    releaseLease(s.serverDb, 'first-start', holder);
  }
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
