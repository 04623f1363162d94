/**
 * The client data layer in real Chromium (printed by `npm run bench`, never asserted):
 * - initial sync of a head (Sri) holding about 10,000 documents of her team, from the real sync
 *   server, until the read model can show them (PouchDB replication plus Dexie projection), next
 *   to plain PouchDB replication of the same documents from express-pouchdb (the ratio);
 * - a screen-shaped query over 20,000 local documents (one person's month, by date) through the
 *   Dexie read model, next to the same through pouchdb-find.
 * The page (tests/bench/client-bench-page.ts) is bundled with Vite and served with a proxy that
 * puts the sync server (/api, /couch) and express-pouchdb (/peer) on one origin.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import expressPouchDB from 'express-pouchdb';
import { build } from 'vite';
import { addDays, civilDate } from '../../client/core/dates';
import { ids, newUlid } from '../../client/core/ids';
import { Pouch } from '../../client/data/local-db';
import '../../client/data/test-factories';
import { createApp } from '../../sync-server/app';
import { loadConfig } from '../../sync-server/config';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { NIP, PEOPLE } from '../../sync-server/seed/demo-people';
import { firstRev } from '../../sync-server/seed/deterministic';
import { launchBrowser } from '../e2e/support/browser';
import type { BenchRow } from './bench-types';

const GROUP = 'client-sync';
const TEAM_DOCS = 10_000;
const QUERY_DOCS = 20_000;
const SYNC_RUNS = 3;
const QUERY_RUNS = 15;
const here = path.dirname(fileURLToPath(import.meta.url));

type Doc = Record<string, unknown> & { _id: string };

/** Activities of Sri's team with their verifications, inside the heads' retention window. */
function teamDocs(today: string): Doc[] {
  const team = PEOPLE.filter((p) => p.superiorNip === NIP.sri);
  const docs: Doc[] = [];
  for (let i = 0; docs.length < TEAM_DOCS; i++) {
    const nip = team[i % team.length]!.nip;
    const date = addDays(today, -1 - (Math.floor(i / team.length) % 60));
    const stamp = `${date}T02:00:00.000Z`;
    const act: Doc = {
      _id: ids.activity(nip, date, newUlid(Date.parse(stamp) + i)),
      type: 'activity',
      schemaVersion: 1,
      nip,
      date,
      start: '08:00',
      end: '09:00',
      kegiatan: `Kegiatan uji sinkron ${i}`,
      uraian: '',
      rhkId: null,
      ikiId: null,
      realisasi: 1,
      satuan: 'kegiatan',
      links: [],
      location: null,
      catalogCode: null,
      status: 'submitted',
      round: 1,
      createdAt: stamp,
      updatedAt: stamp,
    };
    const [, , , suffix] = act._id.split(':');
    docs.push(act, {
      _id: ids.verification(nip, date, suffix!),
      type: 'verification',
      schemaVersion: 1,
      nip,
      date,
      activityId: act._id,
      appraiserNip: NIP.sri,
      round: 1,
      decision: 'approved',
      note: '',
      decidedAt: `${date}T09:00:00.000Z`,
    });
  }
  return docs.map((d) => ({ ...d, _rev: firstRev(7, d) }));
}

