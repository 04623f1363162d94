/**
 * Every write goes through here (`_bulk_docs`, `PUT /{id}`, `DELETE /{id}`, attachment PUT):
 * each document is judged by core's validateWrite against the stored winning revision, the org
 * chart, the periods and its related documents; refused ones get `{id, error: "forbidden",
 * reason}`, the others are written in one store call. Re-pushed revisions are a no-op. What a
 * Pengelola or the admin wrote as Pengelola (the documents only they may write) is then recorded
 * in the audit log, with the winner it replaced.
 */
import {
  noteAccepted,
  relatedIdsOf,
  relatedPrefixesOf,
  validateWrite,
  validateWriter,
} from '../../client/core/validate-write';
import type { DocsUnderPrefixes, RawDoc, WriteContext } from '../../client/core/write-context';
import { attachmentBytes } from '../../client/core/photos';
import { civilDate } from '../../client/core/dates';
import { docBytes } from './quotas';
import { WRITE_REASONS, type WriteVerdict } from '../../client/core/write-reasons';
import { isPengelola } from '../../client/core/org-chart';
import { MAX_ID_LENGTH, typeOfId } from '../../client/core/ids';
import { OrgState } from '../feed/org-state';
import { WRITER_OF } from '../../client/core/permissions';
import type { DocChange } from '../audit/audit-log';
import type { Account } from '../auth/accounts';
import type { Services } from '../services';
import { PrefixReader } from '../store/prefix-reader';
import type { StoredDoc, WriteResult } from '../store/store';
import { userOf } from './authorization';
import { isRev } from './params';

/** The largest attachment accepted, decoded. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** Replication fields a client may send that are dropped, not stored. */
const DROPPED_META = new Set(['_conflicts', '_deleted_conflicts', '_revs_info', '_local_seq']);
const KEPT_META = new Set(['_id', '_rev', '_deleted', '_attachments', '_revisions']);

type Candidate = { i: number; doc: RawDoc };

export type GatedWriteOptions = {
  /**
   * Write nothing unless every document passes (the organisation import): the others then get
   * the error `aborted`. Judged and written holding the write locks exclusively, so nothing can
   * change between the judging and the writing. A store that fails one document midway can still
   * leave the others written: the caller undoes them.
   */
  allOrNothing?: boolean;
};

/** The error of a document left unwritten because another one of an all-or-nothing write failed. */
export const ABORTED = 'aborted';

/**
 * Judges and writes documents; one result per input document, in order. A write holds the locks
 * of what its judging reads (`lockKeysOf`) until its documents are indexed, so writes of other
 * documents run beside it; one that changes everyone's judging (units, people, periods, or an
 * all-or-nothing import) runs alone (ADR 0022).
 */
export async function gatedWrite(
  s: Services,
  account: Account,
  input: readonly unknown[],
  newEdits: boolean,
  opts: GatedWriteOptions = {},
): Promise<WriteResult[]> {
  const ids = input.map(idOf).filter((id) => id.length > 0);
  // Only a Pengelola (or the admin) may write units, people and periods: anyone else's attempt
  // is refused from its id, so it need not stop everyone's writes.
  const changesOrg = isPengelola(userOf(account)) && ids.some((id) => OrgState.isOrgDoc(id));
  const write = async () => {
    const { results, newDocs, dayEntries } = await judgeAndWrite(
      s,
      account,
      input,
      newEdits,
      opts,
    ).catch(async (err: unknown) => {
      // A store that wrote part of the batch and then failed: what it wrote is read from its
      // changes feed before the keys are released, so the index never misses a stored id.
      await s.tailer.catchUp().catch(() => undefined);
      throw err;
    });
    // Indexed before the locks are released: the next writer of these keys then finds them in
    // the index (mayExist below, the org state, the day's entries). The documents are written
    // whatever the index does: a failed indexing run is logged by the tailer, and until a run
    // succeeds the gatekeeper asks the store instead of the index.
    await s.tailer.indexWritten(newDocs).catch(() => undefined);
    prefixReaderOf(s).settled(dayEntries);
    return results;
  };
  return opts.allOrNothing === true || changesOrg
    ? s.writes.exclusive(write)
    : s.writes.run(lockKeysOf(ids), write);
}

/**
 * The lock keys of a write of these ids: every key its judging reads. Each id and each id
 * `relatedIdsOf` names, and each prefix `relatedPrefixesOf` names (a person's entries of a day).
 * An id under such a prefix is locked as its prefix, so an entry's write and a write that reads
 * the entry's whole day share a key (the lock is per person and day for entries).
 */
