/**
 * The appraiser's continuous feedback (umpan balik berkelanjutan): write or change an apresiasi,
 * perlu perbaikan, bimbingan or dialog kinerja, add a follow-up message to its thread, mark an
 * agreed action done, withdraw it. Core judges every write (only the employee's appraiser, the
 * author, fields that fit the kind). Actions carried over from an earlier session are marked
 * 'carried' there in the same write, so each action is open in exactly one place.
 */
import { civilDate, DEFAULT_TIME_ZONE } from '../../core/dates';
import { hasActions, markCarried } from '../../core/feedback-rules';
import { ids, newUlid } from '../../core/ids';
import type { AgreedAction, FeedbackDoc } from '../../core/schemas/work';
import type { ActionStatus, BerakhlakValue, FeedbackKind } from '../../core/vocabulary';
import type { RawDoc } from '../../core/write-context';
import { getOrNull } from '../local-db';
import { getDocs, type CommandContext } from './context';
import { putDoc, putDocs } from './put-doc';
import { failure, type CommandResult } from './result';
import { command } from './in-flight';

/** An agreed action as the form gives it: `id` null for a new one. */
export type ActionInput = Omit<AgreedAction, 'id'> & { id: string | null };

export type FeedbackInput = {
  /** The stored feedback being changed; null for a new one. */
  id: string | null;
  /** The employee it is about. */
  nip: string;
  kind: FeedbackKind;
  /** The feedback itself; for a dialog kinerja, its agenda. */
  text: string;
  value: BerakhlakValue | null;
  rhkId: string | null;
  activityIds: readonly string[];
  photoIds: readonly string[];
  /** Bimbingan and dialog kinerja: the agreed actions, carried ones with `carriedFrom`. */
  actions: readonly ActionInput[];
  /** Apresiasi: the text proposed to share with the unit as praktik baik, or null. */
  shareText: string | null;
  /** Dialog kinerja: the period it follows and its parts. */
  periodId: string | null;
  dialog: { wentWell: string; toImprove: string } | null;
};

type Stored = FeedbackDoc & { _rev: string };

const NOT_FOUND = 'Umpan balik tidak ditemukan di perangkat ini';

function nowOf(ctx: CommandContext): number {
  return (ctx.now ?? Date.now)();
}

async function storedFeedback(id: string, ctx: CommandContext): Promise<Stored | null> {
  return (await getOrNull(ctx.db, id)) as Stored | null;
}

/** The first refusal of a write of several documents, else the first document's result. */
function outcome(results: readonly CommandResult[]): CommandResult {
  return results.find((r) => !r.ok) ?? results[0] ?? failure('not-found', NOT_FOUND);
}

/**
 * The earlier sessions a session's carried actions come from, updated: actions it carries now
 * are marked 'carried' there, and those it no longer carries (or all, when it is withdrawn,
 * `after` null) are open there again. Only the sessions that change are returned.
 */
async function earlierSessions(
  before: readonly AgreedAction[],
  after: readonly AgreedAction[] | null,
  ctx: CommandContext,
): Promise<RawDoc[]> {
  const now = after ?? [];
  const keep = new Set(now.filter((a) => a.carriedFrom).map((a) => `${a.carriedFrom}|${a.id}`));
  const sources = [...before, ...now].flatMap((a) => (a.carriedFrom ? [a.carriedFrom] : []));
  const stored = await getDocs(ctx.db, sources);
  const updatedAt = new Date(nowOf(ctx)).toISOString();
  const out: RawDoc[] = [];
  for (const doc of stored.values()) {
    const earlier = doc as unknown as Stored;
    const released = new Set(
      before
        .filter((a) => a.carriedFrom === earlier._id && !keep.has(`${earlier._id}|${a.id}`))
        .map((a) => a.id),
    );
    const reopened = earlier.actions.map((a) =>
      released.has(a.id) && a.status === 'carried' ? { ...a, status: 'open' as const } : a,
    );
    const next = markCarried({ ...earlier, actions: reopened }, now);
    if (JSON.stringify(next.actions) !== JSON.stringify(earlier.actions))
      out.push({ ...next, updatedAt } as unknown as RawDoc);
  }
  return out;
}

