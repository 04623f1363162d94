/**
 * Report summaries (Laporan) against the real server and real PouchDB clients: a teacher's entry
 * and her head's verification show in her school's report of the month; the report reaches the
 * school's head, the kepala dinas above and the Pengelola keeping it, and nobody else; no device
 * may write one; a deleted report comes back; a person on leave is listed as excluded; a person
 * who moves leaves the old unit's report.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { monthOf, monthRange } from '../../client/core/attendance';
import { addDays, durationMinutes, quarterOf } from '../../client/core/dates';
import { ids } from '../../client/core/ids';
import { REPORT_RULES_VERSION, reportMonths } from '../../client/core/report';
import type { ReportDoc, ReportPerson } from '../../client/core/schemas/report';
import {
  makeEntry,
  makeReport,
  makeVerification,
  today,
} from '../../client/core/testing/factories';
import { DEMO_PASSWORD } from '../../sync-server/seed/demo-org';
import { NIP } from '../../sync-server/seed/demo-people';
import { ReportWriter } from '../../sync-server/reports/report-writer';
import { openServerDb, setSetting, setting } from '../../sync-server/server-db';
import { localDb, remoteDb } from './support/clients';
import { basic, call, signIn } from './support/http';
import { startServer, tempDataDir, type TestServer } from './support/server';

const SCHOOL = 'sdn-gayungan-1';
let server: TestServer;
let dataDir: string;
const month = () => monthOf(today());
const reportId = () => ids.report(SCHOOL, month());
const previousQuarterId = () => {
  const q = quarterOf(today());
  const year = Number(today().slice(0, 4));
  return q === 1 ? `${year - 1}-q4` : `${year}-q${q - 1}`;
};

beforeAll(async () => {
  dataDir = tempDataDir('reports');
  server = await startServer({ dataDir });
});
afterAll(async () => {
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

type Services = TestServer['app']['services'];

/** The stored report of a unit-month (null when there is none), by default the file's server's. */
async function report(
  id = reportId(),
  s: Services = server.app.services,
): Promise<(ReportDoc & { _rev: string }) | null> {
  const found = await s.store.winning([id]);
  const doc = found.get(id);
  return doc && !doc._deleted ? (doc as unknown as ReportDoc & { _rev: string }) : null;
}

async function rowOf(
  nip: string,
  id = reportId(),
  s: Services = server.app.services,
): Promise<ReportPerson | undefined> {
  return (await report(id, s))?.people.find((p) => p.nip === nip);
}

async function push(nip: string, docs: unknown[]): Promise<unknown> {
  const r = await call(`${server.couchUrl}/_bulk_docs`, {
    method: 'POST',
    auth: basic(nip),
    json: { docs },
  });
  expect(r.status).toBe(201);
  return r.body;
}