export function lockKeysOf(ids: readonly string[]): Set<string> {
  const keyOf = (id: string) => relatedPrefixesOf(id).find((p) => id.startsWith(p)) ?? id;
  const keys = new Set<string>();
  for (const id of ids) {
    keys.add(keyOf(id));
    for (const related of relatedIdsOf(id)) keys.add(keyOf(related));
    for (const prefix of relatedPrefixesOf(id)) keys.add(prefix);
  }
  return keys;
}

/**
 * Judges and writes; `newDocs` lists what was written when every written document was new to
 * the store (its revision its only leaf), so the tailer may index them without reading back
 * (with a shared store another server may have written the same id meanwhile: the tailer's
 * next read of the feed sees the second leaf and indexes the document again).
 */
async function judgeAndWrite(
  s: Services,
  account: Account,
  input: readonly unknown[],
  newEdits: boolean,
  opts: GatedWriteOptions,
): Promise<{ results: WriteResult[]; newDocs: StoredDoc[] | null; dayEntries: string[] }> {
  const results: (WriteResult | null)[] = input.map(() => null);
  const base: Omit<WriteContext, 'related'> = {
    chart: s.org.chart,
    now: s.config.now(),
    periods: s.org.periods,
  };
  const user = userOf(account);
  let candidates: Candidate[] = [];
  input.forEach((raw, i) => {
    const shaped = shapeOf(raw, newEdits);
    if (!('doc' in shaped)) {
      results[i] = shaped;
      return;
    }
    // Who may write is judged from the id before anything is looked up, so the answer for a
    // document the user may not write is the same whether it exists or not (no 409, no no-op).
    const writer = validateWriter(shaped.doc._id, user, base);
    if (writer.ok) candidates.push({ i, doc: shaped.doc });
    else results[i] = { id: shaped.doc._id, error: 'forbidden', reason: writer.reason };
  });

  // With a store only this server writes, an id a current feed index does not know is not stored:
  // new documents (most of a push) need no store lookups. Locks (approved, final, written once)
  // depend on this answer, so an index that may lag is never trusted with it. Every id asked here
  // is under a lock key this write holds (lockKeysOf), and a write releases its keys only once
  // its documents are indexed (gatedWrite): no write of these ids is in flight unindexed.
  const indexed = s.index.existing(
    candidates.flatMap((c) => [c.doc._id, ...relatedIdsOf(c.doc._id)]),
  );
  const mayExist = (id: string) => !s.tailer.knowsEveryStoredId || indexed.has(id);
  if (!newEdits && candidates.length > 0) {
    const revs: Record<string, string[]> = {};
    for (const c of candidates) {
      if (mayExist(c.doc._id)) (revs[c.doc._id] ??= []).push(c.doc._rev as string);
    }
    const diff = await s.store.revsDiff(revs);
    candidates = candidates.filter((c) => {
      const isNew =
        !(c.doc._id in revs) || (diff[c.doc._id]?.missing.includes(c.doc._rev as string) ?? false);
      if (!isNew) results[c.i] = { id: c.doc._id, ok: true, rev: c.doc._rev as string };
      return isNew;
    });
  }

  const ids = candidates.flatMap((c) => [c.doc._id, ...relatedIdsOf(c.doc._id)]).filter(mayExist);
  const [winning, under] = await Promise.all([
    s.store.winning(ids),
    storedUnderPrefixes(s, candidates),
  ]);
  // Units and people refer to each other (a unit's parent and head, a person's unit and
  // superior). An all-or-nothing write (the organisation import) lands as one, so it is judged
  // against the organisation it leaves behind; any other batch (a Pengelola's device pushing a
  // new unit and its sub-unit) judges each document against the organisation with the batch's
  // earlier accepted units and people in it, as the device that wrote them in that order did.
  // So are a day's entries (the overlap rule): the stored ones with the batch's accepted ones.
  let judgedAgainst = opts.allOrNothing
    ? { ...base, chart: s.org.chartWith(candidates.map((c) => c.doc)) }
    : base;
  const orgSoFar: Record<string, unknown>[] = [];
  let accepted: Candidate[] = [];
  const judge = (c: Candidate, old: StoredDoc | null): Promise<WriteVerdict> | WriteVerdict => {
    const ctx = { ...judgedAgainst, related: relatedOf(c.doc._id, winning), underPrefixes: under };
    return newEdits
      ? validateWrite(c.doc, old, user, ctx)
      : judgeReplicated(s, c.doc, old, user, ctx);
  };
  const accept = (c: Candidate) => {
    accepted.push(c);
    noteAccepted(under, c.doc);
    if (!opts.allOrNothing && isOrgChartDoc(c.doc._id)) {
      orgSoFar.push(c.doc);
      judgedAgainst = { ...base, chart: s.org.chartWith(orgSoFar) };
    }
  };
  let overlapping: { c: Candidate; verdict: WriteVerdict }[] = [];
  for (const c of candidates) {
    const old = winning.get(c.doc._id) ?? null;
    if (newEdits && isConflict(c.doc, old)) {
      results[c.i] = { id: c.doc._id, error: 'conflict', reason: 'Document update conflict.' };
      continue;
    }
    const verdict = await judge(c, old);
    if (verdict.ok) accept(c);
    else if (verdict.code === 'overlap') overlapping.push({ c, verdict });
    else results[c.i] = { id: c.doc._id, error: 'forbidden', reason: verdict.reason };
  }
  // An entry that overlapped the stored revision of one the batch moves later (both edited
  // offline, in that order) passes once that one is accepted: judged again while any passes.
  for (let again = true; again && overlapping.length > 0;) {
    again = false;
    const still: typeof overlapping = [];
    for (const { c } of overlapping) {
      const verdict = await judge(c, winning.get(c.doc._id) ?? null);
      if (verdict.ok) {
        accept(c);
        again = true;
      } else still.push({ c, verdict });
    }
    overlapping = still;
  }
  for (const { c, verdict } of overlapping)
    if (!verdict.ok) results[c.i] = { id: c.doc._id, error: 'forbidden', reason: verdict.reason };
  accepted.sort((a, b) => a.i - b.i);

  const day = civilDate(base.now);
  const overQuota = s.quotas.check(
    user,
    day,
    accepted.map((c) => ({
      id: c.doc._id,
      bytes: docBytes(c.doc),
      deleted: c.doc._deleted === true,
    })),
  );
  accepted = accepted.filter((c, k) => {
    const reason = overQuota[k];
    if (reason) results[c.i] = { id: c.doc._id, error: 'forbidden', reason };
    return !reason;
  });

  if (opts.allOrNothing && results.some((r) => r?.error !== undefined)) {
    for (const c of accepted)
      results[c.i] = {
        id: c.doc._id,
        error: ABORTED,
        reason: 'Tidak ditulis: dokumen lain dalam kiriman yang sama ditolak',
      };
    accepted = [];
  }

  const written = await s.store.bulkDocs(
    accepted.map((c) => c.doc),
    newEdits,
  );
  if (newEdits) {
    accepted.forEach(
      (c, k) =>
        (results[c.i] = written[k] ?? {
          id: c.doc._id,
          error: 'unknown_error',
          reason: 'no result',
        }),
    );
  } else {
    // With new_edits=false the store reports errors only.
    const errors = new Map(written.filter((w) => w.error).map((w) => [w.id, w]));
    for (const c of accepted)
      results[c.i] = errors.get(c.doc._id) ?? {
        id: c.doc._id,
        ok: true,
        rev: c.doc._rev as string,
      };
  }
  const stored = accepted.filter((c) => results[c.i]?.ok === true);
  // The day's entries just written (or deleted) are what the next batch of that day is judged with.
  const dayEntries = stored
    .filter((c) => relatedPrefixesOf(c.doc._id).length > 0)
    .map((c): StoredDoc => ({ ...c.doc, _rev: results[c.i]?.rev ?? '' }));
  prefixReaderOf(s).written(dayEntries);
  s.quotas.record(
    user.nip,
    day,
    stored.map((c) => c.doc._id),
  );
  if (isPengelola(user)) {
    auditWrites(
      s,
      account,
      stored
        .filter((c) => isKeptByPengelola(c.doc._id))
        .map((c) => ({
          id: c.doc._id,
          before: winning.get(c.doc._id) ?? null,
          after: { ...c.doc, _rev: results[c.i]?.rev ?? c.doc._rev },
        })),
    );
  }
  const out = results.map(
    (r, i) => r ?? { id: idOf(input[i]), error: 'unknown_error', reason: 'not written' },
  );
  const unique = new Set(accepted.map((c) => c.doc._id)).size === accepted.length;
  // Not stored when judged (no winner, not even a tombstone), and its key held since: new.
  const allNew = unique && accepted.every((c) => !winning.has(c.doc._id) && out[c.i]?.ok === true);
  const newDocs = allNew
    ? accepted.map((c): StoredDoc => ({ ...c.doc, _rev: out[c.i]?.rev ?? '' }))
    : null;
  return { results: out, newDocs, dayEntries: dayEntries.map((d) => d._id) };
}

