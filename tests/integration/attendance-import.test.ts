/**
 * The monthly attendance import against the real server and the demo organisation: a dry run
 * lists the refused rows (the first thousand of a file wrong everywhere) and writes nothing; a
 * file written month first is refused whole; Ratna applies a month; a re-import replaces its days
 * (a dry run counts the stored days it would lose) and leaves the correction Ratna applied
 * standing; an OPD's Pengelola imports only that OPD's people; Dewi's device (a real PouchDB
 * replicating) receives her month and not Agus's.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { datesOfMonth, monthOf } from '../../client/core/attendance';
import { LISTED_REFUSED_ROWS } from '../../client/core/attendance-import';
import type { AttendanceImportSummary } from '../../client/core/attendance-import-writes';
import {
  ATTENDANCE_IMPORT_COLUMNS,
  type AttendanceImportColumn,
} from '../../client/core/attendance-import-cells';
import { addDays, isoWeekday } from '../../client/core/dates';
import { ids } from '../../client/core/ids';
import type { AttendanceDoc } from '../../client/core/schemas/attendance';
import {
  makeApplied,
  makeAttendanceDecision,
  makeCorrection,
  today,
} from '../../client/core/testing/factories';
import { eventually } from '../../client/data/testing/eventually';
import { runAttendanceImport } from '../../sync-server/attendance-import/run-attendance-import';
import { toCsv } from '../../sync-server/org-import/csv';
import { NIP } from '../../sync-server/seed/demo-people';
import { deviceFleet } from './support/client-device';
import { call, signIn, type Auth } from './support/http';
import { startServer, type TestServer } from './support/server';

type Reply = {
  errors: { row: number; column?: string; reason: string }[];
  summary: AttendanceImportSummary;
  applied: boolean;
  written: number;
};
type Row = Record<AttendanceImportColumn, string>;

let server: TestServer;
let ratna: Auth;
let admin: Auth;
const fleet = deviceFleet(() => server.url);

/** A month the demo seed has no attendance for, and its working days (Monday to Friday). */
const MONTH = monthOf(addDays(`${monthOf(today())}-01`, -150));
const WORKDAYS = datesOfMonth(MONTH).filter((d) => isoWeekday(d) <= 5);

const row = (o: Partial<Row> = {}): Row => ({
  nip: NIP.dewi,
  tanggal: WORKDAYS[0] ?? '',
  jam_masuk: '06:40',
  jam_pulang: '14:30',
  status: 'hadir',
  apel: '',
  ...o,
});
/** A whole month of one person: on time except the late days given (check-in at 07:52, else 06:40). */
const monthOfRows = (nip: string, late: readonly string[] = []): Row[] =>
  WORKDAYS.map((tanggal) =>
    row({ nip, tanggal, jam_masuk: late.includes(tanggal) ? '07:52' : '06:40' }),
  );

async function importCsv(rows: readonly Row[], apply: boolean, auth: Auth = ratna) {
  const r = await call(`${server.url}/api/admin/attendance-import`, {
    method: 'POST',
    auth,
    json: { csv: toCsv(ATTENDANCE_IMPORT_COLUMNS, rows), apply },
  });
  return r;
}

async function imported(rows: readonly Row[], apply: boolean, auth?: Auth): Promise<Reply> {
  const r = await importCsv(rows, apply, auth);
  expect(r.status, r.text).toBe(200);
  return r.body as Reply;
}

/** The stored winning revision of a document (straight from the store), or null. */
async function stored(id: string): Promise<Record<string, unknown> | null> {
  const doc = (await server.app.services.store.winning([id])).get(id);
  return doc === undefined || doc._deleted === true ? null : doc;
}

async function put(doc: { _id: string }, auth: Auth): Promise<void> {
  const r = await call(`${server.couchUrl}/${doc._id}`, {
    method: 'PUT',
    auth,
    json: doc,
  });
  expect(r.status, r.text).toBe(201);
}

beforeAll(async () => {
  server = await startServer();
  ratna = { token: await signIn(server.url, NIP.ratna) };
  admin = { token: await signIn(server.url, 'admin', 'admin-secret-1') };
});
afterEach(async () => {
  await fleet.stopAll();
});
afterAll(async () => {
  await server?.stop();
});

