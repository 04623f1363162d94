/**
 * The sync server under load (issue 3), each figure next to a peer measured in the same run:
 * 1. push then pull 5,000 activity documents between PouchDB clients through our server and
 *    through express-pouchdb (CouchDB's API over the same LevelDB), both as separate processes;
 *    and the push of many people's devices at once, each with a few weeks of daily logs;
 * 2. one user's `_changes` (nothing new, and 50 new documents) with 10,000 and with 300,000
 *    other users' documents in the store;
 * 3. 1,000 concurrent longpoll clients: server memory, and time from a write to their wake.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {
  makeActivity,
  pastDaysOfQuarter,
  slotsOver,
  today,
} from '../../client/core/testing/factories';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { NIP } from '../../sync-server/seed/demo-people';
import { localDb, remoteDb, remoteDbWithToken, type Db } from '../integration/support/clients';
import { signIn } from '../integration/support/http';
import { startChildServer, startServer, tempDataDir, REPO } from '../integration/support/server';
import type { BenchRow } from './bench-types';
import { expectStatus, within } from './bench-waits';
import { pushStaffDataDir, STAFF_PASSWORD, workdayEntries } from './push-staff';

const GROUP = 'sync-server';
const basicAuth = (nip: string) =>
  `Basic ${Buffer.from(`${nip}:${DEMO_PASSWORD}`).toString('base64')}`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

async function stopAndRemove(child: ChildProcess, dir: string): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  fs.rmSync(dir, { recursive: true, force: true });
}

/** express-pouchdb in its own process; resolves with its URL and a stop function. */
async function startExpressPouchDb(): Promise<{ url: string; stop: () => void }> {
  const dir = tempDataDir('bench-couch');
  const child = spawn(
    process.execPath,
    [path.join(REPO, 'tests/integration/support/couch-standin.mjs'), dir, '0', String(process.pid)],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const url = await new Promise<string>((resolve) =>
    child.stdout.once('data', (d: Buffer) =>
      resolve((JSON.parse(d.toString()) as { url: string }).url),
    ),
  );
  return { url, stop: () => stopAndRemove(child, dir) };
}

/**
 * With BENCH_CPU_PROF set, our server child writes a V8 CPU profile when it stops, into
 * tests/.tmp/cpu-prof/<label>/ (open it in Chrome's DevTools): where its time went during a row.
 */
function profiled(label: string): { nodeArgs: string[] } {
  if (!process.env.BENCH_CPU_PROF) return { nodeArgs: [] };
  const dir = path.join(REPO, 'tests/.tmp/cpu-prof', label);
  return { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] };
}

async function pushPull(remote: () => Db, docs: Record<string, unknown>[]) {
  const device = localDb('bench-push');
  await device.bulkDocs(docs);
  let t = performance.now();
  const pushed = await device.replicate.to(remote(), { batch_size: 100 });
  const pushMs = performance.now() - t;
  if (pushed.docs_written !== docs.length)
    throw new Error(`pushed ${pushed.docs_written} of ${docs.length}`);
  const reader = localDb('bench-pull');
  t = performance.now();
  const pulled = await reader.replicate.from(remote(), { batch_size: 100 });
  const pullMs = performance.now() - t;
  return {
    pushPerS: (docs.length / pushMs) * 1000,
    pullPerS: (pulled.docs_written / pullMs) * 1000,
  };
}

/**
 * Dewi's `count` entries, no two overlapping (the server refuses an overlap) nor meeting her
 * seeded ones (office hours): from 16:00 on up to 30 past days of the current quarter (earlier
 * quarters are closed), consecutive entries on different days, so each push batch spans many days.
 */
function benchEntries(count: number) {
  const times = slotsOver(pastDaysOfQuarter(today(), 30), count, { from: '16:00' });
  return () =>
    times.map((t, i) => makeActivity({ nip: NIP.dewi, ...t, kegiatan: `Kegiatan uji ${i}` }));
}

