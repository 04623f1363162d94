/**
 * The employee's side of a feedback from their appraiser (the `feedback-response`, same NIP and
 * ULID): the read mark, written once per new message of the head, and the replies, appended.
 */
import { isUnread, lastAuthorMessageAt } from '../../core/feedback-rules';
import { ids, parseId } from '../../core/ids';
import {
  THREAD_MESSAGE_MAX_LENGTH,
  type FeedbackDoc,
  type FeedbackResponseDoc,
} from '../../core/schemas/work';
import { getOrNull } from '../local-db';
import type { CommandContext } from './context';
import { putDoc } from './put-doc';
import { failure, type CommandResult } from './result';
import { command } from './in-flight';

export type RespondInput = {
  feedbackId: string;
  /** Marks the feedback read (nothing is written when it already is). */
  read?: true;
  /** A reply, sent as a new message of the thread. */
  reply?: string;
};

export type ReplyProblem = 'empty' | 'too-long';

/** What is wrong with a reply as typed, or null: the screen says it next to the field. */
export function replyProblem(text: string): ReplyProblem | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  return trimmed.length > THREAD_MESSAGE_MAX_LENGTH ? 'too-long' : null;
}

const REPLY_REASONS: Record<ReplyProblem, string> = {
  empty: 'Tulis balasan terlebih dahulu',
  'too-long': `Balasan paling banyak ${THREAD_MESSAGE_MAX_LENGTH} karakter`,
};

/** The latest of two instants (ISO). */
function later(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/**
 * Marks a feedback read and/or appends a reply. A reply marks it read too. The read mark is never
 * earlier than the head's latest message, so a device clock that runs late does not leave the
 * feedback unread (and rewritten on every open).
 */
export const respondToFeedback = command(async function respondToFeedback(
  input: RespondInput,
  ctx: CommandContext,
): Promise<CommandResult> {
  const p = parseId(input.feedbackId);
  const feedback = (await getOrNull(ctx.db, input.feedbackId)) as FeedbackDoc | null;
  if (p?.type !== 'feedback' || !feedback)
    return failure('not-found', 'Umpan balik tidak ditemukan di perangkat ini');
  if (input.reply !== undefined) {
    const problem = replyProblem(input.reply);
    if (problem !== null) return failure(`reply-${problem}`, REPLY_REASONS[problem], 'reply');
  }
  const id = ids.feedbackResponse(p.nip, p.suffix);
  const stored = (await getOrNull(ctx.db, id)) as FeedbackResponseDoc | null;
  const unread = isUnread(feedback, stored);
  const reply = input.reply?.trim();
  if (reply === undefined && !unread) return { ok: true, id };
  const now = new Date((ctx.now ?? Date.now)()).toISOString();
  const doc: FeedbackResponseDoc = {
    _id: id,
    ...(stored?._rev === undefined ? {} : { _rev: stored._rev }),
    type: 'feedback-response',
    schemaVersion: 1,
    nip: p.nip,
    feedbackId: input.feedbackId,
    readAt: unread ? later(now, lastAuthorMessageAt(feedback)) : (stored?.readAt ?? null),
    replies: [
      ...(stored?.replies ?? []),
      ...(reply === undefined ? [] : [{ text: reply, at: now }]),
    ],
    updatedAt: now,
  };
  return putDoc(doc, ctx);
});
