/**
 * Conflicting revisions of one document (one person, two devices). A conflict the merge rules of
 * core/merge.ts can join is resolved at once, the same way on every device; the others are listed
 * in the read model's `conflicts` table (the "Konflik" screen), where the person picks a version.
 * Resolving writes the chosen content on top of the winning revision and deletes the others.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { civilDate } from '../core/dates';
import { ownerNipOfId, typeOfId } from '../core/ids';
import { canonical, mergeAll, type DocBody, type Version } from '../core/merge';
import { canWrite } from '../core/permissions';
import { validateWrite } from '../core/validate-write';
import type { RawDoc } from '../core/write-context';
import { forValidation, loadWriteContext, type CommandContext } from './commands/context';
import { failure, writeFailure, type CommandResult } from './commands/result';
import { getOrNull, type LocalDb, type StoredDoc } from './local-db';
import type { ConflictRow, ReadModel } from './read-model';
import { useReadModel } from './user-data';

const META = ['_rev', '_conflicts', '_revisions', '_deleted_conflicts', '_revs_info'];

function bodyOf(doc: StoredDoc): DocBody {
  const body: DocBody = { ...doc };
  for (const k of META) delete body[k];
  return body;
}

/** Every non-deleted leaf of a document, the winning revision first. */
export async function loadLeaves(db: LocalDb, id: string): Promise<StoredDoc[]> {
  const winner = (await getOrNull(db, id, { conflicts: true })) as
    (StoredDoc & { _conflicts?: string[] }) | null;
  if (!winner) return [];
  const losers = await Promise.all(
    (winner._conflicts ?? []).map((rev) => db.get(id, { rev }) as Promise<StoredDoc>),
  );
  return [winner, ...losers];
}

/** The latest revision every leaf descends from, when this device still has its body. */
async function commonAncestor(
  db: LocalDb,
  id: string,
  leaves: readonly StoredDoc[],
): Promise<DocBody | null> {
  const histories = await Promise.all(
    leaves.map(async (leaf) => {
      const d = (await db.get(id, { rev: leaf._rev, revs: true })) as {
        _revisions?: { start: number; ids: string[] };
      };
      const r = d._revisions;
      return r ? r.ids.map((h, i) => `${r.start - i}-${h}`) : [];
    }),
  );
  const [first, ...rest] = histories;
  const shared = (first ?? []).find((rev) => rest.every((h) => h.includes(rev)));
  if (!shared) return null;
  const base = await getOrNull(db, id, { rev: shared });
  return base ? bodyOf(base) : null;
}

/** Writes `body` over the winning revision and deletes the other leaves, if core allows it. */
async function writeResolution(
  id: string,
  body: DocBody,
  leaves: readonly StoredDoc[],
  ctx: CommandContext,
): Promise<CommandResult> {
  const [winner, ...losers] = leaves;
  if (!winner) return failure('not-found', 'Dokumen tidak ditemukan di perangkat ini');
  const sameAsWinner = canonical(body) === canonical(bodyOf(winner));
  const wctx = await loadWriteContext(ctx.db, [id], ctx);
  const next = {
    ...(JSON.parse(canonical(body)) as DocBody),
    _id: id,
    _rev: winner._rev,
  } as RawDoc;
  if (!sameAsWinner) {
    const verdict = validateWrite(forValidation(next), winner as RawDoc, ctx.user, wctx);
    if (!verdict.ok) return failure(verdict.code, verdict.reason, verdict.field);
  }
  const deletions = losers.map((l) => ({ _id: id, _rev: l._rev, _deleted: true }));
  try {
    const res = await ctx.db.bulkDocs([
      ...(sameAsWinner ? [] : [next]),
      ...deletions,
    ] as PouchDB.Core.PutDocument<object>[]);
    const bad = res.find((r) => 'error' in r && r.error);
    return bad ? writeFailure(bad) : { ok: true, id };
  } catch (err) {
    return writeFailure(err);
  }
}

/**
 * Tries the merge rules on each conflicted document the user writes; what they cannot join goes
 * to the Konflik list. Documents of other writers are left to them.
 */
export async function resolveConflicts(
  ids: readonly string[],
  ctx: CommandContext,
  rm: ReadModel,
): Promise<void> {
  const wctx = await loadWriteContext(ctx.db, [], ctx);
  const today = civilDate(wctx.now, ctx.timeZone);
  for (const id of ids) {
    const type = typeOfId(id);
    if (type === null || !canWrite(ctx.user, type, ownerNipOfId(id), wctx.chart, today)) continue;
    const leaves = await loadLeaves(ctx.db, id);
    if (leaves.length < 2) {
      await rm.conflicts.delete(id);
      continue;
    }
    const versions: Version[] = leaves.map((l) => ({ rev: l._rev, doc: bodyOf(l) }));
    const outcome = mergeAll(type, versions, await commonAncestor(ctx.db, id, leaves));
    const written =
      outcome.kind === 'merged' ? await writeResolution(id, outcome.doc, leaves, ctx) : null;
    if (written?.ok) continue;
    const row: ConflictRow = {
      id,
      type,
      revs: leaves.map((l) => l._rev),
      detectedAt: new Date(wctx.now).toISOString(),
    };
    await rm.conflicts.put(row);
  }
}

export type ConflictVersion = { rev: string; winning: boolean; doc: DocBody };

/** The versions of a conflicted document, for the screen that lets the person choose. */
export async function loadConflictVersions(
  id: string,
  ctx: CommandContext,
): Promise<ConflictVersion[]> {
  const leaves = await loadLeaves(ctx.db, id);
  return leaves.map((l, i) => ({ rev: l._rev, winning: i === 0, doc: bodyOf(l) }));
}

/** Keeps the version the person chose and removes the others. */
export async function resolveConflict(
  id: string,
  chosenRev: string,
  ctx: CommandContext,
  rm: ReadModel,
): Promise<CommandResult> {
  const leaves = await loadLeaves(ctx.db, id);
  const chosen = leaves.find((l) => l._rev === chosenRev);
  if (!chosen) return failure('not-found', 'Versi ini sudah tidak ada; muat ulang daftar konflik');
  const result = await writeResolution(id, bodyOf(chosen), leaves, ctx);
  if (result.ok) await rm.conflicts.delete(id);
  return result;
}

/** The Konflik list of the signed-in user, oldest first (empty while loading). */
export function useConflicts(): ConflictRow[] {
  const rm = useReadModel();
  return useLiveQuery(() => rm.conflicts.orderBy('detectedAt').toArray(), [rm], []);
}