/** 1. Push then pull 5,000 activities: our server (authorized, validated) against express-pouchdb. */
export async function benchPushPull(): Promise<BenchRow[]> {
  const n = 5000;
  const warmUp = 500;
  // The warm-up's entries and the measured ones take different times of the same days.
  const entries = benchEntries(warmUp + n);
  const docs = () => entries().slice(warmUp);
  const warmUpDocs = () => entries().slice(0, warmUp);
  const oursDir = tempDataDir('bench-ours');
  // Thousands of one person's entries in a day are far past her quota: lifted for the bench.
  const ours = await startChildServer(
    oursDir,
    { QUOTA_WRITES_PER_DAY: '1000000' },
    profiled('push-one-person'),
  );
  const peer = await startExpressPouchDb();
  const toOurs = () => remoteDb(ours.couchUrl, NIP.dewi, DEMO_PASSWORD);
  const toPeer = () => peerDb(`${peer.url}/kinerja-warmup`);
  try {
    // Warm up both servers and this process's PouchDB code, so neither pays the JIT alone.
    await pushPull(toOurs, warmUpDocs());
    await pushPull(toPeer, warmUpDocs());
    const b = await pushPull(() => peerDb(`${peer.url}/kinerja`), docs());
    const a = await pushPull(toOurs, docs());
    const target = 'faster than express-pouchdb despite authorization and validation';
    return [
      {
        group: GROUP,
        name: `push ${n} activities`,
        value: a.pushPerS,
        unit: 'docs/s',
        peer: { name: 'express-pouchdb', value: b.pushPerS },
        target,
      },
      {
        group: GROUP,
        name: `pull ${n} activities (+ seed)`,
        value: a.pullPerS,
        unit: 'docs/s',
        peer: { name: 'express-pouchdb', value: b.pullPerS },
        target,
      },
    ];
  } finally {
    await stopAndRemove(ours.child, oursDir);
    await peer.stop();
  }
}

/**
 * Each person's entries pushed from their own device (a PouchDB of their own, signed in as them),
 * `devices` devices at once, each taking the next person when done; docs/s over the whole push.
 * A refused entry fails the bench.
 */
async function pushFromDevices(
  remote: (nip: string) => Db,
  people: readonly (readonly Record<string, unknown>[])[],
  devices: number,
): Promise<number> {
  const loaded = await Promise.all(
    people.map(async (docs) => {
      const db = localDb('bench-device');
      await db.bulkDocs([...docs]);
      return { db, nip: String(docs[0]?.nip), count: docs.length };
    }),
  );
  let next = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: devices }, async () => {
      for (let k = next++; k < loaded.length; k = next++) {
        const { db, nip, count } = loaded[k]!;
        const pushed = await db.replicate.to(remote(nip), { batch_size: 100 });
        if (pushed.docs_written !== count)
          throw new Error(
            `${nip} pushed ${pushed.docs_written} of ${count}: ${JSON.stringify(pushed.errors[0])}`,
          );
      }
    }),
  );
  const total = loaded.reduce((sum, d) => sum + d.count, 0);
  return (total / (performance.now() - t)) * 1000;
}

/**
 * 1b. The push of a working organisation: 25 people, each with 200 entries of the working days
 * before today (4 to 6 a day, office hours), each from their own device, 10 devices at once;
 * within every quota as it stands. The same entries and concurrency against express-pouchdb.
 */