describe('importing a month of attendance', () => {
  it('lists every refused row on a dry run, with its column and reason, and writes nothing', async () => {
    const reply = await imported(
      [
        row(),
        row({ nip: '199901012020121999' }),
        row({ tanggal: '2026-02-31' }),
        row({ tanggal: WORKDAYS[1], jam_masuk: '15:00', jam_pulang: '14:30' }),
        row({ tanggal: WORKDAYS[2], status: 'bolos' }),
        row({ status: 'izin' }),
      ],
      false,
    );
    expect(reply.applied).toBe(false);
    expect(reply.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'nip'],
      [4, 'tanggal'],
      [5, 'jam_pulang'],
      [6, 'status'],
      [7, 'tanggal'],
    ]);
    expect(reply.errors[0]?.reason).toBe('NIP 199901012020121999 tidak ada di data pegawai');
    expect(reply.errors[4]?.reason).toMatch(/sudah ada di baris 2/);
    expect(reply.summary).toMatchObject({ rows: 6, refusedRows: 5, errorCount: 5 });
    expect(await stored(ids.attendance(NIP.dewi, MONTH))).toBeNull();
  });

  it('lists the errors of the first 1,000 refused rows of a file wrong everywhere, and counts all', async () => {
    const rows = Array.from({ length: LISTED_REFUSED_ROWS + 200 }, () =>
      row({ nip: '199901012020121999', status: 'bolos' }),
    );
    const r = await importCsv(rows, false);
    expect(r.status, r.text.slice(0, 200)).toBe(200);
    const reply = r.body as Reply;
    const listed = new Set(reply.errors.map((e) => e.row));
    expect(listed.size).toBe(LISTED_REFUSED_ROWS);
    expect(Math.max(...listed)).toBe(LISTED_REFUSED_ROWS + 1);
    expect(reply.errors).toHaveLength(2 * LISTED_REFUSED_ROWS);
    expect(reply.summary).toMatchObject({
      rows: rows.length,
      refusedRows: rows.length,
      errorCount: 2 * rows.length,
    });
  });

  it('refuses a file written month first whole, naming a row that shows it', async () => {
    const monthFirst = (date: string) => {
      const [y, m, d] = date.split('-').map(Number);
      return `${m}/${d}/${y}`;
    };
    const rows = monthOfRows(NIP.dewi).map((r) => ({ ...r, tanggal: monthFirst(r.tanggal) }));
    const telling = WORKDAYS.findIndex((d) => Number(d.slice(8)) > 12);
    const reply = await imported(rows, true);
    expect(reply.applied).toBe(false);
    expect(reply.errors).toEqual([
      {
        row: telling + 2,
        column: 'tanggal',
        reason: expect.stringMatching(/menulis bulan lebih dulu/),
      },
    ]);
    expect(await stored(ids.attendance(NIP.dewi, MONTH))).toBeNull();
  });

  it('checks, then applies the months of the file as Ratna, and Dewi’s device receives hers only', async () => {
    const dewi = await fleet.device(NIP.dewi);
    const rows = [...monthOfRows(NIP.dewi, WORKDAYS.slice(3, 5)), ...monthOfRows(NIP.agus)];
    const dry = await imported(rows, false);
    expect(dry).toEqual({
      errors: [],
      summary: {
        rows: rows.length,
        people: 2,
        months: [MONTH],
        documents: 2,
        replaced: 0,
        unchanged: 0,
        droppedDays: 0,
        changedDays: 0,
        lateDays: 2,
        missingScans: 0,
        refusedRows: 0,
        errorCount: 0,
      },
      applied: false,
      written: 0,
    });
    expect(await stored(ids.attendance(NIP.dewi, MONTH))).toBeNull();

    const applied = await imported(rows, true);
    expect(applied).toMatchObject({ errors: [], applied: true, written: 2 });
    const month = (await stored(ids.attendance(NIP.dewi, MONTH))) as AttendanceDoc | null;
    expect(month).toMatchObject({ unitId: 'sdn-gayungan-1', importedBy: NIP.ratna });
    expect(month?.days).toHaveLength(WORKDAYS.length);
    expect(month?.days[3]).toMatchObject({ in: '07:52', out: '14:30', status: 'hadir' });

    await eventually(async () => {
      const got = await dewi.db.get(ids.attendance(NIP.dewi, MONTH));
      expect(got).toMatchObject({ month: MONTH });
    });
    const onHerDevice = await dewi.db.allDocs({
      startkey: 'attendance:',
      endkey: 'attendance:\uffff',
    });
    expect(onHerDevice.rows.map((r) => r.id)).not.toContain(ids.attendance(NIP.agus, MONTH));
    expect(onHerDevice.rows.every((r) => r.id.startsWith(`attendance:${NIP.dewi}:`))).toBe(true);

    const again = await imported(rows, true);
    expect(again).toMatchObject({ applied: true, written: 0, summary: { unchanged: 2 } });
  });

  it('replaces the month on a re-import and leaves the correction Ratna applied standing', async () => {
    const sri = { token: await signIn(server.url, NIP.sri) };
    const dewi = { token: await signIn(server.url, NIP.dewi) };
    const date = WORKDAYS[3] as string;
    const request = makeCorrection({
      nip: NIP.dewi,
      date,
      unitId: 'sdn-gayungan-1',
      requestedAt: new Date().toISOString(),
    });
    await put(request, dewi);
    const decision = makeAttendanceDecision(request, { appraiserNip: NIP.sri });
    await put(decision, sri);
    const applied = makeApplied(request, decision, { appliedBy: NIP.ratna });
    await put(applied, ratna);
    const appliedRev = (await stored(applied._id))?._rev;

    const rows = monthOfRows(NIP.dewi).map((r, i) =>
      i === 0 ? { ...r, status: 'sakit', jam_masuk: '', jam_pulang: '' } : r,
    );
    // Half the month only: a dry run says how many stored days it would lose and change.
    const half = Math.floor(rows.length / 2);
    const partial = await imported(rows.slice(half), false);
    expect(partial.summary).toMatchObject({ replaced: 1, droppedDays: half, changedDays: 0 });
    // The month stored has Dewi late on two days (the second test); the file has her on time.
    const reply = await imported(rows, true);
    expect(reply).toMatchObject({
      applied: true,
      written: 1,
      summary: { replaced: 1, droppedDays: 0, changedDays: 3 },
    });
    const month = (await stored(ids.attendance(NIP.dewi, MONTH))) as AttendanceDoc | null;
    expect(month?.days[0]).toEqual({ date: WORKDAYS[0], status: 'sakit', in: null, out: null });
    expect(month?.days[3]).toMatchObject({ in: '06:40' });
    expect(await stored(applied._id)).toMatchObject({
      _rev: appliedRev,
      change: { status: 'dinas-luar' },
    });
  });

  it('takes back the batches already written when a later one fails, and says which row', async () => {
    const content = async (nip: string) => {
      const doc = await stored(ids.attendance(nip, MONTH));
      if (doc === null) return null;
      const { _rev, ...rest } = doc;
      return (void _rev, rest);
    };
    const before = { dewi: await content(NIP.dewi), agus: await content(NIP.agus) };
    expect(before.dewi).not.toBeNull();
    const rows = [
      ...monthOfRows(NIP.dewi, WORKDAYS.slice(0, 2)),
      ...monthOfRows(NIP.agus, WORKDAYS.slice(0, 1)),
      ...monthOfRows(NIP.rina),
    ];
    const failing = ids.attendance(NIP.rina, MONTH);
    // A store that fails one document (as a CouchDB written by another server may), in the third
    // of three one-month batches.
    const store = server.app.services.store;
    const bulkDocs = store.bulkDocs.bind(store);
    store.bulkDocs = async (docs, newEdits) =>
      docs.some((d) => d._id === failing)
        ? docs.map((d) => ({ id: d._id as string, error: 'unknown_error', reason: 'disk full' }))
        : bulkDocs(docs, newEdits);
    try {
      const account = server.app.services.accounts.find(NIP.ratna);
      if (!account) throw new Error('no account');
      const reply = await runAttendanceImport(
        server.app.services,
        account,
        toCsv(ATTENDANCE_IMPORT_COLUMNS, rows),
        { apply: true, batch: 1 },
      );
      expect(reply).toMatchObject({
        applied: false,
        errors: [{ row: 2 + 2 * WORKDAYS.length, reason: 'disk full' }],
      });
    } finally {
      store.bulkDocs = bulkDocs;
    }
    expect({ dewi: await content(NIP.dewi), agus: await content(NIP.agus) }).toEqual(before);
    expect(await stored(failing)).toBeNull();
  });

  it('lets a Pengelola of one OPD import the people of that OPD only', async () => {
    const named = await call(`${server.url}/api/admin/pengelola/${NIP.eko}`, {
      method: 'POST',
      auth: admin,
      json: { scope: 'kecamatan-gayungan' },
    });
    expect(named.status).toBe(200);
    const eko = { token: await signIn(server.url, NIP.eko) };
    const refused = await imported([row({ nip: NIP.yoga }), row()], true, eko);
    expect(refused.applied).toBe(false);
    expect(refused.errors).toEqual([
      {
        row: 3,
        column: 'nip',
        reason: `Pegawai ${NIP.dewi} di luar unit kerja yang Anda kelola sebagai Pengelola Kinerja`,
      },
    ]);
    expect(await stored(ids.attendance(NIP.yoga, MONTH))).toBeNull();
    const done = await imported([row({ nip: NIP.yoga })], true, eko);
    expect(done, JSON.stringify(done)).toMatchObject({ applied: true, written: 1 });
    expect(await stored(ids.attendance(NIP.yoga, MONTH))).toMatchObject({ importedBy: NIP.eko });
  });

  it('is for a Pengelola or the admin only', async () => {
    const sri = { token: await signIn(server.url, NIP.sri) };
    const r = await importCsv([row()], false, sri);
    expect(r.status).toBe(403);
  });

  it('takes a body larger than the ordinary /api limit (a month of thousands of people)', async () => {
    const csv = toCsv(ATTENDANCE_IMPORT_COLUMNS, [row()]);
    const padded = `{"csv": ${JSON.stringify(csv)},${' '.repeat(12 * 1024 * 1024)}"apply": false}`;
    const r = await call(`${server.url}/api/admin/attendance-import`, {
      method: 'POST',
      auth: ratna,
      body: padded,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(r.status, r.text.slice(0, 200)).toBe(200);
    expect((r.body as Reply).summary.rows).toBe(1);
  });
});