/** Writes a new feedback (`id: null`) or changes the author's stored one. */
export const saveFeedback = command(async function saveFeedback(
  input: FeedbackInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  const now = nowOf(ctx);
  const at = new Date(now).toISOString();
  const stored = input.id === null ? null : await storedFeedback(input.id, ctx);
  if (input.id !== null && !stored) return failure('not-found', NOT_FOUND);
  const withActions = hasActions(input.kind);
  const actions: AgreedAction[] = withActions
    ? input.actions.map((a) => ({
        ...a,
        id: a.id ?? newUlid(now).toLowerCase(),
        text: a.text.trim(),
      }))
    : [];
  const shareText = input.kind === 'apresiasi' ? (input.shareText?.trim() ?? null) : null;
  const dialog = input.kind === 'dialog' ? input.dialog : null;
  const doc: FeedbackDoc = {
    _id: stored?._id ?? ids.feedback(input.nip, newUlid(now)),
    ...(stored ? { _rev: stored._rev } : {}),
    type: 'feedback',
    schemaVersion: 1,
    nip: input.nip,
    authorNip: ctx.user.nip,
    kind: input.kind,
    date: stored?.date ?? civilDate(now, ctx.timeZone ?? DEFAULT_TIME_ZONE),
    text: input.text.trim(),
    value: input.value,
    rhkId: input.rhkId,
    activityIds: [...new Set(input.activityIds)],
    photoIds: [...new Set(input.photoIds)],
    actions,
    periodId: input.kind === 'dialog' ? input.periodId : null,
    dialog: dialog && { wentWell: dialog.wentWell.trim(), toImprove: dialog.toImprove.trim() },
    share:
      shareText === null
        ? null
        : {
            text: shareText,
            // The employee consents to the words proposed: new words are a new proposal.
            proposedAt: stored?.share?.text === shareText ? stored.share.proposedAt : at,
          },
    replies: stored?.replies ?? [],
    createdAt: stored?.createdAt ?? at,
    updatedAt: at,
  };
  const earlier = await earlierSessions(stored?.actions ?? [], actions, ctx);
  const results = await putDocs([doc as RawDoc, ...earlier], ctx, { allOrNothing: true });
  return outcome(results);
});

/** Adds the author's follow-up message to a feedback's thread. */
export const addFollowUp = command(async function addFollowUp(
  feedbackId: string,
  text: string,
  ctx: CommandContext,
): Promise<CommandResult> {
  const stored = await storedFeedback(feedbackId, ctx);
  if (!stored) return failure('not-found', NOT_FOUND);
  const at = new Date(nowOf(ctx)).toISOString();
  return putDoc(
    { ...stored, replies: [...stored.replies, { text: text.trim(), at }], updatedAt: at },
    ctx,
  );
});

/** Marks an agreed action done, or open again. */
export const setActionStatus = command(async function setActionStatus(
  feedbackId: string,
  actionId: string,
  status: Exclude<ActionStatus, 'carried'>,
  ctx: CommandContext,
): Promise<CommandResult> {
  const stored = await storedFeedback(feedbackId, ctx);
  if (!stored?.actions.some((a) => a.id === actionId)) return failure('not-found', NOT_FOUND);
  return putDoc(
    {
      ...stored,
      actions: stored.actions.map((a) => (a.id === actionId ? { ...a, status } : a)),
      updatedAt: new Date(nowOf(ctx)).toISOString(),
    },
    ctx,
  );
});

/** Withdraws the author's feedback; actions it carried over are open again where they came from. */
export const deleteFeedback = command(async function deleteFeedback(
  feedbackId: string,
  ctx: CommandContext,
): Promise<CommandResult> {
  const stored = await storedFeedback(feedbackId, ctx);
  if (!stored) return failure('not-found', NOT_FOUND);
  const earlier = await earlierSessions(stored.actions, null, ctx);
  const results = await putDocs(
    [{ _id: stored._id, _rev: stored._rev, _deleted: true }, ...earlier],
    ctx,
    { allOrNothing: true },
  );
  return outcome(results);
});
