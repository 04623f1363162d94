/**
 * The date a document is about, for the retention window of heads' devices: an activity's day,
 * the end of a period for period documents, the last day of an attendance month. Reference data
 * and documents without a date have none and are always fed.
 */
import { addDays, quarterOf, quarterRange } from './dates';
import { isIsoDate, parseId } from './ids';

type PeriodEnds = ReadonlyMap<string, { end: string }>;

/** The date a document is about, or null when it has none. */
export function docDateOf(
  doc: { _id: string; date?: unknown },
  periods: PeriodEnds,
): string | null {
  const p = parseId(doc._id);
  if (p === null) return null;
  switch (p.type) {
    case 'activity':
    case 'verification':
    case 'attendance-correction':
    case 'attendance-decision':
    case 'attendance-applied':
      return p.date;
    case 'feedback':
      return typeof doc.date === 'string' && isIsoDate(doc.date) ? doc.date : null;
    case 'feedback-response':
    case 'praktik-baik':
      // Their day is the feedback's, in another document: fed whatever their age (they are
      // small), so a reply to older feedback still reaches the head.
      return null;
    case 'attendance': {
      const [y, m] = p.month.split('-').map(Number);
      if (y === undefined || m === undefined) return null;
      const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
      return addDays(next, -1);
    }
    case 'skp':
    case 'skp-approval':
    case 'self-assessment':
    case 'appraisal':
    case 'acknowledgement':
    case 'objection-decision':
    case 'org-rating':
      return periods.get(p.periodId)?.end ?? null;
    default:
      return null;
  }
}

/**
 * The first day a head's devices are fed their reports' documents: the start of the previous
 * quarter (the current and the previous Triwulan stay on the device).
 */
export function feedWindowStart(today: string): string {
  const year = Number(today.slice(0, 4));
  const q = quarterOf(today);
  return q === 1 ? quarterRange(year - 1, 4).start : quarterRange(year, (q - 1) as 1 | 2 | 3).start;
}
