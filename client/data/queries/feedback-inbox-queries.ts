/**
 * The employee's side of continuous feedback over the Dexie read model: the feedback their
 * appraiser wrote about them (`feedback` table) with their own response and praktik baik (`docs`
 * table, types `feedback-response` and `praktik-baik`), how many are unread, and the praktik baik
 * their unit shares (received through the unit channel). Screens wrap them in `useLiveQuery`.
 */
import { isUnread } from '../../core/feedback-rules';
import { ids } from '../../core/ids';
import type { FeedbackDoc, FeedbackResponseDoc, PraktikBaikDoc } from '../../core/schemas/work';
import type { DocRow, FeedbackRow, PeriodRow, ReadModel, RowBase } from '../read-model';
import { rhkTexts } from './skp-queries';

/** A linked activity as the list names it; `kegiatan` is null when it is not on this device. */
export type LinkedActivity = { id: string; kegiatan: string | null; date: string | null };

export type InboxItem = {
  feedback: FeedbackDoc;
  response: FeedbackResponseDoc | null;
  /** The employee's consent to share (an apresiasi only); null when not shared. */
  praktikBaik: PraktikBaikDoc | null;
  unread: boolean;
  /** The head's name from the directory; null when their record is not on this device. */
  authorName: string | null;
  /** The RHK's text from the employee's SKP; null without an RHK or when it is not known here. */
  rhkText: string | null;
  activities: LinkedActivity[];
  /** The period a dialog kinerja follows; null for other kinds or when not on this device. */
  period: PeriodRow | null;
};

export type FeedbackInbox = {
  /** Newest first. */
  items: InboxItem[];
  unread: number;
  /** The employee's current unit, with whom a praktik baik is shared. */
  unit: { unitId: string; name: string | null } | null;
};

/** The stored document of a projected feedback row. */
function feedbackDocOf(row: FeedbackRow): FeedbackDoc {
  const doc: FeedbackDoc & Partial<RowBase> = { ...row, _id: row.id, _rev: row.rev };
  delete doc.id;
  delete doc.rev;
  delete doc.seq;
  delete doc.conflicted;
  return doc;
}

/** The stored document of a `docs` row (the row keeps its id apart from the body). */
function docOfRow<T>(row: DocRow): T {
  return { ...row.doc, _id: row.id, _rev: row.rev } as T;
}

function byId<T>(rows: readonly DocRow[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, docOfRow<T>(r)]));
}

/** One employee's feedback, each with their response, newest first. */
async function feedbackWithResponses(rm: ReadModel, nip: string) {
  const [rows, responses] = await Promise.all([
    rm.feedback.where('nip').equals(nip).toArray(),
    rm.docs.where('[type+ownerNip]').equals(['feedback-response', nip]).toArray(),
  ]);
  const responseOf = byId<FeedbackResponseDoc>(responses);
  return rows
    .map(feedbackDocOf)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
    .map((feedback) => {
      const p = feedback._id.split(':');
      const response = responseOf.get(ids.feedbackResponse(nip, p[2] ?? '')) ?? null;
      return { feedback, response, unread: isUnread(feedback, response) };
    });
}

/** How many feedback the employee has not read since the head's latest message (for badges). */
export async function unreadFeedbackCount(rm: ReadModel, nip: string): Promise<number> {
  return (await feedbackWithResponses(rm, nip)).filter((f) => f.unread).length;
}

/** Everything "Umpan balik" lists for the employee `nip`. */
export async function feedbackInbox(rm: ReadModel, nip: string): Promise<FeedbackInbox> {
  const [base, shared, rhk, employee] = await Promise.all([
    feedbackWithResponses(rm, nip),
    rm.docs.where('[type+ownerNip]').equals(['praktik-baik', nip]).toArray(),
    rhkTexts(rm, [nip]),
    rm.employees.get(ids.employee(nip)),
  ]);
  const sharedOf = byId<PraktikBaikDoc>(shared);
  const authorNips = [...new Set(base.map((f) => f.feedback.authorNip))];
  const activityIds = [...new Set(base.flatMap((f) => f.feedback.activityIds))];
  const periodIds = [...new Set(base.flatMap((f) => f.feedback.periodId ?? []))];
  const [authors, activities, periods, unit] = await Promise.all([
    rm.employees.bulkGet(authorNips.map(ids.employee)),
    rm.activities.bulkGet(activityIds),
    rm.periods.bulkGet(periodIds.map(ids.period)),
    employee ? rm.units.get(ids.unit(employee.unitId)) : undefined,
  ]);
  const periodOf = new Map(periods.flatMap((p) => (p ? [[p.periodId, p] as const] : [])));
  const nameOf = new Map(authors.flatMap((e) => (e ? [[e.nip, e.name] as const] : [])));
  const activityOf = new Map(activities.flatMap((a) => (a ? [[a.id, a] as const] : [])));
  const items = base.map(({ feedback, response, unread }): InboxItem => {
    const suffix = feedback._id.split(':')[2] ?? '';
    return {
      feedback,
      response,
      praktikBaik: sharedOf.get(ids.praktikBaik(nip, suffix)) ?? null,
      unread,
      authorName: nameOf.get(feedback.authorNip) ?? null,
      rhkText: feedback.rhkId === null ? null : (rhk.get(feedback.rhkId) ?? null),
      activities: feedback.activityIds.map((id) => {
        const a = activityOf.get(id);
        return { id, kegiatan: a?.kegiatan ?? null, date: a?.date ?? null };
      }),
      period: feedback.periodId === null ? null : (periodOf.get(feedback.periodId) ?? null),
    };
  });
  return {
    items,
    unread: items.filter((i) => i.unread).length,
    unit: employee ? { unitId: employee.unitId, name: unit?.name ?? null } : null,
  };
}

/** A praktik baik as colleagues see it: only what the shared document says. */
export type PraktikBaikItem = {
  id: string;
  nip: string;
  /** The employee's name from the directory; null when unknown on this device. */
  name: string | null;
  /** The head's name, when known on this device. */
  authorName: string | null;
  text: string;
  consentedAt: string;
};

/** The praktik baik shared with a unit, newest first. */
export async function unitPraktikBaik(rm: ReadModel, unitId: string): Promise<PraktikBaikItem[]> {
  const rows = await rm.docs.where('type').equals('praktik-baik').toArray();
  const docs = rows
    .map((r) => docOfRow<PraktikBaikDoc>(r))
    .filter((d) => d.unitId === unitId)
    .sort((a, b) => Date.parse(b.consentedAt) - Date.parse(a.consentedAt));
  const nips = [...new Set(docs.flatMap((d) => [d.nip, d.authorNip]))];
  const people = await rm.employees.bulkGet(nips.map(ids.employee));
  const nameOf = new Map(people.flatMap((e) => (e ? [[e.nip, e.name] as const] : [])));
  return docs.map((d) => ({
    id: d._id,
    nip: d.nip,
    name: nameOf.get(d.nip) ?? null,
    authorName: nameOf.get(d.authorNip) ?? null,
    text: d.text,
    consentedAt: d.consentedAt,
  }));
}
