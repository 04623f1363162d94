/**
 * The real sync server for browser tests: createApp() over a temporary data dir, seeded with the
 * demo organisation, serving a built PWA, listening on a free port of 127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../../sync-server/app';
import { loadConfig, type Config } from '../../../sync-server/config';
import { testNow } from '../../../client/core/testing/test-clock';

export type TestServer = {
  /** e.g. http://127.0.0.1:43121 */
  url: string;
  dataDir: string;
  staticDir: string;
  stop(): Promise<void>;
};

export type ServerOptions = {
  staticDir: string;
  seed?: Config['seed'];
  /** Reuse a data dir (restart with the same data); a fresh temporary one otherwise. */
  dataDir?: string;
  /** Fixed port (to restart on the same origin, which keeps the service worker); 0 picks one. */
  port?: number;
  /** More documents, with their revisions, written into the store as the seed writes (no gatekeeper). */
  docs?: readonly ({ _id: string } & Record<string, unknown>)[];
};

export async function startServer(options: ServerOptions): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'kinerja-e2e-'));
  const config: Config = {
    ...loadConfig({}),
    port: options.port ?? 0,
    host: '127.0.0.1',
    dataDir,
    seed: options.seed ?? 'demo',
    staticDir: options.staticDir,
    logLevel: process.env.E2E_LOG_LEVEL ?? 'silent',
    adminPassword: 'admin-e2e-password',
    // Late in the day, so that today's office-hour entries have ended (test-clock.ts); the pages
    // run on the same clock (browser.ts).
    now: testNow,
  };
  const { app, close, services } = await createApp(config);
  const docs = options.docs ?? [];
  for (let i = 0; i < docs.length; i += 1000)
    await services.store.bulkDocs(docs.slice(i, i + 1000), false);
  // The reports are built in the background at start; the demo's are there before a test signs in.
  await services.reports.settled();
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  let stopped = false;
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    staticDir: options.staticDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await close();
      await closed;
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
