/**
 * Continuous feedback (umpan balik berkelanjutan): the write rules of the head's feedback, the
 * employee's response (read mark and replies) and a shared praktik baik, and the pure reads the
 * screens build on (the thread, unread, open actions, what carries over).
 */
import { civilDate, DEFAULT_TIME_ZONE } from './dates';
import { feedbackIdFor, parseId } from './ids';
import { canonical } from './merge';
import type { User } from './org-chart';
import type {
  AgreedAction,
  FeedbackDoc,
  FeedbackResponseDoc,
  PraktikBaikDoc,
  ThreadMessage,
} from './schemas/work';
import { KINDS_WITH_ACTIONS, type FeedbackKind } from './vocabulary';
import { relatedDoc, type WriteContext } from './write-context';
import { ALLOW, refuse, type WriteVerdict } from './write-reasons';

/** True when a kind records agreed actions (bimbingan, dialog kinerja). */
export function hasActions(kind: FeedbackKind): boolean {
  return (KINDS_WITH_ACTIONS as readonly FeedbackKind[]).includes(kind);
}

/** True when `older` is the start of `newer`: messages are only ever added. */
function onlyAppended(older: readonly ThreadMessage[], newer: readonly ThreadMessage[]): boolean {
  return (
    older.length <= newer.length &&
    older.every((m, i) => newer[i]?.text === m.text && newer[i]?.at === m.at)
  );
}

/** The field of a feedback that does not fit its kind, or null. */
export function misfitField(doc: FeedbackDoc): string | null {
  if (!hasActions(doc.kind) && doc.actions.length > 0) return 'actions';
  const dialog = doc.kind === 'dialog';
  if (dialog !== (doc.periodId !== null)) return 'periodId';
  if (dialog !== (doc.dialog !== null)) return 'dialog';
  if (doc.kind !== 'apresiasi' && doc.share !== null) return 'share';
  return null;
}

/** True when an open action's due date has passed (civil dates, the reader's today). */
export function isActionOverdue(action: AgreedAction, today: string): boolean {
  return action.status === 'open' && action.due !== null && action.due < today;
}

/**
 * True when `doc` differs from `old` only in the status of its agreed actions (and the time of
 * the change): the same actions, in the same order, with the same text, due date and origin.
 */
export function onlyActionStatusChanged(old: FeedbackDoc, doc: FeedbackDoc): boolean {
  // CouchDB's fields (`_rev`, `_revisions`, ...) are no content; `_id` is.
  const rest = (f: FeedbackDoc) =>
    canonical({
      ...Object.fromEntries(Object.entries(f).filter(([k]) => k === '_id' || !k.startsWith('_'))),
      updatedAt: null,
      actions: f.actions.map((a) => ({ ...a, status: null })),
    });
  return rest(old) === rest(doc);
}

/**
 * The appraiser's feedback. Its author writes and changes it; the employee's current appraiser
 * (a new head after a mutasi, a Plt or Plh; `validateWriter` has judged that) may change only
 * the status of the agreed actions of feedback another appraiser wrote, to mark them done or
 * carry them over. Its date is the day of writing, never later than today.
 */
export function validateFeedback(
  doc: FeedbackDoc,
  old: FeedbackDoc | null,
  user: User,
  ctx: WriteContext,
): WriteVerdict {
  if (old && old.authorNip !== user.nip)
    return onlyActionStatusChanged(old, doc) ? ALLOW : refuse('author-mismatch', 'authorNip');
  if (doc.authorNip !== user.nip) return refuse('author-mismatch', 'authorNip');
  if (doc.date > civilDate(ctx.now, ctx.timeZone ?? DEFAULT_TIME_ZONE))
    return refuse('future-date', 'date');
  const misfit = misfitField(doc);
  if (misfit !== null) return refuse('feedback-kind-fields', misfit);
  if (doc.periodId !== null && !ctx.periods.has(doc.periodId))
    return refuse('unknown-period', 'periodId');
  for (const id of doc.activityIds) {
    const p = parseId(id);
    if (p?.type !== 'activity' || p.nip !== doc.nip)
      return refuse('feedback-about-other', 'activityIds');
  }
  for (const id of doc.photoIds) {
    const p = parseId(id);
    if (p?.type !== 'photo' || p.nip !== doc.nip) return refuse('feedback-about-other', 'photoIds');
  }
  if (old && !onlyAppended(old.replies, doc.replies)) return refuse('thread-rewrite', 'replies');
  return ALLOW;
}

