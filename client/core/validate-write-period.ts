/**
 * The period's write rules (Pengelola or admin, the writer role already checked). A period is
 * created once with its kind, year and dates; afterwards only its status (open, closed, reopened)
 * and its batas pengisian change, so entries and appraisals never move to another period.
 */
import { latestSubmitBy, tanggalOf } from './periods';
import type { PeriodDoc } from './schemas/reference';
import type { RawDoc } from './write-context';
import { ALLOW, refuse, type WriteVerdict } from './write-reasons';

/** The fields fixed at creation: everything a period is, but its status and submitBy. */
const FIXED = ['periodId', 'kind', 'year', 'quarter', 'label', 'start', 'end'] as const;

/** Judges a period write against its stored revision (null for a new one). */
export function validatePeriod(doc: PeriodDoc, old: RawDoc | null): WriteVerdict {
  if ((doc.kind === 'quarterly') !== (doc.quarter !== undefined))
    return refuse('period-kind', 'quarter');
  if (old !== null) {
    const prev = old as unknown as PeriodDoc;
    const moved = FIXED.find((f) => prev[f] !== doc[f]);
    if (moved !== undefined) return refuse('period-fixed', moved);
  }
  if (doc.submitBy !== undefined && doc.submitBy > latestSubmitBy(doc))
    return refuse('submit-by-range', 'submitBy');
  return ALLOW;
}

/**
 * The refusal of a submission after `submitBy`, the batas pengisian of `period`, naming the period and the
 * date: "Batas pengisian Triwulan I 2026 sudah lewat (15 April 2026). …".
 */
export function lateSubmission(period: Pick<PeriodDoc, 'label'>, submitBy: string): WriteVerdict {
  return {
    ok: false,
    code: 'submit-by-passed',
    field: 'date',
    reason: `Batas pengisian ${period.label} sudah lewat (${tanggalOf(submitBy)}). Kegiatan tersimpan sebagai draf; ajukan setelah Pengelola membuka kembali.`,
  };
}

/**
 * Closing a period locks what is judged in it: a write about a closed period (an appraisal, a
 * self-assessment) is refused until the Pengelola reopens it.
 */
export function validateOpenPeriod(
  periodId: string,
  periods: ReadonlyMap<string, PeriodDoc>,
): WriteVerdict {
  return periods.get(periodId)?.status === 'closed' ? refuse('closed-period', 'periodId') : ALLOW;
}
