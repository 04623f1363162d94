/**
 * Read-only queries of continuous feedback over the Dexie read model, for the head's side: the
 * feedback about one person with the employee's response to each (the `docs` table, type
 * `feedback-response`), and the date of the last feedback each report had. Screens wrap them in
 * `useLiveQuery`.
 */
import { Dexie } from 'dexie';
import type { FeedbackDoc, FeedbackResponseDoc } from '../../core/schemas/work';
import type { FeedbackRow, ReadModel, RowBase } from '../read-model';
import { reportsOf } from './activity-queries';

/** A projected feedback row as its document (the shape core's rules read). */
export function feedbackDocOf(row: FeedbackRow): FeedbackDoc {
  const fields: Partial<FeedbackRow> = { ...row };
  for (const k of ['id', 'rev', 'seq', 'conflicted'] as const) delete fields[k];
  return { ...(fields as Omit<FeedbackRow, keyof RowBase>), _id: row.id, _rev: row.rev };
}

/** One feedback with the employee's response to it (read mark, replies), if any. */
export type FeedbackItem = { feedback: FeedbackDoc; response: FeedbackResponseDoc | null };

/** Every feedback about `nip` on this device with its response, newest first. */
export async function feedbackAbout(rm: ReadModel, nip: string): Promise<FeedbackItem[]> {
  const [rows, responses] = await Promise.all([
    rm.feedback.where('nip').equals(nip).toArray(),
    rm.docs.where('[type+ownerNip]').equals(['feedback-response', nip]).toArray(),
  ]);
  const byFeedback = new Map(
    responses.map((r) => {
      const doc = r.doc as FeedbackResponseDoc;
      return [doc.feedbackId, doc] as const;
    }),
  );
  return rows
    .map((row) => ({ feedback: feedbackDocOf(row), response: byFeedback.get(row.id) ?? null }))
    .sort((a, b) => b.feedback.createdAt.localeCompare(a.feedback.createdAt));
}

/**
 * The date (`yyyy-mm-dd`) of the latest feedback each person the head appraises on `today` has
 * had, from anyone (an acting head's counts too); null for a person with none on this device.
 * Keyed by NIP, in name order. Perlu tindakan reads it for "no feedback for N weeks".
 */
export async function lastFeedbackByReport(
  rm: ReadModel,
  headNip: string,
  today: string,
): Promise<Map<string, string | null>> {
  const reports = await reportsOf(rm, headNip, today);
  const last = await Promise.all(
    reports.map((e) =>
      rm.feedback.where('[nip+date]').between([e.nip, Dexie.minKey], [e.nip, Dexie.maxKey]).last(),
    ),
  );
  return new Map(reports.map((e, i) => [e.nip, last[i]?.date ?? null]));
}
