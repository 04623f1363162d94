/**
 * "Perlu tindakan": what waits for one person, computed on their device from the documents it
 * holds, so the list works offline. For a head: entries to verify, staff without feedback for N
 * weeks, coaching actions due, SKPs to approve, appraisals to finalise, replies to read; for an
 * Atasan Pejabat Penilai: objections to decide; for everyone: their own unread feedback, actions
 * due, a final appraisal to acknowledge while the objection window is open, an SKP to submit.
 * Dates are civil dates in the organisation's zone (WIB by default), judged at `now`.
 */
import type { ActivityStatus } from './activity-status';
import { addDays, civilDate, daysBetween, DEFAULT_TIME_ZONE } from './dates';
import { hasNewReply, isUnread, lastAuthorMessageAt, openActions } from './feedback-rules';
import { objectionWindow } from './objection';
import { latestSubmitBy } from './periods';
import { directReportsOf, type OrgChart } from './org-chart';
import type { AcknowledgementDoc, AppraisalDoc } from './schemas/appraisal';
import { DEFAULT_FEEDBACK_REMINDER_WEEKS, type PeriodDoc } from './schemas/reference';
import type { FeedbackDoc, FeedbackResponseDoc, SkpApprovalDoc, SkpDoc } from './schemas/work';
import { skpStatus } from './skp-status';