/**
 * Documents a Pengelola keeps for others (directory, periods, catalogs, attendance, organisation
 * ratings): what the audit log records. A Pengelola's own daily work is theirs, not a change made
 * as Pengelola.
 */
function isKeptByPengelola(id: string): boolean {
  const type = typeOfId(id);
  return type !== null && WRITER_OF[type] === 'pengelola';
}

/**
 * Records a Pengelola's or the admin's written documents, after the store took them. The write
 * stands whatever happens here; a failure to record is logged as an error for the operator.
 */
function auditWrites(s: Services, account: Account, changes: DocChange[]): void {
  const name = s.org.employee(account.nip)?.name ?? account.name;
  try {
    s.audit.recordDocChanges({ nip: account.nip, name }, 'sync', changes);
  } catch (err) {
    s.log.error({ err, user: account.nip, ids: changes.map((c) => c.id) }, 'audit not recorded');
  }
}

function isConflict(doc: RawDoc, old: StoredDoc | null): boolean {
  if (old === null) return doc._rev !== undefined;
  if (old._deleted) return doc._rev !== undefined && doc._rev !== old._rev;
  return doc._rev !== old._rev;
}

/** The revisions a replicated revision descends from, nearest first, as `{rev, edits}`. */
function ancestorsOf(doc: RawDoc): { rev: string; edits: number }[] {
  const revisions = doc._revisions as { start: number; ids: string[] } | undefined;
  if (revisions === undefined) return [];
  return revisions.ids
    .slice(1)
    .map((id, k) => ({ rev: `${revisions.start - 1 - k}-${id}`, edits: k + 1 }));
}

