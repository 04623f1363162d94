/**
 * Starts the real sync server for a test: in this process (createApp on port 0) or as a child
 * process (for kill -9), each with its own temporary DATA_DIR under tests/.tmp.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';
import { createApp, type App } from '../../../sync-server/app';
import { loadConfig, type Config } from '../../../sync-server/config';
import { createLogger } from '../../../sync-server/logger';

export const REPO = path.resolve(import.meta.dirname, '../../..');
const TMP = path.join(REPO, 'tests/.tmp');

/** A fresh empty directory for one server's data. */
export function tempDataDir(label: string): string {
  fs.mkdirSync(TMP, { recursive: true });
  return fs.mkdtempSync(path.join(TMP, `${label}-`));
}

/** Extra environment of every test server: the CouchDB stand-in when STORE=couchdb. */
export function storeEnv(): Record<string, string> {
  return process.env.TEST_COUCHDB_URL ? { COUCHDB_URL: process.env.TEST_COUCHDB_URL } : {};
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
  const config: Config = {
    ...loadConfig({
      ...storeEnv(),
      PORT: '0',
      DATA_DIR: dataDir,
      ADMIN_PASSWORD: 'admin-secret-1',
      ...opts.env,
    }),
    ...withCouchDbName(dataDir),
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...opts.config,
  };
  const app = await createApp(config, opts.log ?? createLogger(config.logLevel));
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
    },
  };
}

/** With the CouchDB store, each test server gets its own database (named after its data dir). */
function withCouchDbName(dataDir: string): Partial<Config> {
  const base = process.env.TEST_COUCHDB_URL;
  if (!base) return {};
  const name = `kinerja-${path
    .basename(dataDir)
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '')}`;
  return { couchdb: { url: `${base.replace(/\/$/, '')}/${name}`, user: null, password: null } };
}

export type ChildServer = {
  url: string;
  couchUrl: string;
  child: ChildProcess;
  exited: Promise<number | null>;
};

/** The server as `npm run serve` runs it, in a child process; resolves once it listens. */
export async function startChildServer(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sync-server/index.ts'], {
    cwd: REPO,
    env: {
      ...process.env,
      ...storeEnv(),
      ...withCouchDbEnv(dataDir),
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ADMIN_PASSWORD: 'admin-secret-1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 60_000);
    child.stdout?.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /"url":"(http:\/\/[^"]+?)\/?"/.exec(buf);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    void exited.then((code) => reject(new Error(`server exited (${code}): ${stderr}`)));
  });
  child.stdout?.resume();
  return { url, couchUrl: `${url}/couch/kinerja`, child, exited };
}

function withCouchDbEnv(dataDir: string): Record<string, string> {
  const c = withCouchDbName(dataDir).couchdb;
  return c ? { COUCHDB_URL: c.url } : {};
}
