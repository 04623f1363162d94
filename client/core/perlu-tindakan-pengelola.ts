/**
 * The Pengelola's part of Perlu tindakan, in the units they keep: development records that wait
 * for them (approved requests waiting for a seat, reports waiting for verification: core's
 * enrolmentStatus decides), leading to Kelola → Pengembangan kompetensi; and attendance
 * corrections the heads approved, waiting to be applied (core's correctionStatus decides),
 * leading to Kelola → Kehadiran.
 */
import { joinRecords } from './development-rules';
import type { TodoDraft, TodoKind, TodoScope } from './perlu-tindakan';

export const DEVELOPMENT_QUEUE_ROUTE = '/kelola/pengembangan';
export const ATTENDANCE_QUEUE_ROUTE = '/kelola/kehadiran';

/** One item of `kind` for the people waiting (with their counts), or none. */
function itemOf(s: TodoScope, kind: TodoKind, per: Map<string, number>, route: string) {
  const people = [...per.entries()]
    .map(([nip, count]) => s.person(nip, count))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (people.length === 0) return [];
  const draft: TodoDraft = {
    key: kind,
    kind,
    count: people.reduce((sum, p) => sum + p.count, 0),
    people,
    due: null,
    route,
  };
  return [draft];
}

const countInto = (into: Map<string, number>, nip: string) =>
  into.set(nip, (into.get(nip) ?? 0) + 1);

function developmentTodos(s: TodoScope): TodoDraft[] {
  const dev = s.input.development;
  if (!dev) return [];
  const waiting = { seat: new Map<string, number>(), verify: new Map<string, number>() };
  const kept = (s.input.enrolments ?? []).filter((e) => dev.keeps(e.unitId));
  const records = joinRecords(kept, s.input.enrolmentDecisions ?? [], dev.admins);
  for (const { enrolment, status } of records) {
    const into =
      status === 'approved' ? waiting.seat : status === 'reported' ? waiting.verify : null;
    if (into) countInto(into, enrolment.nip);
  }
  return [
    ...itemOf(s, 'development-seat', waiting.seat, DEVELOPMENT_QUEUE_ROUTE),
    ...itemOf(s, 'development-verify', waiting.verify, DEVELOPMENT_QUEUE_ROUTE),
  ];
}

function attendanceTodos(s: TodoScope): TodoDraft[] {
  const keeps = s.input.correctionsKept;
  if (!keeps) return [];
  const waiting = new Map<string, number>();
  for (const c of s.corrections)
    if (c.status === 'approved' && keeps(c.nip)) countInto(waiting, c.nip);
  return itemOf(s, 'attendance-apply', waiting, ATTENDANCE_QUEUE_ROUTE);
}

export function pengelolaTodos(s: TodoScope): TodoDraft[] {
  return [...developmentTodos(s), ...attendanceTodos(s)];
}
