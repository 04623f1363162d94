/**
 * The Pengelola's part of Perlu tindakan: the development records of the units they keep that
 * wait for them: approved requests waiting for a seat, reports waiting for verification (core's
 * enrolmentStatus decides which). Both lead to Kelola → Pengembangan kompetensi.
 */
import { joinRecords } from './development-rules';
import type { TodoDraft, TodoScope } from './perlu-tindakan';

export const DEVELOPMENT_QUEUE_ROUTE = '/kelola/pengembangan';

export function pengelolaTodos(s: TodoScope): TodoDraft[] {
  const dev = s.input.development;
  if (!dev) return [];
  const waiting = { seat: new Map<string, number>(), verify: new Map<string, number>() };
  const kept = (s.input.enrolments ?? []).filter((e) => dev.keeps(e.unitId));
  const records = joinRecords(kept, s.input.enrolmentDecisions ?? [], dev.admins);
  for (const { enrolment, status } of records) {
    const into =
      status === 'approved' ? waiting.seat : status === 'reported' ? waiting.verify : null;
    if (into) into.set(enrolment.nip, (into.get(enrolment.nip) ?? 0) + 1);
  }
  const item = (kind: 'development-seat' | 'development-verify', per: Map<string, number>) => {
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
      route: DEVELOPMENT_QUEUE_ROUTE,
    };
    return [draft];
  };
  return [...item('development-seat', waiting.seat), ...item('development-verify', waiting.verify)];
}
