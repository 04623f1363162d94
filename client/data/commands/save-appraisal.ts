/**
 * The appraiser's appraisal draft and its finalisation. A draft typed on this device is joined
 * with what is stored (edits from the appraiser's other device that arrived by sync) item by
 * item before it is written, so a save never overwrites the other device's work.
 */
import {
  finalizeDraft,
  predikatOf,
  rebaseDraft,
  type AppraisalBody,
  type Parties,
} from '../../core/appraisal-draft';
import { canonical } from '../../core/merge';
import { refuse } from '../../core/write-reasons';
import { getOrNull, type StoredDoc } from '../local-db';
import type { CommandContext } from './context';
import { putDoc } from './put-doc';
import type { CommandFailure, CommandResult } from './result';
import { command } from './in-flight';

export type AppraisalSaved = { ok: true; id: string; doc: AppraisalBody } | CommandFailure;

function bodyOf(stored: StoredDoc): AppraisalBody {
  const body: Record<string, unknown> = { ...stored };
  for (const k of ['_rev', '_conflicts', '_revisions', '_attachments']) delete body[k];
  return body as AppraisalBody;
}

/** Reads before writing again when the stored version changed in between (see `write`). */
const ATTEMPTS = 3;

/**
 * Joins with the stored version and writes on top of it. Sync may store the other device's
 * revision between the read and the write; the write is then refused as a conflict, and joining
 * again with that revision is the answer, not an error for the person.
 */
async function write(
  next: (stored: AppraisalBody | null) => AppraisalBody | CommandFailure,
  ctx: CommandContext,
  id: string,
): Promise<AppraisalSaved> {
  for (let attempt = 1; ; attempt += 1) {
    const stored = await getOrNull(ctx.db, id);
    const storedBody = stored ? bodyOf(stored) : null;
    if (storedBody?.status === 'final') return refuse('appraisal-final') as CommandFailure;
    const doc = next(storedBody);
    if ('ok' in doc) return doc;
    if (storedBody && canonical(doc) === canonical(storedBody)) return { ok: true, id, doc };
    const result: CommandResult = await putDoc(
      { ...doc, ...(stored ? { _rev: stored._rev } : {}) },
      ctx,
    );
    if (result.ok) return { ok: true, id, doc };
    if (result.code !== 'conflict' || attempt === ATTEMPTS) return result;
  }
}

/**
 * Writes this device's draft, joined with the stored version; answers with what was written.
 * `base` is the stored version the draft was built on, so that a field without a stamp of its
 * own (the predikat's reason) edited here is not replaced by a later version that left it alone.
 */
export const saveAppraisalDraft = command(function saveAppraisalDraft(
  draft: AppraisalBody,
  ctx: CommandContext,
  base: AppraisalBody | null = null,
): Promise<AppraisalSaved> {
  return write((stored) => (stored ? rebaseDraft(stored, draft, base) : draft), ctx, draft._id);
});

/**
 * Makes the appraisal final and immutable, with the parties who sign the document. Refused, as
 * by the gatekeeper, while a rating or the predikat lacks its reason (core/appraisal-reasons.ts).
 */
export const finalizeAppraisal = command(function finalizeAppraisal(
  draft: AppraisalBody,
  parties: Parties,
  ctx: CommandContext,
  base: AppraisalBody | null = null,
): Promise<AppraisalSaved> {
  const now = (ctx.now ?? Date.now)();
  return write(
    (stored) => {
      const joined = stored ? rebaseDraft(stored, draft, base) : draft;
      if (predikatOf(joined) === null) return refuse('appraisal-incomplete') as CommandFailure;
      return finalizeDraft(joined, parties, now);
    },
    ctx,
    draft._id,
  );
});
