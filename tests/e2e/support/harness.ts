/**
 * One call per test file: `const h = useHarness()` builds the app (once), starts the real server
 * on a temporary demo data dir and launches Chromium before the tests, and stops both after.
 * Each test opens its own context (fresh storage, service workers and cookies) with h.context().
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { deviceContext, launchBrowser, type Device } from './browser';
import { ensureBuild } from './build';
import { startServer, type ServerOptions, type TestServer } from './server';
import type { Config } from '../../../sync-server/config';

export type Harness = {
  readonly server: TestServer;
  readonly browser: Browser;
  /** A new context of a phone (360 x 780) or tablet (1024 x 768), closed after the test. */
  context(device: Device, extra?: BrowserContextOptions): Promise<BrowserContext>;
};

export type HarnessOptions = {
  /**
   * Serve a private copy of the build, which the test may change (a new deploy) without
   * touching dist/.
   */
  copyStatic?: boolean;
  /** 'none': an empty organisation, as a real first start (default: the demo). */
  seed?: Config['seed'];
  /** More documents in the server's store (ServerOptions.docs). */
  docs?: ServerOptions['docs'];
};

export function useHarness(options: HarnessOptions = {}): Harness {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let staticCopy: string | undefined;
  const open: BrowserContext[] = [];

  beforeAll(async () => {
    const dist = ensureBuild();
    let staticDir = dist;
    if (options.copyStatic) {
      staticCopy = mkdtempSync(path.join(os.tmpdir(), 'kinerja-static-'));
      cpSync(dist, staticCopy, { recursive: true });
      staticDir = staticCopy;
    }
    [server, browser] = await Promise.all([
      startServer({
        staticDir,
        ...(options.seed ? { seed: options.seed } : {}),
        ...(options.docs ? { docs: options.docs } : {}),
      }),
      launchBrowser(),
    ]);
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close().catch(() => undefined)));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (staticCopy) rmSync(staticCopy, { recursive: true, force: true });
  });

  return {
    get server() {
      if (!server) throw new Error('harness not started (use it inside a test)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('harness not started (use it inside a test)');
      return browser;
    },
    async context(device, extra) {
      if (!browser || !server) throw new Error('harness not started');
      const context = await deviceContext(browser, device, server.url, extra);
      open.push(context);
      return context;
    },
  };
}
