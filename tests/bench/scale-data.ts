/**
 * The data of scale-bench.ts: the scale organisation (sync-server/seed/scale-org.ts) written
 * straight into an embedded store, and the same documents into express-pouchdb's database (the
 * peer), each once per generator version and parameters, kept under tests/.tmp/scale-cache/:
 *   <key>/ours/   a DATA_DIR a server has started on once (store/, feed.sqlite with the index
 *                 built, server.sqlite with the subjects' accounts, the reports written)
 *   <key>/peer/   express-pouchdb's directory: LevelDB database `kinerja` with the same documents
 *                 (a copy of our store's LevelDB as loaded: both are PouchDB 9 on LevelDB)
 *   <key>/done.json  what was loaded, written last
 * A directory without done.json is a build that was stopped: the load goes on from the documents
 * our store already holds (the generator is deterministic and the writes keep their revisions),
 * so an interrupted build of the full year (about 2.9 million documents) is not started again.
 * A run works on copies of both (it pushes into both and rebuilds our index).
 */
import fs from 'node:fs';
import path from 'node:path';
import { civilDate } from '../../client/core/dates';
import { createApp } from '../../sync-server/app';
import { loadConfig } from '../../sync-server/config';
import { openLevelDbStore } from '../../sync-server/store/leveldb-store';
import {
  SCALE_GENERATOR_VERSION,
  scaleDocs,
  scaleOrg,
  type ScaleParams,
  type ScalePerson,
} from '../../sync-server/seed/scale-org';
import { REPO } from '../integration/support/server';

const CACHE = path.join(REPO, 'tests/.tmp/scale-cache');
/** The password of the subjects' accounts (only theirs: 5,000 scrypt hashes would take minutes). */
export const SCALE_PASSWORD = 'skala-bench-2026';
const BATCH = 2_000;

/** Who the bench syncs as: a guru, her kepala sekolah and the kepala dinas above them. */
export type ScaleSubjects = { staff: ScalePerson; head: ScalePerson; kepalaDinas: ScalePerson };

export type ScaleData = {
  params: ScaleParams;
  /** The cached DATA_DIR (never written by a run: copy it with `workingCopy`, as the peer's). */
  oursDir: string;
  /** express-pouchdb's directory (database `kinerja`). */
  peerDir: string;
  docs: number;
  staff: number;
  units: number;
  subjects: ScaleSubjects;
  /** Minutes the data took to generate and load, when this run built it. */
  builtInMs: number | null;
  /** Documents a stopped build had loaded before this run went on with it (0: built whole). */
  heldBefore: number;
};

const log = (line: string) => process.stderr.write(`  scale: ${line}\n`);

function keyOf(p: ScaleParams): string {
  return `v${SCALE_GENERATOR_VERSION}-seed${p.seed}-y${p.year}-staff${p.staff}-opd${p.opd}-m${p.months}`;
}

/** The subjects: the first school's first guru, its kepala sekolah, and the head of its dinas. */
export function subjectsOf(p: ScaleParams): ScaleSubjects {
  const { units, people } = scaleOrg(p);
  const school = units.find((u) => u.kind === 'sekolah');
  const byNip = new Map(people.map((x) => [x.nip, x]));
  const head = byNip.get(school?.headNip ?? '');
  const staff = people.find((x) => x.unitId === school?.unitId && x.role === 'staf');
  const kepalaDinas = byNip.get(head?.superiorNip ?? '');
  if (!head || !staff || !kepalaDinas) throw new Error('the scale organisation has no school');
  return { staff, head, kepalaDinas };
}

