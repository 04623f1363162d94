/**
 * Writes no longer wait behind one process-wide queue (ADR 0022): each holds the locks of what
 * its judging reads. These tests push at the same instant what must still be judged one after
 * the other (edits of one document, one person's overlapping entries of a day, a verification and
 * its entry's edit, an org chart change and the writes it governs) and check that every verdict
 * was made against the state the write landed on; and that one person's big push does not hold
 * up another's one-document push.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeActivity,
  makeEntry,
  makeVerification,
  pastDaysOfQuarter,
  slotsOver,
  today,
} from '../../client/core/testing/factories';
import { WRITE_REASONS } from '../../client/core/write-reasons';
import { NIP } from '../../sync-server/seed/demo-people';
import type { WriteResult } from '../../sync-server/store/store';
import { call, signIn, type Auth } from './support/http';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
/** Session tokens: many requests at once would each check a Basic password (and be limited). */
const tokens = new Map<string, string>();

beforeAll(async () => {
  // The slow writer logs far more than a day's quota.
  server = await startServer({ env: { QUOTA_WRITES_PER_DAY: '1000000' } });
  for (const nip of [NIP.dewi, NIP.sri, NIP.agus, NIP.rina, NIP.hendra, NIP.ratna])
    tokens.set(nip, await signIn(server.url, nip));
});

const as = (nip: string): Auth => ({ token: tokens.get(nip) ?? '' });
afterAll(async () => {
  await server?.stop();
});

type Doc = Record<string, unknown> & { _id: string };

async function bulk(nip: string, docs: readonly Doc[], newEdits = true): Promise<WriteResult[]> {
  const res = await call(`${server.couchUrl}/_bulk_docs`, {
    method: 'POST',
    auth: as(nip),
    json: { docs, new_edits: newEdits },
  });
  expect(res.status).toBe(201);
  return res.body as WriteResult[];
}

async function stored(id: string, nip: string, query = ''): Promise<Doc & { _rev: string }> {
  const res = await call(`${server.couchUrl}/${encodeURIComponent(id)}${query}`, {
    auth: as(nip),
  });
  expect(res.status).toBe(200);
  return res.body as Doc & { _rev: string };
}

/**
 * `_bulk_docs` over a connection of its own: a pooled keep-alive socket may be one the server is
 * closing after the seconds this test's big push keeps the others idle (a reset, not a reply).
 */
