/**
 * Two Kinerja server processes in front of one CouchDB (this file's express-pouchdb stand-in, or
 * TEST_COUCHDB_URL), sharing one DATA_DIR (server.sqlite: accounts, sessions, `_local`
 * checkpoints, the uuid, the report lease), each with its own feed index (FEED_DIR). The same in
 * the embedded and the couchdb pass: the store here is always CouchDB. Between the servers and
 * CouchDB a pass-through proxy can hold two writes of one document until both have been judged,
 * to show CouchDB's own revision check deciding between them (support/couch-write-gate.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../client/data/testing/eventually';
import {
  makeActivity,
  pastDaysOfQuarter,
  slotsOver,
  today,
} from '../../client/core/testing/factories';
import { NIP } from '../../sync-server/seed/demo-people';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { localDb, remoteDb } from './support/clients';
import { startCouchWriteGate, type CouchWriteGate } from './support/couch-write-gate';
import { basic, call, signIn } from './support/http';
import { couchServer, startChildServer, tempDataDir, type ChildServer } from './support/server';

/** Short, so that a takeover comes within seconds (renewed every second). */
const LEASE_MS = 3_000;

let dataDir: string;
let dbUrl: string;
let gate: CouchWriteGate;
let a: ChildServer;
let b: ChildServer;

function envOf(name: 'a' | 'b'): Record<string, string> {
  return {
    // Through the gate, named: it records which process wrote what.
    COUCHDB_URL: `${gate.url}/via-${name}/${path.basename(dbUrl)}`,
    FEED_DIR: path.join(dataDir, `feed-${name}`),
    REPORT_LEASE_MS: String(LEASE_MS),
  };
}
const start = (name: 'a' | 'b') =>
  startChildServer(dataDir, envOf(name), { logFile: path.join(dataDir, `${name}.log`) });

async function stop(server: ChildServer | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return;
  server.child.kill('SIGCONT');
  server.child.kill('SIGTERM');
  await server.exited;
}

beforeAll(async () => {
  dataDir = tempDataDir('two');
  const base = (await couchServer()).replace(/\/$/, '');
  dbUrl = `${base}/kinerja-${path
    .basename(dataDir)
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '')}`;
  gate = await startCouchWriteGate(base);
  // A first: it seeds the demo into the empty store; B then finds the data dir seeded.
  a = await start('a');
  b = await start('b');
}, 300_000);

