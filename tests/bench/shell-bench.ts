/**
 * The shell's performance budget, printed by `npm run bench` (never asserted):
 * - JavaScript for the first screen, gzip (the entry and its static imports, plus Beranda's chunk);
 * - Lighthouse 12 mobile scores (simulated throttling) of the built app served by our server;
 * - offline cold start: a relaunched browser, no network, 4x CPU slowdown, to Beranda with data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { signIn, waitForServiceWorker, waitForSynced } from '../e2e/support/app';
import {
  CHROMIUM_FLAGS,
  CHROMIUM_PATH,
  launchPersistent,
  removeProfile,
} from '../e2e/support/browser';
import { distDir, ensureBuild } from '../e2e/support/build';
import { chunk, closure } from '../e2e/support/chunks';
import { DEWI } from '../e2e/support/demo';
import { startServer, type TestServer } from '../e2e/support/server';
import type { BenchRow } from './bench-types';

const GROUP = 'shell';
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function gzipKb(files: Iterable<string>): number {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(file, 'utf8')).length;
  return bytes / 1024;
}

/** First-screen JavaScript, gzip: what the browser must run before Beranda (or sign-in) shows. */
export async function benchFirstScreenJs(): Promise<BenchRow[]> {
  ensureBuild();
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const src = /<script[^>]+type="module"[^>]+src="([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error('no module script in dist/index.html');
  const entry = closure(path.join(distDir, src));
  const home = closure(chunk('home-screen'), new Set(entry));
  const signInScreen = closure(chunk('sign-in-screen'), new Set(entry));
  const all = readdirSync(path.join(distDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join(distDir, 'assets', f));
  const target = 'first screen <= 170 kB';
  return [
    { group: GROUP, name: 'entry JS + static imports (gzip)', value: gzipKb(entry), unit: 'kB' },
    {
      group: GROUP,
      name: 'first screen: entry + Beranda (gzip)',
      value: gzipKb(home),
      unit: 'kB',
      target,
    },
    {
      group: GROUP,
      name: 'first screen: entry + sign-in (gzip)',
      value: gzipKb(signInScreen),
      unit: 'kB',
      target,
    },
    {
      group: GROUP,
      name: 'all JS of the app, lazy included (gzip)',
      value: gzipKb(all),
      unit: 'kB',
    },
  ];
}

/** Starts Chromium with a DevTools port for Lighthouse; the port comes from DevToolsActivePort. */
async function chromiumWithPort(): Promise<{ port: number; stop(): Promise<void> }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'kinerja-lh-'));
  // A process group of its own: its helpers (zygote, renderers, the storage service) join it.
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore', detached: true },
  );
  const portFile = path.join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 100 && !existsSync(portFile); i++)
    await new Promise((r) => setTimeout(r, 100));
  const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
  return {
    port,
    async stop() {
      // The helpers write into the profile (Default/) until they exit, and they outlive the
      // browser process by a moment: remove the folder only once the whole group has gone.
      await endProcessGroup(child);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Ends a detached child's process group (SIGTERM, SIGKILL after 10 s) and waits until none is left. */
async function endProcessGroup(child: ChildProcess): Promise<void> {
  const group = child.pid;
  if (group === undefined) return;
  const exited =
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise((r) => child.once('exit', r));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-group, name);
    } catch {
      // ESRCH: the group has gone already.
    }
  };
  signal('SIGTERM');
  await exited;
  for (let i = 0; liveMembersOf(group) > 0; i++) {
    if (i === 200) signal('SIGKILL');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Processes of a process group that still run (zombies waiting to be reaped do not count). */
function liveMembersOf(group: number): number {
  let live = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === group && state !== 'Z') live++;
  }
  return live;
}

/** Lighthouse 12, mobile with simulated throttling (its default), on the signed-out start page. */
export async function benchLighthouse(): Promise<BenchRow[]> {
  const server = await startServer({ staticDir: ensureBuild() });
  const chrome = await chromiumWithPort();
  try {
    const result = await lighthouse(`${server.url}/`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse returned nothing');
    const { categories, audits } = result.lhr;
    const score = (id: string) => categories[id]?.score ?? NaN;
    const ms = (id: string) => audits[id]?.numericValue ?? NaN;
    return [
      {
        group: GROUP,
        name: 'Lighthouse mobile: performance',
        value: score('performance'),
        unit: 'score',
        target: '>= 0.95',
      },
      {
        group: GROUP,
        name: 'Lighthouse mobile: accessibility',
        value: score('accessibility'),
        unit: 'score',
        target: '1.0',
      },
      {
        group: GROUP,
        name: 'Lighthouse mobile: best practices',
        value: score('best-practices'),
        unit: 'score',
        target: '1.0',
      },
      {
        group: GROUP,
        name: 'Lighthouse mobile: LCP',
        value: ms('largest-contentful-paint'),
        unit: 'ms',
      },
      {
        group: GROUP,
        name: 'Lighthouse mobile: TBT',
        value: ms('total-blocking-time'),
        unit: 'ms',
      },
    ];
  } finally {
    await chrome.stop();
    await server.stop();
  }
}

type ColdStart = { ms: number; scripts: string[] };

/** One cold start of an installed profile: a fresh browser process, to Beranda with data. */
async function coldStart(
  server: TestServer,
  profile: string,
  offline: boolean,
): Promise<ColdStart> {
  const { context, close } = await launchPersistent('phone', server.url, profile);
  try {
    await context.setOffline(offline);
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto('/');
    // performance.now() counts from the navigation's start.
    const handle = await page.waitForFunction(
      () =>
        document.querySelector('.home-recent__list li') !== null && {
          ms: performance.now(),
          scripts: performance
            .getEntriesByType('resource')
            .map((entry) => new URL(entry.name).pathname)
            .filter((pathname) => pathname.endsWith('.js')),
        },
      null,
      { timeout: 60_000, polling: 'raf' },
    );
    return (await handle.jsonValue()) as ColdStart;
  } finally {
    await close();
  }
}

/** Offline cold start (service worker, no network, 4x CPU) to Beranda with data; online as the peer. */
export async function benchOfflineColdStart(): Promise<BenchRow[]> {
  const server = await startServer({ staticDir: ensureBuild() });
  const first = await launchPersistent('phone', server.url);
  try {
    const page = await first.context.newPage();
    await signIn(page, DEWI.nip, { stayOnDevice: true });
    await waitForSynced(page);
    await waitForServiceWorker(page);
    await first.close();
    const offline: ColdStart[] = [];
    const online: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      offline.push(await coldStart(server, first.userDataDir, true));
      online.push((await coldStart(server, first.userDataDir, false)).ms);
    }
    // The JavaScript the page actually ran before Beranda showed data, static and dynamic.
    const scripts = new Set(offline.flatMap((run) => run.scripts));
    return [
      {
        group: GROUP,
        name: 'JS loaded before Beranda shows data (gzip, measured)',
        value: gzipKb([...scripts].map((pathname) => path.join(distDir, pathname))),
        unit: 'kB',
        target: 'first screen <= 170 kB',
      },
      {
        group: GROUP,
        name: `offline cold start to Beranda with data, 4x CPU (median of ${RUNS})`,
        value: median(offline.map((run) => run.ms)),
        unit: 'ms',
        peer: { name: 'same, online', value: median(online) },
      },
    ];
  } finally {
    await first.close().catch(() => undefined);
    removeProfile(first.userDataDir);
    await server.stop();
  }
}