function bulkOnce(nip: string, docs: readonly Doc[]): Promise<WriteResult[]> {
  const body = JSON.stringify({ docs });
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${server.couchUrl}/_bulk_docs`,
      {
        method: 'POST',
        agent: false,
        headers: {
          Authorization: `Bearer ${tokens.get(nip) ?? ''}`,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          if (res.statusCode === 201) resolve(JSON.parse(text) as WriteResult[]);
          else reject(new Error(`${res.statusCode}: ${text}`));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The store's changes feed, oldest first: where each document's latest write lies. */
async function writeOrder(): Promise<string[]> {
  const { results } = await server.app.services.store.changes(0, 1_000_000);
  return results.map((c) => c.id);
}

const hex = (n: number) => n.toString(16).padStart(32, '0');

// What the store's own revision check decides, which the locks must leave as it is (these two
// would pass without any lock: they guard the outcome people see, not the locking). The three
// after them fail with no locks at all, the last with one queue for every write.
describe('concurrent writers of one document', () => {
  it('lets exactly one of many edits of the same revision win; the others get a conflict', async () => {
    const act = makeEntry({ nip: NIP.dewi, date: today() });
    const [created] = await bulk(NIP.dewi, [act]);
    const edits = Array.from({ length: 8 }, (_, k) => ({
      ...act,
      _rev: created?.rev,
      kegiatan: `Suntingan perangkat ${k}`,
    }));
    const replies = await Promise.all(edits.map((e) => bulk(NIP.dewi, [e])));
    const rows = replies.map((r) => r[0]);
    const won = rows.filter((r) => r?.ok === true);
    expect(won).toHaveLength(1);
    expect(rows.filter((r) => r?.error === 'conflict')).toHaveLength(7);
    const winner = rows.findIndex((r) => r?.ok === true);
    expect(await stored(act._id, NIP.dewi)).toMatchObject({
      _rev: won[0]?.rev,
      kegiatan: `Suntingan perangkat ${winner}`,
    });
  });

  it('keeps every replicated edit of the same parent (new_edits=false) as a conflict, losing none', async () => {
    const act = makeEntry({ nip: NIP.dewi, date: today() });
    const [created] = await bulk(NIP.dewi, [act]);
    const parent = created?.rev ?? '';
    const branches = Array.from({ length: 6 }, (_, k) => ({
      ...act,
      _rev: `2-${hex(k + 1)}`,
      _revisions: { start: 2, ids: [hex(k + 1), parent.slice(2)] },
      kegiatan: `Suntingan luring ${k}`,
    }));
    const replies = await Promise.all(branches.map((b) => bulk(NIP.dewi, [b], false)));
    expect(replies.flat()).toEqual([]);
    const onServer = await stored(act._id, NIP.dewi, '?conflicts=true');
    const leaves = [onServer._rev, ...((onServer._conflicts as string[] | undefined) ?? [])];
    expect(leaves.sort()).toEqual(branches.map((b) => b._rev).sort());
  });
});

describe("one person's day pushed from two devices at once", () => {
  it('accepts only one of two overlapping entries (one time, one activity)', async () => {
    const morning = { nip: NIP.rina, date: today(), rhkId: null, ikiId: null };
    const phone = makeActivity({ ...morning, start: '16:00', end: '17:00' });
    const tablet = makeActivity({ ...morning, start: '16:30', end: '17:30' });
    const [onPhone, onTablet] = await Promise.all([
      bulk(NIP.rina, [phone]),
      bulk(NIP.rina, [tablet]),
    ]);
    const rows = [onPhone?.[0], onTablet?.[0]];
    expect(rows.filter((r) => r?.ok === true)).toHaveLength(1);
    expect(rows.filter((r) => r?.reason?.startsWith(WRITE_REASONS.overlap.id))).toHaveLength(1);
  });
});

describe('a verification racing its entry', () => {
  it('judges each against the revision the other left: never an approved entry edited', async () => {
    // Several rounds, so that both orders are likely to happen; each round must be consistent.
    for (let round = 0; round < 6; round++) {
      const act = makeEntry({ nip: NIP.dewi, date: today(), status: 'submitted', round: 1 });
      const [created] = await bulk(NIP.dewi, [act]);
      const approval = makeVerification(act, { appraiserNip: NIP.sri });
      // Dewi takes the entry back to edit it: a draft again, which Sri may no longer approve.
      const withdrawn = { ...act, _rev: created?.rev, status: 'draft', kegiatan: 'Diperbaiki' };
      const [[verdict], [edit]] = await Promise.all([
        bulk(NIP.sri, [approval]),
        bulk(NIP.dewi, [withdrawn]),
      ]);
      // Exactly one lands: approved first, the entry is locked; withdrawn first, there is no
      // submitted round left to approve.
      expect([verdict?.ok, edit?.ok].filter((ok) => ok === true)).toHaveLength(1);
      const entry = await stored(act._id, NIP.dewi);
      if (verdict?.ok === true) {
        expect(edit?.reason).toBe(WRITE_REASONS['activity-approved'].id);
        expect(entry).toMatchObject({ status: 'submitted', _rev: created?.rev });
      } else {
        expect(verdict?.reason).toBe(WRITE_REASONS['activity-not-submitted'].id);
        expect(entry).toMatchObject({ status: 'draft', kegiatan: 'Diperbaiki' });
      }
    }
  });
});

describe('an org chart change racing ordinary pushes', () => {
  it("judges every verification by the chart it was written against: Sri's, until Dewi moves", async () => {
    const entries = Array.from({ length: 12 }, () =>
      makeEntry({ nip: NIP.dewi, date: today(), status: 'submitted', round: 1 }),
    );
    expect((await bulk(NIP.dewi, entries)).every((r) => r.ok === true)).toBe(true);
    const dewi = await stored(`employee:${NIP.dewi}`, NIP.ratna);
    const others = Array.from({ length: 12 }, () => makeEntry({ nip: NIP.agus, date: today() }));
    // Sri verifies one entry per request while the Pengelola gives Dewi another superior and
    // Agus pushes his own entries.
    const [verdicts, moved, agus] = await Promise.all([
      Promise.all(
        entries.map((e) => bulk(NIP.sri, [makeVerification(e, { appraiserNip: NIP.sri })])),
      ),
      bulk(NIP.ratna, [{ ...dewi, superiorNip: NIP.bambang }]),
      Promise.all(others.map((e) => bulk(NIP.agus, [e]))),
    ]);
    expect(moved[0]?.ok).toBe(true);
    expect(agus.flat().every((r) => r.ok === true)).toBe(true);
    const order = await writeOrder();
    const movedAt = order.indexOf(dewi._id);
    for (const [row] of verdicts) {
      const at = order.indexOf(row?.id ?? '');
      // Accepted only if written before the move; refused only as no longer her appraiser.
      if (row?.ok === true) expect(at).toBeLessThan(movedAt);
      else expect(row?.reason).toBe(WRITE_REASONS['not-writer'].id);
    }
    // After the move, nothing of Sri's about Dewi passes any more.
    const late = makeEntry({ nip: NIP.dewi, date: today(), status: 'submitted', round: 1 });
    await bulk(NIP.dewi, [late]);
    const [after] = await bulk(NIP.sri, [makeVerification(late, { appraiserNip: NIP.sri })]);
    expect(after?.reason).toBe(WRITE_REASONS['not-writer'].id);
  });
});

describe("one person's big push beside another's small one", () => {
  it('writes a one-document push while the store is still writing the big one', async () => {
    const { store } = server.app.services;
    const times = slotsOver(pastDaysOfQuarter(today(), 30), 8000, { from: '17:00' });
    const big = times.map((t, i) =>
      makeActivity({ nip: NIP.hendra, ...t, rhkId: null, ikiId: null, kegiatan: `Arsip ${i}` }),
    );
    const small = makeEntry({ nip: NIP.agus, date: today() });
    const done: string[] = [];
    // The small push is sent once the big one holds its locks and the store is writing it (in
    // chunks of 500, so it takes a while); the store says when it has written each. Under the
    // old process-wide queue the small one could not even be judged before the big one ended.
    let bigWriting: () => void = () => {};
    const writing = new Promise<void>((resolve) => (bigWriting = resolve));
    const bulkDocs = store.bulkDocs.bind(store);
    store.bulkDocs = async (docs, newEdits) => {
      const which = docs.some((d) => d._id === big[0]?._id)
        ? 'big'
        : docs.some((d) => d._id === small._id)
          ? 'small'
          : null;
      // (The report summaries are written straight into the store too: not those.)
      if (which === 'big') bigWriting();
      const written = await bulkDocs(docs, newEdits);
      if (which) done.push(`${which} written`);
      return written;
    };
    try {
      const bigPush = bulkOnce(NIP.hendra, big);
      // Should the big push not reach the store, it ends first and the checks below say so.
      await Promise.race([writing, bigPush]);
      const [smallRow] = await bulkOnce(NIP.agus, [small]);
      const bigRows = await bigPush;
      expect(smallRow?.ok).toBe(true);
      expect(bigRows.filter((r) => r.ok !== true)).toEqual([]);
      expect(done).toEqual(['small written', 'big written']);
    } finally {
      store.bulkDocs = bulkDocs;
    }
  });
});