export function validateFeedbackResponse(
  doc: FeedbackResponseDoc,
  old: FeedbackResponseDoc | null,
  ctx: WriteContext,
): WriteVerdict {
  if (doc.feedbackId !== feedbackIdFor(doc._id)) return refuse('id-mismatch', 'feedbackId');
  if (!relatedDoc<FeedbackDoc>(ctx, doc.feedbackId))
    return refuse('feedback-not-found', 'feedbackId');
  if (old && !onlyAppended(old.replies, doc.replies)) return refuse('thread-rewrite', 'replies');
  return ALLOW;
}

/** A praktik baik is the employee's consent to the text the head proposed, shared with their unit. */
export function validatePraktikBaik(doc: PraktikBaikDoc, ctx: WriteContext): WriteVerdict {
  if (doc.feedbackId !== feedbackIdFor(doc._id)) return refuse('id-mismatch', 'feedbackId');
  const feedback = relatedDoc<FeedbackDoc>(ctx, doc.feedbackId);
  if (!feedback) return refuse('feedback-not-found', 'feedbackId');
  if (feedback.kind !== 'apresiasi' || feedback.share === null || feedback.share.text !== doc.text)
    return refuse('share-not-proposed', 'text');
  if (doc.authorNip !== feedback.authorNip) return refuse('author-mismatch', 'authorNip');
  if (ctx.chart.employees.get(doc.nip)?.unitId !== doc.unitId)
    return refuse('share-unit-mismatch', 'unitId');
  return ALLOW;
}

/** One message of the thread of a feedback, with who wrote it. */
export type ThreadItem = ThreadMessage & { by: 'author' | 'employee' };

/**
 * The thread of one feedback, oldest first: the feedback itself, then the author's follow-ups and
 * the employee's replies by time.
 */
export function threadOf(
  feedback: FeedbackDoc,
  response: FeedbackResponseDoc | null,
): ThreadItem[] {
  const rest: ThreadItem[] = [
    ...feedback.replies.map((m) => ({ ...m, by: 'author' as const })),
    ...(response?.replies ?? []).map((m) => ({ ...m, by: 'employee' as const })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return [{ text: feedback.text, at: feedback.createdAt, by: 'author' }, ...rest];
}

/** When the author last wrote to the employee in this feedback (the feedback or a follow-up). */
export function lastAuthorMessageAt(feedback: FeedbackDoc): string {
  const last = feedback.replies.at(-1)?.at;
  return last !== undefined && Date.parse(last) > Date.parse(feedback.createdAt)
    ? last
    : feedback.createdAt;
}

/** True when the employee has not read the author's latest message. */
export function isUnread(feedback: FeedbackDoc, response: FeedbackResponseDoc | null): boolean {
  const readAt = response?.readAt ?? null;
  return readAt === null || Date.parse(readAt) < Date.parse(lastAuthorMessageAt(feedback));
}

/** True when the employee replied after the author's latest message (the head has something to read). */
export function hasNewReply(feedback: FeedbackDoc, response: FeedbackResponseDoc | null): boolean {
  const last = response?.replies.at(-1)?.at;
  return last !== undefined && Date.parse(last) > Date.parse(lastAuthorMessageAt(feedback));
}

/** An open action with the feedback it was agreed in. */
export type OpenAction = AgreedAction & { feedbackId: string; kind: FeedbackKind; date: string };

/**
 * The actions still open for one employee across their bimbingan and dialog kinerja, earliest due
 * first (actions without a due date last). An action carried over to a later session is listed
 * there, not in the session it came from.
 */
export function openActions(feedback: readonly FeedbackDoc[]): OpenAction[] {
  const out: OpenAction[] = [];
  for (const f of feedback) {
    if (!hasActions(f.kind)) continue;
    for (const a of f.actions)
      if (a.status === 'open') out.push({ ...a, feedbackId: f._id, kind: f.kind, date: f.date });
  }
  return out.sort(
    (a, b) =>
      (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31') || a.date.localeCompare(b.date),
  );
}

/**
 * The actions a new session starts with: every open action of earlier sessions, copied with
 * `carriedFrom` naming where it was agreed. The earlier session marks them 'carried' (see
 * `markCarried`), so each action is open in exactly one place.
 */
export function carriedActions(earlier: readonly FeedbackDoc[]): AgreedAction[] {
  return openActions(earlier).map(({ feedbackId, id, text, due }) => ({
    id,
    text,
    due,
    status: 'open',
    carriedFrom: feedbackId,
  }));
}

/** The earlier session with the actions now carried into a new one marked 'carried'. */
export function markCarried(earlier: FeedbackDoc, carried: readonly AgreedAction[]): FeedbackDoc {
  const moved = new Set(carried.filter((a) => a.carriedFrom === earlier._id).map((a) => a.id));
  return {
    ...earlier,
    actions: earlier.actions.map((a) =>
      moved.has(a.id) && a.status === 'open' ? { ...a, status: 'carried' } : a,
    ),
  };
}
