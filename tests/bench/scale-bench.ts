/**
 * `npm run bench -- scale` (issue #18): Kinerja at the size of a real pemda on the embedded store,
 * 5,000 staff in 40 OPD with a year of daily logs (sync-server/seed/scale-org.ts; SCALE_STAFF,
 * SCALE_OPD and SCALE_MONTHS make it smaller for a quick run), loaded once and cached
 * (scale-data.ts). Each figure next to express-pouchdb over the same documents where that
 * comparison exists:
 * 1. server start with the feed index rebuilt from scratch and with it kept (express-pouchdb
 *    starting over its copy); server memory after start and after the syncs;
 * 2. the first sync of a guru, her kepala sekolah and the kepala dinas (a real PouchDB client in
 *    Node), next to express-pouchdb's filtered replication (a filter function by owner) of the
 *    documents of the same people;
 * 3. the guru's incremental `_changes`: nothing new, and 50 new documents;
 * 4. the report summaries' update cost at this size (report-update-cost.ts);
 * 5. disk used by the data directory (store, feed index) and by express-pouchdb's;
 * 6. a year of the guru's data on a phone: bytes in IndexedDB in Chromium (scale-phone.ts).
 * Rows come in the order they are measured.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { civilDate } from '../../client/core/dates';
import { ownerNipOfId } from '../../client/core/ids';
import {
  makeActivity,
  pastDaysOfQuarter,
  slotsOver,
  today,
} from '../../client/core/testing/factories';
import { testNow } from '../../client/core/testing/test-clock';
import { SCALE_FULL, type ScaleParams } from '../../sync-server/seed/scale-org';
import { localDb, remoteDb, remoteDbWithToken, type Db } from '../integration/support/clients';
import { signIn } from '../integration/support/http';
import { REPO, startChildServer, startServer } from '../integration/support/server';
import type { BenchRow } from './bench-types';
import { reportUpdateCost } from './report-update-cost';
import { bytesUnder, scaleData, SCALE_PASSWORD, workingCopy } from './scale-data';
import { phoneBytes } from './scale-phone';
import { rssMb } from './server-bench';

const GROUP = 'scale';
/** Rounds of each incremental `_changes`, their median reported. */
const ROUNDS = 20;
const PUSHES = 200;
const BATCH = 500;
const MB = 2 ** 20;
/** Starting over a large store indexes it first: minutes at full size. */
const START_MS = 30 * 60_000;

const log = (line: string) => process.stderr.write(`  scale: ${line}\n`);

/**
 * The runner's bound for this group (run.ts): building the full year's data takes over an hour on
 * these machines before anything is measured, and each step logs its progress meanwhile.
 */
export const BENCH_BOUND_MS = 5 * 60 * 60_000;

function paramsFromEnv(): ScaleParams {
  const n = (name: string, fallback: number) => {
    const v = Number(process.env[name]);
    return Number.isInteger(v) && v > 0 ? v : fallback;
  };
  return {
    seed: SCALE_FULL.seed,
    year: Number(civilDate(testNow()).slice(0, 4)),
    staff: n('SCALE_STAFF', SCALE_FULL.staff),
    opd: n('SCALE_OPD', SCALE_FULL.opd),
    months: Math.min(12, n('SCALE_MONTHS', SCALE_FULL.months)),
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** express-pouchdb over an existing directory (the cached peer data; never removed here). */
async function startPeer(dir: string): Promise<{ url: string; child: ChildProcess; ms: number }> {
  const t = performance.now();
  const child = spawn(
    process.execPath,
    [path.join(REPO, 'tests/integration/support/couch-standin.mjs'), dir, '0', String(process.pid)],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) =>
      resolve((JSON.parse(d.toString()) as { url: string }).url),
    );
    child.once('exit', (code) => reject(new Error(`express-pouchdb exited (${code})`)));
  });
  // It lists only the databases it created: the first PUT opens the loaded one (412 later on).
  const put = await fetch(`${url}/kinerja`, { method: 'PUT' });
  const info = await fetch(`${url}/kinerja`);
  if (!info.ok) throw new Error(`express-pouchdb: ${put.status}, ${info.status}`);
  const ms = performance.now() - t;
  return { url, child, ms };
}