/** The generation of a revision: how many edits made it, its creation included. */
function generationOf(rev: string): number {
  return Number.parseInt(rev, 10);
}

/** Submission order is judged along a branch; locks (approved, final) always by the winner. */
const BRANCH_CODES: ReadonlySet<string> = new Set(['bad-round']);

/**
 * A replicated revision is judged against the nearest ancestor the server holds, as the chain of
 * edits that leads from it (edits made offline one after another arrive as their newest revision
 * only). Usually that ancestor is the stored winner. A revision of another branch (one person's
 * second device) is judged against its own ancestor, so each device's edits follow the rules on
 * their own, and what the winner has locked stays locked. Deleting a losing branch never changes
 * the winner (a deleted leaf never wins over a live one), so only the writer role is judged for it.
 */
async function judgeReplicated(
  s: Services,
  doc: RawDoc,
  winner: StoredDoc | null,
  user: ReturnType<typeof userOf>,
  ctx: WriteContext,
): Promise<WriteVerdict> {
  const ancestors = ancestorsOf(doc);
  const fromCreation = generationOf(doc._rev as string);
  if (winner === null) return validateWrite(doc, null, user, { ...ctx, edits: fromCreation });
  const fromWinner = ancestors.find((a) => a.rev === winner._rev);
  if (fromWinner) return validateWrite(doc, winner, user, { ...ctx, edits: fromWinner.edits });
  if (winner._deleted) return validateWrite(doc, winner, user, { ...ctx, edits: fromCreation });
  if (doc._deleted === true) return validateWrite(doc, null, user, ctx);
  const held = await nearestHeldAncestor(s, doc._id, ancestors);
  const byBranch = validateWrite(doc, held?.doc ?? null, user, {
    ...ctx,
    edits: held?.edits ?? fromCreation,
  });
  if (!byBranch.ok) return byBranch;
  const byWinner = validateWrite(doc, winner, user, ctx);
  return byWinner.ok || BRANCH_CODES.has(byWinner.code) ? byBranch : byWinner;
}

/** The nearest ancestor whose body the store still holds, with the edits that lead from it. */
async function nearestHeldAncestor(
  s: Services,
  id: string,
  ancestors: readonly { rev: string; edits: number }[],
): Promise<{ doc: StoredDoc; edits: number } | null> {
  if (ancestors.length === 0) return null;
  const diff = await s.store.revsDiff({ [id]: ancestors.map((a) => a.rev) });
  const missing = new Set(diff[id]?.missing ?? []);
  for (const a of ancestors) {
    if (missing.has(a.rev)) continue;
    const doc = (await s.store.get(id, { rev: a.rev }).catch(() => null)) as StoredDoc | null;
    // A compacted ancestor keeps its place in the history but not its body: look further back.
    if (doc && !doc._deleted) return { doc, edits: a.edits };
  }
  return null;
}