export async function benchPushOfManyDevices(): Promise<BenchRow[]> {
  const people = 25;
  const perPerson = 200;
  const devices = 10;
  const staff = await pushStaffDataDir(people, Date.now);
  const day = today();
  const entries = staff.nips.map((nip, k) => workdayEntries(nip, k, perPerson, day));
  // Evening entries of the same days, so the warm-up and the measured push never overlap.
  const warmUp = staff.nips.map((nip, k) =>
    workdayEntries(nip, k, 20, day, { from: '17:00', hours: 3 }),
  );
  const ours = await startChildServer(
    staff.dataDir,
    { SEED: 'none' },
    profiled('push-many-devices'),
  );
  const peer = await startExpressPouchDb();
  try {
    // Each device signed in before, as the app's are: a session each, one sign-in at a time.
    const tokens = new Map<string, string>();
    for (const nip of staff.nips) tokens.set(nip, await signIn(ours.url, nip, STAFF_PASSWORD));
    const toOurs = (nip: string) => remoteDbWithToken(ours.couchUrl, tokens.get(nip) ?? '');
    // Warms both servers and this process's PouchDB code.
    await pushFromDevices(toOurs, warmUp, devices);
    await pushFromDevices(() => peerDb(`${peer.url}/kinerja-warmup`), warmUp, devices);
    const b = await pushFromDevices(() => peerDb(`${peer.url}/kinerja`), entries, devices);
    const a = await pushFromDevices(toOurs, entries, devices);
    return [
      {
        group: GROUP,
        name: `push ${people} people × ${perPerson} entries, ${devices} devices at once`,
        value: a,
        unit: 'docs/s',
        peer: { name: 'express-pouchdb', value: b },
        target: 'at least 1.5x express-pouchdb',
      },
    ];
  } finally {
    await stopAndRemove(ours.child, staff.dataDir);
    await peer.stop();
  }
}

/** express-pouchdb runs without authentication; the credentials are ignored. */
function peerDb(url: string): Db {
  return remoteDb(url, 'peer', 'peer');
}

/** Activities of people who are not in the org chart: other users' data, in their own channels. */
function strangerDocs(count: number, offset: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => {
    const nip = `19900101${String(100_000 + ((offset + i) % 5000)).padStart(10, '0')}`;
    const doc = makeActivity({ nip, date: '2026-01-05' });
    return { ...doc, _rev: `1-${String(offset + i).padStart(32, '0')}` };
  });
}

async function timeChanges(
  url: string,
  auth: string,
  since: string,
  rounds: number,
): Promise<{ ms: number; lastSeq: string }> {
  const times: number[] = [];
  let lastSeq = since;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    const res = await fetch(`${url}/_changes?style=all_docs&since=${since}`, {
      headers: { Authorization: auth },
    });
    lastSeq = ((await res.json()) as { last_seq: string }).last_seq;
    times.push(performance.now() - t);
  }
  return { ms: percentile(times, 50), lastSeq };
}

/**
 * 2. One user's _changes with 10,000 and with 300,000 other users' documents in the store.
 * Named to run last (the runner takes exports alphabetically): it leaves the biggest heap.
 */