/** Our server in a child process over `dir`; ms until it listens. */
async function startOurs(dir: string) {
  const t = performance.now();
  const server = await startChildServer(
    dir,
    { SEED: 'none', QUOTA_WRITES_PER_DAY: '1000000' },
    { startMs: START_MS },
  );
  return { ...server, ms: performance.now() - t };
}

/** One-shot replication into an empty in-memory device; ms and documents written. */
async function firstSync(source: Db, opts: Record<string, unknown> = {}) {
  const device = localDb('scale');
  const t = performance.now();
  const res = await device.replicate.from(source, { batch_size: BATCH, ...opts });
  const ms = performance.now() - t;
  return { ms, docs: res.docs_written, device };
}

/** The people whose documents a device received (by id): the peer's selector asks for theirs. */
async function ownersOn(device: Db): Promise<string[]> {
  const { rows } = await device.allDocs();
  return [...new Set(rows.flatMap((r) => ownerNipOfId(r.id) ?? []))];
}

/**
 * The peer's filter of one subject: documents about one of `owners` (an 18-digit NIP found in
 * the list is one of them), the list written into the filter function itself (express-pouchdb
 * ignores a `_selector` body, and 1,500 NIPs do not fit in a URL). Without the directory and
 * reference data, which our server also sends: the peer's share is the smaller.
 */
