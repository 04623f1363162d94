/**
 * Starts the real sync server for a test: in this process (createApp on port 0) or as a child
 * process (for kill -9, or several processes sharing one DATA_DIR and one CouchDB), each with its
 * own temporary DATA_DIR under tests/.tmp unless the test gives one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';
import { createApp, type App } from '../../../sync-server/app';
import { loadConfig, type Config } from '../../../sync-server/config';
import { testNow } from '../../../client/core/testing/test-clock';
import { createLogger } from '../../../sync-server/logger';

export const REPO = path.resolve(import.meta.dirname, '../../..');
const TMP = path.join(REPO, 'tests/.tmp');

/** A fresh empty directory for one server's data. */
export function tempDataDir(label: string): string {
  fs.mkdirSync(TMP, { recursive: true });
  return fs.mkdtempSync(path.join(TMP, `${label}-`));
}

/**
 * The CouchDB the tests run against when TEST_STORE=couchdb: TEST_COUCHDB_URL, or else an
 * express-pouchdb stand-in started once per test file in its own process.
 */
let standIn: Promise<string> | null = null;
async function couchBase(): Promise<string | null> {
  if (process.env.TEST_STORE !== 'couchdb' && !process.env.TEST_COUCHDB_URL) return null;
  return couchServer();
}

/**
 * A CouchDB for tests that need one whatever the pass (several servers in front of one store):
 * TEST_COUCHDB_URL, or else this file's express-pouchdb stand-in, started on first use.
 */
export function couchServer(): Promise<string> {
  if (process.env.TEST_COUCHDB_URL) return Promise.resolve(process.env.TEST_COUCHDB_URL);
  standIn ??= startStandIn();
  return standIn;
}

function startStandIn(): Promise<string> {
  const child = spawn(
    process.execPath,
    [
      path.join(import.meta.dirname, 'couch-standin.mjs'),
      tempDataDir('couch'),
      '0',
      String(process.pid),
      '--temporary',
    ],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  process.on('exit', () => child.kill('SIGKILL'));
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) =>
      resolve((JSON.parse(d.toString()) as { url: string }).url),
    );
    child.once('exit', (code) => reject(new Error(`CouchDB stand-in exited (${code})`)));
  });
}

/** With the CouchDB store, each test server gets its own database, named after its data dir. */
async function couchDbUrl(dataDir: string): Promise<string | null> {
  const base = await couchBase();
  if (base === null) return null;
  return `${base.replace(/\/$/, '')}/kinerja-${path
    .basename(dataDir)
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '')}`;
}

export type TestServer = {
  url: string;
  couchUrl: string;
  dataDir: string;
  app: App;
  stop(): Promise<void>;
};

export async function startServer(
  opts: {
    dataDir?: string;
    env?: Record<string, string>;
    config?: Partial<Config>;
    log?: Logger;
  } = {},
): Promise<TestServer> {
  const dataDir = opts.dataDir ?? tempDataDir('srv');
  const couchUrl = await couchDbUrl(dataDir);
  const config: Config = {
    ...loadConfig({
      ...(couchUrl ? { COUCHDB_URL: couchUrl } : {}),
      PORT: '0',
      DATA_DIR: dataDir,
      ADMIN_PASSWORD: 'admin-secret-1',
      ...opts.env,
    }),
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Late in the day, so that today's office-hour entries have ended (test-clock.ts).
    now: testNow,
    ...opts.config,
  };
  const app = await createApp(config, opts.log ?? createLogger(config.logLevel));
  // The reports are built in the background at start; a test reads them from a settled server.
  await app.services.reports.settled();
  const server: Server = await new Promise((resolve) => {
    const srv = app.app.listen(0, '127.0.0.1', () => resolve(srv));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    couchUrl: `${url}/couch/kinerja`,
    dataDir,
    app,
    async stop() {
      const closed = new Promise((r) => server.close(r));
      server.closeIdleConnections();
      await app.close();
      server.closeAllConnections();
      await closed;
      // A data dir this helper made is this server's alone; one the caller gave may be reused.
      if (!opts.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type ChildServer = {
  url: string;
  couchUrl: string;
  child: ChildProcess;
  exited: Promise<number | null>;
};

/**
 * The server as `npm run serve` runs it, in a child process; resolves once it listens (within
 * `startMs`: a start over a large store indexes it first). Its log goes to `logFile`, by default
 * DATA_DIR/server.log (a file, so the server never waits for this process to read it; processes
 * sharing a DATA_DIR each need their own). `env` overrides the defaults, COUCHDB_URL included;
 * `nodeArgs` go to node before the server's script (the bench's `--cpu-prof`).
 */
export async function startChildServer(
  dataDir: string,
  env: Record<string, string> = {},
  {
    logFile: logFileOpt,
    startMs = 60_000,
    nodeArgs = [],
  }: { logFile?: string; startMs?: number; nodeArgs?: readonly string[] } = {},
): Promise<ChildServer> {
  const couchUrl = env.COUCHDB_URL ?? (await couchDbUrl(dataDir));
  const logFile = logFileOpt ?? path.join(dataDir, 'server.log');
  const log = fs.openSync(logFile, 'a');
  const logStart = fs.fstatSync(log).size;
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'sync-server/index.ts'], {
    cwd: REPO,
    env: {
      ...process.env,
      ...(couchUrl ? { COUCHDB_URL: couchUrl } : {}),
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ADMIN_PASSWORD: 'admin-secret-1',
      ...env,
    },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  let code: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (c) => {
      code = c;
      resolve(c);
    }),
  );
  const deadline = Date.now() + startMs;
  for (;;) {
    const text = fs.readFileSync(logFile, 'utf8').slice(logStart);
    const url = /"url":"(https?:\/\/[^"]+?)\/?"/.exec(text)?.[1];
    if (url) return { url, couchUrl: `${url}/couch/kinerja`, child, exited };
    if (code !== undefined || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start (exit ${code}): ${text}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
