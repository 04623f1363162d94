/**
 * The report summaries' state (`report_state` in server.sqlite) says `clean` only when what they
 * were computed from is known to be whole. While this process's feed index lags (an indexing run
 * failed), a change it missed was never marked: a summary written then may be short of it, so the
 * state stays `dirty` and the next keeper (a restart, a takeover) recomputes everything. Once the
 * index catches up, the missed change is marked, written, and the state is `clean` again.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthOf } from '../../client/core/attendance';
import { ids } from '../../client/core/ids';
import type { ReportDoc } from '../../client/core/schemas/report';
import { makeEntry, today } from '../../client/core/testing/factories';
import { NIP } from '../../sync-server/seed/demo-people';
import { setting } from '../../sync-server/server-db';
import { basic, call } from './support/http';
import { startServer, tempDataDir, type TestServer } from './support/server';

let server: TestServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = tempDataDir('reports-index-lag');
  server = await startServer({ dataDir });
});
afterAll(async () => {
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const state = () => setting(server.app.services.serverDb, 'report_state');

/** Dewi's row in her school's report of this month. */
async function dewisRow() {
  const id = ids.report('sdn-gayungan-1', monthOf(today()));
  const doc = (await server.app.services.store.winning([id])).get(id) as unknown as ReportDoc;
  return doc.people.find((p) => p.nip === NIP.dewi);
}

describe('report summaries while the feed index lags', () => {
  it('stay marked for a recompute until the index has caught up, then are clean', async () => {
    const { reports, index, tailer } = server.app.services;
    await reports.settled();
    expect(state()).toMatch(/^\d+:clean(:\d+)?$/);
    const before = (await dewisRow())?.entries.submitted ?? 0;

    // The index's disk fails while Dewi's entry is written: nothing marks her month.
    const apply = index.apply.bind(index);
    index.apply = () => {
      throw new Error('SQLITE_FULL: database or disk is full');
    };
    try {
      const entry = makeEntry({ nip: NIP.dewi, date: today(), status: 'submitted', round: 1 });
      const sent = await call(`${server.couchUrl}/_bulk_docs`, {
        method: 'POST',
        auth: basic(NIP.dewi),
        json: { docs: [entry] },
      });
      expect(sent.body).toMatchObject([{ ok: true }]);
      expect(tailer.indexBehind).toBe(true);

      // A flush now (here every unit-month, as a rebuild does) is written, but cannot be known
      // to hold every change: the state stays dirty, so a restart or a takeover recomputes.
      await reports.rebuild();
      expect(tailer.indexBehind).toBe(true);
      expect(state()).toMatch(/:dirty$/);
    } finally {
      index.apply = apply;
    }

    // The index catches up: the entry is indexed, its month written, and the state is clean.
    await tailer.catchUp();
    expect(tailer.indexBehind).toBe(false);
    await reports.settled();
    expect((await dewisRow())?.entries.submitted).toBe(before + 1);
    expect(state()).toMatch(/^\d+:clean(:\d+)?$/);
  });
});
