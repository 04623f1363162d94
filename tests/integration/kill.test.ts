/**
 * The server as a separate process, stopped mid-push: by SIGKILL (nothing may be lost or
 * duplicated; the client resumes from its checkpoint) and by SIGTERM (it finishes what is in
 * flight and exits cleanly).
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  makeActivity,
  pastDaysOfQuarter,
  slotsOver,
  today,
} from '../../client/core/testing/factories';
import { NIP } from '../../sync-server/seed/demo-people';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { localDb, remoteDb, type Db } from './support/clients';
import { basic, call } from './support/http';
import { startChildServer, tempDataDir, type ChildServer } from './support/server';

const DOCS = 3000;
/** One person pushing thousands of entries at once is far past a day's quota: lift it here. */
const BULK = { QUOTA_WRITES_PER_DAY: '100000' };
let running: ChildServer | null = null;
const dirs: string[] = [];

afterEach(async () => {
  running?.child.kill('SIGKILL');
  if (running) await running.exited;
  running = null;
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function deviceWithActivities(n: number): Promise<{ device: Db; ids: string[] }> {
  const device = localDb('big');
  // The child server runs on the real clock (not test-clock.ts): entries of past days have ended
  // whatever the hour, and thousands of one person's entries need many days not to overlap.
  const docs = slotsOver(pastDaysOfQuarter(today(), 30), n).map((times, i) =>
    makeActivity({
      nip: NIP.dewi,
      ...times,
      kegiatan: `Kegiatan ke-${i}`,
      uraian: 'x'.repeat(200),
    }),
  );
  await device.bulkDocs(docs);
  return { device, ids: docs.map((d) => d._id) };
}

/** Pushes until `stopAt` documents are written, then lets `stop` happen; resolves with the outcome. */
async function pushUntil(device: Db, server: ChildServer, stopAt: number, stop: () => void) {
  const rep = device.replicate.to(remoteDb(server.couchUrl, NIP.dewi, DEMO_PASSWORD), {
    batch_size: 100,
  });
  let stopped = false;
  rep.on('change', (info) => {
    if (!stopped && info.docs_written >= stopAt) {
      stopped = true;
      stop();
    }
  });
  return rep.then(
    (r) => ({ ok: true as const, written: r.docs_written }),
    (err: unknown) => ({ ok: false as const, err }),
  );
}

async function dewisActivities(server: ChildServer): Promise<{ id: string; leaves: number }[]> {
  const r = await call(`${server.couchUrl}/_changes?style=all_docs`, { auth: basic(NIP.dewi) });
  const body = r.body as { results: { id: string; changes: unknown[] }[] };
  return body.results
    .filter((x) => x.id.startsWith(`activity:${NIP.dewi}:`))
    .map((x) => ({ id: x.id, leaves: x.changes.length }));
}

describe('killed during a large push', () => {
  it('SIGKILL: after a restart the client resumes from its checkpoint; nothing lost, nothing duplicated', async () => {
    const dataDir = tempDataDir('kill');
    dirs.push(dataDir);
    const { device, ids } = await deviceWithActivities(DOCS);
    running = await startChildServer(dataDir, BULK);
    const before = (await dewisActivities(running)).length;
    const first = running;
    const outcome = await pushUntil(device, first, 600, () => first.child.kill('SIGKILL'));
    expect(outcome.ok).toBe(false);
    expect(await first.exited).toBeNull();

    running = await startChildServer(dataDir, BULK);
    const partial = (await dewisActivities(running)).length - before;
    expect(partial).toBeGreaterThanOrEqual(600);
    expect(partial).toBeLessThan(DOCS);

    const resumed = await device.replicate.to(remoteDb(running.couchUrl, NIP.dewi, DEMO_PASSWORD), {
      batch_size: 100,
    });
    expect(resumed.doc_write_failures).toBe(0);
    // Resumed from the checkpoint: the batches confirmed before the kill are not read again.
    expect(resumed.docs_read).toBeLessThanOrEqual(DOCS - 500);

    const after = await dewisActivities(running);
    const mine = after.filter((x) => ids.includes(x.id));
    expect(mine.length).toBe(DOCS);
    expect(new Set(mine.map((x) => x.id)).size).toBe(DOCS);
    expect(mine.every((x) => x.leaves === 1)).toBe(true);
  });

  it('SIGTERM: in-flight writes finish, the process exits 0, and the push completes after a restart', async () => {
    const dataDir = tempDataDir('term');
    dirs.push(dataDir);
    const { device, ids } = await deviceWithActivities(1500);
    running = await startChildServer(dataDir, BULK);
    const first = running;
    const outcome = await pushUntil(device, first, 300, () => first.child.kill('SIGTERM'));
    expect(outcome.ok).toBe(false);
    expect(await first.exited).toBe(0);

    running = await startChildServer(dataDir, BULK);
    const resumed = await device.replicate.to(remoteDb(running.couchUrl, NIP.dewi, DEMO_PASSWORD), {
      batch_size: 100,
    });
    expect(resumed.doc_write_failures).toBe(0);
    const mine = (await dewisActivities(running)).filter((x) => ids.includes(x.id));
    expect(mine.length).toBe(1500);
    expect(mine.every((x) => x.leaves === 1)).toBe(true);
  });
});
