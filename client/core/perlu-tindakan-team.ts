/**
 * The head's part of Perlu tindakan (perlu-tindakan.ts): entries to verify, staff without feedback
 * for N weeks, replies to read, SKPs to approve, appraisals to finalise, development requests to
 * decide, attendance corrections to decide, and for an Atasan Pejabat Penilai the objections to
 * decide.
 */
import { addDays, civilDate, daysBetween } from './dates';
import { joinRecords } from './development-rules';
import { hasNewReply, lastAuthorMessageAt } from './feedback-rules';
import type { OrgChart } from './org-chart';
import type { PerluTindakanInput, TodoDraft, TodoPeriod, TodoScope } from './perlu-tindakan';
import { latestSubmitBy } from './periods';
import { DEFAULT_FEEDBACK_REMINDER_WEEKS } from './vocabulary';

type Period = PerluTindakanInput['periods'][number];

/** Days before a period's end from which its appraisals are listed to finalise. */
export const FINALISE_LEAD_DAYS = 14;

/** A period as an item names it. */
export function periodOf(p: Period): TodoPeriod {
  return {
    periodId: p.periodId,
    kind: p.kind,
    year: p.year,
    start: p.start,
    ...(p.quarter !== undefined ? { quarter: p.quarter } : {}),
  };
}

/** What waits for the person as the head of their reports. */
export function teamTodos(s: TodoScope): TodoDraft[] {
  if (s.reports.length === 0) return [];
  return [
    ...verifyTodos(s),
    ...feedbackDueTodos(s),
    ...replyTodos(s),
    ...skpApproveTodos(s),
    ...finaliseTodos(s),
    ...objectionTodos(s),
    ...developmentDecideTodos(s),
    ...attendanceDecideTodos(s),
  ];
}

/**
 * One item for what waits from several of my staff, counted per person (`nips`: one NIP per
 * thing waiting), in the order of my staff; `routeOf` gets the one person when only one waits.
 */
function perPersonTodo(
  s: TodoScope,
  kind: 'verify' | 'development-decide' | 'attendance-decide',
  nips: Iterable<string>,
  routeOf: (only: string | null) => string,
): TodoDraft[] {
  const waiting = new Map<string, number>();
  for (const nip of nips) if (s.isReport(nip)) waiting.set(nip, (waiting.get(nip) ?? 0) + 1);
  const people = s.reports.flatMap((nip) => {
    const count = waiting.get(nip);
    return count ? [s.person(nip, count)] : [];
  });
  if (people.length === 0) return [];
  const only = people.length === 1 ? (people[0]?.nip ?? null) : null;
  return [
    {
      key: kind,
      kind,
      count: people.reduce((sum, p) => sum + p.count, 0),
      people,
      due: null,
      route: routeOf(only),
    },
  ];
}

/** Entries waiting for my verification, counted per person. */
function verifyTodos(s: TodoScope): TodoDraft[] {
  const submitted = s.input.activities.filter((a) => a.status === 'submitted');
  return perPersonTodo(
    s,
    'verify',
    submitted.map((a) => a.nip),
    (only) => (only ? `/tim/verifikasi?pegawai=${only}` : '/tim/verifikasi'),
  );
}

/** Staff without feedback from me for N weeks: since my last message, else since the period began. */
function feedbackDueTodos(s: TodoScope): TodoDraft[] {
  const { input, today } = s;
  const weeks = input.feedbackReminderWeeks ?? DEFAULT_FEEDBACK_REMINDER_WEEKS;
  const period = currentPeriod(input.periods, today);
  const lastGiven = new Map<string, string>();
  for (const f of s.written) {
    const last = civilDate(Date.parse(lastAuthorMessageAt(f)), s.zone);
    const day = last > f.date ? last : f.date;
    if (day > (lastGiven.get(f.nip) ?? '')) lastGiven.set(f.nip, day);
  }
  return s.reports.flatMap((nip): TodoDraft[] => {
    const since =
      lastGiven.get(nip) ?? laterOf(period?.start, supervisedFrom(input.chart, s.me, nip, today));
    if (since === null) return [];
    const due = addDays(since, weeks * 7);
    if (due > today) return [];
    return [
      {
        key: `feedback-due:${nip}`,
        kind: 'feedback-due',
        people: [s.person(nip)],
        count: daysBetween(since, today),
        due,
        route: `/tim/${nip}`,
      },
    ];
  });
}