async function ownerFilter(peerUrl: string, label: string, owners: readonly string[]) {
  const list = JSON.stringify(`,${owners.join(',')}`);
  const source = `function (doc) { return typeof doc.nip === "string" && ${list}.indexOf(doc.nip) !== -1; }`;
  const res = await fetch(`${peerUrl}/kinerja/_design/${label}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ filters: { owner: source } }),
  });
  if (!res.ok) throw new Error(`filter ${label}: ${res.status}`);
  return `${label}/owner`;
}

async function changesMs(url: string, init: RequestInit): Promise<{ ms: number; n: number }> {
  const t = performance.now();
  const res = await fetch(url, init);
  const body = (await res.json()) as { results?: unknown[] };
  if (!res.ok || !body.results) throw new Error(`_changes: ${res.status}`);
  return { ms: performance.now() - t, n: body.results.length };
}

async function lastSeq(url: string, init: RequestInit): Promise<string> {
  const res = await fetch(url, init);
  return String(((await res.json()) as { last_seq: unknown }).last_seq);
}

/** Median ms of `ROUNDS` requests, checking each answers `expect` rows. */
async function medianChanges(url: string, init: RequestInit, expect: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const r = await changesMs(url, init);
    if (r.n !== expect) throw new Error(`${url} gave ${r.n} rows, not ${expect}`);
    times.push(r.ms);
  }
  return median(times);
}

/** The guru's 50 new entries, in evening slots of past days of the quarter (no overlaps). */
function newEntries(nip: string) {
  return slotsOver(pastDaysOfQuarter(today(), 30), 50, { from: '16:00' }).map((t, i) =>
    makeActivity({
      nip,
      ...t,
      kegiatan: `Kegiatan tambahan ${i}`,
      rhkId: null,
      ikiId: null,
      satuan: 'kegiatan',
    }),
  );
}

export async function benchScale(): Promise<BenchRow[]> {
  const params = paramsFromEnv();
  const t0 = performance.now();
  const data = await scaleData(params, testNow);
  const label = `${data.staff.toLocaleString('en')} staff, ${params.opd} OPD, ${params.months} months, ${data.docs.toLocaleString('en')} docs`;
  log(label);
  const rows: BenchRow[] = [];
  const row = (r: Omit<BenchRow, 'group'>) => rows.push({ group: GROUP, ...r });
  if (data.builtInMs !== null)
    row({
      name: `generate and load our store, copy it for the peer, first start (${label}${data.heldBefore > 0 ? `; went on after the ${data.heldBefore.toLocaleString('en')} docs a stopped build had loaded` : ''})`,
      value: data.builtInMs / 60_000,
      unit: 'min',
    });

  const work = workingCopy(data);
  const children: ChildProcess[] = [];
  try {
    // 1. Starts: express-pouchdb over its copy, ours with the feed index rebuilt, then kept.
    const peer = await startPeer(work.peerDir);
    children.push(peer.child);
    const peerRssStart = rssMb(peer.child.pid ?? 0);
    for (const f of fs.readdirSync(work.dir))
      if (f.startsWith('feed.sqlite')) fs.rmSync(path.join(work.dir, f));
    log('starting with the feed index rebuilt from scratch ...');
    const rebuilt = await startOurs(work.dir);
    const rssRebuilt = rssMb(rebuilt.child.pid ?? 0);
    await stopChild(rebuilt.child);
    log(`rebuilt in ${(rebuilt.ms / 1000).toFixed(1)} s; starting with it kept ...`);
    const ours = await startOurs(work.dir);
    children.push(ours.child);
    const pid = ours.child.pid ?? 0;
    const rssStart = rssMb(pid);
    const peerStart = {
      name: 'express-pouchdb starting over the same documents',
      value: peer.ms / 1000,
    };
    row({
      name: `server start, feed index rebuilt from scratch (${label})`,
      value: rebuilt.ms / 1000,
      unit: 's',
      peer: peerStart,
    });
    row({
      name: 'server start, feed index kept',
      value: ours.ms / 1000,
      unit: 's',
      peer: peerStart,
    });

    // 2. First syncs: ours, then express-pouchdb's filtered replication of the same owners.
    const peerDb = () => remoteDb(`${peer.url}/kinerja`, 'peer', 'peer');
    const subjects = [
      ['a guru', data.subjects.staff],
      ['her kepala sekolah', data.subjects.head],
      ['the kepala dinas', data.subjects.kepalaDinas],
    ] as const;
    const tokens = new Map<string, string>();
    let guruDocs = 0;
    for (const [who, x] of subjects) {
      const token = await signIn(ours.url, x.nip, SCALE_PASSWORD);
      tokens.set(x.nip, token);
      log(`first sync of ${who} ...`);
      const a = await firstSync(remoteDbWithToken(ours.couchUrl, token));
      if (x === data.subjects.staff) guruDocs = a.docs;
      const owners = await ownersOn(a.device);
      await a.device.destroy();
      log(
        `  ${a.docs} docs in ${(a.ms / 1000).toFixed(1)} s; express-pouchdb for ${owners.length} owners ...`,
      );
      const filter = await ownerFilter(peer.url, `scale-${x.nip}`, owners);
      const b = await firstSync(peerDb(), { filter, checkpoint: 'target' });
      await b.device.destroy();
      row({
        name: `first sync of ${who} (${a.docs.toLocaleString('en')} docs; peer: ${b.docs.toLocaleString('en')} docs of the same ${owners.length} people)`,
        value: a.ms / 1000,
        unit: 's',
        peer: { name: 'express-pouchdb, filtered by owner', value: b.ms / 1000 },
        target: 'faster than express-pouchdb',
      });
    }

    // 6. A year of the guru's data on a phone: bytes in IndexedDB in Chromium.
    try {
      log("the guru's first sync in Chromium ...");
      const phone = await phoneBytes(ours.url, tokens.get(data.subjects.staff.nip) ?? '', guruDocs);
      row({
        name: `a guru's ${params.months} months on a phone: IndexedDB after the first sync (${phone.docs.toLocaleString('en')} docs, PouchDB + read model, placeholder photos)`,
        value: (phone.indexedDb ?? phone.usage) / MB,
        unit: 'MB',
        target:
          params.months === 12
            ? 'under 20 MB'
            : `under ${((20 * params.months) / 12).toFixed(1)} MB (20 MB a year)`,
      });
    } catch (err) {
      row({ name: `phone bytes FAILED: ${String(err)}`, value: Number.NaN, unit: '' });
    }

    // 3. The guru's incremental _changes: nothing new, then 50 new documents.
    const staff = data.subjects.staff;
    const auth = { Authorization: `Bearer ${tokens.get(staff.nip) ?? ''}` };
    const oursChanges = (since: string) =>
      `${ours.couchUrl}/_changes?style=all_docs&since=${since}`;
    const peerInit: RequestInit = {};
    const guruFilter = await ownerFilter(peer.url, 'scale-guru', [staff.nip]);
    const peerChanges = (since: string) =>
      `${peer.url}/kinerja/_changes?style=all_docs&filter=${guruFilter}&since=${since}`;
    const oursHead = await lastSeq(oursChanges('0'), { headers: auth });
    // express-pouchdb's filtered _changes gives no last_seq: its database's update_seq is the head.
    const peerHead = String(
      ((await (await fetch(`${peer.url}/kinerja`)).json()) as { update_seq: unknown }).update_seq,
    );
    const noop = await medianChanges(oursChanges(oursHead), { headers: auth }, 0);
    const peerNoop = await medianChanges(peerChanges(peerHead), peerInit, 0);
    const entries = newEntries(staff.nip);
    const pushed = await remoteDbWithToken(ours.couchUrl, tokens.get(staff.nip) ?? '').bulkDocs(
      entries,
    );
    const refused = pushed.filter((r) => 'error' in r && r.error);
    if (refused.length > 0) throw new Error(`50 new refused: ${JSON.stringify(refused[0])}`);
    await peerDb().bulkDocs(entries);
    const fifty = await medianChanges(oursChanges(oursHead), { headers: auth }, 50);
    const peerFifty = await medianChanges(peerChanges(peerHead), peerInit, 50);
    row({
      name: "a guru's _changes, nothing new",
      value: noop,
      unit: 'ms (median)',
      peer: { name: 'express-pouchdb, filtered by owner', value: peerNoop },
    });
    row({
      name: "a guru's _changes, 50 new",
      value: fifty,
      unit: 'ms (median)',
      peer: { name: 'express-pouchdb, filtered by owner', value: peerFifty },
    });

    const rssSynced = rssMb(pid);
    const peerRssSynced = rssMb(peer.child.pid ?? 0);
    row({
      name: 'server RSS after start (index kept)',
      value: rssStart,
      unit: 'MB',
      peer: { name: 'express-pouchdb after start', value: peerRssStart },
    });
    row({ name: 'server RSS after start (index rebuilt)', value: rssRebuilt, unit: 'MB' });
    row({
      name: 'server RSS after the first syncs and _changes',
      value: rssSynced,
      unit: 'MB',
      peer: { name: 'express-pouchdb after the same', value: peerRssSynced },
    });
    await stopChild(ours.child);
    await stopChild(peer.child);

    // 4. The report summaries' update cost at this size.
    log('report update cost: pushes with the reports kept, then without ...');
    const server = await startServer({
      dataDir: work.dir,
      env: { SEED: 'none', QUOTA_WRITES_PER_DAY: '1000000' },
    });
    try {
      const s = server.app.services;
      const pushers = s.org
        .employeeDocs()
        .filter((e) => e.superiorNip !== null)
        .map((e) => e.nip);
      const count = Math.min(PUSHES, Math.floor(pushers.length / 2));
      const cost = await reportUpdateCost(s, pushers, civilDate(testNow()), count);
      row({
        name: `push 1 entry of ${count} people, until reports settled`,
        value: cost.withReports,
        unit: 'ms/doc',
        peer: { name: 'the same pushes, reports off', value: cost.without },
      });
    } finally {
      await server.stop();
    }

    // 5. Disk used: the cached data dir as loaded and first started, and express-pouchdb's.
    const feed = fs
      .readdirSync(data.oursDir)
      .filter((f) => f.startsWith('feed.sqlite'))
      .reduce((sum, f) => sum + bytesUnder(path.join(data.oursDir, f)), 0);
    const store = bytesUnder(path.join(data.oursDir, 'store'));
    const peerBytes = bytesUnder(data.peerDir);
    row({
      name: 'disk: store + feed index + server.sqlite',
      value: bytesUnder(data.oursDir) / MB,
      unit: 'MB',
      peer: { name: 'express-pouchdb directory', value: peerBytes / MB },
    });
    row({
      name: 'disk: the store alone',
      value: store / MB,
      unit: 'MB',
      peer: { name: 'express-pouchdb directory', value: peerBytes / MB },
    });
    row({ name: 'disk: the feed index (feed.sqlite)', value: feed / MB, unit: 'MB' });
  } finally {
    for (const c of children) await stopChild(c).catch(() => undefined);
    work.remove();
    log(`scale bench done in ${((performance.now() - t0) / 60_000).toFixed(1)} min`);
  }
  return rows;
}