const prefixReaders = new WeakMap<Services, PrefixReader>();

/** The server's reader of documents by id prefix, with its cache of their revisions. */
function prefixReaderOf(s: Services): PrefixReader {
  let reader = prefixReaders.get(s);
  if (!reader) {
    reader = new PrefixReader(s.store, s.index, () => s.tailer.knowsEveryStoredId);
    prefixReaders.set(s, reader);
  }
  return reader;
}

/**
 * The stored live documents under the prefixes the batch's live documents need (the day's entries
 * of each activity; a deletion is compared with nothing).
 */
async function storedUnderPrefixes(
  s: Services,
  candidates: readonly Candidate[],
): Promise<DocsUnderPrefixes> {
  const prefixes = [
    ...new Set(
      candidates
        .filter((c) => c.doc._deleted !== true)
        .flatMap((c) => relatedPrefixesOf(c.doc._id)),
    ),
  ];
  const reader = prefixReaderOf(s);
  const stored = await Promise.all(prefixes.map((p) => reader.read(p)));
  return new Map(prefixes.map((p, k) => [p, stored[k] ?? new Map()]));
}

function relatedOf(id: string, winning: ReadonlyMap<string, StoredDoc>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const rid of relatedIdsOf(id)) {
    const doc = winning.get(rid);
    if (doc && !doc._deleted) out[rid] = doc;
  }
  return out;
}

function idOf(raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { _id?: unknown })._id : undefined;
  return typeof id === 'string' ? id : '';
}

/** Checks the CouchDB shape of one document: what is malformed gets a per-document error. */
function shapeOf(raw: unknown, newEdits: boolean): { doc: RawDoc } | WriteResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { id: '', error: 'bad_request', reason: 'Document must be a JSON object' };
  }
  const doc: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (DROPPED_META.has(k)) continue;
    if (k.startsWith('_') && !KEPT_META.has(k)) {
      return {
        id: idOf(raw),
        error: 'doc_validation',
        reason: `Bad special document member: ${k}`,
      };
    }
    doc[k] = v;
  }
  const id = doc._id;
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) {
    return { id: idOf(raw), error: 'forbidden', reason: WRITE_REASONS['invalid-id'].id };
  }
  if (doc._rev !== undefined && !isRev(doc._rev))
    return { id, error: 'bad_request', reason: 'Invalid rev format' };
  if (doc._deleted !== undefined && typeof doc._deleted !== 'boolean') {
    return { id, error: 'doc_validation', reason: '_deleted must be a boolean' };
  }
  if (!newEdits) {
    if (doc._rev === undefined)
      return { id, error: 'bad_request', reason: 'new_edits=false needs a _rev' };
    if (doc._revisions !== undefined && !revisionsMatch(doc._revisions, doc._rev as string)) {
      return { id, error: 'bad_request', reason: '_revisions does not match _rev' };
    }
  } else if (doc._revisions !== undefined) {
    delete doc._revisions;
  }
  const attachmentError = checkAttachments(doc._attachments);
  if (attachmentError) return { id, error: 'forbidden', reason: attachmentError };
  return { doc: doc as RawDoc };
}

function revisionsMatch(value: unknown, rev: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { start, ids } = value as { start?: unknown; ids?: unknown };
  if (typeof start !== 'number' || !Array.isArray(ids) || ids.length === 0 || ids.length > 10_000)
    return false;
  if (!ids.every((x) => typeof x === 'string' && /^[0-9a-zA-Z]{1,64}$/.test(x))) return false;
  if (ids.length > start) return false;
  return `${start}-${ids[0] as string}` === rev;
}

function checkAttachments(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'Lampiran tidak valid';
  for (const [name, att] of Object.entries(value)) {
    if (name.startsWith('_') || name.length === 0 || name.length > 255)
      return `Nama lampiran tidak valid: ${name}`;
    if (typeof att !== 'object' || att === null) return `Lampiran tidak valid: ${name}`;
    const { data, stub } = att as { data?: unknown; stub?: unknown };
    if (stub === true) continue;
    if (typeof data !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(data))
      return `Isi lampiran tidak valid: ${name}`;
    if (attachmentBytes({ data }) > MAX_ATTACHMENT_BYTES)
      return `Lampiran ${name} melebihi batas 5 MB`;
  }
  return null;
}

/** Documents the org chart is built from: units and people. */
function isOrgChartDoc(id: string): boolean {
  return id.startsWith('unit:') || id.startsWith('employee:');
}
