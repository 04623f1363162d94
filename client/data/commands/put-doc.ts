/**
 * The generic write: validate each document with core's `validateWrite` against this device's
 * copy of the org chart, periods and related documents (an activity: the day's other entries),
 * then write what passes into PouchDB.
 */
import { noteAccepted, validateWrite } from '../../core/validate-write';
import type { RawDoc } from '../../core/write-context';
import { forValidation, getDocs, loadBatchContext, type CommandContext } from './context';
import { failure, writeFailure, type CommandResult } from './result';

/** Validates and writes one document; without `_rev` it updates the latest revision. */
export async function putDoc(doc: RawDoc, ctx: CommandContext): Promise<CommandResult> {
  const [result] = await putDocs([doc], ctx);
  return result ?? failure('invalid-doc', 'Tidak ada dokumen');
}

/**
 * Validates each document and writes those that pass in one bulk write. Results come back in
 * the order of `docs`; a refused document does not stop the others, unless `allOrNothing`: then
 * one refusal writes nothing (an activity and its photos are saved together or not at all).
 */
export async function putDocs(
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
    written.forEach((res, i) => {
      const w = toWrite[i];
      if (!w) return;
      results[w.index] =
        'error' in res && res.error ? writeFailure(res) : { ok: true, id: w.doc._id };
    });
  }
  return results as CommandResult[];
}