afterAll(async () => {
  await Promise.all([stop(a), stop(b)]);
  await gate?.close();
  await call(dbUrl, { method: 'DELETE' }).catch(() => undefined);
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

/** Past days of this quarter, for Dewi's entries: the servers run on the real clock. */
let slot = 0;
const SLOTS = slotsOver(pastDaysOfQuarter(today(), 5), 40);
function dewisEntry(kegiatan: string) {
  const times = SLOTS[slot++];
  if (!times) throw new Error('out of slots');
  return makeActivity({ nip: NIP.dewi, ...times, kegiatan });
}

async function put(server: ChildServer, doc: { _id: string; _rev?: string; kegiatan: string }) {
  return call(`${server.couchUrl}/${encodeURIComponent(doc._id)}`, {
    method: 'PUT',
    auth: basic(NIP.dewi),
    json: doc,
  });
}

/** Sri's whole feed on a server: each document's id with its winning revision. */
async function feedOf(server: ChildServer): Promise<{ docs: Map<string, string>; last: string }> {
  const r = await call(`${server.couchUrl}/_changes`, { auth: basic(NIP.sri) });
  const body = r.body as {
    results: { id: string; changes: { rev: string }[] }[];
    last_seq: string;
  };
  return {
    docs: new Map(body.results.map((c) => [c.id, c.changes[0]?.rev ?? ''])),
    last: body.last_seq,
  };
}

/** The longpolls a server holds open now (its metrics, read from this machine). */
async function longpollsOpen(server: ChildServer): Promise<number> {
  const text = (await call(`${server.url}/api/metrics`)).text;
  return Number(/^kinerja_longpolls_open (\d+)/m.exec(text)?.[1] ?? 0);
}

/** The pid in the holder of the report lease, read from the shared server.sqlite. */
function reportLeasePid(): number | null {
  const db = new Database(path.join(dataDir, 'server.sqlite'), { readonly: true });
  try {
    const row = db
      .prepare("SELECT holder FROM leases WHERE name = 'reports' AND expires_at > ?")
      .get(Date.now()) as { holder: string } | undefined;
    return row ? Number(row.holder.split(':')[1]) : null;
  } finally {
    db.close();
  }
}

type ReportRow = {
  nip: string;
  entries: { draft: number; submitted: number; approved: number; returned: number };
};
type Report = { _id: string; _rev: string; _conflicts?: string[]; people: ReportRow[] };

/** Dewi's row in her unit's report of `month`, read from CouchDB itself. */
async function dewisReport(month: string): Promise<{ report: Report; entries: number } | null> {
  const r = await call(
    `${dbUrl}/_all_docs?include_docs=true&conflicts=true&startkey=${encodeURIComponent('"report:"')}&endkey=${encodeURIComponent('"report:\uffff"')}`,
  );
  const rows = (r.body as { rows: { doc: Report }[] }).rows;
  for (const { doc } of rows) {
    const row = doc._id.endsWith(`:${month}`) ? doc.people.find((p) => p.nip === NIP.dewi) : null;
    if (row) {
      const e = row.entries;
      return { report: doc, entries: e.draft + e.submitted + e.approved + e.returned };
    }
  }
  return null;
}

describe('two servers in front of one CouchDB', () => {
  it('shares sign-ins: a session from A works on B, and a sign-out on B ends it on A', async () => {
    const token = await signIn(a.url, NIP.dewi);
    const onB = await call(`${b.url}/api/session`, { auth: { token } });
    expect(onB.status).toBe(200);
    expect(JSON.stringify(onB.body)).toContain(NIP.dewi);
    expect((await call(b.couchUrl, { auth: { token } })).status).toBe(200);
    // Both answer with one uuid: a device's replication checkpoints are the same on both.
    const uuidOf = async (s: ChildServer) =>
      ((await call(`${s.url}/couch/`, { auth: { token } })).body as { uuid: string }).uuid;
    expect(await uuidOf(b)).toBe(await uuidOf(a));

    expect((await call(`${b.url}/api/session`, { method: 'DELETE', auth: { token } })).status).toBe(
      200,
    );
    expect((await call(`${a.url}/api/session`, { auth: { token } })).status).toBe(401);
  });

  it('wakes longpolls on B with writes through A', async ({ annotate }) => {
    /** Sri's longpolls on `server` from now until one answers with `id`, once the first is held. */
    const wokenBy = async (server: ChildServer, id: string) => {
      const info = await call(server.couchUrl, { auth: basic(NIP.sri) });
      let since = (info.body as { update_seq: string }).update_seq;
      const before = await longpollsOpen(server);
      const woken = (async () => {
        for (;;) {
          const reply = await call(
            `${server.couchUrl}/_changes?feed=longpoll&since=${since}&timeout=50000&heartbeat=10000`,
            { auth: basic(NIP.sri) },
          );
          expect(reply.status).toBe(200);
          const body = reply.body as { results: { id: string }[]; last_seq: string };
          // A report summary written meanwhile may wake it first: poll on from there.
          if (body.results.some((r) => r.id === id)) return Date.now();
          since = body.last_seq;
        }
      })();
      await eventually(
        async () => expect(await longpollsOpen(server)).toBeGreaterThan(before),
        10_000,
      );
      return { woken };
    };
    // Beside B's wake, A's own (the process the write went through) as its peer.
    const onB: number[] = [];
    const onA: number[] = [];
    for (let round = 0; round < 5; round++) {
      const entry = dewisEntry(`Ditulis lewat server A (${round + 1})`);
      const [viaB, viaA] = [await wokenBy(b, entry._id), await wokenBy(a, entry._id)];
      const sentAt = Date.now();
      expect((await put(a, entry)).status).toBe(201);
      onB.push((await viaB.woken) - sentAt);
      onA.push((await viaA.woken) - sentAt);
    }
    await annotate(
      `ms from the write sent to A to Sri's longpoll answering with it: on B ${onB.join(', ')}; on A ${onA.join(', ')}`,
    );
  });

  it('lets one of two edits of one document through A and B win; CouchDB refuses the other', async () => {
    const entry = dewisEntry('Rapat koordinasi');
    const created = await put(a, entry);
    expect(created.status).toBe(201);
    const rev = (created.body as { rev: string }).rev;

    // Both servers judge the edit against revision 1 before either write reaches CouchDB.
    const bothWritten = gate.holdWrites(entry._id);
    const [viaA, viaB] = await Promise.all([
      put(a, { ...entry, _rev: rev, kegiatan: 'Rapat koordinasi (lewat A)' }),
      put(b, { ...entry, _rev: rev, kegiatan: 'Rapat koordinasi (lewat B)' }),
    ]);
    await bothWritten;
    expect([viaA.status, viaB.status].sort()).toEqual([201, 409]);
    const winner = viaA.status === 201 ? viaA : viaB;
    const loser = viaA.status === 201 ? viaB : viaA;
    expect(loser.body).toMatchObject({ error: 'conflict' });

    // One winner, no conflict branch, the same on both servers and in CouchDB.
    const winningRev = (winner.body as { rev: string }).rev;
    for (const url of [a.couchUrl, b.couchUrl]) {
      const doc = (
        await call(`${url}/${encodeURIComponent(entry._id)}?conflicts=true`, {
          auth: basic(NIP.dewi),
        })
      ).body as { _rev: string; _conflicts?: string[]; kegiatan: string };
      expect(doc._rev).toBe(winningRev);
      expect(doc._conflicts).toBeUndefined();
      expect(doc.kegiatan).toBe(
        viaA.status === 201 ? 'Rapat koordinasi (lewat A)' : 'Rapat koordinasi (lewat B)',
      );
    }
  });

  it('misses nothing for a device that pulled from A and then from B with the same checkpoint', async () => {
    const device = localDb('sri-two');
    await device.replicate.from(remoteDb(a.couchUrl, NIP.sri, DEMO_PASSWORD));
    const fromA = await feedOf(a);

    const later = [
      dewisEntry('Sesudah tarikan dari A (1)'),
      dewisEntry('Sesudah tarikan dari A (2)'),
    ];
    for (const doc of later) expect((await put(b, doc)).status).toBe(201);

    // A's seq means nothing in B's feed index: B answers it from 0.
    const onB = await call(`${b.couchUrl}/_changes?since=${encodeURIComponent(fromA.last)}`, {
      auth: basic(NIP.sri),
    });
    const resumed = (onB.body as { results: { id: string }[] }).results.map((r) => r.id);
    expect(resumed.length).toBe((await feedOf(b)).docs.size);

    // B's feed as it stood before the pull: a report summary the later entries cause is written
    // 2 s after them and may get a new revision after the pull (CI on 8740ae2), which the device
    // then holds at its revision of before; it holds every document at least as new as this.
    const feed = (await feedOf(b)).docs;
    await device.replicate.from(remoteDb(b.couchUrl, NIP.sri, DEMO_PASSWORD));
    const held = new Map(
      (await device.allDocs()).rows.map((r) => [r.id, (r.value as { rev: string }).rev]),
    );
    const generation = (rev: string | undefined) => Number(rev?.split('-')[0] ?? 0);
    for (const doc of later) expect(held.has(doc._id)).toBe(true);
    for (const [id, rev] of feed)
      expect([id, generation(held.get(id)) >= generation(rev)]).toEqual([id, true]);
    await device.destroy();
  });

  it('rebuilds a deleted feed index from the store, with the same answers and a new id', async () => {
    const before = await feedOf(b);
    await stop(b);
    fs.rmSync(path.join(dataDir, 'feed-b'), { recursive: true, force: true });
    b = await start('b');
    const after = await feedOf(b);
    // The same documents; a report A rewrote meanwhile may have moved on: compare with A's feed.
    expect([...after.docs.keys()].sort()).toEqual([...before.docs.keys()].sort());
    await eventually(async () => expect((await feedOf(b)).docs).toEqual((await feedOf(a)).docs));
    const indexOf = (seq: string) => seq.split('.')[1]?.split('-')[0];
    expect(indexOf(after.last)).not.toBe(indexOf(before.last));
  }, 300_000);

  it('refuses to start a third process on a feed index another one has open', async () => {
    await expect(
      startChildServer(dataDir, envOf('a'), { logFile: path.join(dataDir, 'c.log') }),
    ).rejects.toThrow(/in use by another server process.*FEED_DIR/);
  }, 120_000);

  it('keeps the reports in one process; the other takes over when it stops renewing', async ({
    annotate,
  }) => {
    // A started first and holds the lease (B was restarted since, and followed).
    expect(reportLeasePid()).toBe(a.child.pid);
    const month = (SLOTS[slot]?.date ?? '').slice(0, 7);
    const first = await eventually(async () => {
      const r = await dewisReport(month);
      expect(r).not.toBeNull();
      return r!;
    }, 30_000);

    // A freezes (alive, not renewing): after the lease runs out B keeps the reports.
    a.child.kill('SIGSTOP');
    const frozenAt = Date.now();
    await eventually(() => expect(reportLeasePid()).toBe(b.child.pid), 4 * LEASE_MS);
    await annotate(
      `B took the report lease ${Date.now() - frozenAt} ms after A froze (REPORT_LEASE_MS ${LEASE_MS})`,
    );
    expect((await put(b, dewisEntry('Ketika A berhenti'))).status).toBe(201);
    const second = await eventually(async () => {
      const r = await dewisReport(month);
      expect(r?.entries).toBe(first.entries + 1);
      return r!;
    }, 30_000);

    // A wakes, finds its lease taken and stops writing reports; B goes on.
    const thawedAt = Date.now();
    a.child.kill('SIGCONT');
    await eventually(
      () =>
        expect(fs.readFileSync(path.join(dataDir, 'a.log'), 'utf8')).toContain('report lease lost'),
      4 * LEASE_MS,
    );
    expect((await put(a, dewisEntry('Sesudah A bangun'))).status).toBe(201);
    const third = await eventually(async () => {
      const r = await dewisReport(month);
      expect(r?.entries).toBe(second.entries + 1);
      return r!;
    }, 30_000);
    expect(third.report._conflicts).toBeUndefined();
    expect(reportLeasePid()).toBe(b.child.pid);
    // Which process wrote the summaries (the gate's record): A while it held the lease, B after,
    // and A nothing once it woke, though the last entry went through A.
    const reportWrites = (name: 'a' | 'b', from: number, to = Number.POSITIVE_INFINITY) =>
      gate
        .writesVia(name)
        .filter((w) => w.at >= from && w.at < to && w.ids.some((id) => id.startsWith('report:')));
    expect(reportWrites('a', 0, frozenAt).length).toBeGreaterThan(0);
    expect(reportWrites('b', frozenAt).length).toBeGreaterThan(0);
    expect(reportWrites('a', thawedAt)).toEqual([]);
  }, 120_000);
});

describe('two processes started at once on an empty data directory', () => {
  it('seeds it once: both start, and people sign in through either', async () => {
    const dir = tempDataDir('two-at-once');
    const base = (await couchServer()).replace(/\/$/, '');
    const db = `${base}/kinerja-at-once-${Date.now()}`;
    const logOf = (name: string) => path.join(dir, `${name}.log`);
    const both = await Promise.allSettled(
      (['c', 'd'] as const).map((name) =>
        startChildServer(
          dir,
          { COUCHDB_URL: db, FEED_DIR: path.join(dir, `feed-${name}`) },
          { logFile: logOf(name) },
        ),
      ),
    );
    try {
      const started = both.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      expect(both.map((r) => (r.status === 'rejected' ? String(r.reason) : 'started'))).toEqual([
        'started',
        'started',
      ]);
      for (const server of started) expect(await signIn(server.url, NIP.dewi)).toBeTruthy();
      const seeded = ['c', 'd'].filter((name) =>
        fs.readFileSync(logOf(name), 'utf8').includes('demo organisation seeded'),
      );
      expect(seeded).toHaveLength(1);
    } finally {
      for (const r of both) if (r.status === 'fulfilled') await stop(r.value);
      await call(db, { method: 'DELETE' }).catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