describe('report summaries', () => {
  it('makes the documents of a month that begins, without waiting for a change', async () => {
    // Its own server, on a clock at the last evening of a month that then moves on a day.
    const end = monthRange(month()).end;
    let now = Date.parse(`${end}T20:00:00+07:00`);
    const own = await startServer({ config: { now: () => now } });
    try {
      const s = own.app.services;
      const next = monthOf(addDays(end, 1));
      const ofNext = async () =>
        (await s.store.winning([ids.report(SCHOOL, next)])).get(ids.report(SCHOOL, next));
      expect(await ofNext()).toBeUndefined();
      now += 24 * 3_600_000;
      await s.reports.settled();
      expect((await ofNext())?.people).toHaveLength(5);
    } finally {
      await own.stop();
    }
  });

  it('recomputes every report at start when the rules changed', async () => {
    const dir = tempDataDir('reports-rules');
    const first = await startServer({ dataDir: dir });
    const id = reportId();
    const s1 = first.app.services;
    const stored = (await s1.store.winning([id])).get(id) as unknown as ReportDoc & {
      _rev: string;
    };
    // Figures as rules of an earlier version computed them (written while nobody keeps them).
    await s1.reports.stop();
    const older = stored.people.map((p) => ({ ...p, minutes: p.minutes + 999 }));
    await s1.store.bulkDocs([{ ...stored, people: older }], true);
    setSetting(s1.serverDb, 'report_state', '0:clean');
    await first.stop();
    const second = await startServer({ dataDir: dir });
    try {
      const again = (await second.app.services.store.winning([id])).get(id) as unknown as ReportDoc;
      expect(again.people).toEqual(stored.people);
      expect(setting(second.app.services.serverDb, 'report_state')).toMatch(/^\d+:clean(:\d+)?$/);
    } finally {
      await second.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('when the feed index is rebuilt (new channel rules, a lost feed.sqlite)', () => {
    const dropIndex = (dir: string) => {
      for (const f of fs.readdirSync(dir))
        if (f.startsWith('feed.sqlite')) fs.rmSync(path.join(dir, f));
    };
    /** Unit-months each flush of the reports wrote, from here on. */
    const flushes = () => {
      const sizes: number[] = [];
      const write = ReportWriter.prototype.write;
      const spy = vi.spyOn(ReportWriter.prototype, 'write').mockImplementation(function (
        this: ReportWriter,
        batch,
        day,
      ) {
        sizes.push(batch.size);
        return write.call(this, batch, day);
      });
      return { sizes, restore: () => spy.mockRestore() };
    };

    // PouchDB (the embedded store, the express-pouchdb stand-in) numbers its changes; Apache
    // CouchDB's sequences are opaque strings, not compared: there every report is recomputed.
    it('recomputes nothing the reports already counted, where the store numbers its changes', async () => {
      const dir = tempDataDir('reports-reindex');
      const first = await startServer({ dataDir: dir });
      await first.app.services.reports.settled();
      const numbered = typeof (await first.app.services.store.info()).updateSeq === 'number';
      await first.stop();
      dropIndex(dir);
      const written = flushes();
      const second = await startServer({ dataDir: dir });
      try {
        await second.app.services.reports.settled();
        const units = written.sizes.reduce((a, b) => a + b, 0);
        expect(units).toBe(numbered ? 0 : 8 * reportMonths(today()).length);
        expect(setting(second.app.services.serverDb, 'report_state')).toMatch(
          numbered ? /^\d+:clean:\d+$/ : /^\d+:clean$/,
        );
      } finally {
        written.restore();
        await second.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    /**
     * A server whose reports were settled, then an entry of Dewi's stored while nobody kept them
     * (as by a server stopped before its tailer saw it); `beforeStart` edits the stopped data dir.
     * The server started again on a rebuilt feed index counts the entry in Dewi's row.
     */
    async function countsAfterRebuild(beforeStart: (dir: string, storeSeq: unknown) => void) {
      const dir = tempDataDir('reports-reindex-new');
      const first = await startServer({ dataDir: dir });
      const s1 = first.app.services;
      await s1.reports.settled();
      const before = await rowOf(NIP.dewi, reportId(), s1);
      await s1.reports.stop();
      const entry = makeEntry({ nip: NIP.dewi, date: today(), status: 'submitted', round: 1 });
      await s1.store.bulkDocs([entry], true);
      const storeSeq = (await s1.store.info()).updateSeq;
      await first.stop();
      beforeStart(dir, storeSeq);
      dropIndex(dir);
      const second = await startServer({ dataDir: dir });
      try {
        await second.app.services.reports.settled();
        expect((await rowOf(NIP.dewi, reportId(), second.app.services))?.minutes).toBe(
          (before?.minutes ?? 0) + durationMinutes(entry.start, entry.end),
        );
      } finally {
        await second.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }

    it('counts a change stored after the reports were last whole', async () => {
      await countsAfterRebuild(() => undefined);
    });

    it('counts every change when the store is behind the sequence the state names (a store put back from an earlier copy)', async () => {
      await countsAfterRebuild((dir, storeSeq) => {
        // server.sqlite of a later day: its clean state names a sequence this store never reached.
        if (typeof storeSeq !== 'number') return;
        const db = openServerDb(dir);
        setSetting(db, 'report_state', `${REPORT_RULES_VERSION}:clean:${storeSeq + 1000}`);
        db.close();
      });
    });
  });

  it('lists every person of every unit for the kept months, by name, at start', async () => {
    const doc = await report();
    expect(doc).not.toBeNull();
    const names = doc?.people.map((p) => p.name) ?? [];
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
    expect(doc?.people.map((p) => p.nip).sort()).toEqual(
      [NIP.sri, NIP.dewi, NIP.agus, NIP.rina, NIP.hendra].sort(),
    );
    expect((await report(ids.report('kelurahan-ketintang', month())))?.people).toHaveLength(3);
  });

  it("shows each person's SKP of the year and the appraisal of the quarter the month works on", async () => {
    // The demo approved every SKP of the year; Dewi's final appraisal is of the previous quarter,
    // which is this month's appraisal work (core periodOfMonth).
    const dewi = await rowOf(NIP.dewi);
    expect(dewi?.skp).toBe('approved');
    expect(dewi?.appraisal).toBe('final');
    expect(dewi?.predikat).not.toBeNull();
    expect((await report())?.periodId).toBe(previousQuarterId());
  });

  it('writes nothing when a recompute finds the same figures', async () => {
    const before = await server.app.services.store.byPrefix('report:');
    await server.app.services.reports.rebuild();
    const after = await server.app.services.store.byPrefix('report:');
    expect(after.map((d) => [d._id, d._rev])).toEqual(before.map((d) => [d._id, d._rev]));
    // Every demo unit (eight) for every kept month.
    expect(after.length).toBe(8 * reportMonths(today()).length);
  });

  it("shows a teacher's new entry, then her head's approval with its latency", async () => {
    const before = await rowOf(NIP.dewi);
    expect(before).toBeDefined();
    const colleagues = async () => (await report())?.people.filter((p) => p.nip !== NIP.dewi);
    const othersBefore = await colleagues();
    const entry = makeEntry({
      nip: NIP.dewi,
      date: today(),
      status: 'submitted',
      round: 1,
      kegiatan: 'Menyusun soal ulangan harian',
    });
    expect(await push(NIP.dewi, [entry])).toEqual([
      { id: entry._id, ok: true, rev: expect.any(String) },
    ]);
    await server.app.services.reports.settled();
    const logged = await rowOf(NIP.dewi);
    const day = Number(today().slice(8, 10));
    expect(logged?.days).toContain(day);
    expect(logged?.minutes).toBe((before?.minutes ?? 0) + durationMinutes(entry.start, entry.end));
    expect(logged?.entries.submitted).toBe((before?.entries.submitted ?? 0) + 1);

    const decidedAt = new Date(Date.parse(entry.updatedAt) + 5 * 3_600_000).toISOString();
    const verification = makeVerification(entry, { appraiserNip: NIP.sri, decidedAt });
    expect(await push(NIP.sri, [verification])).toEqual([
      { id: verification._id, ok: true, rev: expect.any(String) },
    ]);
    await server.app.services.reports.settled();
    const approved = await rowOf(NIP.dewi);
    expect(approved?.entries.submitted).toBe(before?.entries.submitted);
    expect(approved?.entries.approved).toBe((before?.entries.approved ?? 0) + 1);
    expect(approved?.verified.count).toBe((before?.verified.count ?? 0) + 1);
    expect(approved?.verified.within3Days).toBe((before?.verified.within3Days ?? 0) + 1);
    expect(approved?.verified.totalHours).toBeCloseTo((before?.verified.totalHours ?? 0) + 5, 2);
    // Her colleagues' rows did not move.
    expect(await colleagues()).toEqual(othersBefore);
    expect(othersBefore).toHaveLength(4);
  });

  it('tries a failed write of the reports again, without waiting for another change', async () => {
    const { store, reports } = server.app.services;
    const real = store.bulkDocs.bind(store);
    let failures = 1;
    store.bulkDocs = async (docs, newEdits) => {
      if (failures > 0 && docs.some((d) => String(d._id).startsWith('report:'))) {
        failures -= 1;
        throw new Error('the store did not answer');
      }
      return real(docs, newEdits);
    };
    try {
      const before = (await rowOf(NIP.agus))?.entries.submitted ?? 0;
      const entry = makeEntry({ nip: NIP.agus, date: today(), status: 'submitted', round: 1 });
      await push(NIP.agus, [entry]);
      await reports.settled();
      expect(failures).toBe(0);
      expect((await rowOf(NIP.agus))?.entries.submitted).toBe(before);
      // Nothing else changes: the retry alone brings the row up to date.
      await vi.waitFor(
        async () => expect((await rowOf(NIP.agus))?.entries.submitted).toBe(before + 1),
        { timeout: 15_000, interval: 200 },
      );
    } finally {
      store.bulkDocs = real;
    }
  });

  it("reaches the school's head, the kepala dinas and the Pengelola, and nobody else", async () => {
    const admin = await signIn(server.url, 'admin', 'admin-secret-1');
    // Eko, the camat, also keeps Kecamatan Gayungan as its Pengelola: another OPD.
    const named = await call(`${server.url}/api/admin/pengelola/${NIP.eko}`, {
      method: 'POST',
      auth: { token: admin },
      json: { scope: 'kecamatan-gayungan' },
    });
    expect(named.status).toBe(200);
    const received = async (nip: string) => {
      const device = localDb('reports');
      await device.replicate.from(remoteDb(server.couchUrl, nip, DEMO_PASSWORD));
      const res = await device.allDocs({ startkey: 'report:', endkey: 'report:\uffff' });
      await device.destroy();
      return res.rows.map((r) => r.id);
    };
    for (const nip of [NIP.sri, NIP.bambang, NIP.ratna])
      expect(await received(nip), nip).toContain(reportId());
    for (const nip of [NIP.dewi, NIP.agus, NIP.suharti, NIP.eko])
      expect(await received(nip), nip).not.toContain(reportId());
    expect(await received(NIP.dewi)).toEqual([]);
    expect(await received(NIP.eko)).toContain(ids.report('kelurahan-menanggal', month()));
  });

  it('refuses a report written from any device, per document, and stores nothing', async () => {
    const stored = await report();
    const forged = makeReport({ unitId: SCHOOL, month: '2020-01', periodId: null, people: [] });
    const edited = { ...stored, people: [] };
    for (const nip of [NIP.ratna, NIP.sri]) {
      const body = (await push(nip, [forged, edited])) as { id: string; error?: string }[];
      expect(body.map((r) => [r.id, r.error])).toEqual([
        [forged._id, 'forbidden'],
        [reportId(), 'forbidden'],
      ]);
    }
    expect(await report(forged._id)).toBeNull();
    expect((await report())?._rev).toBe(stored?._rev);
  });

  it('writes a deleted report again', async () => {
    const stored = await report();
    const [deleted] = await server.app.services.store.bulkDocs(
      [{ _id: reportId(), _rev: stored?._rev, _deleted: true }],
      true,
    );
    expect(deleted?.ok).toBe(true);
    await server.app.services.reports.settled();
    const back = await report();
    expect(back?.people).toEqual(stored?.people);
    expect(back?._rev).not.toBe(stored?._rev);
  });

  it('rebuilds at start a report deleted while the server was not keeping them', async () => {
    const s = server.app.services;
    const id = ids.report('sdn-ketintang-2', month());
    const stored = await report(id);
    await s.reports.stop();
    await s.store.bulkDocs([{ _id: id, _rev: stored?._rev, _deleted: true }], true);
    await s.tailer.catchUp();
    expect(await report(id)).toBeNull();
    await server.stop();
    server = await startServer({ dataDir });
    expect((await report(id))?.people).toEqual(stored?.people);
  });

  it('lists a person on leave as excluded, and a person who moved in the new unit only', async () => {
    const admin = await signIn(server.url, 'admin', 'admin-secret-1');
    const get = async (nip: string) =>
      (await call(`${server.couchUrl}/${ids.employee(nip)}`, { auth: { token: admin } }))
        .body as Record<string, unknown>;
    const rina = await get(NIP.rina);
    const agus = await get(NIP.agus);
    const put = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: { token: admin },
      json: {
        docs: [
          { ...rina, status: 'cuti', active: false },
          { ...agus, unitId: 'sdn-ketintang-2', superiorNip: NIP.suharti },
        ],
      },
    });
    expect((put.body as { ok?: boolean }[]).map((r) => r.ok)).toEqual([true, true]);
    await server.app.services.reports.settled();
    const row = await rowOf(NIP.rina);
    expect(row?.excluded).toBe('cuti');
    expect(await rowOf(NIP.agus)).toBeUndefined();
    const moved = await rowOf(NIP.agus, ids.report('sdn-ketintang-2', month()));
    expect(moved?.appraiserNip).toBe(NIP.suharti);
  });

  it('keeps a person who moved this month in the old unit’s earlier months, under the head of then', async () => {
    const admin = await signIn(server.url, 'admin', 'admin-secret-1');
    const hendra = (
      await call(`${server.couchUrl}/${ids.employee(NIP.hendra)}`, { auth: { token: admin } })
    ).body as Record<string, unknown>;
    const moveDay = `${month()}-01`;
    const put = await call(`${server.couchUrl}/_bulk_docs`, {
      method: 'POST',
      auth: { token: admin },
      json: {
        docs: [
          {
            ...hendra,
            unitId: 'sdn-ketintang-2',
            superiorNip: NIP.suharti,
            assignedFrom: moveDay,
            history: [
              {
                unitId: SCHOOL,
                superiorNip: NIP.sri,
                position: String(hendra.position),
                to: addDays(moveDay, -1),
              },
            ],
          },
        ],
      },
    });
    expect((put.body as { ok?: boolean }[]).map((r) => r.ok)).toEqual([true]);
    await server.app.services.reports.settled();
    const [previous] = reportMonths(today()).slice(-2);
    expect(previous).toBeDefined();
    const before = await rowOf(NIP.hendra, ids.report(SCHOOL, previous ?? ''));
    expect(before?.appraiserNip).toBe(NIP.sri);
    expect(await rowOf(NIP.hendra, ids.report('sdn-ketintang-2', previous ?? ''))).toBeUndefined();
    expect(await rowOf(NIP.hendra)).toBeUndefined();
    const now = await rowOf(NIP.hendra, ids.report('sdn-ketintang-2', month()));
    expect(now?.appraiserNip).toBe(NIP.suharti);
  });
});
