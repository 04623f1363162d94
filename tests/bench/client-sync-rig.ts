/**
 * The rig of client-sync-bench.ts: the page (tests/bench/client-bench-page.ts) bundled with Vite,
 * the real sync server seeded with the demo organisation plus the bench documents, express-pouchdb
 * as the peer, a proxy that puts them on one origin (/api and /couch the sync server, /peer
 * express-pouchdb) and a Chromium page on it that counts the bytes it receives.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import expressPouchDB from 'express-pouchdb';
import type { Page } from 'playwright-core';
import MemoryAdapter from 'pouchdb-adapter-memory';
import { build } from 'vite';
import { Pouch } from '../../client/data/local-db';
import { createApp, type App } from '../../sync-server/app';
import { loadConfig } from '../../sync-server/config';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { NIP } from '../../sync-server/seed/demo-people';
import { launchBrowser } from '../e2e/support/browser';

Pouch.plugin(MemoryAdapter);

const here = path.dirname(fileURLToPath(import.meta.url));
let rigs = 0;

export type Doc = Record<string, unknown> & { _id: string };

export async function bundlePage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: {
        entry: path.join(here, 'client-bench-page.ts'),
        formats: ['es'],
        fileName: () => 'bench.js',
      },
    },
  });
  writeFileSync(
    path.join(outDir, 'index.html'),
    '<!doctype html><script type="module" src="/bench.js"></script>',
  );
}

/** One origin for the page: the sync server behind /api and /couch, express-pouchdb behind /peer. */
export function startProxy(
  pageDir: string,
  syncUrl: string,
  peer: (req: http.IncomingMessage, res: http.ServerResponse) => void,
) {
  const target = new URL(syncUrl);
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/' || url === '/bench.js') {
      const file = url === '/' ? 'index.html' : 'bench.js';
      res.writeHead(200, {
        'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'text/html',
      });
      return void res.end(readFileSync(path.join(pageDir, file)));
    }
    if (url.startsWith('/peer/')) {
      req.url = url.slice('/peer'.length);
      return peer(req, res);
    }
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: url,
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  return new Promise<{ url: string; close(): void }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => {
          server.closeAllConnections();
          server.close();
        },
      }),
    ),
  );
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

export type Rig = {
  page: Page;
  /** The database express-pouchdb serves as `/peer/kinerja`. */
  peerDb: PouchDB.Database;
  /** A new session token of Sri's. */
  signIn(): Promise<string>;
  /**
   * Runs `run` and adds up the bodies of the responses the page received meanwhile (from /api,
   * /couch and /peer): the bytes on the wire, compressed where the server compressed, no headers.
   */
  received<T>(run: () => Promise<T>): Promise<{ result: T; bytes: number }>;
  close(): Promise<void>;
};

/**
 * `fill` gets the sync server (already holding `docs`), Sri's view of it (a remote PouchDB with
 * her session) and the database express-pouchdb serves as `/peer/kinerja`; it waits for the feed
 * index to take the bench documents in and fills the peer.
 */
export type Fill = (rig: {
  app: App;
  source: PouchDB.Database;
  peerDb: PouchDB.Database;
}) => Promise<void>;

/** Starts everything and opens the page; `docs` go into the store in batches of `batch`. */
export async function openRig(docs: Doc[], fill: Fill, batch = 1000): Promise<Rig> {
  const closers: (() => Promise<void> | void)[] = [];
  const close = async () => {
    for (const c of closers.reverse()) await c();
  };
  try {
    const work = mkdtempSync(path.join(os.tmpdir(), 'kinerja-client-bench-'));
    closers.push(() => rmSync(work, { recursive: true, force: true }));
    const pageDir = path.join(work, 'page');
    await bundlePage(pageDir);
    const app = await createApp({
      ...loadConfig({}),
      port: 0,
      host: '127.0.0.1',
      dataDir: path.join(work, 'data'),
      seed: 'demo',
      staticDir: pageDir,
      logLevel: 'silent',
      adminPassword: 'admin-bench-password',
    });
    closers.push(() => app.close());
    for (let i = 0; i < docs.length; i += batch)
      await app.services.store.bulkDocs(docs.slice(i, i + batch), false);
    const sync: http.Server = await new Promise((resolve) => {
      const s = app.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    closers.push(
      () =>
        new Promise((r) => {
          sync.closeAllConnections();
          sync.close(() => r());
        }),
    );
    const syncUrl = `http://127.0.0.1:${(sync.address() as AddressInfo).port}`;
    const signIn = async () => {
      const res = await fetch(`${syncUrl}/api/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ nip: NIP.sri, password: DEMO_PASSWORD }),
      });
      return ((await res.json()) as { token: string }).token;
    };
    const token = await signIn();
    // Memory databases of one name share their data in this process (express-pouchdb's list of
    // databases too): each rig's peer has a prefix of its own, and is dropped at the end.
    const PeerPouch = Pouch.defaults({
      adapter: 'memory',
      prefix: `rig-${(rigs += 1)}-`,
    } as PouchDB.Configuration.DatabaseConfiguration);
    const peerDb = new PeerPouch('kinerja');
    closers.push(() => peerDb.destroy().then(() => undefined));
    const source = new Pouch(`${syncUrl}/couch/kinerja`, {
      fetch: (url, opts) => {
        (opts?.headers as Headers | undefined)?.set('Authorization', `Bearer ${token}`);
        return Pouch.fetch(url, opts);
      },
    } as PouchDB.Configuration.RemoteDatabaseConfiguration);
    await fill({ app, source, peerDb });
    const peer = expressPouchDB(PeerPouch, {
      mode: 'minimumForPouchDB',
      inMemoryConfig: true,
      logPath: path.join(work, 'peer.log'),
    });
    const proxy = await startProxy(pageDir, syncUrl, peer);
    closers.push(() => proxy.close());
    const browser = await launchBrowser();
    closers.push(() => browser.close());
    const page = await (await browser.newContext()).newPage();
    // Each run is a device's first sync: nothing may come from the HTTP cache of an earlier one.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let sizes: Promise<number>[] = [];
    page.on('requestfinished', (req) => {
      const size = req.sizes().then((s) => s.responseBodySize);
      size.catch(() => undefined);
      sizes.push(size);
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(proxy.url);
    await page.waitForTimeout(500);
    if (errors.length > 0) throw new Error(`bench page: ${errors.join('; ')}`);
    await page.waitForFunction(() => 'kinerjaBench' in window);
    return {
      page,
      peerDb,
      signIn,
      async received(run) {
        sizes = [];
        const result = await run();
        // The last responses' finished events may reach us just after the page is done.
        await page.waitForTimeout(250);
        const taken = sizes;
        sizes = [];
        const bytes = (await Promise.all(taken)).reduce((a, b) => a + b, 0);
        return { result, bytes };
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
