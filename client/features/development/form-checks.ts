/** The checks the development forms make before saving, so each error shows next to its field. */
import type { DevSession } from '../../core/schemas/development';

export type SessionRow = { date: string; hours: string };
export type SessionErrors = { date?: 'dateRequired' | 'dateFuture'; hours?: 'hoursInvalid' }[];

/** A date field's problem: empty or after today. */
export function dateProblem(date: string, today: string): 'dateRequired' | 'dateFuture' | null {
  if (date === '') return 'dateRequired';
  return date > today ? 'dateFuture' : null;
}

/** Hours typed with a comma or a point ("1,5"), or NaN. */
export function parseHours(text: string): number {
  return Number(text.replace(',', '.').trim() || 'NaN');
}

/** Each session row's problems, and the sessions when every row is fine. */
export function checkSessions(
  rows: readonly SessionRow[],
  today: string,
): { errors: SessionErrors; sessions: DevSession[] | null } {
  const errors: SessionErrors = rows.map((r) => {
    const date = dateProblem(r.date, today);
    const h = parseHours(r.hours);
    return {
      ...(date ? { date } : {}),
      ...(Number.isFinite(h) && h >= 0.25 && h <= 24 ? {} : { hours: 'hoursInvalid' as const }),
    };
  });
  const ok = errors.every((e) => e.date === undefined && e.hours === undefined);
  return {
    errors,
    sessions: ok ? rows.map((r) => ({ date: r.date, hours: parseHours(r.hours) })) : null,
  };
}
