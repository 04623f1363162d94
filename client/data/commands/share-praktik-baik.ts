/**
 * The employee's consent to share an apresiasi with their unit as a praktik baik, in exactly the
 * words the head proposed (`share.text`), and its withdrawal (the praktik-baik is deleted; the
 * deletion reaches every colleague who received it).
 */
import { ids, parseId } from '../../core/ids';
import type { EmployeeDoc } from '../../core/schemas/reference';
import type { FeedbackDoc, PraktikBaikDoc } from '../../core/schemas/work';
import { getOrNull } from '../local-db';
import type { CommandContext } from './context';
import { putDoc } from './put-doc';
import { failure, type CommandResult } from './result';
import { command } from './in-flight';

const NOT_HERE = 'Umpan balik tidak ditemukan di perangkat ini';

/** Shares the head's proposed text with the signed-in employee's current unit. */
export const sharePraktikBaik = command(async function sharePraktikBaik(
  feedbackId: string,
  ctx: CommandContext,
): Promise<CommandResult> {
  const p = parseId(feedbackId);
  const feedback = (await getOrNull(ctx.db, feedbackId)) as FeedbackDoc | null;
  if (p?.type !== 'feedback' || !feedback) return failure('not-found', NOT_HERE);
  if (feedback.kind !== 'apresiasi' || feedback.share === null)
    return failure('share-not-proposed', 'Atasan belum mengusulkan teks untuk dibagikan', 'text');
  const employee = (await getOrNull(ctx.db, ids.employee(p.nip))) as EmployeeDoc | null;
  if (!employee) return failure('not-found', 'Data kepegawaian Anda belum ada di perangkat ini');
  const doc: PraktikBaikDoc = {
    _id: ids.praktikBaik(p.nip, p.suffix),
    type: 'praktik-baik',
    schemaVersion: 1,
    nip: p.nip,
    feedbackId,
    authorNip: feedback.authorNip,
    unitId: employee.unitId,
    text: feedback.share.text,
    consentedAt: new Date((ctx.now ?? Date.now)()).toISOString(),
  };
  return putDoc(doc, ctx);
});

/** Withdraws the consent: the praktik baik leaves the unit's feed. */
export const withdrawPraktikBaik = command(async function withdrawPraktikBaik(
  feedbackId: string,
  ctx: CommandContext,
): Promise<CommandResult> {
  const p = parseId(feedbackId);
  if (p?.type !== 'feedback') return failure('not-found', NOT_HERE);
  const id = ids.praktikBaik(p.nip, p.suffix);
  const stored = await getOrNull(ctx.db, id);
  if (!stored) return { ok: true, id };
  return putDoc({ _id: id, _rev: stored._rev, _deleted: true }, ctx);
});
