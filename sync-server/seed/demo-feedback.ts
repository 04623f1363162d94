/**
 * Continuous feedback of the demo (umpan balik berkelanjutan), built from the scripts in
 * demo-feedback-scripts.ts: each head's apresiasi, perlu perbaikan and bimbingan kinerja to their
 * staff over the last weeks (some about the person's own approved entries and photos), a dialog
 * kinerja after each final appraisal of the previous quarter, the staff's read marks and replies,
 * and the praktik baik they consented to. Every document is as its writer would have written it.
 */
import { addDays, isWorkingDay } from '../../client/core/dates';
import { ids } from '../../client/core/ids';
import type { AppraisalDoc } from '../../client/core/schemas/appraisal';
import type { KinerjaDoc } from '../../client/core/schemas/registry';
import type {
  ActivityDoc,
  AgreedAction,
  FeedbackDoc,
  FeedbackResponseDoc,
  PraktikBaikDoc,
  ThreadMessage,
} from '../../client/core/schemas/work';
import type { BerakhlakValue, FeedbackKind } from '../../client/core/vocabulary';
import { DIALOGS, FEEDBACK, type Later } from './demo-feedback-scripts';
import { NIP, personOf } from './demo-people';
import { deterministicUlid, wib, type Rng } from './deterministic';

/** The person whose last feedback stays older than the reminder (four weeks) whatever the day. */
export const WITHOUT_RECENT_FEEDBACK = NIP.agus;
const QUIET_DAYS = 35;

export type FeedbackInput = {
  today: string;
  /** The end of the current quarter: when the dialogs' development actions are due. */
  quarterEnd: string;
  /** Approved entries (with their photos) per person. */
  approved: ReadonlyMap<string, readonly ActivityDoc[]>;
  /** Final appraisals of the previous quarter. */
  finals: readonly AppraisalDoc[];
  rngFor: (label: string) => Rng;
};

/** The feedback, responses and praktik baik of the demo, as their writers would have written them. */
export function buildFeedback(input: FeedbackInput): KinerjaDoc[] {
  const { today } = input;
  const out: KinerjaDoc[] = [];
  const idOf = new Map<string, string>();
  const made = FEEDBACK.map((s) => {
    const date = workingDayOnOrBefore(addDays(today, -s.daysAgo));
    const createdAt = wib(date, 13 * 60 + input.rngFor(`feedback-time:${s.key}`).int(0, 18) * 5);
    const id = ids.feedback(
      s.nip,
      deterministicUlid(Date.parse(createdAt), input.rngFor(`feedback:${s.key}`)),
    );
    idOf.set(s.key, id);
    return { s, date, createdAt, id };
  });
  for (const { s, date, createdAt, id } of made) {
    const carriedIn = FEEDBACK.flatMap((earlier) =>
      (earlier.actions ?? []).flatMap((a, n) =>
        a.carriedTo === s.key
          ? [
              {
                ...action(`${earlier.key}-${n + 1}`, a.text, addDays(date, 14), false),
                carriedFrom: idOf.get(earlier.key) ?? null,
              },
            ]
          : [],
      ),
    );
    const own = (s.actions ?? []).map((a, n) => ({
      ...action(`${s.key}-${n + 1}`, a.text, addDays(date, a.dueIn), a.done === true),
      ...(a.carriedTo === undefined ? {} : { status: 'carried' as const }),
    }));
    const about =
      s.about === undefined
        ? null
        : latestEntry(input.approved.get(s.nip) ?? [], s.rhkId, date, s.about);
    const feedback = feedbackDoc({
      id,
      nip: s.nip,
      kind: s.kind,
      date,
      createdAt,
      text: s.text,
      value: s.value,
      rhkId: s.rhkId,
      activityIds: about === null ? [] : [about._id],
      photoIds: s.about === 'photo' && about?.photos?.[0] ? [about.photos[0].id] : [],
      actions: [...carriedIn, ...own],
      share: s.share === undefined ? null : { text: s.share.text, proposedAt: createdAt },
      followUps: s.followUps ?? [],
    });
    out.push(feedback);
    if (s.response) out.push(responseDoc(feedback, s.response));
    if (s.share?.consented)
      out.push(praktikBaik(feedback, s.share.text, s.response?.readAfter ?? 30));
  }
  out.push(...dialogs(input));
  return out;
}

