/** The server's settings, read once from the environment; every default makes `npm start` work alone. */
import path from 'node:path';
import { DEFAULT_QUOTAS, type QuotaLimits } from './replication/quotas';

export type SeedMode = 'demo' | 'none';

export type Config = {
  port: number;
  host: string;
  /**
   * Where the server keeps its files: server.sqlite, feed.sqlite, store/ (LevelDB). With
   * COUCHDB_URL, several server processes on one machine may share it (docs/adr/0021).
   */
  dataDir: string;
  /**
   * FEED_DIR: where this process keeps its feed index (feed.sqlite, derived from the store);
   * null: in `dataDir` (read when the services open, so a config whose dataDir is set after
   * loading, as the tests' servers do, keeps its index there too). Each process sharing a
   * DATA_DIR needs its own.
   */
  feedDir: string | null;
  seed: SeedMode;
  couchdb: { url: string; user: string | null; password: string | null } | null;
  /** The admin account's password; null: generate one on first start and log it once. */
  adminPassword: string | null;
  /** The built PWA (vite build output). */
  staticDir: string;
  logLevel: string;
  /**
   * HTTPS_CERT and HTTPS_KEY (PEM files): the server terminates TLS itself. Phones on the network
   * need HTTPS for the offline cache and install; a reverse proxy with a certificate does too.
   */
  tls: { certFile: string; keyFile: string } | null;
  /** Express's `trust proxy`: set (TRUST_PROXY=1) behind a reverse proxy that terminates TLS. */
  trustProxy: boolean | number;
  /**
   * METRICS_TOKEN: GET /api/metrics then answers to `Authorization: Bearer <token>` from anywhere;
   * null: only to connections from this machine that no proxy relayed (routes/metrics.ts).
   */
  metricsToken: string | null;
  /**
   * Failed sign-ins allowed per NIP (from devices it never signed in from, and per device it
   * did) and per address before a pause; pauses then double from `firstPauseMs` up to
   * `maxPauseMs`; failures are forgotten `forgetAfterMs` after the last one.
   */
  signInLimit: {
    perNip: number;
    perAddress: number;
    firstPauseMs: number;
    maxPauseMs: number;
    forgetAfterMs: number;
  };
  /** Password checks (scrypt) running at once, and waiting, server-wide. */
  passwordChecks: { running: number; waiting: number };
  /** A session expires after this long without use. */
  sessionIdleMs: number;
  /** Per-person write quotas (revisions per day by type, bytes of live documents). */
  quotas: QuotaLimits;
  /**
   * REPORT_LEASE_MS: the report summaries are kept by one process at a time, holding a lease in
   * server.sqlite renewed every third of this; another process takes over this long after the
   * holder stopped renewing.
   */
  reportLeaseMs: number;
  /** Today for the rules, as epoch ms; tests pin it, production reads the clock. */
  now: () => number;
};

const DAY_MS = 86_400_000;

/** Reads the configuration from environment variables (PORT, HOST, DATA_DIR, SEED, COUCHDB_*, ...). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const seed = env.SEED ?? 'demo';
  if (seed !== 'demo' && seed !== 'none')
    throw new Error(`SEED must be "demo" or "none", not "${seed}"`);
  const port = Number(env.PORT ?? 8080);
  if (Boolean(env.HTTPS_CERT) !== Boolean(env.HTTPS_KEY))
    throw new Error('HTTPS_CERT and HTTPS_KEY go together: set both (PEM files) or neither');
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT is not a port: ${env.PORT}`);
  const dataDir = path.resolve(env.DATA_DIR ?? './data');
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    feedDir: env.FEED_DIR ? path.resolve(env.FEED_DIR) : null,
    seed,
    couchdb: env.COUCHDB_URL
      ? {
          url: env.COUCHDB_URL,
          user: env.COUCHDB_USER ?? null,
          password: env.COUCHDB_PASSWORD ?? null,
        }
      : null,
    adminPassword: env.ADMIN_PASSWORD || null,
    staticDir: path.resolve(env.STATIC_DIR ?? './dist'),
    logLevel: env.LOG_LEVEL ?? 'info',
    tls:
      env.HTTPS_CERT && env.HTTPS_KEY
        ? { certFile: path.resolve(env.HTTPS_CERT), keyFile: path.resolve(env.HTTPS_KEY) }
        : null,
    trustProxy: env.TRUST_PROXY
      ? Number.isInteger(Number(env.TRUST_PROXY))
        ? Number(env.TRUST_PROXY)
        : true
      : false,
    metricsToken: env.METRICS_TOKEN || null,
    signInLimit: {
      perNip: positiveInt(env.SIGNIN_LIMIT_PER_NIP, 5),
      perAddress: positiveInt(env.SIGNIN_LIMIT_PER_ADDRESS, 30),
      firstPauseMs: 60_000,
      maxPauseMs: 60 * 60_000,
      forgetAfterMs: DAY_MS,
    },
    passwordChecks: {
      running: positiveInt(env.PASSWORD_CHECKS_RUNNING, 2),
      waiting: positiveInt(env.PASSWORD_CHECKS_WAITING, 16),
    },
    sessionIdleMs: 30 * DAY_MS,
    quotas: {
      writesPerDay: env.QUOTA_WRITES_PER_DAY
        ? { default: positiveInt(env.QUOTA_WRITES_PER_DAY, DEFAULT_QUOTAS.writesPerDay.default) }
        : DEFAULT_QUOTAS.writesPerDay,
      bytesPerPerson:
        positiveInt(env.QUOTA_MB_PER_PERSON, DEFAULT_QUOTAS.bytesPerPerson / 2 ** 20) * 2 ** 20,
    },
    reportLeaseMs: positiveInt(env.REPORT_LEASE_MS, 30_000),
    now: () => Date.now(),
  };
}

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n > 0 ? n : fallback;
}
