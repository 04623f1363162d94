/**
 * The generic write: validate each document with core's `validateWrite` against this device's
 * copy of the org chart, periods and related documents (an activity: the day's other entries),
 * then write what passes into PouchDB.
 */
import { noteAccepted, validateWrite } from '../../core/validate-write';
import type { RawDoc } from '../../core/write-context';
import { projectLocalWrites, type LocalWrite } from '../projector';
import { forValidation, getDocs, loadBatchContext, type CommandContext } from './context';
import { failure, writeFailure, type CommandResult } from './result';
import { command } from './in-flight';

/** Validates and writes one document; without `_rev` it updates the latest revision. */
export const putDoc = command(async function putDoc(
  doc: RawDoc,
  ctx: CommandContext,
): Promise<CommandResult> {
  const [result] = await putDocs([doc], ctx);
  return result ?? failure('invalid-doc', 'Tidak ada dokumen');
});

/**
 * Validates each document and writes those that pass in one bulk write. Results come back in
 * the order of `docs`; a refused document does not stop the others, unless `allOrNothing`: then
 * one refusal writes nothing (an activity and its photos are saved together or not at all).
 */
export const putDocs = command(async function putDocs(
  docs: readonly RawDoc[],
  ctx: CommandContext,
  { allOrNothing = false }: { allOrNothing?: boolean } = {},
): Promise<CommandResult[]> {
  if (docs.length === 0) return [];
  const ids = docs.map((d) => d._id);
  const [old, { context, under }] = await Promise.all([
    getDocs(ctx.db, ids),
    loadBatchContext(ctx.db, ids, ctx),
  ]);
  const results: (CommandResult | null)[] = [];
  const toWrite: { index: number; doc: RawDoc }[] = [];
  docs.forEach((doc, index) => {
    const prev = old.get(doc._id) ?? null;
    const next: RawDoc = doc._rev === undefined && prev ? { ...doc, _rev: prev._rev } : doc;
    // Judged with the batch's earlier accepted writes, as the server will judge the push.
    const wctx = { ...context, underPrefixes: under };
    const verdict = validateWrite(forValidation(next), prev as RawDoc | null, ctx.user, wctx);
    if (verdict.ok) {
      noteAccepted(under, next);
      toWrite.push({ index, doc: next });
      results.push(null);
    } else {
      results.push(failure(verdict.code, verdict.reason, verdict.field));
    }
  });
  if (allOrNothing && toWrite.length < docs.length) {
    const refused = results.find((r) => r !== null) ?? failure('invalid-doc', 'Tidak ada dokumen');
    return results.map((r) => r ?? refused);
  }
  if (toWrite.length > 0) {
    let written: (PouchDB.Core.Response | PouchDB.Core.Error)[];
    try {
      written = await ctx.db.bulkDocs(
        toWrite.map((w) => w.doc as PouchDB.Core.PutDocument<object>),
      );
    } catch (err) {
      const f = writeFailure(err);
      for (const w of toWrite) results[w.index] = f;
      return results as CommandResult[];
    }
    const local: LocalWrite[] = [];
    written.forEach((res, i) => {
      const w = toWrite[i];
      if (!w) return;
      if ('error' in res && res.error) {
        results[w.index] = writeFailure(res);
        return;
      }
      results[w.index] = { ok: true, id: w.doc._id };
      if (res.rev !== undefined)
        local.push({ doc: { ...w.doc, _rev: res.rev }, prevRev: w.doc._rev ?? null });
    });
    // The written documents are on the device: only the screens' copy lags, and the projector's
    // feed brings it when this cannot (so a failure here is no failure of the write).
    const rows = ctx.readModel
      ? await projectLocalWrites(ctx.readModel, local).catch(() => [])
      : [];
    const indexOf = new Map(toWrite.map((w) => [w.doc._id, w.index]));
    for (const row of rows) {
      const index = indexOf.get(row.id);
      const result = index === undefined ? undefined : results[index];
      if (index !== undefined && result?.ok) results[index] = { ...result, row };
    }
  }
  return results as CommandResult[];
});