/** Replies of my staff I have not answered yet. */
function replyTodos(s: TodoScope): TodoDraft[] {
  return s.written
    .filter((f) => hasNewReply(f, s.responseTo(f)))
    .map((f) => ({
      key: `feedback-reply:${f._id}`,
      kind: 'feedback-reply',
      people: [s.person(f.nip)],
      due: null,
      route: `/tim/${f.nip}`,
    }));
}

/** SKPs of my staff waiting for my decision. */
function skpApproveTodos(s: TodoScope): TodoDraft[] {
  return s.input.skps
    .filter((skp) => s.isReport(skp.nip))
    .filter((skp) => s.skpStatusOf(skp, skp.nip, skp.periodId) === 'submitted')
    .map((skp) => {
      const p = s.periodById.get(skp.periodId);
      return {
        key: `skp-approve:${skp.nip}:${skp.periodId}`,
        kind: 'skp-approve',
        people: [s.person(skp.nip)],
        due: null,
        route: `/penilaian/skp/${skp.nip}/${skp.periodId}`,
        period: p ? periodOf(p) : null,
      };
    });
}

/**
 * Appraisals not yet final, from two weeks before the period's end, past its deadline until the
 * latest batas pengisian a period may have: later, a head's device may no longer hold them (the
 * retention window), and an old period left open is the Pengelola's to close.
 */
function finaliseTodos(s: TodoScope): TodoDraft[] {
  const { input, today } = s;
  const appraisalOf = new Map(input.appraisals.map((a) => [`${a.nip}:${a.periodId}`, a]));
  return input.periods.flatMap((p): TodoDraft[] => {
    if (p.status !== 'open' || today < addDays(p.end, -FINALISE_LEAD_DAYS)) return [];
    if (today > latestSubmitBy(p)) return [];
    const open = s.reports.filter(
      (nip) => appraisalOf.get(`${nip}:${p.periodId}`)?.status !== 'final',
    );
    if (open.length === 0) return [];
    return [
      {
        key: `appraisal-finalise:${p.periodId}`,
        kind: 'appraisal-finalise',
        count: open.length,
        people: open.map((nip) => s.person(nip)),
        // The batas pengisian when the Pengelola set one, else the period's last day.
        due: p.submitBy ?? p.end,
        route: `/penilaian?periode=${p.periodId}`,
        period: periodOf(p),
      },
    ];
  });
}

/** Objections to appraisals by the appraisers I am the superior of, not yet decided. */
function objectionTodos(s: TodoScope): TodoDraft[] {
  const decided = new Set(s.input.decisions.map((d) => `${d.nip}:${d.periodId}`));
  return s.input.acknowledgements
    .filter((ack) => ack.kind === 'object' && s.isReport(ack.appraiserNip))
    .filter((ack) => !decided.has(`${ack.nip}:${ack.periodId}`))
    .map((ack) => {
      const p = s.periodById.get(ack.periodId);
      return {
        key: `objection:${ack.nip}:${ack.periodId}`,
        kind: 'objection-decide',
        people: [s.person(ack.nip)],
        due: null,
        route: `/penilaian/keberatan/${ack.nip}/${ack.periodId}`,
        period: p ? periodOf(p) : null,
      };
    });
}

/**
 * Requests of my staff for a catalog activity, not decided yet (nor withdrawn): counted per
 * person; the person's page when one person waits, else Tim, which counts them per person.
 */
function developmentDecideTodos(s: TodoScope): TodoDraft[] {
  const undecided = joinRecords(s.input.enrolments ?? [], s.input.enrolmentDecisions ?? [], [])
    .filter((r) => r.status === 'requested')
    .map((r) => r.enrolment.nip);
  return perPersonTodo(s, 'development-decide', undecided, (only) =>
    only ? `/tim/${only}` : '/tim',
  );
}

/**
 * Requests of my staff to correct a day of attendance whose current version I have not decided:
 * counted per person; the person's page (where they are decided) when one person waits, else Tim.
 */
function attendanceDecideTodos(s: TodoScope): TodoDraft[] {
  const pending = s.corrections.filter((c) => c.status === 'pending').map((c) => c.nip);
  return perPersonTodo(s, 'attendance-decide', pending, (only) => (only ? `/tim/${only}` : '/tim'));
}

/** The shortest open period that holds `date`, or null. */
function currentPeriod(periods: readonly Period[], date: string): Period | null {
  let found: Period | null = null;
  for (const p of periods) {
    if (p.status !== 'open' || date < p.start || date > p.end) continue;
    if (found === null || daysBetween(p.start, p.end) < daysBetween(found.start, found.end))
      found = p;
  }
  return found;
}

/** The later of two optional dates, or null when neither is given. */
function laterOf(a: string | undefined, b: string | null): string | null {
  if (a === undefined) return b;
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
