/** The server's long-lived parts, opened in order at start and closed in reverse at shutdown. */
import type { Logger } from 'pino';
import { Accounts } from './auth/accounts';
import { Activations } from './auth/activation';
import { AuditLog } from './audit/audit-log';
import { Devices } from './auth/devices';
import { Sessions } from './auth/sessions';
import { SignIn } from './auth/sign-in';
import type { Config } from './config';
import { FeedIndex } from './feed/feed-index';
import { OrgState } from './feed/org-state';
import { Tailer } from './feed/tailer';
import { Waiters } from './feed/waiters';
import { openServerDb, serverUuid, type ServerDb } from './server-db';
import { openCouchDbStore } from './store/couch-store';
import { openLevelDbStore } from './store/leveldb-store';
import { LocalDocs } from './store/local-docs';
import type { Store } from './store/store';
import { WriteLocks } from './store/write-queue';
import { Quotas } from './replication/quotas';
import { ReportMaintainer } from './reports/report-maintainer';

export type Services = {
  config: Config;
  log: Logger;
  serverDb: ServerDb;
  uuid: string;
  accounts: Accounts;
  /** One-time activation codes (auth/activation.ts). */
  activations: Activations;
  /** The append-only log of what Pengelola and admin changed (audit/audit-log.ts). */
  audit: AuditLog;
  sessions: Sessions;
  devices: Devices;
  signIn: SignIn;
  store: Store;
  index: FeedIndex;
  org: OrgState;
  waiters: Waiters;
  tailer: Tailer;
  locals: LocalDocs;
  /** The locks every gated write holds while judged, written and indexed (ADR 0022). */
  writes: WriteLocks;
  quotas: Quotas;
  /** Keeps the report summaries current from the feed (reports/report-maintainer.ts). */
  reports: ReportMaintainer;
  startedAt: number;
};

/** Opens the databases and the store; the tailer and the reports start separately, after seeding. */
export async function openServices(config: Config, log: Logger): Promise<Services> {
  const serverDb = openServerDb(config.dataDir);
  const accounts = new Accounts(serverDb);
  const devices = new Devices(serverDb, Date.now);
  const activations = new Activations(serverDb, config.now);
  const store = config.couchdb
    ? await openCouchDbStore(config.couchdb)
    : openLevelDbStore(config.dataDir);
  const index = new FeedIndex(config.feedDir ?? config.dataDir);
  const org = new OrgState();
  const waiters = new Waiters();
  const tailer = new Tailer(store, index, org, waiters, log);
  return {
    config,
    log,
    serverDb,
    uuid: serverUuid(serverDb),
    accounts,
    activations,
    audit: new AuditLog(serverDb, config.now),
    sessions: new Sessions(serverDb, config.sessionIdleMs, config.now),
    devices,
    // Real time, not config.now: tests pin config.now to a date for the rules.
    signIn: new SignIn(accounts, devices, activations, config, log, Date.now, (nip) =>
      org.employee(nip),
    ),
    store,
    index,
    org,
    waiters,
    tailer,
    locals: new LocalDocs(serverDb),
    writes: new WriteLocks(),
    quotas: new Quotas(serverDb, index, config.quotas),
    reports: new ReportMaintainer({
      store,
      index,
      org,
      tailer,
      serverDb,
      log,
      now: config.now,
      leaseMs: config.reportLeaseMs,
    }),
    startedAt: Date.now(),
  };
}

/** Closes everything once in-flight writes are done (written and indexed). */
export async function closeServices(s: Services): Promise<void> {
  await s.writes.idle();
  await s.reports.stop();
  await s.tailer.stop();
  await s.store.close();
  s.index.close();
  s.serverDb.close();
}
