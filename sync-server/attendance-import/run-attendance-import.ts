/**
 * The monthly attendance import as the server runs it (POST /api/admin/attendance-import): the
 * CSV text parsed at this edge (org-import/csv.ts), checked by core against the organisation
 * and the importer's reach, the stored months of its people read, and (when asked and clean)
 * the new months written as the Pengelola, all or nothing, through the gatekeeper, which judges
 * every document and records each in the audit log. The applied corrections are their own
 * documents: a re-import never touches them.
 *
 * In batches of WRITE_BATCH months, each all or nothing: a month of 5,000 people is 5,000
 * documents of about 2 KB, and one write of them all would hold the write queue (every other
 * person's sync) for many seconds (bench `attendance`); between two batches the others' writes
 * go on. Should a batch be refused (a month changed since the check) or the store fail, the
 * batches already written are taken back (org-import/apply.ts undoWritten): all or nothing still.
 */
import { monthOf } from '../../client/core/attendance';
import {
  checkAttendanceImport,
  listRefusals,
  type AttendanceImportError,
} from '../../client/core/attendance-import';
import {
  attendanceWrites,
  refusedSummary,
  type AttendanceImportSummary,
  type StoredAttendance,
} from '../../client/core/attendance-import-writes';
import { readImportDate } from '../../client/core/attendance-import-cells';
import { ids } from '../../client/core/ids';
import { rowNumberOf } from '../../client/core/org-import/org-columns';
import { normalizeNip } from '../../client/core/org-import/read-rows';
import { attendanceSchema } from '../../client/core/schemas/attendance';
import { DEFAULT_WORK_HOURS } from '../../client/core/work-hours';
import type { Account } from '../auth/accounts';
import { readCsv } from '../org-import/csv';
import { refusalReason, undoWritten, type PlannedWrite } from '../org-import/apply';
import { ABORTED, gatedWrite } from '../replication/gatekeeper';
import { todayOf, userOf } from '../replication/authorization';
import type { Services } from '../services';
import type { StoredDoc, WriteResult } from '../store/store';

/** Months per all-or-nothing write (see above). */
export const WRITE_BATCH = 1_000;

export type AttendanceImportResult = {
  /** The errors of the first LISTED_REFUSED_ROWS refused rows; the summary counts them all. */
  errors: AttendanceImportError[];
  summary: AttendanceImportSummary;
  /** True after a clean apply (also when every month was already stored as the file has it). */
  applied: boolean;
  /** Person-months written by the apply. */
  written: number;
};

/**
 * The stored live months of these ids: as stored (what an undo puts back), and as the plan
 * compares and replaces them.
 */
async function storedMonths(
  s: Services,
  monthIds: readonly string[],
): Promise<{ raw: Map<string, StoredDoc>; months: Map<string, StoredAttendance> }> {
  // With a store only this server writes, an id its current feed index does not know is not
  // stored (as the gatekeeper reasons): a first import of a month asks the store nothing.
  const mayExist = (id: string) => !s.tailer.knowsEveryStoredId || s.index.has(id);
  const raw = await s.store.winning(monthIds.filter(mayExist));
  const out = new Map<string, StoredAttendance>();
  for (const [id, doc] of raw) {
    if (doc._deleted === true) continue;
    const parsed = attendanceSchema.safeParse(doc);
    // A stored month that no longer reads is replaced like any other.
    out.set(
      id,
      parsed.success
        ? { ...parsed.data, _rev: doc._rev }
        : { _id: id, _rev: doc._rev, unitId: '', hours: DEFAULT_WORK_HOURS, days: [] },
    );
  }
  return { raw, months: out };
}

/**
 * Checks an attendance CSV file and, with `apply`, writes its months when nothing is wrong
 * (`batch`: months per write, WRITE_BATCH unless a test says otherwise).
 */
export async function runAttendanceImport(
  s: Services,
  account: Account,
  csv: string,
  opts: { apply: boolean; batch?: number },
): Promise<AttendanceImportResult> {
  const batchSize = opts.batch ?? WRITE_BATCH;
  const parsed = readCsv(csv);
  const plan = checkAttendanceImport(
    parsed.rows,
    {
      employees: s.org.employeeDocs(),
      units: new Map(s.org.unitDocs().map((u) => [u.unitId, u])),
      chart: s.org.chart,
    },
    { user: userOf(account), today: todayOf(s), at: new Date(s.config.now()).toISOString() },
  );
  if (parsed.errors.length > 0 || !plan.ok) {
    const refused = listRefusals([...parsed.errors, ...plan.errors]);
    return {
      errors: refused.errors,
      summary: refusedSummary(plan.rows, refused),
      applied: false,
      written: 0,
    };
  }

  const stored = await storedMonths(
    s,
    plan.docs.map((d) => d._id),
  );
  const { docs, summary } = attendanceWrites(plan, stored.months);
  if (!opts.apply || docs.length === 0)
    return { errors: [], summary, applied: opts.apply, written: 0 };

  const entries: PlannedWrite[] = docs.map((doc) => ({
    before: stored.raw.get(doc._id) ?? null,
    doc,
  }));
  const results: WriteResult[] = [];
  for (let i = 0; i < entries.length; i += batchSize) {
    const batch = entries.slice(i, i + batchSize).map((e) => e.doc);
    results.push(...(await gatedWrite(s, account, batch, true, { allOrNothing: true })));
    if (results.some((r) => r.ok !== true)) break;
  }
  const failed = results.filter((r) => r.ok !== true);
  if (failed.length === 0) {
    s.log.info(
      { user: account.nip, docs: docs.length, months: summary.months },
      'attendance import applied',
    );
    return { errors: [], summary, applied: true, written: docs.length };
  }
  await undoWritten(s, entries.slice(0, results.length), results);
  s.log.warn(
    { user: account.nip, refused: failed.length, first: failed[0] },
    'attendance import not applied',
  );
  const rowOf = firstRowOfMonth(parsed.rows);
  const refused = listRefusals(
    failed
      .filter((r) => r.error !== ABORTED)
      .map((r) => ({ row: rowOf.get(r.id) ?? 1, reason: refusalReason(r) })),
  );
  return {
    errors: refused.errors,
    summary: { ...summary, refusedRows: refused.refusedRows, errorCount: refused.errorCount },
    applied: false,
    written: 0,
  };
}

/** The first row of each person-month of a file: where a refused month document is reported. */
function firstRowOfMonth(rows: readonly Record<string, string>[]): Map<string, number> {
  const out = new Map<string, number>();
  rows.forEach((r, i) => {
    const date = readImportDate(r.tanggal);
    if (!date) return;
    const id = ids.attendance(normalizeNip(r.nip), monthOf(date));
    if (!out.has(id)) out.set(id, rowNumberOf(i));
  });
  return out;
}