/** The cached data for `params`, generated and loaded first when missing (minutes at full size). */
export async function scaleData(params: ScaleParams, today: () => number): Promise<ScaleData> {
  const dir = path.join(CACHE, keyOf(params));
  const oursDir = path.join(dir, 'ours');
  const peerDir = path.join(dir, 'peer');
  const done = path.join(dir, 'done.json');
  const org = scaleOrg(params);
  const subjects = subjectsOf(params);
  const base = {
    params,
    oursDir,
    peerDir,
    staff: org.people.length,
    units: org.units.length,
    subjects,
  };
  if (fs.existsSync(done)) {
    const { docs } = JSON.parse(fs.readFileSync(done, 'utf8')) as { docs: number };
    log(`using the cached data in ${path.relative(REPO, dir)} (${docs.toLocaleString('en')} docs)`);
    return { ...base, docs, builtInMs: null, heldBefore: 0 };
  }
  fs.mkdirSync(oursDir, { recursive: true });
  const started = performance.now();
  const { docs, held } = await load(params, oursDir);
  // The peer gets the same documents as loaded, before our first start adds the reports.
  fs.rmSync(peerDir, { recursive: true, force: true });
  fs.mkdirSync(peerDir, { recursive: true });
  fs.cpSync(path.join(oursDir, 'store'), path.join(peerDir, 'kinerja'), { recursive: true });
  await firstStart(oursDir, subjects, today);
  const builtInMs = performance.now() - started;
  fs.writeFileSync(done, JSON.stringify({ docs, builtInMs, heldBefore: held, params }));
  return { ...base, docs, builtInMs, heldBefore: held };
}

/**
 * Writes every generated batch into our store, going on after the documents it already holds
 * (a stopped build): a batch wholly among them is skipped, the one it stopped in written again
 * (the same revisions: nothing changes twice).
 */
async function load(params: ScaleParams, oursDir: string): Promise<{ docs: number; held: number }> {
  const store = openLevelDbStore(oursDir);
  const held = (await store.info()).docCount;
  if (held > 0) log(`going on with the load after the ${held.toLocaleString('en')} docs held`);
  let count = 0;
  let lastLog = performance.now();
  const t0 = performance.now();
  try {
    for (const batch of scaleDocs(params, BATCH)) {
      count += batch.length;
      if (count <= held) continue;
      const failed = (await store.bulkDocs(batch, false)).filter((r) => r.error);
      if (failed.length > 0) throw new Error(`load failed: ${JSON.stringify(failed.slice(0, 2))}`);
      if (performance.now() - lastLog > 15_000) {
        lastLog = performance.now();
        const rate = (count - held) / ((lastLog - t0) / 1000);
        log(`loaded ${count.toLocaleString('en')} docs (${rate.toFixed(0)}/s)`);
      }
    }
  } finally {
    await store.close();
  }
  log(
    `loaded ${count.toLocaleString('en')} docs in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
  return { docs: count, held };
}

/**
 * Starts a server once over the loaded store: it builds the feed index and the reports; the
 * subjects get accounts. The bench then starts servers on copies of a settled data dir.
 */
async function firstStart(dataDir: string, subjects: ScaleSubjects, now: () => number) {
  const t = performance.now();
  log('first start: indexing the store and writing the reports ...');
  const app = await createApp({
    ...loadConfig({ SEED: 'none', DATA_DIR: dataDir, ADMIN_PASSWORD: 'admin-secret-1' }),
    logLevel: 'silent',
    now,
  });
  try {
    await app.services.reports.settled();
    for (const x of Object.values(subjects))
      await app.services.accounts.create({ nip: x.nip, name: x.name, roles: [] }, SCALE_PASSWORD);
  } finally {
    await app.close();
  }
  log(`first start done in ${((performance.now() - t) / 1000).toFixed(0)} s (${civilDate(now())})`);
}

/**
 * Copies of the cached data for one run (it pushes into both and rebuilds our index): our
 * DATA_DIR and express-pouchdb's directory, removed by the returned function.
 */
export function workingCopy(data: ScaleData): { dir: string; peerDir: string; remove: () => void } {
  const root = path.join(REPO, 'tests/.tmp', `scale-run-${process.pid}-${Date.now()}`);
  const dir = path.join(root, 'ours');
  const peerDir = path.join(root, 'peer');
  fs.cpSync(data.oursDir, dir, { recursive: true });
  fs.cpSync(data.peerDir, peerDir, { recursive: true });
  return { dir, peerDir, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** Bytes of the files under a path (a directory or a file), as `du --apparent-size` counts. */
export function bytesUnder(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.size;
  return fs.readdirSync(p).reduce((sum, name) => sum + bytesUnder(path.join(p, name)), 0);
}
