/**
 * The organisation dashboard on a Pengelola's device (issue #16), printed by `npm run bench --
 * reports` (never asserted): the bench organisation of reports-bench.ts (5,000 staff in 40 units,
 * a month of entries) on the real server, its report documents built by the maintainer; a
 * Pengelola of the whole organisation (BKPSDM: the role, no scope) signs in on a laptop in
 * Chromium and syncs; then, on a fresh page each time:
 * - navigating to `/laporan/organisasi` (the month of the entries) until the organisation view's
 *   first chart is drawn, next to opening Beranda until its heading and cards show (the peer);
 * - what the device received for it: the report documents and their bytes, next to the month's
 *   entries and verifications in the store, which the device would need without summaries.
 */
import type { Page } from 'playwright-core';
import { signIn, waitForSynced } from '../e2e/support/app';
import { deviceOptions, launchBrowser, onTestClock } from '../e2e/support/browser';
import { ensureBuild } from '../e2e/support/build';
import { startServer } from '../integration/support/server';
import type { BenchRow } from './bench-types';
import { median } from './client-sync-rig';
import { loadBenchOrganisation } from './reports-bench';

const GROUP = 'reports';
const RUNS = 5;
const LAPTOP = { width: 1280, height: 800 } as const;
const PASSWORD = 'pengelola-bench-1';

type Doc = Record<string, unknown> & { _id: string };

/** A check run in the page once per frame: the time since the navigation's start once shown. */
type Shown = () => number | false;

/** Milliseconds from the navigation's start until `shown` holds in a frame. */
async function timeToShow(page: Page, url: string, shown: Shown): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(shown, null, { timeout: 120_000, polling: 'raf' });
  return (await handle.jsonValue()) as number;
}

// Page functions: no function declared inside them (tsx's name-keeping helper is not in the page).

/** The first chart of the organisation view, laid out with its bars. */
const orgChartShown: Shown = () => {
  const svg = document.querySelector('main figure.chart svg');
  const drawn =
    svg !== null &&
    svg.getBoundingClientRect().height > 0 &&
    svg.querySelectorAll('.chart__bar').length > 0;
  // performance.now() counts from the navigation's start.
  return drawn && performance.now();
};

/** Beranda's heading and its cards (Perlu tindakan and what follows). */
const berandaShown: Shown = () =>
  document.querySelector('main h1') !== null &&
  document.querySelector('main [data-beranda-ready]') !== null &&
  performance.now();

/** Every document the server feeds a user, from the start (a first sync's `_changes`). */
async function fedTo(baseUrl: string, nip: string): Promise<Doc[]> {
  const session = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ nip, password: PASSWORD }),
  });
  const { token } = (await session.json()) as { token: string };
  const res = await fetch(`${baseUrl}/couch/kinerja/_changes?include_docs=true`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const { results } = (await res.json()) as { results: { doc?: Doc }[] };
  return results.flatMap((r) => (r.doc && !r.doc._deleted ? [r.doc] : []));
}

/** How many report documents the device's read model holds (IndexedDB, `docs` by type). */
function reportsOnDevice(page: Page, nip: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db
            .transaction('docs')
            .objectStore('docs')
            .index('type')
            .count(IDBKeyRange.only('report'));
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
    `kinerja-read-${nip}`,
  );
}

const bytesOf = (docs: readonly Doc[]) =>
  docs.reduce((sum, d) => sum + Buffer.byteLength(JSON.stringify(d)), 0);

export async function benchReportsDevice(): Promise<BenchRow[]> {
  const staticDir = ensureBuild();
  const server = await startServer({
    env: { SEED: 'none', QUOTA_WRITES_PER_DAY: '1000000' },
    config: { staticDir },
  });
  const browser = await launchBrowser();
  try {
    const s = server.app.services;
    const org = await loadBenchOrganisation(s);
    // BKPSDM's Pengelola: a person of the organisation with the role and no scope.
    const nip = org.nips[1] ?? '';
    await s.accounts.create({ nip, name: 'Pengelola Bench', roles: ['pengelola'] }, PASSWORD);

    const fed = await fedTo(server.url, nip);
    const reports = fed.filter((d) => d._id.startsWith('report:'));
    const inMonth = (d: Doc) => String(d._id.split(':')[2] ?? '').startsWith(org.month);
    const entries = [
      ...(await s.store.byPrefix('activity:')),
      ...(await s.store.byPrefix('verification:')),
    ].filter(inMonth) as Doc[];

    const context = await onTestClock(
      await browser.newContext({
        ...deviceOptions('tablet'),
        viewport: LAPTOP,
        hasTouch: false,
        baseURL: server.url,
      }),
    );
    const first = await context.newPage();
    await signIn(first, nip, { password: PASSWORD });
    await waitForSynced(first, 180_000);
    // The first sync is done when the read model holds every report the server fed.
    const deadline = Date.now() + 180_000;
    while ((await reportsOnDevice(first, nip)) < reports.length) {
      if (Date.now() > deadline) throw new Error('the read model never held every report');
      await first.waitForTimeout(250);
    }
    await first.close();

    const dashboardUrl = `/laporan/organisasi?bulan=${org.month}`;
    const dashboard: number[] = [];
    const beranda: number[] = [];
    // One unmeasured round warms the service worker's cache; then both, alternating.
    for (let r = 0; r <= RUNS; r++) {
      for (const [times, url, shown] of [
        [dashboard, dashboardUrl, orgChartShown],
        [beranda, '/', berandaShown],
      ] as const) {
        const page = await context.newPage();
        const ms = await timeToShow(page, url, shown);
        if (r > 0) times.push(ms);
        await page.close();
      }
    }
    await context.close();

    const months = new Set(reports.map((d) => d._id.split(':')[2]));
    const shownMb = bytesOf(reports.filter(inMonth)) / 1_000_000;
    const peer = `the month's ${entries.length.toLocaleString('en')} entries and verifications in the store`;
    return [
      {
        group: GROUP,
        name: `Pengelola opens ${dashboardUrl} on a laptop until its first chart shows (${org.label}; median of ${RUNS})`,
        value: median(dashboard),
        unit: 'ms',
        peer: {
          name: 'opening Beranda until its cards show, same person and device',
          value: median(beranda),
        },
      },
      {
        group: GROUP,
        name: `report documents the Pengelola's device received (${fed.length.toLocaleString('en')} documents in all)`,
        value: reports.length,
        unit: 'docs',
        peer: { name: peer, value: entries.length },
      },
      {
        group: GROUP,
        name: `bytes of those report documents, ${months.size} months (JSON; ${shownMb.toFixed(1)} MB of them the month shown)`,
        value: bytesOf(reports) / 1_000_000,
        unit: 'MB',
        peer: { name: peer, value: bytesOf(entries) / 1_000_000 },
      },
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}
