/**
 * First start: the admin account (ADMIN_PASSWORD, or a generated password logged once) and,
 * with SEED=demo, the demo organisation written into an empty data dir (seed/seed-demo.ts,
 * loaded only then: SEED=none never loads the demo).
 */
import type { Logger } from 'pino';
import { generatePassword } from './auth/passwords';
import type { Config } from './config';
import type { Services } from './services';

export const ADMIN_NIP = 'admin';

export async function firstStart(s: Services): Promise<void> {
  if (s.config.seed === 'demo') {
    const { seedDemo } = await import('./seed/seed-demo');
    await seedDemo(s, ADMIN_NIP);
  }
  await ensureAdmin(s.config, s, s.log);
}

async function ensureAdmin(config: Config, s: Services, log: Logger): Promise<void> {
  if (s.accounts.find(ADMIN_NIP)) return;
  const password = config.adminPassword ?? generatePassword();
  await s.accounts.create(
    { nip: ADMIN_NIP, name: 'Administrator Sistem', roles: ['admin'] },
    password,
  );
  if (config.adminPassword === null) {
    log.warn(
      `Admin account created. NIP: ${ADMIN_NIP}; generated password (shown only now): ${password}`,
    );
  } else log.info('Admin account created with ADMIN_PASSWORD');
}