export const TODO_KINDS = [
  'verify',
  'feedback-due',
  'feedback-reply',
  'action-due',
  'skp-approve',
  'appraisal-finalise',
  'objection-decide',
  'acknowledge',
  'unread-feedback',
  'action-due-mine',
  'skp-submit',
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

export type Urgency = 'overdue' | 'soon' | 'normal';

/** Days before a due date from which an item counts as soon (and an agreed action is listed). */
export const SOON_DAYS = 7;
/** Days before a period's end from which its appraisals are listed to finalise. */
export const FINALISE_LEAD_DAYS = 14;

export type TodoPerson = { nip: string; name: string; count: number };
export type TodoPeriod = Pick<PeriodDoc, 'periodId' | 'kind' | 'year' | 'quarter' | 'start'>;

export type TodoItem = {
  /** Stable identity of the thing to do: the same item keeps it while it waits. */
  key: string;
  kind: TodoKind;
  /** How many things (entries, people, feedback) the item stands for. */
  count: number;
  /** Whom it is about, with their own count (entries to verify, not-final appraisals). */
  people: TodoPerson[];
  /** The day it is due, or null when nothing sets one. */
  due: string | null;
  /** Whole days from today to `due` (0 today, negative once past), or null. */
  daysLeft: number | null;
  urgency: Urgency;
  /** Where to act: a path of the app. */
  route: string;
  period: TodoPeriod | null;
  /** The agreed action's text, for an action item. */
  text: string | null;
};

export type PerluTindakanInput = {
  nip: string;
  /** The instant of "now" (epoch ms); today is its civil date in `timeZone`. */
  now: number;
  timeZone?: string;
  chart: OrgChart;
  periods: readonly Pick<
    PeriodDoc,
    'periodId' | 'kind' | 'year' | 'quarter' | 'start' | 'end' | 'status' | 'submitBy'
  >[];
  /** Activities of the person's reports with the status they show (only 'submitted' wait). */
  activities: readonly { nip: string; status: ActivityStatus }[];
  /** Feedback the person wrote and received. */
  feedback: readonly FeedbackDoc[];
  /** The employees' responses to that feedback (read marks, replies). */
  responses: readonly FeedbackResponseDoc[];
  skps: readonly (Pick<SkpDoc, 'nip' | 'periodId' | 'status'> & { rev: string })[];
  skpApprovals: readonly Pick<SkpApprovalDoc, 'nip' | 'periodId' | 'decision' | 'skpRev'>[];
  appraisals: readonly Pick<
    AppraisalDoc,
    'nip' | 'periodId' | 'status' | 'finalizedAt' | 'appraiserNip'
  >[];
  acknowledgements: readonly Pick<
    AcknowledgementDoc,
    'nip' | 'periodId' | 'kind' | 'appraiserNip'
  >[];
  /** Objection decisions on the device, by employee and period. */
  decisions: readonly { nip: string; periodId: string }[];
  /** The organisation's setting; null when the Pengelola never saved one. */
  feedbackReminderWeeks: number | null;
};

/** Overdue once the due day has passed, soon within SOON_DAYS of it, else normal. */
export function urgencyOf(daysLeft: number | null): Urgency {
  if (daysLeft === null) return 'normal';
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= SOON_DAYS ? 'soon' : 'normal';
}

const URGENCY_ORDER: Record<Urgency, number> = { overdue: 0, soon: 1, normal: 2 };

/** Most urgent first, then the earliest due, then in the order of TODO_KINDS. */
function byUrgency(a: TodoItem, b: TodoItem): number {
  return (
    URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] ||
    (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31') ||
    TODO_KINDS.indexOf(a.kind) - TODO_KINDS.indexOf(b.kind) ||
    a.key.localeCompare(b.key)
  );
}

/** The shortest open period that holds `date`, or null. */
function currentPeriod<P extends PerluTindakanInput['periods'][number]>(
  periods: readonly P[],
  date: string,
): P | null {
  let found: P | null = null;
  for (const p of periods) {
    if (p.status !== 'open' || date < p.start || date > p.end) continue;
    if (found === null || daysBetween(p.start, p.end) < daysBetween(found.start, found.end))
      found = p;
  }
  return found;
}

function periodOf(p: PerluTindakanInput['periods'][number]): TodoPeriod {
  return {
    periodId: p.periodId,
    kind: p.kind,
    year: p.year,
    start: p.start,
    ...(p.quarter !== undefined ? { quarter: p.quarter } : {}),
  };
}

type Build = Omit<TodoItem, 'daysLeft' | 'urgency' | 'people' | 'period' | 'text' | 'count'> &
  Partial<Pick<TodoItem, 'people' | 'period' | 'text' | 'count'>>;

/** The list of what waits for the person, most urgent first. */
export function perluTindakan(input: PerluTindakanInput): TodoItem[] {
  const zone = input.timeZone ?? DEFAULT_TIME_ZONE;
  const today = civilDate(input.now, zone);
  const me = input.nip;
  const { chart } = input;
  const items: TodoItem[] = [];
  const add = (b: Build) => {
    const daysLeft = b.due === null ? null : daysBetween(today, b.due);
    items.push({
      people: [],
      period: null,
      text: null,
      count: 1,
      ...b,
      daysLeft,
      urgency: urgencyOf(daysLeft),
    });
  };
  const nameOf = (nip: string) => chart.employees.get(nip)?.name ?? nip;
  const reports = directReportsOf(chart, me, today).sort((a, b) =>
    nameOf(a).localeCompare(nameOf(b)),
  );
  const reportSet = new Set(reports);
  const responseOf = new Map(input.responses.map((r) => [r.feedbackId, r]));
  const response = (f: FeedbackDoc) => responseOf.get(f._id) ?? null;
  const written = input.feedback.filter((f) => f.authorNip === me && reportSet.has(f.nip));
  const received = input.feedback.filter((f) => f.nip === me);

  // Entries waiting for my verification, counted per person.
  const waiting = new Map<string, number>();
  for (const a of input.activities)
    if (a.status === 'submitted' && reportSet.has(a.nip))
      waiting.set(a.nip, (waiting.get(a.nip) ?? 0) + 1);
  if (waiting.size > 0) {
    const people = reports.flatMap((nip) => {
      const count = waiting.get(nip);
      return count ? [{ nip, name: nameOf(nip), count }] : [];
    });
    const only = people.length === 1 ? people[0] : undefined;
    add({
      key: 'verify',
      kind: 'verify',
      count: people.reduce((sum, p) => sum + p.count, 0),
      people,
      due: null,
      route: only ? `/tim/verifikasi?pegawai=${only.nip}` : '/tim/verifikasi',
    });
  }

  // Staff without feedback from me for N weeks: since my last message, else since the period began.
  const weeks = input.feedbackReminderWeeks ?? DEFAULT_FEEDBACK_REMINDER_WEEKS;
  const period = currentPeriod(input.periods, today);
  const lastGiven = new Map<string, string>();
  for (const f of written) {
    const last = civilDate(Date.parse(lastAuthorMessageAt(f)), zone);
    const day = last > f.date ? last : f.date;
    if (day > (lastGiven.get(f.nip) ?? '')) lastGiven.set(f.nip, day);
  }
  for (const nip of reports) {
    const since =
      lastGiven.get(nip) ?? laterOf(period?.start, supervisedFrom(chart, me, nip, today));
    if (since === null) continue;
    const due = addDays(since, weeks * 7);
    if (due > today) continue;
    add({
      key: `feedback-due:${nip}`,
      kind: 'feedback-due',
      people: [{ nip, name: nameOf(nip), count: 1 }],
      count: daysBetween(since, today),
      due,
      route: `/tim/${nip}`,
    });
  }

  // Replies of my staff I have not answered yet.
  for (const f of written) {
    if (!hasNewReply(f, response(f))) continue;
    add({
      key: `feedback-reply:${f._id}`,
      kind: 'feedback-reply',
      people: [{ nip: f.nip, name: nameOf(f.nip), count: 1 }],
      due: null,
      route: `/tim/${f.nip}`,
    });
  }

  // Agreed actions due within a week or overdue: those I agreed with my staff, and my own.
  const dueActions = (list: readonly FeedbackDoc[], mine: boolean) => {
    for (const a of openActions(list)) {
      if (a.due === null || daysBetween(today, a.due) > SOON_DAYS) continue;
      const nip = list.find((f) => f._id === a.feedbackId)?.nip ?? me;
      add({
        key: `action:${a.feedbackId}:${a.id}`,
        kind: mine ? 'action-due-mine' : 'action-due',
        people: mine ? [] : [{ nip, name: nameOf(nip), count: 1 }],
        due: a.due,
        route: mine ? '/umpan-balik' : `/tim/${nip}`,
        text: a.text,
      });
    }
  };
  dueActions(written, false);
  dueActions(received, true);

  // SKPs of my staff waiting for my decision.
  const approvalOf = new Map(input.skpApprovals.map((a) => [`${a.nip}:${a.periodId}`, a]));
  const periodById = new Map(input.periods.map((p) => [p.periodId, p]));
  for (const skp of input.skps) {
    if (!reportSet.has(skp.nip)) continue;
    if (skpStatus(skp, approvalOf.get(`${skp.nip}:${skp.periodId}`)) !== 'submitted') continue;
    const p = periodById.get(skp.periodId);
    add({
      key: `skp-approve:${skp.nip}:${skp.periodId}`,
      kind: 'skp-approve',
      people: [{ nip: skp.nip, name: nameOf(skp.nip), count: 1 }],
      due: null,
      route: `/penilaian/skp/${skp.nip}/${skp.periodId}`,
      period: p ? periodOf(p) : null,
    });
  }

  // Appraisals not yet final, from two weeks before the period's end, past its deadline until the
  // latest batas pengisian a period may have: later, a head's device may no longer hold them (the
  // retention window), and an old period left open is the Pengelola's to close.
  const appraisalOf = new Map(input.appraisals.map((a) => [`${a.nip}:${a.periodId}`, a]));
  for (const p of input.periods) {
    if (p.status !== 'open' || today < addDays(p.end, -FINALISE_LEAD_DAYS)) continue;
    if (today > latestSubmitBy(p)) continue;
    const open = reports.filter(
      (nip) => appraisalOf.get(`${nip}:${p.periodId}`)?.status !== 'final',
    );
    if (open.length === 0) continue;
    add({
      key: `appraisal-finalise:${p.periodId}`,
      kind: 'appraisal-finalise',
      count: open.length,
      people: open.map((nip) => ({ nip, name: nameOf(nip), count: 1 })),
      // The batas pengisian when the Pengelola set one, else the period's last day.
      due: p.submitBy ?? p.end,
      route: `/penilaian?periode=${p.periodId}`,
      period: periodOf(p),
    });
  }

  // Objections to appraisals by the appraisers I am the superior of, not yet decided.
  const decided = new Set(input.decisions.map((d) => `${d.nip}:${d.periodId}`));
  for (const ack of input.acknowledgements) {
    if (ack.kind !== 'object' || !reportSet.has(ack.appraiserNip)) continue;
    if (decided.has(`${ack.nip}:${ack.periodId}`)) continue;
    const p = periodById.get(ack.periodId);
    add({
      key: `objection:${ack.nip}:${ack.periodId}`,
      kind: 'objection-decide',
      people: [{ nip: ack.nip, name: nameOf(ack.nip), count: 1 }],
      due: null,
      route: `/penilaian/keberatan/${ack.nip}/${ack.periodId}`,
      period: p ? periodOf(p) : null,
    });
  }

  if (!chart.employees.has(me)) return items.sort(byUrgency);

  // My final appraisals not yet acknowledged, while an objection is still possible.
  const acknowledged = new Set(
    input.acknowledgements.filter((a) => a.nip === me).map((a) => a.periodId),
  );
  for (const a of input.appraisals) {
    if (a.nip !== me || a.status !== 'final' || a.finalizedAt === null) continue;
    if (acknowledged.has(a.periodId)) continue;
    const window = objectionWindow(a.finalizedAt, input.now, zone);
    if (!window.open) continue;
    const p = periodById.get(a.periodId);
    add({
      key: `acknowledge:${a.periodId}`,
      kind: 'acknowledge',
      due: window.lastDay,
      route: `/kinerja/rapor/${a.periodId}`,
      period: p ? periodOf(p) : null,
    });
  }

  const unread = received.filter((f) => isUnread(f, response(f)));
  if (unread.length > 0)
    add({
      key: 'unread-feedback',
      kind: 'unread-feedback',
      count: unread.length,
      due: null,
      route: '/umpan-balik',
    });

  // My SKP of a year that has begun, not submitted (or returned to me).
  for (const p of input.periods) {
    if (p.kind !== 'annual' || p.status !== 'open' || today < p.start || today > p.end) continue;
    const skp = input.skps.find((s) => s.nip === me && s.periodId === p.periodId);
    const status = skpStatus(skp, approvalOf.get(`${me}:${p.periodId}`));
    if (status !== 'none' && status !== 'draft' && status !== 'returned') continue;
    add({
      key: `skp-submit:${p.periodId}`,
      kind: 'skp-submit',
      due: null,
      route: `/kinerja/skp/${p.periodId}`,
      period: periodOf(p),
    });
  }
  return items.sort(byUrgency);
}

/** The later of two optional dates, or null when neither is given. */
function laterOf(a: string | undefined | null, b: string | null): string | null {
  if (a == null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** When `head` began to act (Plt/Plh) for the recorded superior of `nip`; null when not acting. */
function supervisedFrom(chart: OrgChart, head: string, nip: string, today: string): string | null {
  const recorded = chart.employees.get(nip)?.superiorNip ?? null;
  if (recorded === null || recorded === head) return null;
  const acting = chart.employees
    .get(recorded)
    ?.acting.find((a) => a.actingNip === head && a.from <= today && today <= a.to);
  return acting?.from ?? null;
}