export async function benchUserChangesAtScale(): Promise<BenchRow[]> {
  const auth = basicAuth(NIP.dewi);
  const filled = async (others: number) => {
    const server = await startServer({ env: { QUOTA_WRITES_PER_DAY: '1000000' } });
    const { store, tailer } = server.app.services;
    for (let i = 0; i < others; i += 5000)
      await store.bulkDocs(strangerDocs(Math.min(5000, others - i), i), false);
    await tailer.catchUp();
    return server;
  };
  const small = await filled(10_000);
  const large = await filled(300_000);
  try {
    // Let LevelDB's compaction and the fill's garbage settle, then measure both servers in
    // alternation, so that the machine's noise falls on both alike.
    await new Promise((r) => setTimeout(r, 5000));
    const heads = await Promise.all(
      [small, large].map((srv) => timeChanges(srv.couchUrl, auth, '0', 1)),
    );
    const fiftyASlot = slotsOver(pastDaysOfQuarter(today(), 30), 20 * 50, { from: '16:00' });
    const noop: [number[], number[]] = [[], []];
    const fifty: [number[], number[]] = [[], []];
    for (let round = 0; round < 200; round++) {
      for (const k of [0, 1] as const) {
        const srv = k === 0 ? small : large;
        noop[k].push((await timeChanges(srv.couchUrl, auth, heads[k]!.lastSeq, 1)).ms);
      }
    }
    for (let round = 0; round < 20; round++) {
      for (const k of [0, 1] as const) {
        const srv = k === 0 ? small : large;
        const since = (await timeChanges(srv.couchUrl, auth, heads[k]!.lastSeq, 1)).lastSeq;
        // Each server gets the same 1,000 entries, 50 a round, none overlapping another.
        const docs = fiftyASlot
          .slice(round * 50, round * 50 + 50)
          .map((t, i) => makeActivity({ nip: NIP.dewi, ...t, kegiatan: `Kegiatan baru ${i}` }));
        const res = await fetch(`${srv.couchUrl}/_bulk_docs`, {
          method: 'POST',
          headers: { Authorization: auth, 'Content-Type': 'application/json' },
          body: JSON.stringify({ docs }),
        });
        await expectStatus(res, "Dewi's 50 new entries", [201]);
        const refused = ((await res.json()) as { error?: string; reason?: string }[]).filter(
          (row) => row.error,
        );
        if (refused.length > 0)
          throw new Error(`${refused.length} of Dewi's 50 entries refused: ${refused[0]?.reason}`);
        // The read is measured, not the write's aftermath (LevelDB compaction, WAL checkpoint).
        await new Promise((r) => setTimeout(r, 200));
        const r = await timeChanges(srv.couchUrl, auth, since, 1);
        fifty[k].push(r.ms);
      }
    }
    const target = 'within 1.2x';
    const row = (name: string, v: [number[], number[]]): BenchRow => ({
      group: GROUP,
      name,
      value: percentile(v[1], 50),
      unit: 'ms (median)',
      peer: { name: "with 10k others' docs", value: percentile(v[0], 50) },
      target,
    });
    return [
      row("_changes, nothing new, 300k others' docs", noop),
      row("_changes, 50 new docs, 300k others' docs", fifty),
    ];
  } finally {
    for (const srv of [small, large]) {
      await srv.stop();
      fs.rmSync(srv.dataDir, { recursive: true, force: true });
    }
  }
}

/** The number of longpolls the server holds (its metrics, read from this machine). */
async function longpollsOpen(url: string): Promise<number> {
  const text = await (await fetch(`${url}/api/metrics`)).text();
  return Number(/^kinerja_longpolls_open (\d+)$/m.exec(text)?.[1] ?? Number.NaN);
}

/** Resolves once the server holds `count` longpolls; fails after a minute or when one failed. */
async function untilParked(url: string, count: number, failed: () => unknown): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const open = await longpollsOpen(url);
    if (open >= count) return;
    if (failed()) throw failed();
    if (Date.now() > deadline) throw new Error(`only ${open} of ${count} longpolls parked`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

type Answer = { ended: number; ids: string[] };

/**
 * Sri's longpoll `_changes` after `since`, through plain node:http (lighter than fetch: the
 * clients share this process with the measurement); resolves when its answer has ended.
 */
function longpollOnce(
  agent: http.Agent,
  couchUrl: string,
  token: string,
  since: string,
): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const req = http.get(
      `${couchUrl}/_changes?feed=longpoll&since=${since}&timeout=60000&heartbeat=10000`,
      { agent, headers: { Authorization: `Bearer ${token}` } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          const ended = performance.now();
          if (res.statusCode !== 200)
            return reject(new Error(`longpoll answered ${res.statusCode}: ${body}`));
          const results = (JSON.parse(body) as { results: { id: string }[] }).results;
          resolve({ ended, ids: results.map((r) => r.id) });
        });
      },
    );
    req.on('error', reject);
  });
}

/**
 * The feed's position once nothing has changed for three seconds: the report summaries follow a
 * write about two seconds later (reports/report-maintainer.ts), and they too wake Sri.
 */