async function bundlePage(outDir: string): Promise<void> {
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
function startProxy(
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

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

type SyncResult = { ms: number; docs: number };
type QueryResult = { dexieMs: number; findMs: number; rows: number };

export async function benchClientSync(): Promise<BenchRow[]> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'kinerja-client-bench-'));
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
  const docs = teamDocs(civilDate(Date.now()));
  for (let i = 0; i < docs.length; i += 1000)
    await app.services.store.bulkDocs(docs.slice(i, i + 1000), false);
  const sync: http.Server = await new Promise((resolve) => {
    const s = app.app.listen(0, '127.0.0.1', () => resolve(s));
  });
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
  // The peer holds exactly what Sri's device receives.
  const PeerPouch = Pouch.defaults({
    adapter: 'memory',
  } as PouchDB.Configuration.DatabaseConfiguration);
  const peerDb = new PeerPouch('kinerja');
  const source = new Pouch(`${syncUrl}/couch/kinerja`, {
    fetch: (url, opts) => {
      (opts?.headers as Headers | undefined)?.set('Authorization', `Bearer ${token}`);
      return Pouch.fetch(url, opts);
    },
  } as PouchDB.Configuration.RemoteDatabaseConfiguration);
  // The feed index takes the bench documents in after a moment: fill the peer until it has them.
  const deadline = Date.now() + 120_000;
  while ((await peerDb.info()).doc_count < TEAM_DOCS) {
    if (Date.now() > deadline) throw new Error('the sync server never fed the bench documents');
    await Pouch.replicate(source, peerDb, { batch_size: 1000 });
    await new Promise((r) => setTimeout(r, 500));
  }
  const peer = expressPouchDB(PeerPouch, {
    mode: 'minimumForPouchDB',
    inMemoryConfig: true,
    logPath: path.join(work, 'peer.log'),
  });
  const proxy = await startProxy(pageDir, syncUrl, peer);
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(proxy.url);
    await page.waitForTimeout(500);
    if (errors.length > 0) throw new Error(`bench page: ${errors.join('; ')}`);
    await page.waitForFunction(() => 'kinerjaBench' in window);
    // Strings, not functions: tsx's name-keeping helper does not exist in the page.
    const ours: SyncResult[] = [];
    const plain: SyncResult[] = [];
    const plainOurs: SyncResult[] = [];
    const expected = (await peerDb.info()).doc_count;
    for (let r = 0; r < SYNC_RUNS; r++) {
      plain.push(await page.evaluate<SyncResult>('window.kinerjaBench.plainReplication()'));
      const t = await signIn();
      plainOurs.push(
        await page.evaluate<SyncResult>(
          `window.kinerjaBench.plainReplication(${JSON.stringify(t)})`,
        ),
      );
      ours.push(
        await page.evaluate<SyncResult>(
          `window.kinerjaBench.ourInitialSync(${JSON.stringify(await signIn())}, ${expected})`,
        ),
      );
    }
    const q = await page.evaluate<QueryResult>(
      `window.kinerjaBench.queryBench(${JSON.stringify(NIP.dewi)}, ${QUERY_DOCS}, ${QUERY_RUNS})`,
    );
    const oursS = median(ours.map((o) => o.ms)) / 1000;
    const plainS = median(plain.map((o) => o.ms)) / 1000;
    const plainOursS = median(plainOurs.map((o) => o.ms)) / 1000;
    const n = ours[0]?.docs ?? 0;
    const peer = `plain PouchDB from express-pouchdb (${plain[0]?.docs ?? 0} docs)`;
    return [
      {
        group: GROUP,
        name: `initial sync of a head, ${n} docs, until the read model shows them`,
        value: oursS,
        unit: 's',
        peer: { name: peer, value: plainS },
      },
      {
        group: GROUP,
        name: 'initial sync throughput (replication + projection)',
        value: n / oursS,
        unit: 'docs/s',
        peer: { name: peer, value: expected / plainS },
      },
      {
        group: GROUP,
        name: 'plain PouchDB from the sync server (its share)',
        value: plainOursS,
        unit: 's',
        peer: { name: peer, value: plainS },
      },
      {
        group: GROUP,
        name: `one person's month (${q.rows} rows) of ${QUERY_DOCS} docs, Dexie`,
        value: q.dexieMs,
        unit: 'ms',
        peer: { name: 'pouchdb-find, index [nip, date]', value: q.findMs },
      },
    ];
  } finally {
    await browser.close();
    proxy.close();
    await new Promise((r) => {
      sync.closeAllConnections();
      sync.close(r);
    });
    await app.close();
    rmSync(work, { recursive: true, force: true });
  }
}