/** One dialog kinerja per final appraisal, two working days after it, once that day has passed. */
function dialogs(input: FeedbackInput): KinerjaDoc[] {
  const out: KinerjaDoc[] = [];
  for (const [i, appraisal] of input.finals.entries()) {
    const script = DIALOGS[appraisal.nip];
    if (!script || appraisal.finalizedAt === null) continue;
    const date = nthWorkingDayAfter(appraisal.finalizedAt.slice(0, 10), 2);
    if (date >= input.today) continue;
    // Not held yet with the one who is waiting for feedback, while it would be recent.
    if (appraisal.nip === WITHOUT_RECENT_FEEDBACK && date > addDays(input.today, -QUIET_DAYS))
      continue;
    const createdAt = wib(date, 9 * 60 + i * 45);
    const key = `dialog:${appraisal.nip}:${appraisal.periodId}`;
    const feedback = feedbackDoc({
      id: ids.feedback(appraisal.nip, deterministicUlid(Date.parse(createdAt), input.rngFor(key))),
      nip: appraisal.nip,
      kind: 'dialog',
      date,
      createdAt,
      text: script.agenda,
      value: null,
      rhkId: null,
      activityIds: [],
      photoIds: [],
      actions: script.actions.map((a, n) =>
        action(`dialog-${n + 1}`, a.text, input.quarterEnd, a.done === true),
      ),
      share: null,
      followUps: [],
      periodId: appraisal.periodId,
      dialog: { wentWell: script.wentWell, toImprove: script.toImprove },
    });
    out.push(feedback);
    if (script.response) out.push(responseDoc(feedback, script.response));
  }
  return out;
}

function action(id: string, text: string, due: string, done: boolean): AgreedAction {
  return { id, text, due, status: done ? 'done' : 'open', carriedFrom: null };
}

function feedbackDoc(f: {
  id: string;
  nip: string;
  kind: FeedbackKind;
  date: string;
  createdAt: string;
  text: string;
  value: BerakhlakValue | null;
  rhkId: string | null;
  activityIds: string[];
  photoIds: string[];
  actions: AgreedAction[];
  share: FeedbackDoc['share'];
  followUps: readonly Later[];
  periodId?: string;
  dialog?: FeedbackDoc['dialog'];
}): FeedbackDoc {
  const replies = f.followUps.map((m) => message(f.createdAt, m));
  const superiorNip = personOf(f.nip).superiorNip;
  if (superiorNip === null) throw new Error(`no head gives ${f.nip} feedback`);
  return {
    _id: f.id,
    type: 'feedback',
    schemaVersion: 1,
    nip: f.nip,
    authorNip: superiorNip,
    kind: f.kind,
    date: f.date,
    text: f.text,
    value: f.value,
    rhkId: f.rhkId,
    activityIds: f.activityIds,
    photoIds: f.photoIds,
    actions: f.actions,
    periodId: f.periodId ?? null,
    dialog: f.dialog ?? null,
    share: f.share,
    replies,
    createdAt: f.createdAt,
    updatedAt: replies.at(-1)?.at ?? f.createdAt,
  };
}

function responseDoc(
  feedback: FeedbackDoc,
  r: { readAfter: number; replies?: readonly Later[] },
): FeedbackResponseDoc {
  const replies = (r.replies ?? []).map((m) => message(feedback.createdAt, m));
  const readAt = minutesAfter(feedback.createdAt, r.readAfter);
  // Reading the head's follow-ups too: the read mark moves with the last message read.
  const lastRead = [readAt, ...feedback.replies.map((m) => m.at)].sort().at(-1) ?? readAt;
  return {
    _id: ids.feedbackResponse(feedback.nip, feedback._id.split(':')[2] ?? ''),
    type: 'feedback-response',
    schemaVersion: 1,
    nip: feedback.nip,
    feedbackId: feedback._id,
    readAt: lastRead,
    replies,
    updatedAt: [lastRead, ...replies.map((m) => m.at)].sort().at(-1) ?? lastRead,
  };
}

function praktikBaik(feedback: FeedbackDoc, text: string, after: number): PraktikBaikDoc {
  return {
    _id: ids.praktikBaik(feedback.nip, feedback._id.split(':')[2] ?? ''),
    type: 'praktik-baik',
    schemaVersion: 1,
    nip: feedback.nip,
    feedbackId: feedback._id,
    authorNip: feedback.authorNip,
    unitId: personOf(feedback.nip).unitId,
    text,
    consentedAt: minutesAfter(feedback.createdAt, after + 5),
  };
}

function message(createdAt: string, m: Later): ThreadMessage {
  return { text: m.text, at: minutesAfter(createdAt, m.after) };
}

/** A WIB timestamp `minutes` after another, kept on the same day. */
function minutesAfter(at: string, minutes: number): string {
  const [h = 0, m = 0] = at.slice(11, 16).split(':').map(Number);
  return wib(at.slice(0, 10), h * 60 + m + minutes);
}

/** The person's latest approved entry of an RHK on or before a day (with a photo, for 'photo'). */
function latestEntry(
  entries: readonly ActivityDoc[],
  rhkId: string | null,
  date: string,
  about: 'activity' | 'photo',
): ActivityDoc | null {
  const fits = entries.filter(
    (a) =>
      a.date <= date &&
      (rhkId === null || a.rhkId === rhkId) &&
      (about === 'activity' || (a.photos ?? []).length > 0),
  );
  return fits.reduce<ActivityDoc | null>(
    (best, a) => (best === null || a.date > best.date ? a : best),
    null,
  );
}

function workingDayOnOrBefore(date: string): string {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

function nthWorkingDayAfter(date: string, n: number): string {
  let d = date;
  for (let i = 0; i < n; i++) {
    d = addDays(d, 1);
    while (!isWorkingDay(d)) d = addDays(d, 1);
  }
  return d;
}