async function quietSince(couchUrl: string, token: string): Promise<string> {
  const headers = { Authorization: `Bearer ${token}` };
  const info = await fetch(couchUrl, { headers });
  await expectStatus(info, 'database info');
  let since = ((await info.json()) as { update_seq: string }).update_seq;
  for (let round = 0; round < 20; round++) {
    const res = await fetch(`${couchUrl}/_changes?feed=longpoll&since=${since}&timeout=3000`, {
      headers,
    });
    await expectStatus(res, 'quiet check');
    const body = (await res.json()) as { results: unknown[]; last_seq: string };
    if (body.results.length === 0) return since;
    since = body.last_seq;
  }
  throw new Error('the feed did not settle in 20 rounds of three seconds');
}

/**
 * CPU time the main thread of process `pid` (its JavaScript) has spent, in ms, to the nanosecond
 * (the scheduler's own count): unlike wall time, it does not grow with what else the machine runs.
 */
function cpuMs(pid: number): number {
  return threadCpuMs(`/proc/${pid}`);
}

function threadCpuMs(task: string): number {
  return Number(fs.readFileSync(`${task}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
}

/**
 * The same summed over every thread of `pid`: V8's garbage collector helpers and libuv's pool
 * too. A thread that ended since the listing counts as nothing.
 */
function allThreadsCpuMs(pid: number): number {
  const tasks = fs.readdirSync(`/proc/${pid}/task`);
  const ofTask = (t: string) => {
    try {
      return threadCpuMs(`/proc/${pid}/task/${t}`);
    } catch {
      return 0;
    }
  };
  return tasks.reduce((sum, t) => sum + ofTask(t), 0);
}

/** This process's CPU time in ms: the clients' side of a wake (the bench shares the machine). */
function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

type Wake = { ms: number[]; serverCpuMs: number; serverThreadsCpuMs: number; clientCpuMs: number };

/**
 * `clients` longpolls of Sri parked on the server (process `pid`), then Dewi's edit of `entry`
 * (her channel is one of Sri's): the times from sending the write to each answer's end, and the
 * server's CPU time from the write to the last answer, in ms.
 */
async function wakeOf(
  server: { url: string; couchUrl: string; pid: number },
  token: string,
  clients: number,
  entry: { doc: Record<string, unknown> & { _id: string }; rev: string | null },
  onParked: () => void = () => {},
): Promise<Wake> {
  // Each longpoll on its own connection, kept open as a browser keeps it (HTTP/1.1's default).
  const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
  try {
    const since = await quietSince(server.couchUrl, token);
    const polls = Array.from({ length: clients }, () =>
      longpollOnce(agent, server.couchUrl, token, since),
    );
    // A poll that ends before the write stops the wait for the others.
    let failure: unknown = null;
    let wroteAt = Number.POSITIVE_INFINITY;
    polls.forEach((p) =>
      p.then(
        (a) => {
          if (a.ended < wroteAt)
            failure ??= new Error(`a longpoll ended before the write: ${a.ids}`);
        },
        (err: unknown) => (failure ??= err),
      ),
    );
    await untilParked(server.url, clients, () => failure);
    onParked();
    const doc = { ...entry.doc, kegiatan: `Kegiatan uji bangun ${since}` };
    const cpuBefore = cpuMs(server.pid);
    const threadsBefore = allThreadsCpuMs(server.pid);
    const clientCpuBefore = ownCpuMs();
    wroteAt = performance.now();
    const res = await fetch(`${server.couchUrl}/${doc._id}`, {
      method: 'PUT',
      headers: { Authorization: basicAuth(NIP.dewi), 'Content-Type': 'application/json' },
      body: JSON.stringify(entry.rev === null ? doc : { ...doc, _rev: entry.rev }),
    });
    await expectStatus(res, `Dewi's entry ${doc._id}`, [201]);
    entry.rev = ((await res.json()) as { rev: string }).rev;
    const answers = await within(Promise.all(polls), 120_000, `${clients} longpolls' wake`);
    const serverCpuMs = cpuMs(server.pid) - cpuBefore;
    const serverThreadsCpuMs = allThreadsCpuMs(server.pid) - threadsBefore;
    const clientCpuMs = ownCpuMs() - clientCpuBefore;
    const missed = answers.find((a) => !a.ids.includes(doc._id));
    if (missed) throw new Error(`a longpoll woke without the write: ${missed.ids}`);
    return {
      ms: answers.map((a) => a.ended - wroteAt),
      serverCpuMs,
      serverThreadsCpuMs,
      clientCpuMs,
    };
  } finally {
    agent.destroy();
  }
}

/**
 * 3. 1,000 concurrent longpoll clients: server memory, and p95 from a write to their wake, next
 * to one client's wake. Each write is Dewi's edit of one draft of today at 00:00–00:05: never in
 * the future on the server's clock (five minutes' grace) and overlapping none of her entries.
 */
export async function benchLongpoll(): Promise<BenchRow[]> {
  const clients = 1000;
  const singles = 15;
  const crowds = 3;
  const dir = tempDataDir('bench-longpoll');
  const started = await startChildServer(dir, {}, profiled('longpoll'));
  const pid = started.child.pid ?? 0;
  const server = { ...started, pid };
  try {
    const token = await signIn(server.url, NIP.sri);
    const entry = {
      doc: makeActivity({ nip: NIP.dewi, date: today(), start: '00:00', end: '00:05' }),
      rev: null as string | null,
    };
    const idle = rssMb(pid);
    // Warm the wake path first (the JIT, the reader cache), then one client at a time: the peer.
    await wakeOf(server, token, 50, entry);
    const one: Wake[] = [];
    for (let i = 0; i < singles; i++) one.push(await wakeOf(server, token, 1, entry));
    // A crowd's p95 is one draw of a noisy machine: the median of a few crowds is reported.
    let waiting = Number.NaN;
    const crowd: Wake[] = [];
    for (let i = 0; i < crowds; i++)
      crowd.push(await wakeOf(server, token, clients, entry, () => (waiting = rssMb(pid))));
    const peer = {
      name: `one longpoll (median of ${singles})`,
      value: percentile(
        one.flatMap((w) => w.ms),
        50,
      ),
    };
    const ofCrowds = (pick: (w: Wake) => number) => percentile(crowd.map(pick), 50);
    /** A CPU time of the crowds (median), next to the same for one longpoll. */
    const cpuRow = (name: string, pick: (w: Wake) => number, peerName: string): BenchRow => ({
      group: GROUP,
      name: `${name} (median of ${crowds})`,
      value: ofCrowds(pick),
      unit: 'ms',
      peer: { name: `${peerName} (median of ${singles})`, value: percentile(one.map(pick), 50) },
    });
    return [
      {
        group: GROUP,
        name: `server RSS with ${clients} longpolls waiting`,
        value: waiting,
        unit: 'MB',
        peer: { name: 'idle', value: idle },
      },
      {
        group: GROUP,
        name: `write to wake of ${clients} longpolls, p95 (median of ${crowds})`,
        value: ofCrowds((w) => percentile(w.ms, 95)),
        unit: 'ms',
        peer,
        target: '< 100 ms',
      },
      {
        group: GROUP,
        name: `write to wake of ${clients} longpolls, median (median of ${crowds})`,
        value: ofCrowds((w) => percentile(w.ms, 50)),
        unit: 'ms',
        peer,
      },
      // CPU time does not grow with the machine's load: the work each woken longpoll costs.
      cpuRow(
        `server CPU from a write to the last of ${clients} answers`,
        (w) => w.serverCpuMs,
        'a write and one answer',
      ),
      cpuRow(
        'the same, every server thread (GC helpers, I/O pool)',
        (w) => w.serverThreadsCpuMs,
        'a write and one answer',
      ),
      // The clients run in this process on the same cores: their share of the wake's time.
      cpuRow(
        `bench CPU (the ${clients} clients) from a write to the last answer`,
        (w) => w.clientCpuMs,
        'the same for one client',
      ),
    ];
  } finally {
    await stopAndRemove(server.child, dir);
  }
}
