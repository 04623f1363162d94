/**
 * What a command needs to judge a write as the server will: the writer, the local database, and
 * the org chart, periods and related documents read from that database. Every command takes the
 * context as a parameter: user-runtime.ts builds it once per signed-in user, screens get it from
 * `useCommandContext()` (user-data.ts), tests build their own.
 */
import { buildOrgChart, type User } from '../../core/org-chart';
import type { EmployeeDoc, PeriodDoc, UnitDoc } from '../../core/schemas/reference';
import { relatedIdsOf, relatedPrefixesOf } from '../../core/validate-write';
import type { DocsUnderPrefixes, RawDoc, WriteContext } from '../../core/write-context';
import type { LocalDb, StoredDoc } from '../local-db';
import type { ReadModel } from '../read-model';
import type { CommandsInFlight } from './in-flight';

export type CommandContext = {
  db: LocalDb;
  user: User;
  /**
   * The read model that what a command writes is projected into at once (projector.ts
   * `projectLocalWrites`), so the screen the person goes to next already shows it; without it,
   * writes reach the screens through the projector's feed only.
   */
  readModel?: ReadModel;
  /**
   * The signed-in person's commands in flight (in-flight.ts), which sign-out waits for; absent in
   * tests' contexts.
   */
  inFlight?: CommandsInFlight;
  /** The clock, epoch ms (tests fix it). */
  now?: () => number;
  timeZone?: string;
};

async function docsWithPrefix<T>(db: LocalDb, prefix: string): Promise<T[]> {
  const res = await db.allDocs({ startkey: prefix, endkey: `${prefix}\ufff0`, include_docs: true });
  return res.rows.flatMap((r) => (r.doc ? [r.doc as unknown as T] : []));
}

/** Winning revisions of documents by id; absent and deleted documents are left out. */
export async function getDocs(
  db: LocalDb,
  ids: readonly string[],
): Promise<Map<string, StoredDoc>> {
  if (ids.length === 0) return new Map();
  const res = await db.allDocs({ keys: [...new Set(ids)], include_docs: true });
  const out = new Map<string, StoredDoc>();
  for (const row of res.rows) {
    if ('doc' in row && row.doc) out.set(row.id, row.doc as StoredDoc);
  }
  return out;
}

/**
 * Live documents under each prefix (`relatedPrefixesOf`: the day's other entries of an activity),
 * by prefix and id; a range read leaves deleted ones out.
 */
async function docsUnderPrefixes(db: LocalDb, ids: readonly string[]): Promise<DocsUnderPrefixes> {
  const prefixes = [...new Set(ids.flatMap(relatedPrefixesOf))];
  const loaded = await Promise.all(prefixes.map((p) => docsWithPrefix<RawDoc>(db, p)));
  return new Map(prefixes.map((p, k) => [p, new Map((loaded[k] ?? []).map((d) => [d._id, d]))]));
}

/**
 * The rules' context for writing a batch of documents `ids`, as this device knows it now:
 * `related` holds the documents `relatedIdsOf` names, `under` those under `relatedPrefixesOf`,
 * for `putDocs` to keep current as it accepts the batch's writes one by one.
 */
export async function loadBatchContext(
  db: LocalDb,
  ids: readonly string[],
  ctx: Pick<CommandContext, 'now' | 'timeZone'> = {},
  extraRelated: readonly string[] = [],
): Promise<{ context: WriteContext; under: DocsUnderPrefixes }> {
  const [employees, units, periods, related, under] = await Promise.all([
    docsWithPrefix<EmployeeDoc>(db, 'employee:'),
    docsWithPrefix<UnitDoc>(db, 'unit:'),
    docsWithPrefix<PeriodDoc>(db, 'period:'),
    getDocs(db, [...ids.flatMap(relatedIdsOf), ...extraRelated]),
    docsUnderPrefixes(db, ids),
  ]);
  const context: WriteContext = {
    chart: buildOrgChart(employees, units),
    now: (ctx.now ?? Date.now)(),
    ...(ctx.timeZone === undefined ? {} : { timeZone: ctx.timeZone }),
    periods: new Map(periods.map((p) => [p.periodId, p])),
    related: Object.fromEntries(related),
  };
  return { context, under };
}

/** The rules' context for writing the documents `ids`, as this device knows it now. */
export async function loadWriteContext(
  db: LocalDb,
  ids: readonly string[],
  ctx: Pick<CommandContext, 'now' | 'timeZone'> = {},
  extraRelated: readonly string[] = [],
): Promise<WriteContext> {
  const { context, under } = await loadBatchContext(db, ids, ctx, extraRelated);
  return { ...context, underPrefixes: under };
}

/** A copy for validation: attachment bodies (Blobs) become their size, as stubs do. */
export function forValidation(doc: RawDoc): RawDoc {
  const atts = doc._attachments as
    Record<string, { content_type: string; data?: unknown }> | undefined;
  if (!atts) return doc;
  const copy: Record<string, unknown> = {};
  for (const [name, a] of Object.entries(atts)) {
    if (a.data === undefined || typeof a.data === 'string') copy[name] = a;
    else copy[name] = { content_type: a.content_type, length: (a.data as Blob).size };
  }
  return { ...doc, _attachments: copy };
}
